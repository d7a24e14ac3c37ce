"""Running the command as a user does: a subprocess with a memory ceiling and a time limit."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[2])]  # (and bench)

MEMORY_MB = 1500  # address space of the command and each of its workers: a bomb that got through dies
SECONDS = 60


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str
    seconds: float

    def clean(self) -> None:
        """No traceback of any kind (Python's or a native library's), nothing killed by a signal."""
        assert self.code >= 0, f"killed by signal {-self.code}: {self.stderr[-2000:]}"
        for mark in ("Traceback", "stack backtrace", "panicked at", "MemoryError", "RecursionError"):
            assert mark not in self.stderr and mark not in self.stdout, self.stderr[-3000:]


def _limits() -> None:
    limit = MEMORY_MB * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def jixiao(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None, seconds: float = SECONDS,
           stdin: bytes | None = None) -> Run:
    """``jixiao ARGS`` in a subprocess under ``MEMORY_MB`` of address space; fails the test after ``seconds``."""
    full_env = {**os.environ, "COLUMNS": "200", "PYTHONIOENCODING": "utf-8", **(env or {})}
    t0 = time.monotonic()
    p = subprocess.run([sys.executable, "-c", "from jixiao.cli import main; main()", *args], cwd=cwd,
                       env=full_env, capture_output=True, timeout=seconds, preexec_fn=_limits, input=stdin)
    return Run(p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"),
               time.monotonic() - t0)


@pytest.fixture
def cli():  # type: ignore[no-untyped-def]
    return jixiao

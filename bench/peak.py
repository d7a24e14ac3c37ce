"""Run one ``jixiao`` command in this process and report, on the last line of stderr, its wall time, the CPU
time of it and its workers, and the peak memory (MB) of this process and of its worker processes:
``PEAK {"wall": s, "cpu": s, "main": MB, "workers": MB}``.

``python -m bench.peak audit FOLDER --jsonl --jobs 2`` — used by the benchmarks, which run it as a child."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path


def measure(*args: str) -> dict[str, float]:
    """``jixiao ARGS`` in a child process (this module): its wall and CPU seconds and peak MB (main, workers)."""
    cmd = [sys.executable, "-m", "bench.peak", *args]
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                       cwd=Path(__file__).resolve().parents[1])
    line = next(ln for ln in reversed(r.stderr.splitlines()) if ln.startswith("PEAK "))
    out: dict[str, float] = json.loads(line[5:])
    return out


def main() -> None:
    from jixiao.cli import app

    t0 = time.perf_counter()
    code = 0
    try:
        app(sys.argv[1:], standalone_mode=False)
    except SystemExit as e:
        code = int(e.code or 0)
    else:
        code = 0
    wall = time.perf_counter() - t0
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime
    sys.stderr.write("PEAK " + json.dumps({"wall": wall, "cpu": cpu, "main": me.ru_maxrss / 1024,
                                           "workers": children.ru_maxrss / 1024, "code": code}) + "\n")


if __name__ == "__main__":
    main()

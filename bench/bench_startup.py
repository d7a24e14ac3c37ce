"""Start-up (issue 12): ``jixiao --help`` and ``jixiao target`` against ``python -c pass``, interleaved, medians.
Target: under 0.15 s each."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

from bench.timing import interleaved, median, verdict

ROUNDS = int(os.environ.get("JIXIAO_BENCH_STARTUP_ROUNDS", "15"))
TARGET = 0.15


def main() -> None:
    jixiao = str(Path(sys.executable).with_name("jixiao"))

    cpu: dict[str, list[float]] = {}

    def run(*cmd: str) -> None:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        used = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        cpu.setdefault(" ".join(cmd[1:] if cmd[0] == jixiao else cmd), []).append(used)

    times = interleaved({
        "python -c pass": lambda: run(sys.executable, "-c", "pass"),
        "jixiao --help": lambda: run(jixiao, "--help"),
        "jixiao target ≥60.00(家)": lambda: run(jixiao, "target", "≥60.00(家)"),
    }, ROUNDS)
    print(f"   {ROUNDS} interleaved rounds, medians (load {os.getloadavg()[0]:.1f})")
    for (name, ts), used in zip(times.items(), cpu.values()):
        mark = "" if name.startswith("python") else f"  (target < {TARGET}: {verdict(median(ts) < TARGET)})"
        print(f"   {name:26} {median(ts):.3f} s wall, {median(used):.3f} s CPU{mark}")
    print("   (typer 0.29 builds a pydantic adapter for every parameter of the command run; jixiao's str and bool "
          "parameters skip it (cli/lang.py), so `target` no longer imports pydantic)")


if __name__ == "__main__":
    main()

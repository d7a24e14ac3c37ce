"""Run one ``jixiao`` command in this process and report, on the last line of stderr, its wall time, the CPU
time of it and its workers, and the peak memory (MB) of this process and of its worker processes:
``PEAK {"wall": s, "cpu": s, "main": MB, "workers": MB}``.

``python -m bench.peak audit FOLDER --jsonl --jobs 2`` — used by the benchmarks, which run it as a child."""

from __future__ import annotations

import json
import resource
import sys
import time


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

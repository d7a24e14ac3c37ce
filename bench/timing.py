"""Honest comparisons: the sides run interleaved (A B A B …, so that the machine's other work falls on both),
each quoted as its median, with the median of the paired ratios (round by round)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def interleaved(sides: dict[str, Callable[[], object]], rounds: int,
                clock: Callable[[], float] = time.perf_counter) -> dict[str, list[float]]:
    """Seconds of each side, round by round: A B C, A B C, … (``clock``: wall by default; the CPU time of this
    process, ``time.process_time``, where the machine's load would swamp the wall time)."""
    times: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(rounds):
        for name, fn in sides.items():
            t0 = clock()
            fn()
            times[name].append(clock() - t0)
    return times


def median(xs: list[float]) -> float:
    return statistics.median(xs)


def paired_ratio(a: list[float], b: list[float]) -> float:
    """The median over rounds of a[i] / b[i]."""
    return statistics.median(x / y for x, y in zip(a, b))


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"

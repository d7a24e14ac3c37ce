"""Scoring benchmark: a province-year of 50,000 project forms (~750,000 indicators), scored with explanations.

Forms are generated in memory first (mixed positive / reverse / range / qualitative targets, as the seeds
write them; generation is not timed) and handed to the workers pickled by chunks, then scored against
``mof-2020-project`` with every indicator's explanation text rendered: the clock runs from the first chunk
handed over to the last result back. Prints
indicators per second and peak memory (ru_maxrss of this process and its workers). Target on a 2-core
machine: ≥ 100,000 indicators/s and < 1.5 GB.
"""

from __future__ import annotations

import os
import pickle
import random
import resource
import time
from concurrent.futures import ProcessPoolExecutor
from typing import Any

FORMS = int(os.environ.get("JIXIAO_BENCH_FORMS", "50000"))
WORKERS = int(os.environ.get("JIXIAO_BENCH_WORKERS", str(min(2, os.cpu_count() or 1))))
CHUNK = 1000
FRAMEWORK = "mof-2020-project"

_POSITIVE = ["≥{t}(家)", "={t}(场)", ">={t}%", "{t}以上", "》{t}", "≥{t}.00(次)", "不低于{t}"]
_REVERSE = ["≤{t}", "<={t}小时", "{t}年内", "<{t}%"]
_RANGE = ["{lo}-{hi}次", "{lo}-{hi}家", "{lo}-{hi}个"]
_QUALITATIVE = ["有效", "满意", "年内完成", "有所提升", "无严重投诉", "符合", "达到合同要求"]
_LEVELS = [("产出指标", "数量指标"), ("产出指标", "质量指标"), ("产出指标", "时效指标"),
           ("效益指标", "社会效益指标"), ("效益指标", "经济效益指标"), ("满意度指标", "服务对象满意度指标")]  # fmt: skip


def _indicator(rng: random.Random, weight: int) -> dict[str, Any]:
    level1, level2 = rng.choice(_LEVELS)
    kind = rng.random()
    score: str | None = None
    if kind < 0.45:
        t = rng.randint(1, 500)
        target, actual = rng.choice(_POSITIVE).format(t=t), str(rng.randint(max(0, t - t // 4), t + 50))
    elif kind < 0.6:
        t = rng.randint(1, 72)
        target, actual = rng.choice(_REVERSE).format(t=t), str(rng.randint(1, t + t // 3 + 1))
    elif kind < 0.75:
        lo = rng.randint(0, 10)
        target, actual = rng.choice(_RANGE).format(lo=lo, hi=lo + rng.randint(1, 8)), str(rng.randint(0, 20))
    else:
        target = actual = rng.choice(_QUALITATIVE)
        score = str(weight if rng.random() < 0.8 else weight - 1)
    item = {"level1": level1, "level2": level2, "name": f"指标{rng.randint(1, 999)}", "target": target,
            "actual": actual, "weight": str(weight)}  # fmt: skip
    if score is not None:
        item["score"] = score
    return item


def make_forms(start: int, count: int) -> list[dict[str, Any]]:
    """``count`` forms, reproducible from their numbers: 15 indicators on average, weights adding up to 90."""
    forms = []
    for n in range(start, start + count):
        rng = random.Random(n)
        k = rng.choice((10, 12, 14, 14, 16, 18))  # with the execution row: 15 a form on average
        weights = [90 // k] * k
        weights[0] += 90 - sum(weights)
        budget = rng.randint(10_000, 500_000_000)
        executed = budget * rng.randint(20, 105) // 100
        forms.append({
            "title": f"项目{n}",
            "funds": {"annual_budget": f"{budget}.00", "executed": f"{executed}.{rng.randint(0, 99):02d}"},
            "indicators": [_indicator(rng, w) for w in weights],
        })  # fmt: skip
    return forms


def _warm() -> None:
    """Worker start: imports and the framework loaded before the clock starts."""
    from jixiao.frameworks import get_builtin

    get_builtin(FRAMEWORK)


def _score_chunk(blob: bytes) -> tuple[int, int, int, int, float]:
    """Score one chunk of forms, handed over pickled (as a reader would hand over records).

    Returns (indicators, characters of explanation, problems, ru_maxrss KiB, CPU seconds spent scoring).
    """
    from jixiao.frameworks import get_builtin
    from jixiao.scoring import score_form

    fw = get_builtin(FRAMEWORK)
    indicators = chars = problems = 0
    cpu0 = time.process_time()
    forms = pickle.loads(blob)
    for form in forms:
        result = score_form(fw, form, file=form["title"])
        for ind in result.leaves():
            chars += len(ind.explain("zh"))
            indicators += 1
        problems += len(result.problems)
    cpu = time.process_time() - cpu0
    return indicators, chars, problems, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, cpu


def main() -> None:
    g0 = time.perf_counter()
    # The province-year is generated first (not timed: it stands for the forms a bureau has collected),
    # pickled by chunks; unpickling is part of the scoring time.
    chunks = [pickle.dumps(make_forms(s, min(CHUNK, FORMS - s))) for s in range(0, FORMS, CHUNK)]
    generated = time.perf_counter() - g0
    load = os.getloadavg()[0]
    if WORKERS > 1:
        with ProcessPoolExecutor(WORKERS, initializer=_warm) as pool:
            list(pool.map(int, range(WORKERS)))  # workers started and warm
            t0 = time.perf_counter()
            parts = list(pool.map(_score_chunk, chunks))
            elapsed = time.perf_counter() - t0
    else:
        _warm()
        t0 = time.perf_counter()
        parts = [_score_chunk(c) for c in chunks]
        elapsed = time.perf_counter() - t0
    indicators = sum(p[0] for p in parts)
    chars = sum(p[1] for p in parts)
    problems = sum(p[2] for p in parts)
    worker_peak = max(p[3] for p in parts) / 1024
    own_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"   forms: {FORMS:,}  indicators: {indicators:,}  workers: {WORKERS}  "
          f"(generated beforehand in {generated:.1f} s, not timed)")
    print(f"   explanations rendered: {indicators:,} ({chars:,} characters); data problems: {problems:,}")
    cpu = sum(p[4] for p in parts)
    print(f"   time: {elapsed:.1f} s  →  {indicators / elapsed:,.0f} indicators/s  (target ≥ 100,000; "
          f"load average {load:.1f} on {os.cpu_count()} cores when it started)")
    print(f"   CPU spent scoring: {cpu:.1f} s = {cpu / indicators * 1e6:.1f} µs an indicator  →  "
          f"{indicators / cpu:,.0f} indicators/s a core, {WORKERS * indicators / cpu:,.0f} on {WORKERS} idle cores")  # fmt: skip
    total_peak = own_peak + WORKERS * max(worker_peak, children_peak)
    print(f"   peak memory: main {own_peak:.0f} MB, each worker ≤ {max(worker_peak, children_peak):.0f} MB, "
          f"together ≤ {total_peak:.0f} MB  (target < 1,500 MB)")  # fmt: skip


if __name__ == "__main__":
    main()

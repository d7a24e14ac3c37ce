"""The scoring engine against the arithmetic's own cost (issue 12): µs an indicator, one core, interleaved.

The same generated project forms (``bench_score.make_forms``: positive, reverse, range and qualitative targets,
the execution-rate row) are scored three ways, round by round (A B C, A B C, …):

- ``engine``   — ``score_form`` against ``mof-2020-project``, explanations not rendered;
- ``explained`` — the same, and every leaf's explanation rendered (``ind.explain('zh')``);
- ``floor``    — a bare Decimal loop doing the same sums: each actual read as a Decimal, the ratio to its
  (already parsed) target capped at 1, × the weight, rounded half-up to 2 places; ranges full inside or
  pro rata; qualitative the score given; the execution rate and its score; the total.

Prints the medians in µs an indicator and the median paired ratios to the floor. Targets: engine < 3 µs,
engine ≤ 3× the floor.
"""

from __future__ import annotations

import os
import time
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from bench.bench_score import FRAMEWORK, make_forms
from bench.timing import interleaved, median, paired_ratio, verdict

FORMS = int(os.environ.get("JIXIAO_BENCH_ENGINE_FORMS", "2000"))
ROUNDS = int(os.environ.get("JIXIAO_BENCH_ROUNDS", "5"))
TARGET_US = 3.0
TARGET_RATIO = 3.0
Q = Decimal("0.01")
ONE = Decimal(1)
HUNDRED = Decimal(100)


def _floor_inputs(forms: list[dict[str, Any]]) -> list[tuple[Decimal, Decimal, list[tuple[str, Any, str, Decimal, str | None]]]]:
    """The forms with their targets parsed once (the floor does only the arithmetic)."""
    from jixiao.core.target import parse_target
    from jixiao.scoring.engine import target_kind

    out = []
    for form in forms:
        rows = []
        for ind in form["indicators"]:
            t = parse_target(ind["target"])
            kind = target_kind(t)
            bound: Any = (t.low, t.high) if kind == "range" else t.value
            rows.append((kind, bound, ind["actual"], Decimal(ind["weight"]), ind.get("score")))
        out.append((Decimal(form["funds"]["annual_budget"]), Decimal(form["funds"]["executed"]), rows))
    return out


def floor(prepared: list[tuple[Decimal, Decimal, list[tuple[str, Any, str, Decimal, str | None]]]]) -> Decimal:
    grand = Decimal(0)
    for budget, executed, rows in prepared:
        rate = (executed / budget * HUNDRED).quantize(Q, ROUND_HALF_UP)
        total = (Decimal(10) * min(rate, HUNDRED) / HUNDRED).quantize(Q, ROUND_HALF_UP)
        for kind, bound, actual, weight, given in rows:
            if kind == "qualitative":
                score = Decimal(given) if given is not None else weight
            else:
                a = Decimal(actual)
                if kind == "range":
                    lo, hi = bound
                    ratio = ONE if lo <= a <= hi else (a / lo if a < lo else hi / a)
                elif kind == "reverse":
                    ratio = ONE if a <= bound else bound / a
                else:
                    ratio = ONE if a >= bound else a / bound
                score = (weight * ratio).quantize(Q, ROUND_HALF_UP)
            total += score
        grand += total.quantize(Q, ROUND_HALF_UP)
    return grand


def main() -> None:
    from jixiao.frameworks import get_builtin
    from jixiao.scoring import score_form

    fw = get_builtin(FRAMEWORK)
    forms = make_forms(0, FORMS)
    indicators = sum(len(f["indicators"]) + 1 for f in forms)  # and the execution row
    prepared = _floor_inputs(forms)

    def engine() -> None:
        for form in forms:
            score_form(fw, form)

    def explained() -> None:
        for form in forms:
            for ind in score_form(fw, form).leaves():
                ind.explain("zh")

    engine()
    sides = {"engine": engine, "explained": explained, "floor": lambda: floor(prepared)}
    wall = interleaved(sides, ROUNDS)
    times = interleaved(sides, ROUNDS, time.process_time)
    us = {k: median(v) / indicators * 1e6 for k, v in times.items()}
    ratio = paired_ratio(times["engine"], times["floor"])
    ratio_x = paired_ratio(times["explained"], times["floor"])
    print(f"   {FORMS:,} forms, {indicators:,} indicators, {ROUNDS} interleaved rounds, medians of CPU time "
          f"(load {os.getloadavg()[0]:.1f}; wall time: engine {median(wall['engine']) / indicators * 1e6:.2f} µs, "
          f"floor {median(wall['floor']) / indicators * 1e6:.2f} µs, paired ratio {paired_ratio(wall['engine'], wall['floor']):.1f}×)")
    print(f"   floor (bare Decimal loop): {us['floor']:.2f} µs an indicator")
    print(f"   engine, no explanations:   {us['engine']:.2f} µs an indicator  (target < {TARGET_US:g}: "
          f"{verdict(us['engine'] < TARGET_US)}); ratio to the floor {ratio:.1f}× (target ≤ {TARGET_RATIO:g}×: "
          f"{verdict(ratio <= TARGET_RATIO)})")
    print(f"   engine, explanations:      {us['explained']:.2f} µs an indicator; ratio to the floor {ratio_x:.1f}×")


if __name__ == "__main__":
    main()

"""The scoring engine against the arithmetic's own cost (issue 12): µs an indicator, one core, interleaved.

The same generated project forms (``bench_score.make_forms``: positive, reverse, range and qualitative targets,
the execution-rate row) are scored three ways, round by round (A B C, A B C, …):

- ``engine``   — ``score_form`` against ``mof-2020-project``: total and grade, explanations not rendered (a
  form's nodes, ``result.indicators``, are made when first asked for: not here);
- ``rows``     — the same, and every node asked for (``result.indicators``), explanations not rendered;
- ``explained`` — the same, and every leaf's explanation rendered (``ind.explain('zh')``);
- ``floor``    — a bare Decimal loop doing the same arithmetic on the same forms, parsed beforehand (targets,
  weights, the qualitative bands scaled by each weight; untimed): per row the actual read as a Decimal, full
  when the target is met, else weight × actual ÷ target (reverse: weight × target ÷ actual; ranges: the
  nearer bound), quantized half-up to 2 places; a qualitative row the evaluator's score checked against the
  weight and its band; per group of rows (一级指标) its subtotal and its weight; per form the execution rate
  (rounded) and its score, the weights' sum checked against 90, the total rounded, the grade.

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
ZERO = Decimal(0)
TEN = Decimal(10)
HUNDRED = Decimal(100)


Row = tuple[str, Any, str, Decimal, "str | None", "tuple[Decimal, Decimal] | None"]
Prepared = list[tuple[Decimal, Decimal, list[list[Row]]]]
_SHARES = (Decimal("0.8"), Decimal("1"))  # the 达成 band of mof-2020-project, as shares of the weight
GRADES = ((Decimal(90), "优"), (Decimal(80), "良"), (Decimal(60), "中"), (Decimal(0), "差"))
NINETY = Decimal(90)


def _floor_inputs(forms: list[dict[str, Any]]) -> Prepared:
    """The forms with their targets parsed, weights read and rows grouped by 一级指标, once (the floor does
    only the arithmetic)."""
    from jixiao.core.target import parse_target
    from jixiao.scoring.engine import target_kind

    out = []
    for form in forms:
        groups: dict[str, list[Row]] = {}
        for ind in form["indicators"]:
            t = parse_target(ind["target"])
            kind = target_kind(t)
            bound: Any = (t.low, t.high) if kind == "range" else t.value
            weight = Decimal(ind["weight"])
            band = (_SHARES[0] * weight, _SHARES[1] * weight) if kind == "qualitative" else None
            groups.setdefault(ind["level1"], []).append((kind, bound, ind["actual"], weight, ind.get("score"), band))
        out.append((Decimal(form["funds"]["annual_budget"]), Decimal(form["funds"]["executed"]), list(groups.values())))
    return out


def floor(prepared: Prepared) -> list[tuple[Decimal, str | None]]:
    """(total, grade) of every form, by the bare arithmetic."""
    out = []
    for budget, executed, groups in prepared:
        rate = (executed * HUNDRED / budget).quantize(Q, ROUND_HALF_UP)
        total = TEN if rate >= HUNDRED else (TEN * rate / HUNDRED).quantize(Q, ROUND_HALF_UP)
        weights = ZERO
        for rows in groups:
            sub = group_weight = ZERO
            for kind, bound, actual, weight, given, band in rows:
                if kind == "qualitative":
                    score = Decimal(given) if given is not None else weight
                    if not (ZERO <= score <= weight and band[0] <= score <= band[1]):  # type: ignore[index]
                        score = weight  # (the generated forms stay inside their bands)
                else:
                    a = Decimal(actual)
                    if kind == "range":
                        lo, hi = bound
                        raw = weight if lo <= a <= hi else (weight * a / lo if a < lo else weight * hi / a)
                    elif kind == "reverse":
                        raw = weight if a <= bound else weight * bound / a
                    else:
                        raw = weight if a >= bound else weight * a / bound
                    score = raw.quantize(Q, ROUND_HALF_UP)
                sub += score
                group_weight += weight
            total += sub
            weights += group_weight
        if weights != NINETY:
            raise AssertionError("the generated weights add up to 90")
        total = total.quantize(Q, ROUND_HALF_UP)
        out.append((total, next((g for low, g in GRADES if total >= low), None)))
    return out


def main() -> None:
    from jixiao.frameworks import get_builtin
    from jixiao.scoring import score_form

    fw = get_builtin(FRAMEWORK)
    forms = make_forms(0, FORMS)
    indicators = sum(len(f["indicators"]) + 1 for f in forms)  # and the execution row
    prepared = _floor_inputs(forms)
    results = [score_form(fw, form) for form in forms]
    agree = sum((r.total, r.grade) == f for r, f in zip(results, floor(prepared)))
    if agree != len(forms):
        raise SystemExit(f"the floor and the engine disagree on {len(forms) - agree} of {len(forms)} forms")

    def engine() -> None:
        for form in forms:
            score_form(fw, form)

    def rows() -> None:
        for form in forms:
            score_form(fw, form).indicators  # noqa: B018 (asked for: made now)

    def explained() -> None:
        for form in forms:
            for ind in score_form(fw, form).leaves():
                ind.explain("zh")

    engine()
    sides = {"engine": engine, "rows": rows, "explained": explained, "floor": lambda: floor(prepared)}
    wall = interleaved(sides, ROUNDS)
    times = interleaved(sides, ROUNDS, time.process_time)
    us = {k: median(v) / indicators * 1e6 for k, v in times.items()}
    ratio = paired_ratio(times["engine"], times["floor"])
    ratio_rows = paired_ratio(times["rows"], times["floor"])
    ratio_x = paired_ratio(times["explained"], times["floor"])
    print(f"   {FORMS:,} forms, {indicators:,} indicators, {ROUNDS} interleaved rounds, medians of CPU time "
          f"(load {os.getloadavg()[0]:.1f}; wall time: engine {median(wall['engine']) / indicators * 1e6:.2f} µs, "
          f"floor {median(wall['floor']) / indicators * 1e6:.2f} µs, paired ratio {paired_ratio(wall['engine'], wall['floor']):.1f}×)")
    print(f"   floor (bare Decimal loop, the same arithmetic: its totals and grades equal the engine's on all "
          f"{agree:,} forms): {us['floor']:.2f} µs an indicator")
    print(f"   engine, no explanations:   {us['engine']:.2f} µs an indicator  (target < {TARGET_US:g}: "
          f"{verdict(us['engine'] < TARGET_US)}); ratio to the floor {ratio:.1f}× (target ≤ {TARGET_RATIO:g}×: "
          f"{verdict(ratio <= TARGET_RATIO)})")
    print(f"   engine, every node made:   {us['rows']:.2f} µs an indicator; ratio to the floor {ratio_rows:.1f}×")
    print(f"   engine, explanations:      {us['explained']:.2f} µs an indicator; ratio to the floor {ratio_x:.1f}×")


if __name__ == "__main__":
    main()

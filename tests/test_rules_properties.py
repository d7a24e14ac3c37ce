"""Properties every rule keeps, whatever the figures: 0 ≤ score ≤ weight, proportional is monotone, and every
explanation renders in both languages and names the score."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import example, given, settings
from hypothesis import strategies as st

from jixiao.core.numbers import parse_decimal
from jixiao.core.rounding import MODES, Rounding
from jixiao.rules import RULES, RuleContext, RuleInputError, RuleResult
from jixiao.rules.common import pts

settings.register_profile("rules", max_examples=150, deadline=None)
settings.load_profile("rules")


def dec(lo: str, hi: str, places: int = 2) -> st.SearchStrategy[Decimal]:
    return st.decimals(Decimal(lo), Decimal(hi), places=places, allow_nan=False, allow_infinity=False)


weights = dec("0.5", "100")
values = dec("-200", "300")
positive = dec("0.01", "100000")
contexts = st.builds(
    RuleContext,
    rate=st.builds(Rounding, st.sampled_from(sorted(MODES)), st.integers(0, 4)),
    score=st.builds(Rounding, st.sampled_from(sorted(MODES)), st.integers(1, 4)),
)


def check(res: RuleResult, weight: Decimal) -> None:
    assert Decimal(0) <= res.score <= weight
    zh, en = res.explain("zh"), res.explain("en")
    s = pts(res.score)
    assert s in zh or (res.score == 0 and "不得分" in zh), zh
    assert s in en, en


def run(name: str, weight: Decimal, params: dict, inputs: dict, ctx: RuleContext) -> RuleResult | None:
    try:
        res = RULES[name](weight, params, inputs, ctx)
    except RuleInputError as e:  # refusing unusable figures is allowed; it must say why, in both languages
        assert e.zh and e.en
        return None
    check(res, weight)
    return res


def scored(name: str, weight: Decimal, params: dict, inputs: dict, ctx: RuleContext) -> RuleResult:
    """``run`` for figures the rule must accept: a refusal fails the test instead of passing it unscored."""
    res = run(name, weight, params, inputs, ctx)
    assert res is not None, f"{name} refused figures it must score: {inputs}"
    return res


@given(weights, values, positive, st.sampled_from(["up", "down"]), st.sampled_from(["cap", "zero"]), contexts)
def test_proportional_stays_in_the_weight(weight, actual, target, direction, over, ctx):
    scored("proportional", weight, {"direction": direction, "over": over}, {"actual": actual, "target": target}, ctx)


@given(weights, positive, dec("0", "1000"), dec("0", "1000"), contexts)
def test_proportional_is_monotone(weight, target, a, b, ctx):
    lo, hi = min(a, b), max(a, b)
    up = [RULES["proportional"](weight, {}, {"actual": x, "target": target}, ctx).score for x in (lo, hi)]
    assert up[0] <= up[1]
    if lo > 0:
        down = [
            RULES["proportional"](weight, {"direction": "down"}, {"actual": x, "target": target}, ctx).score
            for x in (lo, hi)
        ]
        assert down[0] >= down[1]


@given(weights, values, dec("0", "100"), dec("0", "100"), contexts)
def test_range_stays_in_the_weight(weight, actual, a, b, ctx):
    scored("range", weight, {"low": min(a, b), "high": max(a, b)}, {"actual": actual}, ctx)


@given(weights, values, st.sampled_from(["<=", "<", ">=", ">", "="]), dec("0", "100"), contexts)
def test_threshold_is_full_or_zero(weight, value, op, limit, ctx):
    res = run("threshold", weight, {"op": op, "limit": limit}, {"value": value}, ctx)
    assert res is not None and res.score in (weight, 0)


@given(
    weights,
    values,
    dec("-50", "150"),
    st.sampled_from(["up", "down"]),
    dec("0.5", "10", 1),
    dec("0", "0.5"),
    st.sampled_from(["floor", "ceil", "exact"]),
    st.none() | dec("0", "100"),
    st.none() | dec("0", "50"),
    contexts,
)
def test_step_deduction_stays_in_the_weight(weight, value, base, direction, step, share, counting, zero, most, ctx):
    params: dict = {"base": base, "direction": direction, "step": step, "deduct_share": share, "counting": counting}
    if zero is not None:
        params["zero_at"] = {"op": ">" if direction == "up" else "<", "value": zero}
    if most is not None:
        params["max_deduction"] = most
    scored("step_deduction", weight, params, {"value": value}, ctx)


@given(
    positive, dec("0", "200000"), dec("-50", "50"), st.sampled_from(["ratio", "change"]), contexts,
    st.sampled_from(["threshold", "step_deduction", "proportional"]),
)  # fmt: skip
def test_measured_values_stay_in_the_weight(den, num_, weight_shift, formula, ctx, name):
    weight = Decimal(10)
    params: dict = {"measure": {"formula": formula, "numerator": "n", "denominator": "d"}, "label": "比率"}
    params |= {
        "threshold": {"op": "<=", "limit": 100},
        "step_deduction": {"base": weight_shift, "deduct_share": "0.05"},
        "proportional": {"full_at": 100, "over": "zero"},
    }[name]
    res = run(name, weight, params, {"n": num_, "d": den}, ctx)
    assert res is not None and "比率=" in res.explain()


@given(weights, values, contexts)
def test_stepped_bands_stay_in_the_weight(weight, value, ctx):
    share_bands = [{"min": 90, "share": 1}, {"min": 60, "max": 90, "share": "0.5"}, {"max": 60, "share": 0}]
    scored("bands", weight, {"bands": share_bands}, {"value": value}, ctx)


@given(weights, dec("0", "1000"), st.lists(dec("0", "1000"), max_size=8), dec("0.5", "20", 1), contexts)
def test_relative_best_stays_in_the_weight(weight, value, peers, step, ctx):
    res = run("relative_best", weight, {"step_pct": step}, {"value": value, "peers": peers}, ctx)
    assert (res is None) == (max([value, *peers]) == 0)  # refused only when the best of the group is 0


@given(weights, dec("0", "1000", 0), dec("0", "1000", 0), contexts)
def test_ratio_points_stays_in_the_weight(weight, a, b, ctx):
    res = run("ratio_points", weight, {}, {"numerator": min(a, b), "denominator": max(a, b)}, ctx)
    assert (res is None) == (max(a, b) == 0)  # refused only for a denominator of 0


@given(weights, positive, dec("0", "200000"), st.sampled_from(["rounded_rate", "exact_rate"]), contexts)
def test_execution_rate_stays_in_the_weight(weight, budget, executed, score_from, ctx):
    params = {"score_from": score_from}
    scored("execution_rate", weight, params, {"annual_budget": budget, "executed": executed}, ctx)


@given(weights, st.integers(1, 10), st.integers(0, 12), contexts)
def test_checklist_stays_in_the_weight(weight, n, met, ctx):
    res = run("checklist", weight, {"points": n}, {"met": met}, ctx)
    assert (res is None) == (met > n)  # refused only when more points are met than there are


@given(weights, st.integers(0, 50), dec("0", "5"), contexts)
def test_per_violation_stays_in_the_weight(weight, count, each, ctx):
    scored("per_violation", weight, {"deduct": each}, {"count": count}, ctx)


@given(weights, dec("0", "1", 3), contexts)
def test_qualitative_band_accepts_exactly_the_scores_inside_the_band(weight, share, ctx):
    bands = [{"band": "达成", "min": "0.8", "max": 1}, {"band": "部分达成", "min": "0.6", "max": "0.8"}]
    score = weight * share
    res = run("qualitative_band", weight, {"bands": bands}, {"band": "部分达成", "score": score}, ctx)
    assert (res is not None) == (Decimal("0.6") <= share <= Decimal("0.8"))


@given(st.text(max_size=12), st.text(max_size=12))
@example("೧", "")  # (a digit of another script: a number to Decimal, never to parse_decimal; now to neither)
def test_arbitrary_text_inputs_never_crash(a, b):
    for name, inputs in (
        ("proportional", {"actual": a, "target": b}),
        ("execution_rate", {"annual_budget": a, "executed": b}),
        ("threshold", {"value": a}),
        ("manual", {"score": a}),
    ):
        params = {"op": "<=", "limit": 1} if name == "threshold" else {}
        res = run(name, Decimal(5), params, inputs, RuleContext())
        if name == "threshold":  # a text that reads as a number is scored; any other is refused
            d = parse_decimal(a)
            assert (res is None) == (d is None or not d.is_finite()), a


@given(weights, dec("0", "1", 3), st.sampled_from(["", "量化程度不足"]), contexts)
def test_judged_scores_are_kept_as_given(weight, share, note, ctx):
    given_score = weight * share
    for name, params, inputs in (
        ("manual", {}, {"score": given_score, "note": note}),
        ("grade_band", {"bands": [{"band": "好", "min": 0, "max": weight}]}, {"band": "好", "score": given_score}),
    ):
        res = run(name, weight, params, inputs, ctx)
        assert res is not None and res.score == given_score


@given(dec("0", "100"), dec("0", "100"), contexts)
def test_composite_is_the_sum_of_its_parts(a, b, ctx):
    parts = [
        {"name": "结转率", "weight": "0.4", "rule": "step_deduction", "params": {"deduct_share": "0.05"}},
        {"name": "结余率", "weight": "0.6", "rule": "step_deduction", "params": {"deduct_share": "0.05"}},
    ]
    res = run("composite", Decimal(1), {"parts": parts}, {"结转率": {"value": a}, "结余率": {"value": b}}, ctx)
    assert res is not None
    one = RULES["step_deduction"](Decimal("0.4"), {"deduct_share": "0.05"}, {"value": a}, ctx).score
    two = RULES["step_deduction"](Decimal("0.6"), {"deduct_share": "0.05"}, {"value": b}, ctx).score
    assert res.score == ctx.score.apply(one + two)

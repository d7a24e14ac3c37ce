"""The compiled rules (scoring/compiled.py) against the rules themselves: on generated frameworks (rounding
modes and digits, directions, ``over``, ``score_from``, bands) and generated forms (well-formed rows and
every kind of bad one), ``score_form`` gives the same scores, totals, grades, problems, facts and
explanations whether the rows go through the compiled rules or through the registered rule functions."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.core.rounding import Rounding
from jixiao.frameworks import Framework, get_builtin, load_framework_text
from jixiao.rules import RuleContext
from jixiao.rules.packed import packed_facts
from jixiao.scoring import ScoreResult, score_form
from jixiao.scoring.compiled import plan_for
from jixiao.scoring.engine import score_form_item

MODES = ["half_up", "truncate", "ceiling", "floor", "half_even", "none"]
rounding = st.builds(lambda m, d: f"{{mode: {m}, digits: {d}}}", st.sampled_from(MODES), st.integers(0, 4))


@st.composite
def frameworks(draw: st.DrawFn) -> Framework:
    positive = draw(st.sampled_from(["{rule: proportional}", "{rule: proportional, params: {over: zero}}",
                                     "{rule: proportional, params: {direction: up, unit: 次}}"]))
    reverse = draw(st.sampled_from(["{rule: proportional, params: {direction: down}}",
                                    "{rule: proportional, params: {direction: down, over: cap}}"]))
    rng = draw(st.sampled_from(["{rule: range}", "{rule: range, params: {unit: 个}}"]))
    lo = draw(st.sampled_from(["0.8", "0.75"]))
    text = f"""
id: generated
title: 生成的框架
kind: project
total_weight: 100
rounding:
  rate: {draw(rounding)}
  score: {draw(rounding)}
  total: {draw(rounding)}
grades:
  - {{grade: 优, min: 90}}
  - {{grade: 良, min: 80, max: 90}}
  - {{grade: 中, min: 60, max: 80}}
  - {{grade: 差, min: 0, max: 60}}
execution:
  weight: 10
  rule: execution_rate
  params: {{score_from: {draw(st.sampled_from(["rounded_rate", "exact_rate"]))}}}
indicator_weight: 90
level1_weights: {{产出指标: 50, 效益指标: 30, 满意度指标: 10}}
indicator_rules:
  positive: {positive}
  reverse: {reverse}
  range: {rng}
  qualitative:
    rule: qualitative_band
    params:
      bands:
        - {{band: 达成, min: {lo}, max: 1}}
        - {{band: 部分达成, min: 0.6, max: {lo}}}
        - {{band: 未达成, min: 0, max: 0.6}}
"""
    return _load(text)


@lru_cache(maxsize=512)
def _load(text: str) -> Framework:
    fw, problems = load_framework_text(text, "generated.yaml")
    assert fw is not None, problems
    return fw


numbers = st.decimals(min_value=Decimal("-5"), max_value=Decimal("600"), places=2).map(str)
texts = st.one_of(numbers, st.sampled_from(["", "abc", "95.00(%)", "20(场)", "≥30", "1-3次", "有效", "1,984.00", "0"]))
targets = st.one_of(
    st.builds("≥{}(家)".format, numbers), st.builds("≤{}小时".format, numbers), st.builds("<{}%".format, numbers),
    st.builds("{}-{}次".format, st.integers(0, 20), st.integers(0, 20)), st.builds("不低于{}".format, numbers),
    st.sampled_from(["有效", "满意", "年内完成", "", "=100(%)", "≥95%", "1:3"]),
)


@st.composite
def rows(draw: st.DrawFn) -> dict[str, Any]:
    row: dict[str, Any] = {"level1": draw(st.sampled_from(["产出指标", "效益指标", "满意度指标", "", None])),
                           "name": draw(st.sampled_from(["指标", "", None, 3])), "target": draw(targets)}
    for key, values in (("actual", st.one_of(texts, st.none(), st.integers(-3, 500))),
                        ("weight", st.one_of(st.sampled_from(["5", "6.00", "9", "0", "-2", "x", None]), st.integers(0, 12))),
                        ("score", st.one_of(texts, st.none())), ("band", st.sampled_from(["达成", "部分达成", "好"])),
                        ("value", texts), ("op", st.sampled_from(["≥", "反向"])), ("unit", st.just("%")),
                        ("kind", st.sampled_from(["positive", "range", "nonsense"]))):  # fmt: skip
        if draw(st.integers(0, 9)) < (9 if key in ("actual", "weight") else 2):
            row[key] = draw(values)
    return row


forms = st.builds(
    lambda budget, executed, items: {"funds": {"annual_budget": budget, "executed": executed}, "indicators": items},
    st.one_of(numbers, st.just("0")), st.one_of(numbers, st.just("x")), st.lists(rows(), max_size=16),
)


def same(a: ScoreResult, b: ScoreResult) -> None:
    assert (a.total, a.grade, a.problems) == (b.total, b.grade, b.problems)
    assert len(a.indicators) == len(b.indicators)
    for x, y in zip(a.indicators, b.indicators):
        assert x._replace(trace=None) == y._replace(trace=None)
        assert x.explain("zh") == y.explain("zh") and x.explain("en") == y.explain("en")
        if type(x.trace) is tuple:
            assert packed_facts(x.trace) == y.trace.facts  # type: ignore[union-attr]
        else:
            assert x.trace == y.trace


@settings(max_examples=200, deadline=None)
@given(frameworks(), forms)
def test_compiled_and_rule_by_rule_give_the_same_result(fw: Framework, form: dict[str, Any]) -> None:
    same(score_form(fw, form), score_form(fw, form, compiled=False))


@settings(max_examples=150, deadline=None)
@given(forms)
def test_the_same_on_the_builtin_frameworks(form: dict[str, Any]) -> None:
    for fid in ("mof-2020-project", "shanghai-2023-project", "yangpu-2022-policy"):
        fw = get_builtin(fid)
        same(score_form(fw, form), score_form(fw, form, compiled=False))


def test_the_common_rows_are_compiled() -> None:
    """The compiled path is taken (a test that the two paths agree says nothing if both are the rule's)."""
    fw = get_builtin("mof-2020-project")
    form = {"funds": {"annual_budget": "100.00", "executed": "93.00"},
            "indicators": [{"level1": "产出指标", "name": "场次", "target": "≥20(场)", "actual": "18", "weight": "45"},
                           {"level1": "效益指标", "name": "时长", "target": "≤2小时", "actual": "3", "weight": "20"},
                           {"level1": "效益指标", "name": "次数", "target": "1-3次", "actual": "4", "weight": "15"},
                           {"level1": "满意度指标", "name": "满意", "target": "满意", "actual": "满意", "weight": "10",
                            "score": "9"}]}  # fmt: skip
    result = score_form(fw, form)
    assert [type(i.trace) for i in result.leaves()] == [tuple] * 5
    assert [str(i.score) for i in result.leaves()] == ["9.30", "40.50", "13.33", "11.25", "9"]
    assert result.total == Decimal("83.38")
    assert result.leaves()[1].explain() == "实际完成值18场，目标值≥20场，得分=45×18÷20=40.5分"
    assert [type(i.trace) for i in score_form(fw, form, compiled=False).leaves()] != [tuple] * 5
    assert set(plan_for(fw).kinds) == {"positive", "reverse", "range", "qualitative"}


def test_score_form_item_with_exact_rounding() -> None:
    """The audit asks for the exact score (``Rounding('none')``): a plan of its own, not the framework's."""
    fw = get_builtin("mof-2020-project")
    item = {"name": "场次", "target": "≥30(场)", "actual": "20", "weight": "10"}
    exact = RuleContext(rate=Rounding("none"), score=Rounding("none"))
    assert score_form_item(fw, item, ctx=exact).score == Decimal(10) * 20 / 30
    assert score_form_item(fw, item).score == Decimal("6.67")


def test_the_full_score_of_a_weight_is_remembered_only_where_it_reads_the_same() -> None:
    """A met row's score is ``cap(weight, weight)``: remembered by weight for the compiled rules when every
    way of writing the weight gives the same figure; otherwise the weight as it is written."""
    from jixiao.core.rounding import HALF_UP_2
    from jixiao.rules.common import cap, full_score, full_scores

    none = Rounding("none")
    for rounding, weight, want in ((HALF_UP_2, "6", "6.00"), (HALF_UP_2, "6.0", "6.00"), (HALF_UP_2, "6.005", "6.005"),
                                   (HALF_UP_2, "6.0050", "6.0050"), (none, "6.0", "6.0"), (none, "6", "6")):
        got = full_score(rounding, Decimal(weight))
        assert str(got) == want == str(cap(Decimal(weight), Decimal(weight), rounding)), (rounding, weight)
    assert str(full_scores(HALF_UP_2)[Decimal("6.000")]) == "6.00"  # (however 6 was first written)
    assert Decimal("6.005") not in full_scores(HALF_UP_2) and Decimal(6) not in full_scores(none)

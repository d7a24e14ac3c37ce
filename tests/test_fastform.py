"""The one-pass path for well-formed project forms (scoring/fastform.py) against the row-by-row rules: on
generated frameworks and generated forms that take it (weights adding up, every row scorable), the result
is the same node for node; a form it does not handle is left to ``score_form`` (None), and a sum that would
round is added ``score_form``'s way."""

from __future__ import annotations

from decimal import Decimal, Inexact, getcontext, localcontext
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.frameworks import Framework, get_builtin
from jixiao.scoring import score_form
from jixiao.scoring.compiled import plan_for
from jixiao.scoring.fastform import score_plain_form
from test_compiled import frameworks, same

POSITIVE = st.builds("≥{}(家)".format, st.integers(1, 500)) | st.builds("不低于{}".format, st.integers(1, 99))
REVERSE = st.builds("≤{}小时".format, st.integers(1, 72))
RANGE = st.builds(lambda lo, d: f"{lo}-{lo + d}次", st.integers(1, 10), st.integers(0, 8))
QUALITATIVE = st.sampled_from(["有效", "满意", "年内完成"])
LEVEL1 = st.sampled_from(["产出指标", "效益指标", "满意度指标", "", None])


@st.composite
def plain_forms(draw: st.DrawFn) -> dict[str, Any]:
    """A form every row of which the compiled rules score, its weights adding up to 90."""
    n = draw(st.integers(1, 12))
    cuts = sorted(draw(st.lists(st.integers(1, 8999), min_size=n - 1, max_size=n - 1, unique=True)))
    weights = [Decimal(b - a) / 100 for a, b in zip([0, *cuts], [*cuts, 9000])]  # > 0, Σ = 90
    rows = []
    for w in weights:
        kind = draw(st.sampled_from(["positive", "reverse", "range", "qualitative"]))
        target = draw({"positive": POSITIVE, "reverse": REVERSE, "range": RANGE, "qualitative": QUALITATIVE}[kind])
        row: dict[str, Any] = {"level1": draw(LEVEL1), "name": draw(st.sampled_from(["指标", "", 3])), "target": target,
                               "weight": draw(st.sampled_from([str(w), str(w) + ("0" if "." in str(w) else ".00"), w]))}
        if kind == "qualitative":
            row["actual"] = target
            row["score"] = str(w)
        else:
            row["actual"] = draw(st.sampled_from([str(draw(st.integers(0, 600))), f"{draw(st.integers(0, 90))}.5"]))
        rows.append(row)
    budget = draw(st.integers(1, 10**9))
    executed = draw(st.integers(0, 2 * budget))
    return {"title": "生成的表", "funds": {"annual_budget": f"{budget}.00", "executed": str(executed)},
            "indicators": rows}


@settings(max_examples=200, deadline=None)
@given(frameworks(), plain_forms())
def test_the_one_pass_path_gives_the_rules_result(fw: Framework, form: dict[str, Any]) -> None:
    fast = score_plain_form(fw, plan_for(fw), form, "<data>")
    reference = score_form(fw, form, compiled=False)
    if fast is None:  # only for a reason: a problem, a row its compiled rule declines (``over: zero``), or
        compiled = score_form(fw, form)  # unrounded scores (28 digits) whose sums round
        assert (compiled.problems or any(type(i.trace) is not tuple for i in compiled.leaves())
                or fw.rounding.score.mode == "none")
        return
    same(fast, reference)
    assert fast.title == reference.title and fast.published == reference.published


@settings(max_examples=100, deadline=None)
@given(plain_forms())
def test_most_generated_forms_take_it_on_the_builtin_framework(form: dict[str, Any]) -> None:
    fw = get_builtin("mof-2020-project")
    fast = score_plain_form(fw, plan_for(fw), form, "<data>")
    assert fast is not None  # (weights add up to 90, every row scorable: nothing for score_form to say)
    same(fast, score_form(fw, form, compiled=False))


def _form(**change: Any) -> dict[str, Any]:
    rows = [{"level1": "产出指标", "name": "场次", "target": "≥20(场)", "actual": "18", "weight": "45"},
            {"level1": "效益指标", "name": "时长", "target": "≤2小时", "actual": "3", "weight": "20"},
            {"level1": "", "name": "次数", "target": "1-3次", "actual": "4", "weight": "15"},
            {"level1": "满意度指标", "name": "满意", "target": "满意", "actual": "满意", "weight": "10", "score": "9"}]
    rows[0].update(change)
    return {"funds": {"annual_budget": "100.00", "executed": "93.00"}, "indicators": rows}


def test_a_plain_form_is_scored_in_one_pass() -> None:
    fw = get_builtin("mof-2020-project")
    result = score_plain_form(fw, plan_for(fw), _form(), "<data>")
    assert result is not None
    assert [(i.code, i.leaf, str(i.weight), str(i.score)) for i in result.indicators] == [
        ("E", True, "10", "9.30"), ("产出指标", False, "45", "40.50"), ("1", True, "45", "40.50"),
        ("效益指标", False, "35", "24.58"), ("2", True, "20", "13.33"), ("3", True, "15", "11.25"),
        ("满意度指标", False, "10", "9"), ("4", True, "10", "9")]
    assert (result.total, result.grade) == (Decimal("83.38"), "良")


def test_what_it_leaves_to_score_form() -> None:
    fw, plan = get_builtin("mof-2020-project"), plan_for(get_builtin("mof-2020-project"))
    for change in ({"weight": "44"}, {"weight": "x"}, {"weight": ["45"]}, {"weight": "0"}, {"op": "≥"},
                   {"unit": "场"}, {"kind": "positive"}, {"actual": None}, {"actual": "很多"}, {"target": 20}):
        form = _form(**change)
        assert score_plain_form(fw, plan, form, "<data>") is None, change
        same(score_form(fw, form), score_form(fw, form, compiled=False))
    assert score_plain_form(get_builtin("yangpu-2022-policy"), plan_for(get_builtin("yangpu-2022-policy")),
                            _form(), "<data>") is None  # policy forms: self scores under level-1 weights


def test_a_sum_that_rounds_is_added_as_score_form_adds_it() -> None:
    """Σ of weights in row order and Σ of group sums differ once an addition rounds (28 digits): then the
    one-pass path gives way. The caller's Inexact flag is kept as it was (the check neither clears nor sets it)."""
    fw, plan = get_builtin("mof-2020-project"), plan_for(get_builtin("mof-2020-project"))
    form = _form(weight="45.000000000000000000000000001")  # 29 digits: 0 + it rounds
    assert score_plain_form(fw, plan, form, "<data>") is None
    same(score_form(fw, form), score_form(fw, form, compiled=False))
    exact = _form(actual="20")  # every score exact: nothing rounds
    exact["indicators"][1]["actual"] = "2"
    exact["indicators"][2]["actual"] = "2"
    for before in (False, True):
        with localcontext() as ctx:
            ctx.flags[Inexact] = before
            assert score_plain_form(fw, plan, exact, "<data>") is not None
            assert getcontext().flags[Inexact] is before


def test_the_nodes_are_made_when_asked_for_and_travel_whole() -> None:
    """A one-pass result holds its rows as data; ``indicators`` makes the nodes once, equal to score_form's
    row by row; the result compares, prints and pickles with its nodes."""
    import pickle

    fw = get_builtin("mof-2020-project")
    result = score_form(fw, _form())
    assert result._nodes is None and result._build is not None  # nothing made yet
    nodes = result.indicators
    assert result.indicators is nodes and result._build is None  # made once
    reference = score_form(fw, _form(), compiled=False)
    same(result, reference)
    later = score_form(fw, _form())
    assert later == score_form(fw, _form()) and later._nodes is not None  # equality asks for the nodes
    assert later != reference  # (the traces differ: packed tuples against the rules' Trace objects)
    again = pickle.loads(pickle.dumps(score_form(fw, _form())))
    assert again.indicators == nodes and (again.total, again.grade) == (Decimal("83.38"), "良")
    assert "indicators=(ScoredIndicator(code='E'" in repr(score_form(fw, _form()))

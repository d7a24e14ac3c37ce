"""Department score tables whose rows run together one a line, weight and score glued into one run of digits
(…扣完为止。55): each run split where one split is possible, else as the level weights or the total row confirm,
never guessed; the names, levels, total and planted mistakes read (generators in ``tests/layouts/gluedscores``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.audit import audit_paths
from jixiao.core.records import Document
from jixiao.read import read_path
from jixiao.read.recognise.scoretable_glued_rows import splits as _splits
from layouts.gluedscores import GlueStyle, glued_table
from layouts.labeltree import invent_tree

_STYLES = st.builds(GlueStyle, st.sampled_from(["分值", "权重", "标准分"]),
                    st.sampled_from(["得分", "自评得分", "评价得分"]), st.booleans(), st.booleans(), st.booleans(),
                    st.booleans(), st.booleans(), st.sampled_from(["glued", "apart", "none"]), st.booleans(),
                    st.booleans())
_SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _read(tmp_path: Path, text: str) -> tuple[Document, list[tuple[str, str, str | None]]]:
    path = tmp_path / "scores.txt"
    path.write_text(text, encoding="utf-8")
    rr = read_path(path)
    assert len(rr.documents) == 1, [p.message for p in rr.problems]
    found = [(f.kind, f.severity, f.row) for f in audit_paths([str(path)]).findings
             if f.severity in ("error", "suspect", "warning")]
    return rr.documents[0], found


@_SETTINGS
@given(style=_STYLES, seed=st.integers(1, 8))
def test_glued_weights_and_scores_are_split_as_the_table_confirms(tmp_path: Path, style: GlueStyle, seed: int) -> None:
    t = invent_tree(seed)
    doc, found = _read(tmp_path, glued_table(t, style))
    assert doc.type == "dept_evaluation"
    assert [(i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (x.name if style.repeat_name else x.name, x.weight, x.score) for x in t.leaves]
    assert [(i.level1.str_, i.level2.str_) for i in doc.indicators] == [
        (f"{x.level1}({t.label_weights[x.level1]}分)", f"{x.level2}({t.label_weights[x.level2]}分)") for x in t.leaves]
    if style.total != "none":
        assert (doc.total_weight.dec, doc.total_score.dec) == (sum(x.weight for x in t.leaves), t.total)
    else:
        assert doc.extra.get("indicators_incomplete")
    assert [f for f in found if f[1] == "error"] == []


@_SETTINGS
@given(style=_STYLES)
def test_planted_mistakes_are_found(tmp_path: Path, style: GlueStyle) -> None:
    style = GlueStyle(style.weight_word, style.score_word, style.tail_column, style.header_run_on, style.spaced_level,
                      style.repeat_name, style.apart, "glued", style.weight_first, style.wrap)
    t = invent_tree(3, True, "total")
    _, found = _read(tmp_path, glued_table(t, style))
    assert any(f[0] == "total_sum" and f[1] == "error" for f in found)  # (the row named 总分, or another name)
    t = invent_tree(3, True, "level_weight")
    _, found = _read(tmp_path, glued_table(t, style))
    assert any(f[0] == "tree_weight" and f[2] == f"资金管理({t.label_weights['资金管理']}分)" for f in found)


def test_a_run_the_sums_do_not_decide_is_left_missing_and_said(tmp_path: Path) -> None:
    """10.55 is 10.5 and 5, or 1 and 0.55: under 目标设定(21分) only 10.5 + 10.5 makes the level's weight, so both
    rows are read that way (and said so); under 资金管理(11.5分) 1 + 10.5 and 10.5 + 1 both make it, so neither
    row's weight nor score is read, each a located problem, and no error follows from it."""
    text = ("部门整体支出绩效评价评分表\n一级指标二级指标三级指标评分标准分值得分\n"
            "部门决策(26分)目标设定(21分)目标合理性目标合理性达到要求得满分。10.55\n目标明确性目标明确性达到要求得满分。10.55\n"
            "预算配置(5分)重点支出安排率重点支出安排率≥90%得满分。54\n"
            "部门管理(11.5分)资金管理(11.5分)预算执行率预算执行率达到100%得满分。10.55\n结转结余率结转结余率为0得满分。10.55\n")
    doc, found = _read(tmp_path, text)
    rows = [(i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators]
    assert rows == [("目标合理性", Decimal("10.5"), 5), ("目标明确性", Decimal("10.5"), 5), ("重点支出安排率", 5, 4),
                    ("预算执行率", None, None), ("结转结余率", None, None)]
    assert "按各级分值之和" in doc.problems[0].message
    assert sum("10.55" in p.message for p in doc.problems) == 2
    assert [f for f in found if f[1] == "error"] == []


def test_the_splits_a_run_admits() -> None:
    assert _splits("55") == [(5, 5)]
    assert _splits("109.5") == [(10, Decimal("9.5"))]
    assert _splits("1010") == [(10, 10)]  # not 101 and 0: 101 is above the full marks of a row
    assert _splits("10.55") == [(1, Decimal("0.55")), (Decimal("10.5"), 5)]
    assert _splits("2018") == [(20, 18)]
    assert _splits("32.5") == [(3, Decimal("2.5"))]
    assert _splits("56") == []  # a score above its weight is no split (the row is said unread)


def test_cells_kept_apart_by_spaces_or_pipes_give_the_names(tmp_path: Path) -> None:
    """Rows whose cells kept a space or a pipe between them: the name is the cell before the rule (or the weight),
    never a level's label, never a pipe."""
    head = "部门整体支出绩效评价评分表\n一级指标 二级指标 三级指标 {cols}\n"
    rows = [("投入 预算配置 ", "在职人员控制率", "以100%为标准,每超1个百分点扣0.5分。", "5", "4.5"),
            ("", "三公经费变动率", "变动率≤0得满分,否则扣1分。", "5", "5"),
            ("过程 预算执行 ", "预算完成率", "达到100%得满分,每降低1个百分点扣0.5分。", "10", "9.5")]
    for cols, line in (("评分标准 分值 得分", "{lv}{name} | {rule} | {w} | {s} |"),
                       ("分值 评分标准 得分", "{lv}{name} {w} {rule} {s}")):
        text = head.format(cols=cols) + "\n".join(line.format(lv=lv, name=n, rule=r, w=w, s=s)
                                                  for lv, n, r, w, s in rows) + "\n合计 20 19\n"
        doc, found = _read(tmp_path, text)
        assert [(i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators] == [
            (n, Decimal(w), Decimal(s)) for _, n, _, w, s in rows], cols
        assert [f for f in found if f[1] == "error"] == []


@pytest.mark.parametrize("seed", [1, 2, 5])
def test_a_label_tree_that_lost_the_scores_is_read_again(tmp_path: Path, seed: int) -> None:
    """一级指标 | 二级指标 | 三级指标 | 分值 | 得分 run together (部门决策(26分)目标设定(12分)绩效目标合理性1010): the
    label-tree reading takes the weighted labels for the rows and loses the scores; read again as rows whose
    weight and score are glued, every row's figures come back."""
    from layouts import render
    from layouts.labeltree import tree_rows

    t = invent_tree(seed)
    doc, found = _read(tmp_path, render.run_together(tree_rows(t, weight_column=True)))
    assert doc.type == "dept_evaluation"
    assert [(i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (x.name, x.weight, x.score) for x in t.leaves]
    assert [f for f in found if f[1] == "error"] == []


@pytest.mark.parametrize(("apart", "wrap"), [(False, False), (True, False), (False, True)])
def test_a_score_right_after_the_rules_closing_percent_is_read(tmp_path: Path, apart: bool, wrap: bool) -> None:
    """分值 after the name, 得分 after the rule, the rule closing with its formula (…=(实际完成数/计划数)×100%) and the
    score right after its percent sign (×100%4.5, or ×100% 4.5): a percent ends its number, so the digits after it
    are the row's score; the rows, levels and total are read, and nothing is an error."""
    t = invent_tree(4)
    style = GlueStyle(apart=apart, weight_first=True, wrap=wrap, formula=True, total="apart")
    doc, found = _read(tmp_path, glued_table(t, style))
    assert doc.type == "dept_evaluation"
    assert [(i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (x.name, x.weight, x.score) for x in t.leaves]
    assert (doc.total_weight.dec, doc.total_score.dec) == (sum(x.weight for x in t.leaves), t.total)
    assert [f for f in found if f[1] == "error"] == []

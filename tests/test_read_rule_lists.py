"""Scoring rules published as a numbered list, not a table (1.决策（20分） (1)目标设定（8分） ①…（5分）：rule),
in every numbering style, bracket, unit (分 or 权重%), separator and with the total printed or not: the weights
and the tree read from the labels and their sums, the rule text without the next item's list mark, the planted
mistake found (generators in ``tests/layouts/rulelists``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.audit import audit_paths
from jixiao.core.numbers import normalize_text
from jixiao.read import read_path
from layouts.labeltree import invent_tree
from layouts.rulelists import BRACKETS, MARKS, RULE, SEPARATORS, ListStyle, rule_list

_STYLES = st.builds(ListStyle, st.sampled_from(sorted(MARKS)), st.sampled_from(sorted(BRACKETS)),
                    st.sampled_from(sorted(SEPARATORS)), st.booleans(), st.booleans(), st.booleans())


def _read(tmp_path: Path, text: str, name: str) -> tuple[list, list]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    rr = read_path(path)
    found = [(f.kind, f.severity, f.row) for f in audit_paths([str(path)]).findings
             if f.severity in ("error", "suspect", "warning")]
    return rr.documents, found


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(style=_STYLES, seed=st.integers(1, 6))
def test_a_numbered_list_of_rules_is_read_into_its_tree(tmp_path: Path, style: ListStyle, seed: int) -> None:
    if style.marks == "plain" and style.separator == "one_line" and not style.rules:
        style = ListStyle("plain", style.bracket, "lines", False, style.total)  # a bare run of labels: told by sums
    if style.trailing:  # a weight closing an item's rule: the item's list mark says where its name starts
        style = ListStyle("arabic" if style.marks == "plain" else style.marks, style.bracket, style.separator, True,
                          style.total, True)
    t = invent_tree(seed, scored=False)
    docs, found = _read(tmp_path, rule_list(t, style), f"rules-{seed}.txt")
    assert len(docs) == 1 and docs[0].type == "assessment_rules"
    doc = docs[0]
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == [(x.name, x.weight) for x in t.leaves]
    assert [(i.level1.str_, i.level2.str_) for i in doc.indicators] == [
        (f"{x.level1}({t.label_weights[x.level1]}分)", f"{x.level2}({t.label_weights[x.level2]}分)") for x in t.leaves]
    if style.rules:  # the rule as printed, never the next item's list mark nor its own weight
        assert {i.rule_text.str_ for i in doc.indicators} == {normalize_text(RULE).lstrip(":")}
    assert doc.total_weight.dec == (sum(x.weight for x in t.leaves) if style.total else None)
    assert [f for f in found if f[1] == "error"] == []


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(style=_STYLES)
def test_a_group_whose_rows_miss_its_weight_is_found(tmp_path: Path, style: ListStyle) -> None:
    t = invent_tree(2, scored=False, mistake="level_weight")
    docs, found = _read(tmp_path, rule_list(t, ListStyle(style.marks, style.bracket, style.separator, True, True,
                                                         style.trailing and style.marks != "plain")), "mistake.txt")
    assert len(docs) == 1
    assert ("tree_weight", "suspect", f"资金管理({t.label_weights['资金管理']}分)") in found
    assert [f for f in found if f[1] == "error"] == []


@pytest.mark.parametrize("colon", ["：", "", " "])
@pytest.mark.parametrize("said", ["得分{s}", "得分：{s}", " {s}"])
def test_weights_after_the_names_with_no_bracket_and_scores_at_the_rows_end(tmp_path: Path, colon: str,
                                                                           said: str) -> None:
    """在职人员控制率10分：…扣0.5分。得分9.5 — a weight printed after the name with no bracket is read (never the
    points a rule awards or takes: 得满分, 扣0.5分), the score closing the row read, the levels by their labels."""
    rows = [("投入", "预算配置", "在职人员控制率", 10, "9.5"), ("投入", "预算配置", "三公经费变动率", 10, "10"),
            ("过程", "预算执行", "预算完成率", 15, "14"), ("过程", "预算执行", "资金使用合规性", 15, "15")]
    lines = ["某县财政局2022年度部门整体支出绩效评价评分表", "一级指标 二级指标 三级指标 评分标准 得分"]
    last = ""
    for l1, l2, name, w, s in rows:
        head = f"{l1}（{2 * w}分）{l2}（{2 * w}分）" if l1 != last else ""
        last = l1
        lines.append(f"{head}{name}{w}分{colon}达到要求得满分，每降低1个百分点扣0.5分。" + said.format(s=s))
    lines.append("总分 48.5")
    docs, found = _read(tmp_path, "\n".join(lines) + "\n", "plain.txt")
    assert len(docs) == 1 and docs[0].type == "dept_evaluation"
    assert [(i.level3.str_, i.weight.dec, i.score.dec) for i in docs[0].indicators] == [
        (n, Decimal(w), Decimal(s)) for _, _, n, w, s in rows]
    assert docs[0].total_score.dec == Decimal("48.5")
    assert [f for f in found if f[1] == "error"] == []

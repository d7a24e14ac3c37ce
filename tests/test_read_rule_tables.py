"""Scoring-rule tables whose rows reach us as table rows, in the column layouts they are published in: the name,
weight and rule of every row placed under the header's columns by meaning, a short row's merged cells carried
down, the total checked, and a draft framework made (generators in ``tests/layouts/ruletable``)."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_file, read_path
from jixiao.read.draft import draft_framework
from layouts.boxdraw import boxed
from layouts.render import pipes, pipes_collapsed
from layouts.rules import RuleTable
from layouts.ruletable import RULE_HEADS, invent_rule_table, rule_table_rows

LAYOUTS = {"pipes": pipes, "pipes_collapsed": pipes_collapsed, "boxed": lambda rows: boxed(rows, 8)}


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "rules.txt"
    p.write_text(text, encoding="utf-8")
    return p


@pytest.mark.parametrize("unit", [False, True])
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("head", sorted(RULE_HEADS))
def test_rule_tables_in_their_column_layouts(tmp_path: Path, head: str, layout: str, unit: bool) -> None:
    from jixiao.frameworks.loader import load_framework_text

    rules = invent_rule_table(7)
    path = _write(tmp_path, LAYOUTS[layout](rule_table_rows(rules, head, unit)))
    docs = [d for d in read_path(path).documents if d.type == "assessment_rules"]
    assert len(docs) == 1
    doc = docs[0]
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == [(r.name, r.weight) for r in rules]
    assert all(i.rule_text.str_ == re.sub(r"\s+", "", r.rule) or i.rule_text.str_ == r.rule
               for i, r in zip(doc.indicators, rules))
    assert all(i.score.value is None for i in doc.indicators)  # never a score the table does not print
    assert doc.total_weight.dec == sum(r.weight for r in rules)
    if head in ("levels_explain", "content_indicator"):
        assert [i.level1.str_ for i in doc.indicators] == [r.group for r in rules]
    found = audit_paths([str(path)]).findings
    assert [f for f in found if f.severity == "error"] == []
    draft = draft_framework(read_file(path))
    assert draft is not None and draft.leaves == len(rules)
    assert draft.todo == 0  # every rule here states its deduction: read, with the words it was read from
    fw, problems = load_framework_text(draft.text, str(path))
    assert fw is not None and problems == [], problems


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("head", sorted(RULE_HEADS))
def test_a_total_that_is_not_the_sum_of_the_weights(tmp_path: Path, head: str, layout: str) -> None:
    rules = invent_rule_table(8)
    path = _write(tmp_path, LAYOUTS[layout](rule_table_rows(rules, head, total_off=5)))
    found = [(f.kind, f.severity, f.reported, f.recomputed) for f in audit_paths([str(path)]).findings
             if f.severity in ("error", "suspect")]
    total = sum(r.weight for r in rules)
    assert ("weight_sum", "error", str(total + 5), str(total)) in found
    # the table check may say it too where the columns kept their blank cells: the same mistake, same figures
    assert {(kind, severity) for kind, severity, *_ in found} <= {("weight_sum", "error"), ("table_total", "error")}
    assert all(Decimal(rep or "0") - Decimal(rec or "0") == 5 for _, _, rep, rec in found)


STREAM = ("cell_lines", "flattened", "lone_pipes", "row_lines", "trailing_pipes")


@pytest.mark.parametrize("unit", [False, True])
@pytest.mark.parametrize("layout", STREAM)
@pytest.mark.parametrize("head", ["name", "item_rule", "seq", "content_indicator", "assign"])
def test_rule_tables_whose_rows_were_lost(tmp_path: Path, head: str, layout: str, unit: bool) -> None:
    """One cell a line, or rows flattened: read from the text by its labels (recognise.scoretable) — a weight
    printed "10分" is a weight, a header "考核内容及评分标准" names the rule column, a 序号 is never a weight."""
    from layouts.render import RENDERERS

    rules = invent_rule_table(7)
    path = _write(tmp_path, RENDERERS[layout](rule_table_rows(rules, head, unit)))
    docs = [d for d in read_path(path).documents if d.type == "assessment_rules"]
    assert len(docs) == 1
    assert [(i.level3.str_, i.weight.dec) for i in docs[0].indicators] == [(r.name, r.weight) for r in rules]
    assert docs[0].total_weight.dec == sum(r.weight for r in rules)
    assert [f for f in audit_paths([str(path)]).findings if f.severity == "error"] == []


@pytest.mark.parametrize("layout", ["pipes", "pipes_collapsed", "boxed", *STREAM])
@pytest.mark.parametrize("head", ["std", "basis", "rule_first", "explain", "name", "weight_quan"])
def test_department_score_tables_under_the_headers_departments_print(tmp_path: Path, head: str, layout: str) -> None:
    """The name, weight and score of every row whatever the column order (评分标准 before or after 分值, an 指标解释
    or 评分依据 column between): with the rule first, the name is the cell before the first sentence, never a
    level's label; and a total that is not the sum of the scores is found."""
    from layouts.render import RENDERERS
    from layouts.ruletable import DEPT_LEAVES, dept_score_rows

    render = {**RENDERERS, **LAYOUTS}[layout]
    path = _write(tmp_path, render(dept_score_rows(head)))
    docs = [d for d in read_path(path).documents if d.type == "dept_evaluation"]
    assert len(docs) == 1
    assert [(i.level3.str_, i.weight.dec, i.score.dec) for i in docs[0].indicators] == [
        (name, Decimal(w), Decimal(s)) for _, _, name, w, s in DEPT_LEAVES]
    assert docs[0].total_score.dec == Decimal("55.5")
    assert [f for f in audit_paths([str(path)]).findings if f.severity == "error"] == []
    wrong = _write(tmp_path, render(dept_score_rows(head, "58.5")))
    found = [(f.kind, f.reported, f.recomputed) for f in audit_paths([str(wrong)]).findings if f.severity == "error"]
    assert ("total_sum", "58.5", "55.5") in found


def test_a_projects_rule_table_under_its_name_is_a_rule_table(tmp_path: Path) -> None:
    """项目名称 above an 评价指标体系 with 评分标准 and no score: the project's scoring rules, read and drafted (a
    project form's indicator block has no rule column, or scores)."""
    rules = invent_rule_table(5)
    rows = [["项目名称", "示例助学金项目"], ["主管部门", "示例县教育局"], *rule_table_rows(rules, "levels_explain")[1:]]
    path = _write(tmp_path, pipes(rows))
    docs = read_path(path).documents
    assert [d.type for d in docs] == ["assessment_rules"]
    assert [(i.level3.str_, i.weight.dec) for i in docs[0].indicators] == [(r.name, r.weight) for r in rules]
    draft = draft_framework(read_file(path))
    assert draft is not None and draft.leaves == len(rules)


@pytest.mark.parametrize("layout", ["cell_lines", "cell_per_line", "lone_pipes"])
def test_a_rule_table_with_an_explanation_column_one_cell_a_line(tmp_path: Path, layout: str) -> None:
    """一级指标 | 二级指标 | 三级指标 | 指标解释 | 评价标准 | 分值, one cell a line: the header's two text columns stand
    between the name and the weight, so the cell before them is the name (not the 指标解释, not a level)."""
    from layouts import render

    rules = invent_rule_table(3)
    path = _write(tmp_path, getattr(render, layout)(rule_table_rows(rules, "levels_explain")))
    docs = [d for d in read_path(path).documents if d.type == "assessment_rules"]
    assert len(docs) == 1
    assert [(i.level3.str_, i.weight.dec) for i in docs[0].indicators] == [(r.name, r.weight) for r in rules]
    assert [f for f in audit_paths([str(path)]).findings if f.severity == "error"] == []


# ---------------------------------------------------------------- a weight column for each level


def _levelled_rows(t: RuleTable, off: int = 0) -> list[list[str]]:
    """一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 评分标准, each level's weight in its own column on its first
    row (``off`` added to the first level's: a level whose rows do not make its weight)."""
    w = t.weights()
    first = t.leaves[0].level1
    out = [[t.title], ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "评分标准"]]
    last1 = last2 = ""
    for leaf in t.leaves:
        l1 = [leaf.level1, str(w[leaf.level1] + (off if leaf.level1 == first else 0))] if leaf.level1 != last1 else ["", ""]
        l2 = [leaf.level2, str(w[leaf.level2])] if leaf.level2 != last2 else ["", ""]
        last1, last2 = leaf.level1, leaf.level2
        out.append([*l1, *l2, leaf.name, str(leaf.weight), leaf.rule])
    out.append(["合计", "100", "", "", "", "", ""])
    return out


_SEPARATED = {"csv": ",", "tabs": "\t", "pipes": " | "}  # pipes: bordered, | a | b |


def _line(row: list[str], sep: str) -> str:
    return f"| {' | '.join(row)} |" if sep == "pipes" else _SEPARATED[sep].join(row)


@pytest.mark.parametrize("sep", sorted(_SEPARATED))
def test_each_level_prints_its_weight_in_a_column_of_its_own(tmp_path: Path, sep: str) -> None:
    from layouts.rules import invent_rules

    t = invent_rules(5)
    text = "\n".join(_line(r, sep) for r in _levelled_rows(t)) + "\n"
    path = tmp_path / "levelled.txt"
    path.write_text(text, encoding="utf-8")
    (doc,) = read_path(path).documents
    w = t.weights()
    assert [(i.level1.str_, i.level2.str_, i.level3.str_, i.weight.dec) for i in doc.indicators] == [
        (f"{x.level1}({w[x.level1]}分)", f"{x.level2}({w[x.level2]}分)", x.name, x.weight) for x in t.leaves]
    assert doc.total_weight.dec == 100
    assert [f for f in audit_paths([str(path)]).findings if f.severity == "error"] == []
    text = "\n".join(_line(r, sep) for r in _levelled_rows(t, off=3)) + "\n"
    path.write_text(text, encoding="utf-8")
    found = [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")
             and t.leaves[0].level1 in f.message]
    assert found and found[0].location.cell == "C2", found  # the level's 分值 cell, not its name's (review 7)


@pytest.mark.parametrize("weight_as", ["0~{}", "0-{}分", "0～{}", "0分-{}分"])
@pytest.mark.parametrize("layout", ["pipes", "boxed"])
def test_a_weight_printed_as_the_range_from_nothing_is_its_top(tmp_path: Path, layout: str, weight_as: str) -> None:
    rules = invent_rule_table(7)
    path = _write(tmp_path, LAYOUTS[layout](rule_table_rows(rules, "name", weight_as=weight_as)))
    docs = [d for d in read_path(path).documents if d.type == "assessment_rules"]
    assert len(docs) == 1
    assert [(i.level3.str_, i.weight.dec) for i in docs[0].indicators] == [(r.name, r.weight) for r in rules]
    assert [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")] == []

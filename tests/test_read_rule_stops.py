"""Rule tables run together whose rows are sentences with the weight glued after the stop, under group labels that
print their weight: a row's weight read only where its group's rows make the group's weight (or the text ends
inside the table's one group), never otherwise (generator: ``tests/layouts/stoprules``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.core.records import Document
from jixiao.read import read_path
from jixiao.read.recognise.ruletable_printed import PRINTED
from layouts.files import write
from layouts.stoprules import invent_form_with_rules, invent_grade_box, invent_stop_rules


def _read(tmp_path: Path, text: str) -> Document:
    docs = read_path(write(tmp_path, text, "rules.txt")).documents
    assert len(docs) == 1 and docs[0].type == "assessment_rules"
    return docs[0]


def _rows(doc: Document) -> list[tuple[str, Decimal | None]]:
    return [(i.level3.str_ or "", i.weight.dec) for i in doc.indicators]


@pytest.mark.parametrize("page_marker", [False, True])
@pytest.mark.parametrize(("seed", "groups", "nested", "rule_after"),
                         [(1, 3, False, False), (2, 4, True, False), (3, 3, False, True), (4, 5, True, False)])
def test_rows_after_the_stop_under_weighted_groups(tmp_path: Path, seed: int, groups: int, nested: bool,
                                                   rule_after: bool, page_marker: bool) -> None:
    text, want = invent_stop_rules(seed, groups, nested, rule_after, page_marker)
    doc = _read(tmp_path, text)
    got = _rows(doc)
    assert [w for _, w in got] == [w for _, w in want]
    assert all(name.startswith(sentence) for (name, _), (sentence, _) in zip(got, want, strict=True))
    assert doc.extra.get("indicators_incomplete")  # no total row: the table may go on
    if nested:  # two levels of groups: each row under both, with their weights; the 评分细则 before the weight
        assert all(i.level1.str_ and "考核" in i.level1.str_ and i.level2.str_ for i in doc.indicators)
        assert all(i.rule_text.str_ == "每缺一处扣1分。" for i in doc.indicators)
    if rule_after:  # the deduction after the weight is the row's rule, never the next row's name
        assert all(i.rule_text.str_ and i.rule_text.str_.startswith("每缺一项扣") for i in doc.indicators)


def test_the_total_row_is_read(tmp_path: Path) -> None:
    text, want = invent_stop_rules(5, total=True)
    doc = _read(tmp_path, text)
    assert doc.total_weight.dec == sum(w for _, w in want if w is not None)
    assert not doc.extra.get("indicators_incomplete")


def test_a_table_cut_inside_its_last_group(tmp_path: Path) -> None:
    text, want = invent_stop_rules(6, groups=3, cut=True)
    doc = _read(tmp_path, text)
    assert [w for _, w in _rows(doc)] == [w for _, w in want]
    assert any("中途结束" in p.message for p in doc.problems)


@pytest.mark.parametrize("nested", [False, True])
def test_a_group_whose_rows_do_not_make_its_weight_is_not_read_and_is_said(tmp_path: Path, nested: bool) -> None:
    text, want = invent_stop_rules(7, groups=4, nested=nested, mistake=True)
    doc = _read(tmp_path, text)
    got = _rows(doc)
    assert [w for _, w in got] == [w for _, w in want]
    assert any(w is None for _, w in got) and any(w is not None for _, w in got)
    assert any("之和与该组分值不符" in p.message for p in doc.problems)


def test_weights_after_stops_without_any_group_are_not_a_table(tmp_path: Path) -> None:
    text = ("某县工作考核评分表考核类别考核内容分值备注(1)按要求成立领导小组,并有记录。5(2)制定年度计划,并有记录。3"
            "(3)按时报送信息,并有记录。4(4)开展专项检查,并有记录。2\n")
    docs = read_path(write(tmp_path, text, "rules.txt")).documents
    assert not any(i.weight.dec is not None for d in docs for i in d.indicators)


@pytest.mark.parametrize("seed", [1, 2])
def test_a_grade_box_run_together_is_never_a_weight(tmp_path: Path, seed: int) -> None:
    """5432 is the points of 优秀 | 良好 | 合格 | 不合格 run together: above the table's full marks, never a weight."""
    text, _ = invent_grade_box(seed)
    docs = read_path(write(tmp_path, text, "rules.txt")).documents
    assert not any(i.weight.dec is not None and i.weight.dec > 100 for d in docs for i in d.indicators)


@pytest.mark.parametrize("nested", [False, True])
def test_a_page_without_its_header_is_read_where_two_groups_confirm_it(tmp_path: Path, nested: bool) -> None:
    text, want = invent_stop_rules(8, groups=4, nested=nested, header=False)
    assert [w for _, w in _rows(_read(tmp_path, text))] == [w for _, w in want]


def test_a_page_without_its_header_and_one_group_is_not_read(tmp_path: Path) -> None:
    text, _ = invent_stop_rules(9, groups=1, header=False)
    docs = read_path(write(tmp_path, text, "rules.txt")).documents
    assert not any(i.weight.dec is not None for d in docs for i in d.indicators)


@pytest.mark.parametrize("nested", [False, True])
@pytest.mark.parametrize("printed_as", ["{}分", "({}分)"])
def test_a_weight_printed_with_its_unit_or_in_brackets(tmp_path: Path, printed_as: str, nested: bool) -> None:
    text, want = invent_stop_rules(10, groups=3, nested=nested, printed_as=printed_as)
    got = _rows(_read(tmp_path, text))
    assert [w for _, w in got] == [w for _, w in want]
    assert all(name.startswith(sentence) for (name, _), (sentence, _) in zip(got, want, strict=True))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_forms_score_block_is_never_a_rule_table(tmp_path: Path, seed: int) -> None:
    """A form's own labels (项目名称, 实施单位) before the rows: the form readers' text, not a rule table."""
    docs = read_path(write(tmp_path, invent_form_with_rules(seed), "form.txt")).documents
    assert not any(d.type == "assessment_rules" for d in docs)


def test_a_group_made_by_one_row_confirms_nothing(tmp_path: Path) -> None:
    """One row of its group's weight proves nothing: with no group of two rows or more, no table confirmed; the
    labels' weights are read as printed and said unconfirmed (``ruletable_printed``)."""
    text = ("某县工作考核评分表考核项目考核内容分值评分标准一、组织领导(5分)(1)成立领导小组,每缺一处扣1分。5"
            "二、制度建设(3分)(1)制定年度计划,每缺一处扣1分。3三、日常管理(4分)(1)按时报送信息,每缺一处扣1分。4\n")
    docs = [d for d in read_path(write(tmp_path, text, "rules.txt")).documents if d.type == "assessment_rules"]
    assert [d.extra.get(PRINTED) for d in docs] == [True]
    assert [(i.level3.str_, i.weight.dec) for i in docs[0].indicators] == [
        ("组织领导", 5), ("制度建设", 3), ("日常管理", 4)]

"""Rule tables run together whose rows are NAMED (name, 评分标准, the weight glued before the next row's name), with a
header a preview split by spaces and ending in columns the vocabulary does not print whole, and 评分标准 whose own
numbers follow a stop or a semicolon as ranges, counts and dates: each row's weight read where its group's rows make
the group's weight, never a range's or a date's number (generator: ``tests/layouts/namedstops``). A 管理办法 with
points in its prose and no table stays unrecognised."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.core.numbers import normalize_text
from jixiao.core.records import Document
from jixiao.read import read_path
from layouts.files import write
from layouts.namedstops import invent_named_stop_rules


def _read(tmp_path: Path, text: str) -> Document:
    docs = read_path(write(tmp_path, text, "rules.txt")).documents
    assert len(docs) == 1 and docs[0].type == "assessment_rules"
    return docs[0]


def _key(text: str | None) -> str:
    return normalize_text(text or "").replace(" ", "")


@pytest.mark.parametrize("unit", [False, True])
@pytest.mark.parametrize(("seed", "groups"), [(0, 3), (1, 4), (3, 4), (4, 3), (5, 2), (6, 4)])
def test_named_rows_with_ranges_and_dates_in_their_rules(tmp_path: Path, seed: int, groups: int, unit: bool) -> None:
    text, want = invent_named_stop_rules(seed, groups, unit=unit)
    doc = _read(tmp_path, text)
    got = [(_key(i.level3.str_), i.weight.dec) for i in doc.indicators]
    assert [w for _, w in got] == [w for _, w in want]
    assert all(name.startswith(n) for (name, _), (n, _) in zip(got, want, strict=True))
    assert all(i.level1.str_ and i.level2.str_ for i in doc.indicators)  # each row under its two levels
    # the header found (its columns split by spaces, 评分标准 before 分值): each row's rule is the text after its name
    assert all(i.rule_text.str_ and i.rule_text.str_.endswith("。") for i in doc.indicators)
    assert doc.extra.get("indicators_incomplete")  # no total row: the table may go on


@pytest.mark.parametrize("seed", [2, 7])
def test_a_group_whose_rows_do_not_make_its_weight_is_not_read(tmp_path: Path, seed: int) -> None:
    text, want = invent_named_stop_rules(seed, 4, mistake=True)
    doc = _read(tmp_path, text)
    assert [i.weight.dec for i in doc.indicators] == [w for _, w in want]
    assert any(w is None for _, w in want) and any(w is not None for _, w in want)
    assert any("之和与该组分值不符" in p.message for p in doc.problems)


def test_a_range_after_a_semicolon_is_never_a_weight(tmp_path: Path) -> None:
    """;0-10% and ; 6月底前 after a rule's clause: the rule's numbers, not a row's weight (the group would make 15
    with 0 + 6 + …, and a row named -10% would follow)."""
    text, want = invent_named_stop_rules(1, 4)
    doc = _read(tmp_path, text)
    assert all(i.weight.dec is not None and i.weight.dec > 0 for i in doc.indicators)
    assert len(doc.indicators) == len(want)
    assert sum((w for _, w in want if w is not None), Decimal(0)) == sum(i.weight.dec or 0 for i in doc.indicators)


@pytest.mark.parametrize("variant", range(3))
def test_a_management_rule_text_without_a_table_stays_unrecognised(tmp_path: Path, variant: int) -> None:
    """A 管理办法 whose articles speak of 分值, 评分标准 and points (总分100分, 90分以上, 每项扣2分) but hold no
    table: never a rule table, however its sentences end in numbers."""
    articles = [
        "第一条 为规范项目支出绩效评价工作,根据有关规定,制定本办法。",
        "第二条 绩效评价指标体系由一级指标、二级指标和三级指标构成,各级指标的分值和评分标准由主管部门确定。",
        "第三条 评价实行百分制,总分100分。得分90分以上为优,80分(含)至90分为良,60分(含)至80分为中,60分以下为差。",
        "第四条 预算执行率按执行数除以预算数计算;执行率每低于计划一个百分点扣0.5分,扣完为止。",
        "第五条 评价结果应于次年6月底前报送财政部门。每逾期一天扣1分。",
        "第六条 本办法自印发之日起施行,由县财政局负责解释。",
    ]
    order = [articles[0], *articles[1:5][variant:], *articles[1:5][:variant], articles[5]]
    sep = ("\n", "", " ")[variant]
    text = f"某县项目支出绩效评价管理办法{sep}" + sep.join(order) + "\n"
    docs = read_path(write(tmp_path, text, "rules.txt")).documents
    assert not any(d.type == "assessment_rules" for d in docs)

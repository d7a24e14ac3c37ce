"""Rule tables in layouts no table reader knows (generators ``tests/layouts/confirmedrules``): each row read with
its weight only where a sum of the table confirms it (a row's parts, its group's weight, the stated total); a
table whose weights no sum confirms not read, its not-recognised finding saying what was found."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from jixiao.read.recognise.ruletable_printed import PRINTED
from layouts.confirmedrules import (
    Invented,
    closing,
    glued,
    items,
    kaoping,
    levels,
    midtable,
    outline,
    unconfirmed,
)
from layouts.files import one, write


def _read(tmp_path: Path, inv: Invented) -> list[tuple[str, object]]:
    doc = one(tmp_path, inv.text, "assessment_rules")
    return [(i.level3.str_ or "", i.weight.dec) for i in doc.indicators]


def _no_mistake(tmp_path: Path, inv: Invented) -> None:
    found = audit_paths([str(write(tmp_path, inv.text, "again.txt"))]).findings
    assert [f for f in found if f.severity in ("error", "suspect")] == []


@pytest.mark.parametrize("seed", range(8))
def test_rows_closed_by_their_weight_under_a_label_among_them(tmp_path: Path, seed: int) -> None:
    inv = closing(seed)
    doc = one(tmp_path, inv.text, "assessment_rules")
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == [(r.name, r.weight) for r in inv.rows]
    assert [(i.level1.str_ or "").split("(")[0] for i in doc.indicators] == [r.group for r in inv.rows]
    _no_mistake(tmp_path, inv)


@pytest.mark.parametrize("seed", range(6))
def test_weights_glued_before_the_first_numbered_item(tmp_path: Path, seed: int) -> None:
    inv = glued(seed)
    assert _read(tmp_path, inv) == [(r.name, r.weight) for r in inv.rows]
    _no_mistake(tmp_path, inv)


@pytest.mark.parametrize("seed", range(6))
def test_items_closed_by_their_weight_under_the_full_marks(tmp_path: Path, seed: int) -> None:
    inv = items(seed)
    doc = one(tmp_path, inv.text, "assessment_rules")
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == [(r.name, r.weight) for r in inv.rows]
    assert doc.total_weight.dec == inv.total
    _no_mistake(tmp_path, inv)


@pytest.mark.parametrize("seed", range(6))
def test_headings_whose_requirements_make_their_weight(tmp_path: Path, seed: int) -> None:
    inv = outline(seed)
    doc = one(tmp_path, inv.text, "assessment_rules")
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == [(r.name, r.weight) for r in inv.rows]
    assert [(i.level1.str_ or "").split("(")[0] for i in doc.indicators] == [r.group for r in inv.rows]


@pytest.mark.parametrize("seed", range(6))
def test_levels_stated_one_sentence_a_level(tmp_path: Path, seed: int) -> None:
    inv = levels(seed)
    doc = one(tmp_path, inv.text, "assessment_rules")
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == [(r.name, r.weight) for r in inv.rows]
    assert [(i.level1.str_ or "").split("(")[0] for i in doc.indicators] == [r.group for r in inv.rows]
    assert doc.total_weight.dec == inv.total


@pytest.mark.parametrize("seed", range(3))
def test_the_one_group_its_rows_do_not_make_is_found(tmp_path: Path, seed: int) -> None:
    inv = levels(seed, mistake="heavier")
    assert _read(tmp_path, inv) == [(r.name, r.weight) for r in inv.rows]
    found = audit_paths([str(write(tmp_path, inv.text, "again.txt"))]).findings
    assert any(f.severity == "suspect" and inv.rows[0].group in f.message for f in found)


@pytest.mark.parametrize("seed", range(3))
def test_a_level_no_order_places_is_said_not_read(tmp_path: Path, seed: int) -> None:
    inv = levels(seed, mistake="extra")
    doc = one(tmp_path, inv.text, "assessment_rules")
    assert not any(i.level3.str_ == r.name for i in doc.indicators for r in inv.rows)
    assert any("无法唯一确定" in p.message for p in doc.problems)


@pytest.mark.parametrize("seed", range(3))
def test_weights_no_sum_confirms_are_read_as_printed_and_said(tmp_path: Path, seed: int) -> None:
    """No sum confirms the weights: the confirmed reader reads nothing, and the labels' weights are read as printed,
    flat and said to be unconfirmed (``ruletable_printed``)."""
    rr = read_path(write(tmp_path, unconfirmed(seed).text))
    (doc,) = rr.documents
    assert doc.extra.get(PRINTED) and not rr.unrecognised
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == [
        ("组织保障", 10), ("项目管理", 20 + seed % 5), ("其它工程", 10)]
    assert any("未经确认" in p.message for p in doc.problems)


@pytest.mark.parametrize("seed", range(3))
def test_a_header_that_says_kaoping(tmp_path: Path, seed: int) -> None:
    inv = kaoping(seed)
    assert _read(tmp_path, inv) == [(r.name, r.weight) for r in inv.rows]


@pytest.mark.parametrize("seed", range(4))
def test_a_page_that_starts_inside_a_table(tmp_path: Path, seed: int) -> None:
    inv = midtable(seed)
    doc = one(tmp_path, inv.text, "assessment_rules")
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == [(r.name, r.weight) for r in inv.rows]
    assert [(i.level1.str_ or "").split("(")[0] for i in doc.indicators][1:] == [r.group for r in inv.rows][1:]
    _no_mistake(tmp_path, inv)


_SCALE_ITEMS = (("基层党建", 30), ("城乡管理", 30), ("社会治安和综合治理", 8), ("卫生计生", 8), ("农业农村", 10),
                ("民政工作、教科文卫、精神文明建设工作", 4), ("优化环境", 5), ("向上争资和招商引资", 5))


@pytest.mark.parametrize("sep", [",", "、", ";"])
def test_weights_listed_in_the_sentence_that_states_the_scale(tmp_path: Path, sep: str) -> None:
    """"…实行100分制,其中基层党建30分,城乡管理30分,…": the scale (N分制) is the total the listed weights make, and
    "其中" is no part of the first name; a list that does not make the scale is not confirmed: read only as printed,
    said to be unconfirmed (``ruletable_printed``)."""
    listed = sep.join(f"{n}{w}分" for n, w in _SCALE_ITEMS)
    text = ("示例镇2031年度村级工作目标管理考核办法\n一、考核对象\n各行政村。\n二、考核内容\n"
            f"村级绩效考核基础工作实行100分制,其中{listed}。另设创新与特色加分项目(5分,本项加分累计不超过5分)。\n"
            "三、考核方式\n年终由镇考核小组实地考核打分。\n")
    doc = one(tmp_path, text, "assessment_rules")
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == [(n, w) for n, w in _SCALE_ITEMS]
    off = text.replace("优化环境5分", "优化环境6分")
    docs = [d for d in read_path(write(tmp_path, off, "off.txt")).documents if d.type == "assessment_rules"]
    assert [d.extra.get(PRINTED) for d in docs] == [True]
    assert ("优化环境", 6) in [(i.level3.str_, i.weight.dec) for i in docs[0].indicators]


def test_weights_listed_under_the_total_with_bonus_points_after(tmp_path: Path) -> None:
    """"…总分值1000分。…基层党建150分、人大工作20分、…领导综合打分50分。⏎ 奖励分:…有市级荣誉奖励5分,有省级荣誉的奖励10分":
    the stated total is no row, and the bonus points on the line after their heading are beyond it; the rows make
    the total and are read. Without the bonus heading the sum fails and nothing is confirmed: read only as printed,
    said to be unconfirmed (``ruletable_printed``)."""
    items = (("基层党建", 150), ("人大工作", 20), ("巩固拓展脱贫攻坚与乡村振兴工作", 120), ("农林牧", 100),
             ("人居环境整治", 60), ("纪检监察工作", 80), ("政法工作", 50), ("疫情防控", 80), ("民政工作", 50),
             ("两费收缴", 40), ("应急管理", 60), ("住建工作", 30), ("卫健工作", 30), ("乡村治理", 80), ("领导综合打分", 50))
    assert sum(w for _, w in items) == 1000
    listed = "、".join(f"{n}{w}分" for n, w in items)
    text = ("示例镇2031年度村级班子考核办法\n一、考核方式\n采取听取汇报、查阅资料、实地察看等形式进行。总分值1000分。\n"
            f"二、考核内容\n{listed}。\n奖励分:村班子本年度有市级荣誉奖励5分,有省级荣誉的奖励10分。\n")
    doc = one(tmp_path, text, "assessment_rules")
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == [(n, w) for n, w in items]
    bare = text.replace("奖励分:", "另外,")
    docs = [d for d in read_path(write(tmp_path, bare, "bare.txt")).documents if d.type == "assessment_rules"]
    assert [d.extra.get(PRINTED) for d in docs] == [True]

"""Rule tables in layouts no table reader knows (generators ``tests/layouts/confirmedrules``): each row read with
its weight only where a sum of the table confirms it (a row's parts, its group's weight, the stated total); a
table whose weights no sum confirms not read, its not-recognised finding saying what was found."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
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
def test_weights_no_sum_confirms_are_not_read_and_said(tmp_path: Path, seed: int) -> None:
    rr = read_path(write(tmp_path, unconfirmed(seed).text))
    assert rr.documents == []
    assert rr.unrecognised and "无法由表内算术" in rr.unrecognised[0].message and "组织保障" in rr.unrecognised[0].message


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

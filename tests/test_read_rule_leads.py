"""共性指标 rule tables whose 分值 cell page text spliced into the 指标说明 cell: each row's weight read after the lead of
its points (评价要点：5①…) or after its formula (…×100%。3…), its name the head of its explanation, under the
levels that print their weights; a group whose rows do not make its weight found by the audit (generator:
``tests/layouts/leadrules``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.core.records import Document
from jixiao.read import read_path
from layouts.files import write
from layouts.leadrules import SHAPES, Row, invent_lead_rules


def _read(path: Path) -> Document:
    docs = read_path(path).documents
    assert len(docs) == 1 and docs[0].type == "assessment_rules"
    return docs[0]


def _check(doc: Document, rows: list[Row]) -> None:
    assert [i.weight.dec for i in doc.indicators] == [r.weight for r in rows]
    for i, r in zip(doc.indicators, rows, strict=True):
        assert (i.level3.str_ or "").startswith(r.name)
        assert (i.level1.str_ or "").startswith(r.level1) and (i.level2.str_ or "").startswith(r.level2)


@pytest.mark.parametrize("bare_levels", [False, True])
@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("shape", SHAPES)
def test_weights_after_the_points_lead(tmp_path: Path, shape: str, seed: int, bare_levels: bool) -> None:
    text, rows, _ = invent_lead_rules(seed, shape, bare_levels)
    doc = _read(write(tmp_path, text))
    _check(doc, rows)
    assert doc.extra.get("indicators_incomplete")  # no total row: the table may go on


@pytest.mark.parametrize("shape", SHAPES)
def test_a_level_the_text_does_not_reach_is_no_row(tmp_path: Path, shape: str) -> None:
    text, rows, _ = invent_lead_rules(4, shape, cut=True)
    doc = _read(write(tmp_path, text))
    _check(doc, rows)  # the last level (满意程度) cut off before its rows: no row of its own
    assert doc.extra.get("indicators_incomplete")


@pytest.mark.parametrize("shape", SHAPES)
def test_the_total_closes_the_table(tmp_path: Path, shape: str) -> None:
    text, rows, whole = invent_lead_rules(5, shape, total=True)
    path = write(tmp_path, text)
    doc = _read(path)
    _check(doc, rows)
    assert doc.total_weight.dec == whole and not doc.extra.get("indicators_incomplete")
    assert [f for f in audit_paths([str(path)]).findings if f.severity == "error"] == []


@pytest.mark.parametrize("shape", SHAPES)
def test_a_group_its_rows_do_not_make(tmp_path: Path, shape: str) -> None:
    text, rows, _ = invent_lead_rules(6, shape, total=True, mistake=True)
    path = write(tmp_path, text)
    _check(_read(path), rows)
    found = [(f.severity, f.row) for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]
    assert found == [("suspect", "业务管理(7分)")]  # the planted group: its rows make 6


def _suspects(path: Path) -> list[tuple[str, str | None]]:
    found = audit_paths([str(path)]).findings
    assert not [f for f in found if f.severity == "error"]  # a table not read to its end never gives an error
    return [(f.severity, f.row) for f in found if f.severity in ("error", "suspect", "warning")]


@pytest.mark.parametrize("seed", [6, 7])
@pytest.mark.parametrize("shape", SHAPES)
def test_without_a_total_row_a_group_the_text_goes_on_past_is_checked(tmp_path: Path, shape: str, seed: int) -> None:
    """No total row: the table is half read (its end may be missing), but 业务管理's rows are followed by another
    group's, so they were read whole: their sum against its printed weight is a suspicion found all the same."""
    text, rows, _ = invent_lead_rules(seed, shape, mistake=True)
    path = write(tmp_path, text)
    _check(_read(path), rows)
    assert [(s, r and r.split("(")[0]) for s, r in _suspects(path)] == [("suspect", "业务管理")]


@pytest.mark.parametrize("shape", SHAPES)
def test_without_a_total_row_the_last_group_is_not_checked(tmp_path: Path, shape: str) -> None:
    """The last group of a table without its total row may go on past the text: its sum is not checked."""
    text, rows, _ = invent_lead_rules(6, shape, mistake=True, mistake_in=(1, 1))
    path = write(tmp_path, text)
    _check(_read(path), rows)
    assert _suspects(path) == []


@pytest.mark.parametrize("seed", [6, 8])
def test_a_group_followed_by_a_label_the_text_cuts_is_checked(tmp_path: Path, seed: int) -> None:
    """The text ends inside a level whose rows it does not reach: the group before that level's label was read
    whole (the reader says so), and its sum is checked. (Run together; one cell a line, the wrong group before
    the cut label leaves the tree unconfirmed and that label read as a row: not yet read right.)"""
    text, rows, _ = invent_lead_rules(seed, "run", mistake=True, mistake_in=(1, 1), cut=True)
    path = write(tmp_path, text)
    _check(_read(path), rows)
    assert [r and r.split("(")[0] for _, r in _suspects(path)] == ["财务管理"]

"""Rule tables whose PDF text came out with the columns interleaved (generator: ``tests/layouts/interleavedrules``):
a column at a time (the 序号 run, then the names, then the 分值 run), or cells line by line with each row's name
given again by its definition (X=…) and its weight in brackets after it. Rows are read by their numbers or their
definitions; weights only where the groups' sums place them; where no sum holds, the names alone, weights missing and
the table said not read whole — never a weight guessed, never an arithmetic error from a misread table."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.core.records import HALF_READ, Document
from jixiao.read import read_path
from layouts.degrade import pdf_spaces
from layouts.files import write
from layouts.interleavedrules import Invented, column_runs, defined


def _doc(tmp_path: Path, inv: Invented) -> Document:
    path = write(tmp_path, inv.text)
    (doc,) = [d for d in read_path(path).documents if d.type == "assessment_rules"]
    assert [f.message for f in audit_paths([str(path)]).findings if f.severity == "error"] == []
    return doc


def _read(doc: Document) -> list[tuple[str | None, Decimal | None]]:
    return [(i.level3.str_, i.weight.dec) for i in doc.indicators]


def _one_line(inv: Invented, one_line: bool) -> Invented:
    """The text as a page run together on one line (its copies and pages joined)."""
    if one_line:
        inv.text = " ".join(inv.text.split("\n")) + "\n"
    return inv


@pytest.mark.parametrize("one_line", [False, True])
@pytest.mark.parametrize("seed", range(8))
def test_columns_a_run_each_read_by_the_groups_sums(tmp_path: Path, seed: int, one_line: bool) -> None:
    """序号 run, names, 分值 run (total, group weight, rows' weights), rows on one line whole: every row named in order
    and weighted, each group's label with the weight its rows make, the stated total kept; no total row: half read."""
    inv = _one_line(column_runs(seed), one_line)
    doc = _doc(tmp_path, inv)
    assert _read(doc) == [(r.name, r.weight) for r in inv.rows]
    sums = {r.group: sum((x.weight for x in inv.rows if x.group == r.group), Decimal(0)) for r in inv.rows}
    assert [i.level1.str_ for i in doc.indicators] == [f"{r.group}({sums[r.group]}分)" for r in inv.rows]
    assert doc.total_weight.dec == inv.total


@pytest.mark.parametrize("seed", range(6))
def test_columns_a_run_each_a_group_unmade_keeps_names_only(tmp_path: Path, seed: int) -> None:
    """A group whose printed weight its rows do not make: its rows and every later group's are named without weights
    (the run's alignment is lost there); the groups before keep theirs; no error, the table half read."""
    inv = column_runs(seed, misprint=True)
    doc = _doc(tmp_path, inv)
    assert [i.level3.str_ for i in doc.indicators] == [r.name for r in inv.rows]
    for ind, r in zip(doc.indicators, inv.rows, strict=True):
        assert ind.weight.dec == (None if r.group in inv.unmade else r.weight)
    assert doc.extra.get(HALF_READ)


@pytest.mark.parametrize("one_line", [False, True])
@pytest.mark.parametrize("seed", range(9))
def test_cells_interleaved_rows_named_by_their_definitions(tmp_path: Path, seed: int, one_line: bool) -> None:
    """名称名称=公式 N (W分): each row named by the term its definition defines (the name cell's last line glued before
    it cut off), or the term its definition restates (按实际X填写); weighted by its bracket where the groups' brackets
    (among their rows', with 分 or without) are made by them; the preview's copy of the table's start not read twice,
    nor read as one with the table where both stand on one line (the copy cut where the first term is defined again)."""
    inv = _one_line(defined(seed), one_line)
    doc = _doc(tmp_path, inv)
    assert _read(doc) == [(r.name, r.weight) for r in inv.rows]
    groups = list(dict.fromkeys(r.group for r in inv.rows))
    sums = [sum((x.weight for x in inv.rows if x.group == g), Decimal(0)) for g in groups]
    assert [i.level1.str_ for i in doc.indicators] == [f"第{groups.index(r.group) + 1}组({sums[groups.index(r.group)]}分)"
                                                      for r in inv.rows]


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("kind", ["misprint", "no_weights"])
def test_cells_interleaved_no_sum_names_only(tmp_path: Path, seed: int, kind: str) -> None:
    """A group's bracket its rows do not make, or no bracket at all: the terms the definitions define are read as the
    rows, no weight at all, the table said not read whole."""
    inv = defined(seed, misprint=kind == "misprint", weights=kind != "no_weights")
    doc = _doc(tmp_path, inv)
    defined_rows = [r.name for r in inv.rows if r.name not in ("受益农户数",)]  # (a restated name defines nothing)
    assert [i.level3.str_ for i in doc.indicators] == defined_rows
    assert all(i.weight.dec is None for i in doc.indicators)
    assert doc.extra.get(HALF_READ)
    assert any("只读出指标名称" in p.message for p in doc.problems)


def test_a_project_form_with_numbered_options_is_no_rule_table(tmp_path: Path) -> None:
    """A project form run together whose options are numbered (项目属性1、常年性 2、延续性 3、一次性) holds no rule
    table's rows: not named as one."""
    text = ("某市财政预算支出项目绩效目标自评表项目名称 2021年培训项目 实施单位 某中心 项目属性 1、常年性 2、延续性 "
            "3、一次性 4、新增性 项目资金来源 合计 执行数 执行率 项目权重 评价内容 分值 自评分 评价标准及依据 考核\n")
    docs = read_path(write(tmp_path, text)).documents
    assert not [d for d in docs if d.type == "assessment_rules"]


@pytest.mark.parametrize("seed", range(6))
def test_cells_interleaved_names_broken_by_pdf_spaces(tmp_path: Path, seed: int) -> None:
    """The spaces a PDF leaves inside words (良种推广 率良种推 广率=): dropped from the term a definition defines and
    from the name a definition restates; every row still named and weighted."""
    inv = defined(seed)
    inv.text = pdf_spaces(inv.text)
    doc = _doc(tmp_path, inv)
    assert _read(doc) == [(r.name, r.weight) for r in inv.rows]


@pytest.mark.parametrize("seed", range(6))
def test_columns_a_run_each_names_broken_by_spaces_not_paired(tmp_path: Path, seed: int) -> None:
    """A name run broken by spaces (完善组织 体系 强化督察 督办): more words than the numbers awaiting names, so no word
    can be paired with its row — nothing read with a weight (never a name with another row's weight)."""
    inv = column_runs(seed)
    inv.text = pdf_spaces(inv.text)
    path = write(tmp_path, inv.text)
    docs = [d for d in read_path(path).documents if d.type == "assessment_rules"]
    assert not any(i.weight.dec is not None for d in docs for i in d.indicators)
    assert [f.message for f in audit_paths([str(path)]).findings if f.severity == "error"] == []

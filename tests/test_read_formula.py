"""A formula cell whose result the file never saved (a form written by a program, not by Excel) is a reading
problem at its cell, never a number: the total is missing, not the neighbouring 分值 100 (issue 10, item 6)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

import fixtures_gen as gen
from jixiao.audit import audit_paths
from jixiao.read import read_path
from jixiao.read.grid import FORMULA_UNSAVED


def _form_with_unsaved_total(path: Path) -> None:
    gen.write_xlsx([gen.INDUSTRY], str(path))
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws["F24"].value == 100 and ws["G24"].value == 99.94  # 总分 row: 分值, 得分
    ws["G24"] = "=SUM(G13:G23)+G9"  # openpyxl saves a formula without its result, as such programs do
    wb.save(path)


def test_unsaved_formula_is_a_located_problem_not_a_number(tmp_path: Path) -> None:
    path = tmp_path / "edit_score.xlsx"
    _form_with_unsaved_total(path)
    result = read_path(str(path))
    doc = result.documents[0]
    assert doc.total_score.value is None and doc.total_score.text == FORMULA_UNSAVED
    assert doc.total_score.source is not None and doc.total_score.source.cell == "G24"
    assert doc.total_weight.value == 100
    problems = [p for p in result.problems + doc.problems if "=SUM(G13:G23)+G9" in p.message]
    assert problems and problems[0].source is not None and problems[0].source.where() == "edit_score.xlsx:表1 [G24]"


def test_no_false_error_from_the_neighbouring_weight(tmp_path: Path) -> None:
    path = tmp_path / "edit_score.xlsx"
    _form_with_unsaved_total(path)
    findings = list(audit_paths([str(path)]).findings)
    assert not [f for f in findings if f.severity == "error"], [(f.kind, f.text()) for f in findings]
    assert not [f for f in findings if f.reported == "100"]
    unread = [f for f in findings if f.kind == "unreadable" and f.location and f.location.cell == "G24"]
    assert unread and "公式" in unread[0].text()

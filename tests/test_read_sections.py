"""A page that publishes a performance form and an account one after another (a 三公 statement then a project's
self-evaluation form; a project form then a budget's 说明) gives both documents, each read as it reads alone
(read/sections.py); a department's form bound into its 决算 is not cut from it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.core.records import Document
from jixiao.read import read_path
from layouts.archive import STATEMENT, form
from layouts.budget_prose import budget_prose

SANGONG = STATEMENT
_form = form


def _read(tmp_path: Path, lines: list[str]) -> list[Document]:
    p = tmp_path / "page.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_path(p).documents


def _project(docs: list[Document]) -> Document:
    forms = [d for d in docs if d.type == "project_self_evaluation"]
    assert len(forms) == 1
    return forms[0]


@pytest.mark.parametrize("order", ["sangong first", "form first"])
def test_a_sangong_statement_and_a_project_form(tmp_path: Path, order: str) -> None:
    form = _form("2023年档案数字化加工项目支出绩效自评表")
    docs = _read(tmp_path, SANGONG + form if order == "sangong first" else form + SANGONG)
    f = _project(docs)
    assert f.funds["total"].executed.dec == Decimal("18.00") and f.total_score.dec == Decimal("99.0")
    assert [(i.level3.str_, i.score.dec) for i in f.indicators] == [
        ("加工卷数", Decimal(50)), ("查阅便利度", Decimal(30)), ("查档群众满意度", Decimal(10))]
    sangong = [d for d in docs if d.type == "sangong"]
    assert len(sangong) == 1
    rows = {r.item: r.get("金额").dec for r in sangong[0].extra["accounts"].tables[0].rows if r.item}
    assert rows["合计"] == Decimal("3.50") and rows["公务接待费"] == Decimal("1.20")


@pytest.mark.parametrize("title", ["绩效目标自评表 | ||||||", "| 项目绩效目标自评表 | | | |", "2023年度绩效目标自评表"])
def test_a_sangong_statement_then_a_target_self_evaluation_form(tmp_path: Path, title: str) -> None:
    """A form titled 绩效目标自评表 (a self-evaluation of its targets, not a budget's 绩效目标表), its title in a row's
    first cell with the row's empty cells after it: a title of the form family, where the file is cut."""
    docs = _read(tmp_path, SANGONG + _form(title))
    f = _project(docs)
    assert f.funds["total"].executed.dec == Decimal("18.00") and f.total_score.dec == Decimal("99.0")
    assert len([d for d in docs if d.type == "sangong"]) == 1


@pytest.mark.parametrize("seed", [1, 2])
def test_a_project_form_then_a_budgets_notes(tmp_path: Path, seed: int) -> None:
    p = budget_prose(seed)
    docs = _read(tmp_path, [*_form("2023年档案数字化加工项目支出绩效自评表"), "县档案馆2024年部门预算说明", *p.lines])
    assert _project(docs).total_score.dec == Decimal("99.0")
    budgets = [d for d in docs if d.type == "budget_disclosure"]
    assert len(budgets) == 1
    stated = {r.name: r.get("金额").dec for r in budgets[0].extra["accounts"].tables[0].rows}
    assert stated["一般公共预算支出"] == p.total

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


def test_a_form_then_a_governments_final_accounts_report(tmp_path: Path) -> None:
    """The report's own title (关于…决算草案的报告) is where the page is cut, not a site's breadcrumb naming its
    categories (…本级政府预决算、三公经费 > …) nor a section heading inside the report ((一)一般公共预算收支决算): the
    report is read whole, as the final accounts its title says it is."""
    report = ["当前位置:首页 > 政务公开 > 财政资金 > 本级政府预决算、三公经费 > 政府决算公开",
              "关于提请批准2021年某县本级财政决算草案的报告", "某县人民政府", "主任、各位副主任,各位委员:",
              "受县人民政府委托,现向县人大常委会报告2021年县本级财政决算情况,请予审议。", "一、2021年财政决算情况",
              "(一)一般公共预算收支决算", "1.一般公共预算收支平衡情况",
              "2021年县级一般公共预算收入45343万元,完成年初预算的104.7%,比上年增收1848万元,增长4.25%。"
              "其中,税收收入35846万元,非税收入9497万元。",
              "2021年县级一般公共预算支出213456万元,完成调整预算的96.1%。"]
    docs = _read(tmp_path, [*_form("2023年档案数字化加工项目支出绩效自评表"), "", *report])
    assert _project(docs).total_score.dec == Decimal("99.0")
    finals = [d for d in docs if d.type == "final_accounts"]
    assert [d.title for d in finals] == ["关于提请批准2021年某县本级财政决算草案的报告"]
    assert not [d for d in docs if d.type == "budget_disclosure"]

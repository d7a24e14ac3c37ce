"""A page that publishes a performance form and an account one after another (a 三公 statement then a project's
self-evaluation form; a project form then a budget's 说明) gives both documents, each read as it reads alone
(read/sections.py); a department's form bound into its 决算 is not cut from it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.core.records import Document
from jixiao.read import read_path
from layouts.budget_prose import budget_prose

SANGONG = ["县档案馆2023年“三公”经费预算情况说明",
           "2023年“三公”经费财政拨款预算数为3.50万元，其中：因公出国（境）费0万元，公务接待费1.20万元，"
           "公务用车购置及运行维护费2.30万元（其中：公务用车购置费0万元，公务用车运行维护费2.30万元）。", ""]


def _form(title: str) -> list[str]:
    return [title, "| 项目名称 | 档案数字化加工 |", "| 主管部门 | 县档案馆 | 实施单位 | 县档案馆 |",
            "| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
            "| 年度资金总额 | 20.00 | 20.00 | 18.00 | 10 | 90.00% | 9.0 |",
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
            "| 产出指标 | 数量指标 | 加工卷数 | ≥2000卷 | 2100卷 | 50 | 50 |",
            "| 效益指标 | 社会效益指标 | 查阅便利度 | 提高 | 提高 | 30 | 30 |",
            "| 满意度指标 | 服务对象满意度指标 | 查档群众满意度 | ≥90% | 95% | 10 | 10 |",
            "| 总分 | | | | | 100 | 99.0 |", ""]


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


@pytest.mark.parametrize("seed", [1, 2])
def test_a_project_form_then_a_budgets_notes(tmp_path: Path, seed: int) -> None:
    p = budget_prose(seed)
    docs = _read(tmp_path, [*_form("2023年档案数字化加工项目支出绩效自评表"), "县档案馆2024年部门预算说明", *p.lines])
    assert _project(docs).total_score.dec == Decimal("99.0")
    budgets = [d for d in docs if d.type == "budget_disclosure"]
    assert len(budgets) == 1
    stated = {r.name: r.get("金额").dec for r in budgets[0].extra["accounts"].tables[0].rows}
    assert stated["一般公共预算支出"] == p.total

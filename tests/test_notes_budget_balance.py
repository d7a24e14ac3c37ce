"""A budget's funds said on one line as received and spent ("2031年一般公共预算财政拨款收入1643.29万元,一般公共预算财政拨款
支出1643.29万元", 重庆's 单位预算情况说明; ``accounts.notes_checks``): a budget balances, so either planted off is a
suspicion at that line; the same words in a 决算 (where a carry-over may stand between) ask nothing (invented figures)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from layouts.files import one


def _found(tmp_path: Path, received: str, spent: str, stage: str = "预算") -> list[tuple[str, str, int | None]]:
    lines = [f"2031年单位{stage}情况说明", f"三、单位{stage}情况说明",
             f"2031年一般公共预算财政拨款收入{received}万元,一般公共预算财政拨款支出{spent}万元,比上年增加105.77万元。"]
    doc = one(tmp_path, "\n".join(lines), "budget_disclosure" if stage == "预算" else "final_accounts")
    return [(f.kind, f.severity, f.location.line if f.location else None)
            for f in check_accounts(doc) if f.severity != "info"]


def test_the_budgets_funds_balance(tmp_path: Path) -> None:
    assert _found(tmp_path, "1643.29", "1643.29") == []


@pytest.mark.parametrize(("received", "spent"), [("1643.39", "1643.29"), ("1643.29", "1643.19")])
def test_either_planted_off_is_suspected(tmp_path: Path, received: str, spent: str) -> None:
    assert _found(tmp_path, received, spent) == [("balance", "suspect", 3)]


def test_a_final_accounts_funds_are_not_asked_to_balance(tmp_path: Path) -> None:
    assert _found(tmp_path, "1643.39", "1643.29", "决算") == []


@pytest.mark.parametrize(("income", "spending", "found"), [("777.03", "777.03", []), ("777.03", "777.13", [("balance", "suspect", 3)])])
def test_the_income_and_spending_budgets_balance(tmp_path: Path, income: str, spending: str,
                                                  found: list[tuple[str, str, int]]) -> None:
    """"(一)收入预算:2031年年初预算数777.03万元,…(二)支出预算:2031年年初预算数777.03万元": the two sides of one budget."""
    lines = ["2031年单位预算情况说明", "二、单位收支总体情况",
             f"(一)收入预算:2031年年初预算数{income}万元,其中:一般公共预算拨款744.03万元,事业收入33万元。",
             f"(二)支出预算:2031年年初预算数{spending}万元,其中:教育支出预算700万元,社会保障和就业支出预算77.03万元。"]
    doc = one(tmp_path, "\n".join(lines), "budget_disclosure")
    assert [(f.kind, f.severity, f.location.line if f.location else None)
            for f in check_accounts(doc) if f.severity != "info" and f.kind == "balance"] == found


@pytest.mark.parametrize(("income_line", "spending_line"), [
    ("本年单位预算收入{i}万元,比上年增加1.59万元,主要原因为人员经费增加。其中:一般公共预算拨款{i}万元。",
     "本年单位预算支出{s}万元,其中:文化旅游体育与传媒支出预算31.19万元,社会保障和就业支出预算11.44万元。"),
])
def test_the_two_sides_in_other_wordings(tmp_path: Path, income_line: str, spending_line: str) -> None:
    """重庆梁平's 文化馆 ("本年单位预算收入46.65万元 … 本年单位预算支出46.65万元"): the unit's two sides balance; a class's
    own (文化旅游体育与传媒支出预算31.19万元) is no side. ("收入预算A万元 … 支出预算B万元" is not asked: 湖北黄石's 说明 words a
    spending that leaves out the 专户 事业收入.)"""
    def found(i: str, s: str) -> list[tuple[str, str]]:
        lines = ["2031年单位预算情况说明", "一、收支预算总体情况", income_line.format(i=i), spending_line.format(s=s)]
        doc = one(tmp_path, "\n".join(lines), "budget_disclosure")
        return [(f.kind, f.severity) for f in check_accounts(doc) if f.severity != "info" and f.kind == "balance"]
    assert found("46.65", "46.65") == []
    assert found("46.65", "46.75") == [("balance", "suspect")]


def test_each_side_is_read_under_its_name(tmp_path: Path) -> None:
    """"(一)收入预算:2031年年初预算数…" names the line before its colon: 收入预算 and 支出预算 are read as lines of the 说明."""
    lines = ["2031年单位预算情况说明", "二、单位收支总体情况",
             "(一)收入预算:2031年年初预算数812.40万元,其中:一般公共预算拨款812.40万元,事业收入0万元。",
             "(二)支出预算:2031年年初预算数812.40万元,其中:教育支出700.00万元,社会保障和就业支出112.40万元。"]
    doc = one(tmp_path, "\n".join(lines), "budget_disclosure")
    stated = {r.name: r.get("金额").dec for t in doc.extra["accounts"].tables for r in t.rows}
    assert (str(stated.get("收入预算")), str(stated.get("支出预算"))) == ("812.40", "812.40")

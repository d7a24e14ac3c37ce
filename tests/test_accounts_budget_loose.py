"""A 部门预算 whose tables all lost their grid: the classified 部门支出总表 after the 收支总表 is read by its header's
columns whatever the shape (it used to be dropped once the 收支总表 was read as loose words, and one cell a line
ending " |" gave nothing), its 合计 row first included, the 决算 template's form numbers and 栏次 rows aside, and
the planted 合计 is found (generator:
``tests/layouts/budget_loose.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.accounts.model import Accounts
from layouts.budget_loose import SHAPES, budget
from layouts.degrade import pdf_spaces
from layouts.files import one


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("plant", [False, True])
@pytest.mark.parametrize("final", [False, True])
def test_the_spending_table_after_the_summary(tmp_path: Path, shape: str, plant: bool, final: bool) -> None:
    b = budget(2 + final, shape, plant, final)
    doc = one(tmp_path, b.text, "final_accounts" if final else "budget_disclosure")
    acc = doc.extra["accounts"]
    assert isinstance(acc, Accounts)
    spending = acc.table("expenditure")
    assert spending is not None
    total = next(r for r in spending.rows if r.code is None)
    assert (total.get("基本支出").dec, total.get("项目支出").dec) == (b.basic, b.project)
    got = {r.code: (r.get("基本支出").dec, r.get("项目支出").dec) for r in spending.rows if r.code}
    assert got == b.classes
    errors = [(f.kind, f.row) for f in check_accounts(doc) if f.severity == "error"]
    if plant:
        assert errors and all("合计" in (row or "") for _, row in errors)
    else:
        assert errors == []


def test_a_summary_title_pdf_text_broke_with_spaces(tmp_path: Path) -> None:
    """PDF text puts a space inside long runs of Chinese characters (部门预算 公开表, a page's one table under the
    publication's name): the 收支总表 in one cell a line is still found by its title and read by its labels (the page
    was 'not recognised' on main 9600427)."""
    b = budget(4, "cells")
    text = pdf_spaces(b.text.replace("东湖县第一中学2024年部门预算\n一、部门收支总表", "部门预算公开表"))
    doc = one(tmp_path, text, "budget_disclosure")
    stated = {r.name: v.dec for t in doc.extra["accounts"].tables for r in t.rows for v in r.values.values()}
    assert stated.get("收入总计") == b.total and stated.get("本年收入合计") == b.total

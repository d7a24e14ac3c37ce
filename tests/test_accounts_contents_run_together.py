"""A 部门预算's 目录 whose lines ran together (``bench.perturb_tables.run_together``: a page's short lines joined by
spaces): its entries are found again wherever they are numbered 1、 or 表1. / 表1-1., and on the lines after the one
that holds the heading 目录 (``accounts_contents._unflatten``); a site's category 财政预算、决算 in the run-together
title line names both stages, so the page stays the budget its own title says (``stagewords.own_words``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.accounts.model import Accounts
from layouts.budget_contents_prose import page
from layouts.files import one

_ENTRIES = {
    "1、": ["1、收支总表", "2、收入总表", "3、支出总表", "4、财政拨款收支总表", "5、一般公共预算支出表"],
    "表1.": ["表1. 部门收支总表", "表1-1. 部门收入总表", "表1-2. 部门支出总表", "表2. 财政拨款收支预算总表",
            "表3. 一般公共预算支出预算表"],
}


@pytest.mark.parametrize("numbered", list(_ENTRIES))
@pytest.mark.parametrize("split", [False, True])
def test_contents_run_together(tmp_path: Path, numbered: str, split: bool) -> None:
    head = ["东湖县第一中学 2024年部门预算", "目 录", "第一部分 2024年部门预算说明", "一、部门基本概况",
            "二、部门收支总体情况", "第二部分 2024年部门预算表", *_ENTRIES[numbered]]
    # the whole 目录 on one line, or broken after its sections (the tables' entries on the next line)
    lines = [" ".join(head[:6]), " ".join(head[6:])] if split else [" ".join(head)]
    doc = one(tmp_path, "\n".join(lines) + "\n一、部门基本概况\n本校是公办小学。\n", "budget_disclosure")
    acc = doc.extra["accounts"]
    assert isinstance(acc, Accounts) and acc.stage == "budget"
    assert any("目录列出 5 张表" in p.message for p in doc.problems)


def test_site_category_names_no_stage(tmp_path: Path) -> None:
    p = page(1, "总计")
    chrome = "索引号 11500228/2025-00051 主题分类 教育 体裁分类 财政预算、决算 发布机构 区教委 标题 东湖县第一中学2024年单位预算情况说明"
    doc = one(tmp_path, chrome + "\n" + p.text, "budget_disclosure")
    assert doc.extra["accounts"].stage == "budget"
    assert [f for f in check_accounts(doc) if f.severity == "error"] == []

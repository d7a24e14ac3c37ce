"""Another unit's 三公 statement printed before a budget-execution news item given as one paragraph (a department's
page lists its disclosures one after another): the paragraph is a text of its own however few its lines, so the
budget's figures it states are read beside the statement, not lost to it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_path
from layouts.files import write

_STATEMENT = ["县档案馆2023年“三公”经费预算情况说明",
              "2023年“三公”经费财政拨款预算数为3.50万元，其中：因公出国（境）费0万元，公务接待费1.20万元，"
              "公务用车购置及运行维护费2.30万元。", ""]


@pytest.mark.parametrize("seed", range(4))
def test_a_news_paragraph_after_a_statement_is_read(tmp_path: Path, seed: int) -> None:
    income, tax = Decimal(316580 + 1000 * seed), Decimal(238998 + 700 * seed)
    spent = Decimal(397641 + 500 * seed)
    news = (f"6月,全区一般公共预算收入累计完成{income}万元,增长17.2%,其中:税收收入累计完成{tax}万元,增长9.7%;"
            f"非税收入累计完成{income - tax}万元,增长48.1%;政府性基金预算收入1616万元。"
            f"全区一般公共预算支出累计完成{spent}万元,增长0.7%,其中:民生支出累计完成257215万元,占一般公共预算支出的"
            f"{(Decimal(257215) / spent * 100).quantize(Decimal('0.1'))}%。政府性基金累计支出完成197944万元,"
            "国有资本经营支出180万元。")
    docs = read_path(write(tmp_path, "\n".join([*_STATEMENT, news]) + "\n", "page.txt")).documents
    assert sorted(d.type for d in docs) == ["budget_disclosure", "sangong"]
    (budget,) = [d for d in docs if d.type == "budget_disclosure"]
    read = {r.name: r.values["金额"].dec for t in budget.extra["accounts"].tables for r in t.rows}
    assert read.get("全区一般公共预算收入") == income and read.get("税收收入") == tax
    assert read.get("全区一般公共预算支出") == spent

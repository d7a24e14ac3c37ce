"""A self-evaluation's page whose report states its fund in sentences no report wording knows ("下达至我区的直达资金
总量B亿元…支出金额E亿元…支出进度x%"): the report reader reads no budget, so the budget, spending and rate are read as
the reader of any fund stated in prose reads them (``recognise.transfer_stated``), the report's other readings kept,
a located note saying the figures come from the sentences; a page stating no sure budget stays a report whose funds
are missing."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_path
from layouts.files import write

_NOTICE = ("根据县财政局《关于开展{y}年度预算绩效自评工作的通知》要求，我单位对上年度项目支出和部门整体支出开展了绩效自评，"
           "形成了自评报告和自评表，现将有关情况公开如下：")


@pytest.mark.parametrize("seed", range(5))
def test_a_reports_fund_stated_in_sentences_is_read(tmp_path: Path, seed: int) -> None:
    budget = Decimal("19.56") + seed
    spent = Decimal("4.54") + seed
    rate = (spent / budget * 100).quantize(Decimal("0.1"))
    text = "\n".join([_NOTICE.format(y=2031 + seed),
                      f"1-5月中央、省下达至我区的直达资金总量{budget}亿元(其中共同财政事权转移支付2.79亿元),支出金额{spent}亿元,"
                      f"分配进度100%,支出进度{rate}%。"]) + "\n"
    (doc,) = read_path(write(tmp_path, text, "page.txt")).documents
    total = doc.funds["total"]
    assert (total.annual_budget.dec, total.executed.dec, total.rate.dec) == (budget, spent, rate)
    assert total.annual_budget.source is not None and total.annual_budget.source.line == 2
    assert any(p.message.startswith("只从正文的数字陈述读取") for p in doc.problems)
    assert not any("文中未读到预算数与执行数" in p.message for p in doc.problems)


def test_a_report_stating_no_sure_budget_keeps_its_funds_missing(tmp_path: Path) -> None:
    text = "\n".join([_NOTICE.format(y=2031), "项目绩效自评报告", "本项目资金使用规范，项目按期完成，自评得分95分。"]) + "\n"
    (doc,) = read_path(write(tmp_path, text, "page.txt")).documents
    assert doc.funds["total"].annual_budget.value is None
    assert any("文中未读到预算数与执行数" in p.message for p in doc.problems)

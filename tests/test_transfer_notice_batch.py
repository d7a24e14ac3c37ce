"""A notice that sends a fund by another verb in its title (关于拨付/预拨/分配/提前下达…资金(第一批)的通知) and names the
batch's amount in words of its own (本次下达的资金共X万元, 此次拨付…资金为X万元; …补助资金(第一批)为X万元, 其中A万元;
B万元), generated with invented amounts: the batch's amount is the transfer's; said as the fund's amount (…为X) it is read
only where the parts after it add up to it, and never where they do not."""

from __future__ import annotations

import itertools
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_path

TITLES = ("关于拨付2021年中央示例发展补助资金(第一批)的通知", "关于预拨2024年示例补助资金的通知",
          "关于分配2023年省级示例专项资金的通知", "关于提前下达2025年示例补助经费的通知")
BATCH = ("本次下达的资金共{}", "此次拨付示例补助资金为{}", "本批拨付资金合计{}", "本次下达示例专项经费{}")
FUND_IS = ("示例发展补助资金(第一批)为{t}，其中甲街道拟补助金额{a}；乙街道拟补助金额{b}",
           "示例补助资金共计为{t}，其中甲镇{a}、乙镇{b}", "示例专项资金是{t}（甲区{a}，乙区{b}）")
AMOUNTS = (("900", "307", "593"), ("72.5", "40.25", "32.25"), ("1,250", "1,000", "250"))


def _budget(tmp_path: Path, title: str, body: str) -> Decimal | None:
    path = tmp_path / "notice.txt"
    path.write_text(f"{title}\n甲街道、乙街道农业农村局:\n  {body}。请加强资金管理，专款专用。\n示例市农业农村局\n2022年8月23日\n",
                    encoding="utf-8")
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    return docs[0].funds["total"].annual_budget.dec if docs and docs[0].funds.get("total") else None


@pytest.mark.parametrize(("title", "batch"), list(itertools.product(range(len(TITLES)), range(len(BATCH)))))
def test_the_batch_amount(tmp_path: Path, title: int, batch: int) -> None:
    amount = f"{100 + title * 37 + batch}.74"
    assert _budget(tmp_path, TITLES[title], BATCH[batch].format(amount + "万元") + "，用于示例项目") == Decimal(amount)


@pytest.mark.parametrize(("title", "said", "amounts"),
                         list(itertools.product(range(len(TITLES)), range(len(FUND_IS)), range(len(AMOUNTS)))))
def test_the_fund_said_with_its_parts(tmp_path: Path, title: int, said: int, amounts: int) -> None:
    t, a, b = (x + "万元" for x in AMOUNTS[amounts])
    got = _budget(tmp_path, TITLES[title], FUND_IS[said].format(t=t, a=a, b=b))
    assert got == Decimal(AMOUNTS[amounts][0].replace(",", ""))


@pytest.mark.parametrize("said", range(len(FUND_IS)))
def test_parts_that_do_not_add_up_give_none(tmp_path: Path, said: int) -> None:
    got = _budget(tmp_path, TITLES[0], FUND_IS[said].format(t="900万元", a="307万元", b="590万元"))
    assert got is None

"""A 彩票公益金 use announcement (湖南省财政厅 2012's: 集中使用的彩票公益金额度为9248万元 … 现将安排使用情况公告如下: 一、用于…
支出5000万元 …) is a special fund granted and used: read as a transfer whose budget is the fund's quota (额度), the
amounts stated kept with their words; before session 52 it was read as a department's budget text (彩票公益金 was no
fund word, 额度 no allocation's). A loan's quota (贷款额度) is still no allocation."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_path
from jixiao.read.recognise.transfer_amounts import TITLE


def _notice(quota: str, parts: tuple[str, str, str]) -> str:
    a, b, c = parts
    return (f"按照示例省财政厅、示例省民政厅、示例省体育局《关于调整彩票公益金分配政策的通知》文件精神,2031年省财政集中使用的"
            f"彩票公益金额度为{quota}万元。根据《彩票管理条例》规定,现将安排使用情况公告如下:\n"
            f"一、用于教育事业的彩票公益金支出{a}万元。其中,用于乡村学校少年宫建设项目{a}万元。\n"
            f"二、用于社会福利的彩票公益金支出{b}万元。\n"
            f"三、用于体育事业的彩票公益金支出{c}万元。\n特此公告。\n")


@pytest.mark.parametrize(("quota", "parts"), [("9248", ("5000", "2135", "2113")), ("3610.5", ("1800", "1010.5", "800"))])
def test_a_lottery_funds_use_announcement_is_a_transfer(tmp_path: Path, quota: str, parts: tuple[str, str, str]) -> None:
    p = tmp_path / "notice.txt"
    p.write_text(_notice(quota, parts), encoding="utf-8")
    (doc,) = read_path(p).documents
    assert doc.type == "project_self_evaluation" and doc.extra["layout_family"] == "transfer-prose-stated"
    assert doc.funds["total"].annual_budget.dec == Decimal(quota)
    (table,) = doc.tables
    assert table.title == TITLE and table.texts()[1] == ["2031年省财政集中使用的彩票公益金额度", quota, "万元"]


def test_a_loans_quota_is_no_allocation(tmp_path: Path) -> None:
    text = ("示例县2031年创业担保贷款贴息资金的通知\n现将2031年创业担保贷款贴息资金下达给你们,共计120万元。"
            "全县创业担保贷款额度为5000万元。\n")
    p = tmp_path / "notice.txt"
    p.write_text(text, encoding="utf-8")
    (doc,) = read_path(p).documents
    assert doc.funds["total"].annual_budget.dec == Decimal(120)

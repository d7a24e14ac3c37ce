"""A news item whose title states an amount sent down (某省下达353亿支持“百大项目”建设) is about a transfer: its
sentences' allocations (下达…财政资金353亿元) are the transfer readers', never a budget's lines read from prose
(``transfer_subject.TITLE``); a budget news item whose title states an amount collected stays a budget's (invented
figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.read import read_path

_BODY = ("本报讯 日前,记者从省财政厅获悉,截至8月末,省级财政支持全省重大基础设施、重点产业发展和民生等三大类重点项目44项,"
         "下达中省专项和地方政府债券等财政资金{amount}亿元。\n"
         "据最新统计,省财政厅已实际下达资金至市县财政和省直有关部门合计{amount}亿元,市县财政和省直部门资金下达至项目单位合计"
         "286亿元,资金到位率达到81%。\n")


def _read(tmp_path: Path, title: str, amount: str = "353"):  # type: ignore[no-untyped-def]
    f = tmp_path / "news.txt"
    f.write_text(title + "\n" + _BODY.format(amount=amount), encoding="utf-8")
    return read_path(f).documents


def test_a_title_stating_an_amount_sent_down_is_a_transfer_s(tmp_path: Path) -> None:
    docs = _read(tmp_path, "某省下达353亿支持“重点项目”建设")
    assert [(d.type, d.extra.get("form")) for d in docs] == [("project_self_evaluation", "transfer")]
    assert docs[0].funds["total"].annual_budget.dec == Decimal("353")


def test_a_title_stating_revenue_is_no_transfer_s(tmp_path: Path) -> None:
    f = tmp_path / "budget.txt"
    f.write_text("某省前8月一般公共预算收入完成353亿元\n据省财政厅统计,1-8月全省一般公共预算收入完成353亿元,同比增长5.2%;"
                 "一般公共预算支出完成612亿元,同比增长3.1%。\n", encoding="utf-8")
    assert [d.type for d in read_path(f).documents] == ["budget_disclosure"]

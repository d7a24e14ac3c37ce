"""A fund's amount in a news item or notice that states several (``recognise.transfer_stated``), read by the whole
the others make or by the title that states it (invented figures):

- the amount its places' allocations add up to exactly is the fund's, though the sending word stands far from it
  (省财政厅下达…治理资金5.00亿元 … 下达甲市2.50亿元、…乙市1.50亿元、…丙州1.00亿元);
- a news item whose headline states the amount (某省:2024年中央大气污染防治专项资金已提前下达12亿元) and whose body
  restates it beside other sums (past years, other funds): the headline's amount;
- without such a headline, or where the headline's amount is not restated, several sums are not read, and a list
  item (1.分配…300万元) is never a headline."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.read import read_file
from jixiao.read.recognise.transfer_stated import recognise

_SENT = ("某省新闻网讯 日前,某省财政厅下达2024年中央重点生态保护修复治理资金5.00亿元,支持某流域保护和修复工程建设。"
         "此次支持的20个分项目中,下达甲市2.50亿元、实施10个项目,下达乙市1.50亿元、实施项目7个,下达丙州1.00亿元、实施项目3个。\n"
         "省财政厅表示,将进一步加强资金监管。\n")
_BODY = ("去年以来,某省生态环境厅积极汇报衔接。目前,2024年中央大气污染防治专项资金已提前下达某省共计12亿元,较2023年增加2亿元。"
         "2023年中央大气污染防治专项资金已争取到10亿元。甲市、乙市入围冬季清洁取暖支持范围,给予每个市3亿元/年、连续3年、"
         "共计18亿元的中央资金支持,加上2022年争取到的丙市15亿元定额奖补,已累计争取清洁取暖项目资金共计33亿元。\n")


def _budget(tmp_path: Path, text: str) -> Decimal | None:
    path = tmp_path / "news.txt"
    path.write_text(text, encoding="utf-8")
    docs = recognise(read_file(path))
    return docs[0].funds["total"].annual_budget.dec if docs else None


def test_the_amount_its_places_make_is_the_fund_s(tmp_path: Path) -> None:
    assert _budget(tmp_path, _SENT) == Decimal("5.00")


def test_the_headline_s_amount_restated_in_the_body(tmp_path: Path) -> None:
    assert _budget(tmp_path, "某省:2024年中央大气污染防治专项资金已提前下达12亿元\n" + _BODY) == Decimal("12")


def test_several_sums_without_a_headline_are_not_read(tmp_path: Path) -> None:
    assert _budget(tmp_path, "某省生态环境工作动态\n" + _BODY) is None


def test_a_list_item_is_no_headline(tmp_path: Path) -> None:
    assert _budget(tmp_path, "1.分配甲市清洁取暖项目12亿元\n" + _BODY) is None

"""A transfer notice that recalls last year's sum beside this year's (提前下达我省2020年…补助资金2,471万元 … 因2019年
中央财政已安排我省3,618万元用于…): the amount said of the latest year the sentences name is the budget
(``transfer_choice.latest_year``). Two different amounts of the latest year, or no year but one's, stay unread."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_file
from jixiao.read.recognise.transfer_stated import recognise


def _notice(year: int, this: str, before: str, recalled: int) -> str:
    return (f"近日,中央下达了我省{year}年农村危房改造补助资金共{this}万元,该笔资金用于开展农房抗震改造。\n"
            f"示例省住房和城乡建设厅关于{year}年中央财政农村危房改造补助资金预算提前下达分配方案的公示\n"
            f"根据《关于提前下达{year}年中央财政农村危房改造补助资金预算的通知》(示社〔{year - 1}〕193号)规定,"
            f"财政部提前下达我省{year}年中央财政农村危房改造补助资金{this}万元。\n"
            f"二、提前下达方案\n因{recalled}年中央财政已安排我省{before}万元用于抗震设防烈度8度及以上地区农房抗震改造,"
            "本次资金按任务数分配。\n")


def _budget(tmp_path: Path, text: str) -> Decimal | None:
    path = tmp_path / "n.txt"
    path.write_text(text, encoding="utf-8")
    docs = recognise(read_file(path))
    if not docs:
        return None
    val = docs[0].funds["total"].annual_budget
    return val.dec if val is not None else None


@pytest.mark.parametrize(("year", "this", "before"), [(2020, "2,471", "3,618"), (2023, "865.5", "1204"),
                                                      (2018, "12000", "9800")])
def test_last_years_sum_recalled_is_not_the_budget(tmp_path: Path, year: int, this: str, before: str) -> None:
    assert _budget(tmp_path, _notice(year, this, before, year - 1)) == Decimal(this.replace(",", ""))


def test_two_sums_of_the_same_year_stay_unread(tmp_path: Path) -> None:
    assert _budget(tmp_path, _notice(2020, "2,471", "3,618", 2020)) is None


def test_the_latest_years_sentences_must_agree(tmp_path: Path) -> None:
    text = _notice(2020, "2,471", "3,618", 2019).replace(
        "补助资金2,471万元。", "补助资金2,471万元,另下达我省2020年中央财政农房抗震改造补助资金500万元。")
    assert _budget(tmp_path, text) is None


def _news(this: str, rounded: str, past: str) -> str:
    return (f"示例省下达2017年少数民族发展资金逾{rounded}亿元\n2017-05-28 来源: 示例社\n"
            f"记者从示例省民族宗教事务委员会获悉,示例省财政近日下达2017年少数民族发展资金{this}亿元,资金直接拨到各市州39个县区。\n"
            f"此外,2011年至2016年,国家民委共下达示例省少数民族发展资金{past}亿元,改善了民族地区基础设施。\n")


@pytest.mark.parametrize(("this", "rounded", "past"), [("2.0257", "2", "9.1877"), ("3.46", "3", "12.5")])
def test_a_past_periods_total_is_no_budget(tmp_path: Path, this: str, rounded: str, past: str) -> None:
    """Past years' sum stated as a total (此外,2011年至2016年…共下达9.1877亿元) beside the year's amount and the
    headline's rounding of it: the year's amount is the budget, the past total is recalled history."""
    assert _budget(tmp_path, _news(this, rounded, past)) == Decimal(this)  # (in the 亿元 printed)

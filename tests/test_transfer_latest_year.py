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

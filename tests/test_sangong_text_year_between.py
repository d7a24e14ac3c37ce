"""A 三公 news item giving each item with the year between its name and its stage ("因公出国(境)费2014年财政拨款支出决算数
为A万元", "公务接待费2014年财政拨款决算数为C万元"): each amount is its item's, named so; last year's figure the sentence
compares with ("比2013年度决算数P万元减少…") is no figure of the year, never read as the 三公 total's 决算数. The items
then add up to the total the lead states, and a planted slip in the total is found."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.read import read_path
from layouts.files import write


def _news(seed: int, slip: Decimal = Decimal(0)) -> tuple[str, dict[str, Decimal]]:
    year = 2031 + seed
    abroad, cars, reception = Decimal("7926.14") + seed, Decimal("3961.06") + 2 * seed, Decimal("4018.71") + 3 * seed
    total = abroad + cars + reception + slip
    text = "\n".join([
        f"中新网7月17日电 某科学院{year}年度部门决算今天公布,数据显示,某科学院{year}年“三公”经费支出{total}万元,"
        f"较{year}年预算减少5818.9万元。",
        f"其中:因公出国(境)费{year}年财政拨款支出决算数为{abroad}万元,比{year}年度预算数减少1485.38万元,"
        f"比{year - 1}年度决算数{abroad + 824}万元减少824万元。",
        f"公务用车购置及运行费{year}年财政拨款决算数为{cars}万元,比{year}年度预算减少1547.29万元。",
        f"公务接待费{year}年财政拨款决算数为{reception}万元。{year}年国内接待22220批,共计135782人次。"]) + "\n"
    return text, {"因公出国(境)费": abroad, "公务用车购置及运行费": cars, "公务接待费": reception, "合计": total}


@pytest.mark.parametrize("seed", range(4))
def test_each_item_with_its_year_between_is_read(tmp_path: Path, seed: int) -> None:
    text, want = _news(seed)
    docs = read_path(write(tmp_path, text, "news.txt")).documents
    (doc,) = [d for d in docs if d.type == "sangong"]
    rows = [r for t in doc.extra["accounts"].tables for r in t.rows]
    got = {r.item: r.values["金额"].dec for r in rows}
    assert got == want
    assert not [f for f in check_accounts(doc) if f.severity in ("error", "suspect")]


@pytest.mark.parametrize("seed", range(4))
def test_a_total_its_items_do_not_make_is_found(tmp_path: Path, seed: int) -> None:
    text, want = _news(seed, Decimal(10))
    docs = read_path(write(tmp_path, text, "news.txt")).documents
    (doc,) = [d for d in docs if d.type == "sangong"]
    found = [f for f in check_accounts(doc) if f.severity in ("error", "suspect")]
    assert [f.location.line if f.location else None for f in found] == [1]


@pytest.mark.parametrize("seed", range(3))
def test_an_amount_said_as_about_so_much_is_the_item_of_the_clause_before(tmp_path: Path, seed: int) -> None:
    """"其中,公务用车购置及运行费花费最高,约为B亿元,…,因公出国(境)费花费最低,约为A万元": each 约为 amount is the item its
    clause before names (a news item's ranking of the items), not an amount of nothing."""
    cars, abroad = Decimal("3.5") + seed, Decimal(2360 + 10 * seed)
    text = "\n".join([
        f"贵州省级部门{2031 + seed}年三公经费公布",
        f"据记者粗略统计,去年68个省级部门三公经费支出约{cars + Decimal('1.4')}亿元。其中,公务用车购置及运行费花费最高,"
        f"约为{cars}亿元,约占总额的70%,因公出国(境)费花费最低,约为{abroad}万元,此外,公务接待费约为1.3亿元。"]) + "\n"
    docs = read_path(write(tmp_path, text, "news.txt")).documents
    (doc,) = [d for d in docs if d.type == "sangong"]
    got = {r.item: r.values["金额"].dec for t in doc.extra["accounts"].tables for r in t.rows}
    assert got.get("公务用车购置及运行费") == cars and got.get("因公出国(境)费") == abroad


def test_an_amount_after_a_share_clause_is_the_items(tmp_path: Path) -> None:
    """"其中公务用车购置及运行费所占比例最大,数额约4.57亿元": 比例 is no comparison; the amount is the vehicles'."""
    text = ("中国海关21日公布了“三公经费”财政拨款情况。2030年海关“三公经费”财政拨款决算数约5.03亿元,其中公务用车购置及运行费"
            "所占比例最大,数额约4.57亿元。此外,因公出国(境)费和公务接待费分别为1100万元和3420万元。\n")
    docs = read_path(write(tmp_path, text, "news.txt")).documents
    (doc,) = [d for d in docs if d.type == "sangong"]
    rows = {r.name: r.values["金额"].dec for t in doc.extra["accounts"].tables for r in t.rows}
    assert rows.get("公务用车购置及运行费") == Decimal("4.57")

"""A news item on a 三公 budget or final account with no heading, whose opening sentence states the 三公 total and the
rest one item's change (generated from parts: invented senders, years and figures): a 三公 statement of its own, its
total read; a text that opens on something else and gives one 三公 figure later is not one, nor one whose lead
gives one item's figure."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.accounts.model import Accounts
from jixiao.accounts.sangong import TOTAL
from jixiao.accounts.sangong_text import AMOUNT
from jixiao.read import read_path

_WHO = ("某县财政局", "某市财政局", "某部", "某区人民政府", "某省直机关事务局")
_VERB = ("公开", "公布", "发布")
_ITEMS = ("因公出国(境)费", "公务接待费", "公务用车购置及运行费")


def _news(seed: int, item: Decimal | None = None) -> tuple[str, Decimal, int]:
    """A 三公 news item: its lead, the total drawn from parts (who says it, how, 预算 or 决算, 万元 or 亿元, with or
    without the change on the year before), then one item's change and its cause or not; ``item``: the lead names
    that item's own figure (公务接待费…X) instead of the total. The text, the total, the year."""
    rng = random.Random(seed)
    year, who, verb = rng.randint(2030, 2036), rng.choice(_WHO), rng.choice(_VERB)
    stage, unit = rng.choice(("预算", "决算")), rng.choice(("万元", "亿元"))
    scope = rng.choice(("本级", "本部门", "全县", "市直部门"))
    total = Decimal(rng.randrange(2000, 90000)) / 100
    subject = f"“三公”经费财政拨款{stage}" if item is None else f"“三公”经费中公务接待费{stage}"
    figure = total if item is None else item
    said = rng.choice((f"{who}{rng.randint(1, 12)}月{rng.randint(1, 28)}日{verb}的信息显示,{year}年{scope}{subject}{figure}{unit}",
                       f"据{who}{verb}的数据,{year}年{scope}{subject}共计{figure}{unit}",
                       f"记者从{who}获悉,{year}年{scope}{subject}为{figure}{unit}"))
    if rng.random() < 0.7:
        change = Decimal(rng.randrange(10, 900)) / 100
        down = rng.random() < 0.6
        rate = (change / (figure + change if down else figure - change) * 100).quantize(Decimal("0.1"))
        said += f",比上年{'减少' if down else '增加'}{change}{unit},{'下降' if down else '增长'}{rate}%"
    text = said + "。"
    if rng.random() < 0.7:
        up = Decimal(rng.randrange(10, 300)) / 100
        text += f"从构成看,{rng.choice(_ITEMS)}{rng.choice(('增加', '减少'))}{up}{unit}"
        text += rng.choice(("。", ",主要是标准调整、任务变化等原因。", ",主要受工作安排变化的影响。"))
    return text + "\n", total, year


@pytest.mark.parametrize("seed", range(8))
def test_a_news_lead_stating_the_total_is_a_sangong_statement(tmp_path: Path, seed: int) -> None:
    text, total, year = _news(seed)
    p = tmp_path / "news.txt"
    p.write_text(text, encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["sangong"]
    acc = docs[0].extra["accounts"]
    assert isinstance(acc, Accounts)
    [table] = acc.tables
    assert [(r.item, r.get(AMOUNT).dec) for r in table.rows] == [(TOTAL, total)]
    assert docs[0].year == year


def test_one_sangong_figure_later_in_a_text_is_no_statement(tmp_path: Path) -> None:
    for seed in range(4):
        text, _, _ = _news(seed)
        p = tmp_path / "other.txt"
        p.write_text("某县召开全县经济工作会议,部署明年重点工作。会议指出," + text, encoding="utf-8")
        assert [d.type for d in read_path(p).documents] != ["sangong"], seed


@pytest.mark.parametrize("seed", range(4))
def test_a_lead_naming_one_item_is_no_statement(tmp_path: Path, seed: int) -> None:
    """The lead's figure is 公务接待费's, not the 三公 total: the rule takes only the total."""
    text, _, _ = _news(seed, item=Decimal("12.34"))
    p = tmp_path / "item.txt"
    p.write_text(text, encoding="utf-8")
    assert "sangong" not in [d.type for d in read_path(p).documents]


def _budget_report(seed: int) -> str:
    """A department budget disclosed as text whose first sentence gives the 三公 total (the report's summary), then
    its sections: 收支预算总体情况, 一般公共预算拨款支出, and the 三公 items in a section of their own."""
    rng = random.Random(seed)
    year, who = rng.randint(2030, 2036), rng.choice(_WHO)
    items = [Decimal(rng.randrange(100, 90000)) / 100 for _ in range(3)]
    basic, project, fund = (Decimal(rng.randrange(10000, 900000)) / 100 for _ in range(3))
    marks = rng.choice((("一、", "二、", "三、"), ("(一)", "(二)", "(三)")))
    return (f"{who}{rng.choice(_VERB)}的{year}年部门预算显示,{year}年{rng.choice(('本级', '本部门'))}“三公”经费财政拨款预算"
            f"{sum(items)}万元,比上年减少{Decimal(rng.randrange(10, 900)) / 100}万元。\n"
            f"{marks[0]}收支预算总体情况\n{year}年收入预算总计{basic + project}万元,其中一般公共预算拨款收入"
            f"{basic + project - fund}万元,政府性基金预算拨款收入{fund}万元。支出预算总计{basic + project}万元,其中基本支出"
            f"{basic}万元,项目支出{project}万元。\n{marks[1]}一般公共预算拨款支出情况\n一般公共预算拨款支出"
            f"{basic + project - fund}万元。\n{marks[2]}“三公”经费预算情况\n因公出国(境)费{items[0]}万元,公务接待费"
            f"{items[1]}万元,公务用车购置及运行费{items[2]}万元。\n")


@pytest.mark.parametrize("seed", range(4))
def test_a_budget_report_opening_with_the_total_is_no_news_lead(tmp_path: Path, seed: int) -> None:
    """The lead rule is a text's own: a budget report read as accounts whose summary sentence gives the 三公 total
    gets no second document holding that total alone."""
    p = tmp_path / "report.txt"
    p.write_text(_budget_report(seed), encoding="utf-8")
    assert [d.type for d in read_path(p).documents] == ["budget_disclosure"], seed

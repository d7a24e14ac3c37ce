"""Pages of final accounts and 三公 statements that carry prose and no table, as county and news pages publish
them, with invented figures that hold and mistakes planted on purpose:

- ``contents_page``: a 部门决算 (or 部门预算) cut after its 目录 and the start of its 概况;
- ``report_with_sangong``: a government's 决算 report in 亿元 with a 三公 paragraph (each item against the budget);
  ``plant`` states the reception's shortfall 0.5 亿元 too small;
- ``completion``: a 三公 决算 paragraph with the total's completion rate and the items' rates against budgets the
  text does not give (never checked against the total's budget);
- ``town_changes``: a town's 三公 决算 against its budget and against last year in one sentence; ``plant``
  divides last year's change by this year's spending (the wrong base).
"""

from __future__ import annotations

import random
from decimal import Decimal

from layouts.model import _r2 as _r

TABLES = ("收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表",
          "一般公共预算财政拨款基本支出决算明细表", "政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款支出决算表",
          "财政拨款“三公”经费支出决算表")
NUMBERS = "一二三四五六七八九十"


def contents_page(seed: int, stage: str = "final") -> str:
    rng = random.Random(seed)
    year = 2018 + rng.randrange(7)
    word = "决算" if stage == "final" else "预算"
    tables = [t.replace("决算", word) for t in TABLES]
    unit = ("某镇人民政府", "某县审计局", "某中心学校")[seed % 3]
    lines = [f"{year}年度{unit}部门{word}", "目 录", "第一部分 部门概况", "一、部门职责", "二、机构设置",
             f"第二部分 {year}年度部门{word}表", *(f"{NUMBERS[k]}、{t}" for k, t in enumerate(tables)),
             f"第三部分 {year}年度部门{word}情况说明", "一、收入支出总体情况说明", "第四部分 名词解释",
             "第一部分 部门概况", "一、部门职责", "1、执行本级人民代表大会的决议和上级国家行政机关的决定和命令。"]
    return "\n".join(lines) + "\n"


def report_with_sangong(seed: int, plant: bool = False) -> tuple[str, dict[str, Decimal]]:
    rng = random.Random(seed)

    def amount(lo: int, hi: int) -> Decimal:
        return _r(Decimal(rng.randrange(lo, hi)) / 100)

    spent = {"因公出国(境)费": amount(100, 500), "公务用车购置及运行费": amount(1500, 3000), "公务接待费": amount(30, 200)}
    less = {"因公出国(境)费": amount(100, 500), "公务用车购置及运行费": amount(500, 2000), "公务接待费": amount(100, 300)}
    total, total_less = sum(spent.values(), Decimal(0)), sum(less.values(), Decimal(0))
    said = dict(less)
    if plant:
        said["公务接待费"] -= Decimal("0.5")
    tax, nontax = amount(8000000, 9000000), amount(400000, 500000)
    items = ";".join(f"{k}{v}亿元,比预算减少{said[k]}亿元" for k, v in spent.items())
    lines = ["2022年中央决算报告解读",
             f"2022年,中央一般公共预算收入{tax + nontax}亿元。其中,税收收入{tax}亿元,非税收入{nontax}亿元。",
             f"2022年中央本级“三公”经费财政拨款支出合计{total}亿元,比预算数减少{total_less}亿元,主要是受疫情等因素影响。"
             f"其中,{items}。",
             "(本报记者)"]
    return "\n".join(lines) + "\n", {"合计": total, **spent}


def completion(seed: int) -> str:
    rng = random.Random(seed)
    vehicles_b, reception_b = Decimal(rng.randrange(8, 20)), Decimal(rng.randrange(4, 10))
    vehicles, reception = _r(vehicles_b * Decimal(rng.randrange(40, 95)) / 100), _r(reception_b * Decimal(rng.randrange(5, 60)) / 100)
    budget, spent = vehicles_b + reception_b, vehicles + reception
    return "\n".join([
        "(一)“三公”经费财政拨款支出决算总体情况说明。",
        f"本单位2017年度“三公”经费财政拨款支出年初预算为{budget:.2f}万元,支出决算为{spent:.2f}万元,完成预算的"
        f"{_r(spent / budget * 100)}%,其中:因公出国(境)费决算为0万元,完成预算的0%;公务用车购置及运行维护费支出决算为"
        f"{vehicles:.2f}万元,完成预算的{_r(vehicles / vehicles_b * 100)}%;公务接待费支出决算为{reception:.2f}万元,完成预算的"
        f"{_r(reception / reception_b * 100)}%。",
    ]) + "\n"


def town_changes(seed: int, plant: bool = False) -> tuple[str, Decimal, Decimal]:
    """(text, this year's spending, last year's)."""
    rng = random.Random(seed)
    reception, running = Decimal(rng.randrange(5, 15)), Decimal(rng.randrange(5, 15))
    budget = reception + running
    spent = _r(budget * Decimal(rng.randrange(30, 90)) / 100)
    prior = spent + _r(Decimal(rng.randrange(20, 200)) / 100)
    change = prior - spent
    rate = _r(change / (spent if plant else prior) * 100)
    lines = ["某镇人民政府", "2021年“三公”经费决算汇总情况",
             f"2021年我镇“三公”经费预算为{budget}万元,其中:因公出国(境)费0万元,公务接待费{reception}万元,"
             f"公务用车运行维护费{running}万元,公务用车购置0万元。",
             f"2021年“三公”经费支出共计{spent}万元,较年初预算数减少{budget - spent}万元,下降"
             f"{_r((budget - spent) / budget * 100)}%, 较上年支出数减少{change}万元,下降{rate}%,主要原因是厉行节约。"]
    return "\n".join(lines) + "\n", spent, prior

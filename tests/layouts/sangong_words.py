"""A 三公 决算表 (预算数 / 决算数 for each item) followed by a 情况说明 that walks through the items one sentence each
("2.公务接待费支出5.21万元,与2021年度预算相比,减少9.69万元。", "…与2021年度预算相比无变化。"), as county pages
publish it; and the text-only statement of two years' figures with the changes between them ("较上年同期减少
0.59万元"). Invented figures; mistakes planted on purpose:

- ``amount``: the 公务接待费 sentence states a change 1.00 万元 off the table's;
- ``same``: the 公务用车购置及运行费 sentence says 无变化 while the table's 预算数 and 决算数 differ;
- ``digit``: the 因公出国(境)费 sentence states a change one 分 off (a last-digit difference).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal

from layouts.model import _r2 as _r
from layouts.sangong import SHAPES

ITEMS = ("合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费", "公务用车运行费", "公务用车购置费")
LABELS = ("合 计", "因公出国(境)费", "公务接待费", "公务用车购置及运行维护费", "其中:公务用车运行维护费", "公务用车购置费")
PLANTS = {"amount": "公务接待费", "same": "公务用车购置及运行费", "digit": "因公出国(境)费"}
SAID_ROWS = {"公务接待费": "公务接待费", "公务用车购置及运行费": "公务用车购置及运行维护费", "因公出国(境)费": "因公出国(境)费"}


@dataclass
class Said:
    unit: str
    year: int
    budget: dict[str, Decimal]
    final: dict[str, Decimal]
    planted: list[str] = field(default_factory=list)


def _money(rng: random.Random, lo: int, hi: int) -> Decimal:
    return _r(Decimal(rng.randrange(lo, hi)) / 100)


def invent(seed: int, plant: tuple[str, ...] = ()) -> Said:
    """Budget and final figures that hold (合计 = Σ items, 车 = 购置 + 运行), every item's two figures different."""
    rng = random.Random(seed)

    def figures(scale: int) -> dict[str, Decimal]:
        f = {"因公出国(境)费": _money(rng, 100, 900) * scale, "公务接待费": _money(rng, 100, 3000) * scale,
             "公务用车运行费": _money(rng, 200, 4000) * scale, "公务用车购置费": _money(rng, 1000, 3000) * scale}
        f["公务用车购置及运行费"] = f["公务用车运行费"] + f["公务用车购置费"]
        f["合计"] = f["因公出国(境)费"] + f["公务接待费"] + f["公务用车购置及运行费"]
        return f

    final = figures(1)
    budget = figures(2)  # drawn apart from the final: every item changes, up or down
    return Said(f"西山区{('审计局', '司法局', '文联')[seed % 3]}", 2018 + rng.randrange(7), budget, final, list(plant))


def _fmt(d: Decimal) -> str:
    return f"{d:.2f}"


def rows(s: Said) -> list[list[str]]:
    return [["项 目", "预 算 数", "决 算 数"],
            *[[label, _fmt(s.budget[i]), _fmt(s.final[i])] for i, label in zip(ITEMS, LABELS)]]


def _change(s: Said, item: str) -> str:
    """The sentence's words for the change of one item, planted mistakes included."""
    d = s.final[item] - s.budget[item]
    if "same" in s.planted and PLANTS["same"] == item:
        return "无变化"
    if "amount" in s.planted and PLANTS["amount"] == item:
        d -= Decimal(1)
    if "digit" in s.planted and PLANTS["digit"] == item:
        d += Decimal("0.01")
    return ("增加" if d > 0 else "减少") + f"{_fmt(abs(d))}万元" if d else "无变化"


def notes(s: Said) -> list[str]:
    y = s.year
    head = [f"二、{y}年度一般公共预算财政拨款“三公”经费支出情况说明",
            f"{s.unit}{y}年度“三公”经费支出预算为{_fmt(s.budget['合计'])}万元,支出决算为{_fmt(s.final['合计'])}万元,"
            f"与{y}年度预算相比{_change(s, '合计')}。具体情况如下:"]
    said = [f"{k}.{label}支出{_fmt(s.final[item])}万元,与{y}年度预算相比,{_change(s, item)}。"
            for k, (item, label) in enumerate(SAID_ROWS.items(), 1)]
    return head + said


def text(s: Said, shape: str) -> str:
    title = [f"一、{s.year}年度一般公共预算财政拨款“三公”经费支出决算表", "单位:万元"]
    return "\n".join([*title, *SHAPES[shape](rows(s)), *notes(s)]) + "\n"


def two_years(s: Said, plant: bool) -> str:
    """No table: this year's budget and last year's final in two paragraphs, then the changes between them (the
    reception change one 分 off when ``plant``)."""
    y, b, f = s.year, s.budget, s.final
    host = b["公务接待费"] - f["公务接待费"] + (Decimal("0.01") if plant else 0)
    return "\n".join([
        f"一、{y}年“三公”经费预算安排情况",
        f"{y}年度“三公”经费预算总计{_fmt(b['合计'])}万元,其中:因公出国(境)经费{_fmt(b['因公出国(境)费'])}万元,"
        f"公务接待{_fmt(b['公务接待费'])}万元,公务用车购置及运行费{_fmt(b['公务用车购置及运行费'])}万元。",
        f"二、{y - 1}年“三公”经费决算情况",
        f"{y - 1}年度“三公”经费合计支出{_fmt(f['合计'])}万元,其中:因公出国(境)经费{_fmt(f['因公出国(境)费'])}万元,"
        f"公务接待{_fmt(f['公务接待费'])}万元,公务用车购置及运行费{_fmt(f['公务用车购置及运行费'])}万元。",
        f"{y}年度“三公”经费预算较{y - 1}年度增加{_fmt(b['合计'] - f['合计'])}万元,其中公务接待较上年同期增加"
        f"{_fmt(host)}万元。",
    ]) + "\n"


def compared_with(s: Said, against: str, plant: str | None = None) -> str:
    """No table, no figures by year: each sentence names the figure it compares with ("比上年决算X万元减少Y万元",
    "较年初预算X万元减少Y万元"), the 决算 as this year's and the 预算 (``against="budget"``) or last year's final
    (``"prior"``, the budget's figures standing for it) as the other; ``plant`` (an item, or 合计) states its change
    1.00 万元 off."""
    y = s.year
    words = "较年初预算" if against == "budget" else "比上年决算"

    def said(item: str) -> str:
        d = s.final[item] - s.budget[item] - (Decimal(1) if plant == item else 0)
        change = ("增加" if d > 0 else "减少") + f"{_fmt(abs(d))}万元" if d else "持平"
        return f"{_fmt(s.final[item])}万元,{words}{_fmt(s.budget[item])}万元{change}"

    items = "；".join(f"{label}{said(item)}" for item, label in SAID_ROWS.items())
    return "\n".join([f"{s.unit}{y}年度“三公”经费支出情况说明",
                      f"{y}年度“三公”经费支出决算{said('合计')}。其中：{items}。"]) + "\n"


def completion(s: Said, budget_after: bool, plant: bool = False) -> str:
    """No table: each item's spending, its completion of its budget and its 年初预算, the budget said after the rate
    ("…支出决算3.20万元,完成预算的80.00%,年初预算为4.00万元") or before the spending; ``plant``: the 公务接待费's
    rate 10 points low."""
    y = s.year

    def said(item: str, label: str) -> str:
        rate = (s.final[item] / s.budget[item] * 100).quantize(Decimal("0.01"))
        rate -= 10 if plant and item == "公务接待费" else 0
        spent, budget = f"支出决算{_fmt(s.final[item])}万元", f"年初预算为{_fmt(s.budget[item])}万元"
        return (f"{label}{spent},完成预算的{rate}%,{budget}" if budget_after
                else f"{label}{budget},{spent},完成预算的{rate}%")

    items = "；".join(said(item, label) for item, label in SAID_ROWS.items())
    return "\n".join([f"{s.unit}{y}年度“三公”经费支出情况说明",
                      f"{y}年度“三公”经费财政拨款支出年初预算为{_fmt(s.budget['合计'])}万元,支出决算为"
                      f"{_fmt(s.final['合计'])}万元。其中：{items}。"]) + "\n"

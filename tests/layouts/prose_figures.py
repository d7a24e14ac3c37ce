"""Budget and final-accounts figures stated only in prose, in the wordings pages use and no reader was written for:
a news item on a budget's execution (亿元, 完成/实现/达到, the growth and the change after it in either order), a
说明's paragraph (元 or 万元, the shares of a whole after its 其中), a PDF page of such a 说明 (lines cut at the page's
width mid-word, spaces around the numbers), and a five-year comparison (从…的A上升到…的B). Subjects are invented
labels no reader knows by name, opened by the words that name no line (其中, 1., the year) or by none, each said with
one of several verbs or none; separators vary (，or , ；or ; 、). Invented figures that hold; ``plant`` states
one line's rate of growth two points high (its change and its amount say otherwise).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

# lines named as a county's page might name them: none is a line of the accounts tables by that name
SUBJECTS = ("全县地方财政收入", "县本级税收收入", "专项收入", "行政事业性收费收入", "国有资源有偿使用收入", "罚没收入",
            "民生领域支出", "农林水事务支出", "城乡社区事务支出", "乡村振兴衔接资金", "政府采购预算", "货物类采购",
            "服务类采购", "工程类采购", "本单位收入", "本单位支出", "部门经费合计", "机关运行经费", "培训费支出",
            "专项债券资金")
VERBS = ("为", "", "完成", "实现", "达到", "共计", "安排", "是", "达")
LEADS = ("", "其中", "1.", "（一）", "一是", "全年", "2024年")
UNITS = ("元", "万元", "亿元")
COMMA = ("，", ",")
STOP = ("；", ";", "。")


def _r(d: Decimal, places: int = 2) -> Decimal:
    return d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


@dataclass
class Stated:
    label: str
    amount: Decimal
    unit: str
    rate: Decimal | None = None  # growth as printed (planted or not)
    change: Decimal | None = None


@dataclass
class Page:
    lines: list[str]
    stated: list[Stated] = field(default_factory=list)
    planted: str | None = None  # the label whose rate is wrong


def _amount(rng: random.Random, unit: str) -> Decimal:
    if unit == "亿元":
        return _r(Decimal(rng.randrange(1_000, 90_000)) / 100)
    if unit == "万元":
        return _r(Decimal(rng.randrange(10_000, 9_000_000)) / 100)
    return Decimal(rng.randrange(10_000, 9_000_000))


def _change(rng: random.Random, s: Stated, planted: bool) -> str:
    """The change on last year said after the amount: its money and its rate, in either order and wording."""
    diff = _r(s.amount * Decimal(rng.randrange(3, 30)) / 100)
    down = rng.random() < 0.4
    prior = s.amount + diff if down else s.amount - diff
    rate = _r(diff / prior * 100, 1) + (2 if planted else 0)
    s.change, s.rate = diff, rate
    money = ("减收" if down else "增收") if rng.random() < 0.5 else ("减少" if down else "增加")
    way = "下降" if down else "增长"
    compare = rng.choice(("同比", "比上年", "较上年"))
    comma = rng.choice(COMMA)
    if rng.random() < 0.5:
        return f"{comma}{compare}{way}{rate}%{comma}{money}{diff}{s.unit}"
    return f"{comma}{compare}{money}{diff}{s.unit}{comma}{way}{rate}%"


def news(seed: int, plant: bool = False) -> Page:
    """A news item on a budget's execution: statements with their growth, one sentence each."""
    rng = random.Random(seed)
    unit = rng.choice(("亿元", "万元"))
    labels = rng.sample(SUBJECTS[:12], 4)
    page = Page([f"{2020 + seed % 5}年全县财政预算执行情况通报", "记者从县财政局获悉，"])
    text = ""
    for k, label in enumerate(labels):
        s = Stated(label, _amount(rng, unit), unit)
        verb = rng.choice(VERBS)
        lead = rng.choice(LEADS) if k else ""
        said = _change(rng, s, plant and k == 2)
        if plant and k == 2:
            page.planted = label
        text += f"{lead}{label}{verb}{s.amount}{unit}{said}{rng.choice(STOP)}"
        page.stated.append(s)
    page.lines.append(text)
    return page


def notes(seed: int, pdf: bool = False) -> Page:
    """A 说明's paragraph: a whole and its parts after 其中, each part with its share; as a PDF page (``pdf``): cut at
    the page's width mid-word, spaces around the numbers."""
    rng = random.Random(seed)
    unit = rng.choice(("元", "万元"))
    whole_label, *parts = rng.sample(SUBJECTS[12:], 4)
    amounts = [_amount(rng, unit) for _ in parts]
    whole = sum(amounts, Decimal(0))
    sp = " " if pdf else ""
    text = f"{2021 + seed % 4}年{whole_label}{rng.choice(('为', ''))}{sp}{whole}{sp}{unit}{rng.choice(COMMA)}其中："
    stated = [Stated(whole_label, whole, unit)]
    for k, (label, amount) in enumerate(zip(parts, amounts)):
        sep = rng.choice(("；", "，", "、")) if k else ""
        text += f"{sep}{label}{rng.choice(VERBS)}{sp}{amount}{sp}{unit}，占{_r(amount / whole * 100)}%"
        stated.append(Stated(label, amount, unit))
    text += "。"
    lines = ["二、部门预算收支情况说明" if seed % 2 else "（二）决算收支情况说明",
             rng.choice(("1.部门收支总额", "（一）收入支出总体", "一、部门收支"))]  # a numbered heading of its own
    if pdf:
        width = rng.randrange(22, 30)
        lines += [text[k:k + width] for k in range(0, len(text), width)]
    else:
        lines.append(text)
    return Page(lines, stated)


def with_sangong(seed: int) -> tuple[Page, dict[str, Decimal]]:
    """A 说明 stating the unit's income and spending, then its 三公 paragraph (the total, 其中 its three items)."""
    page = notes(seed)
    rng = random.Random(seed)
    items = {"因公出国（境）费": _r(Decimal(rng.randrange(0, 500)) / 100), "公务接待费": _r(Decimal(rng.randrange(100, 900)) / 100),
             "公务用车购置及运行维护费": _r(Decimal(rng.randrange(100, 900)) / 100)}
    total = sum(items.values(), Decimal(0))
    parts = "，".join(f"{k}{v}万元" for k, v in items.items())
    page.lines += ["三、“三公”经费预算情况说明", f"“三公”经费预算总额为{total}万元，其中：{parts}。"]
    return page, {"“三公”经费": total, **items}


def five_years(seed: int) -> Page:
    """A comparison of two years: each line 从A年的X上升到B年的Y, then its yearly growth."""
    rng = random.Random(seed)
    unit = rng.choice(UNITS[1:])
    labels = rng.sample(SUBJECTS[:12], 3)
    text, stated = "“十四五”以来，", []
    for label in labels:
        old, new = _amount(rng, unit), _amount(rng, unit)
        verb = rng.choice(("上升到", "增加到", "达到"))
        text += f"{label}从2020年的{old}{unit}{verb}2024年的{new}{unit}，年均增长{rng.randrange(2, 9)}.{rng.randrange(10)}%；"
        stated += [Stated(label, old, unit), Stated(label, new, unit)]
    return Page(["全县财政收支五年回顾", text], stated)


def not_finance(seed: int) -> str:
    """A text of figures in money that speaks of no budget: a company's sales and a festival's takings."""
    rng = random.Random(seed)
    return (f"某公司今年销售额达到{rng.randrange(100, 900)}万元，利润{rng.randrange(10, 90)}万元，"
            f"员工{rng.randrange(50, 500)}人。节庆期间游客人数{rng.randrange(2, 9)}万人次，门票{rng.randrange(100, 900)}万元。\n")

"""三公 texts that state each item's change on last year with its rate, as county pages write them: invented figures,
the rates computed from the unrounded figures as a spreadsheet does and printed with 2, 1 or no decimals; one rate
planted ten units of its last place (at least 1%) off (``plant``: an item, or 合计).

Three layouts, each in varied wordings (比上年/较上年/与上年相比/较{y−1}年度, with or without 同比; the rate joined by
",", "，", "、" or in brackets; 下降/降低/减少 and 增长/增加/上升; 万元 or 元):

- ``own``: each sentence states the item's figure and its change ("公务接待费预算为A万元,比上年减少D万元,下降R%");
- ``list``: the figures in one paragraph ("…支出决算为A元…其中:…"), the changes in the next, the items' without a
  comparison of their own ("…比上年减少D元,下降R%。其中:公务接待费支出决算减少D元,下降R%;…");
- ``table``: a 三公 决算表 (预算数, 决算数) in one of ``layouts.sangong.SHAPES``, then the change sentences.

``Rates.wrapped`` breaks the planted sentence over lines as a PDF's text layer does.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from layouts.sangong import SHAPES

ITEMS = ("合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费", "公务用车运行费", "公务用车购置费")
LABELS = ("合 计", "因公出国(境)费", "公务接待费", "公务用车购置及运行维护费", "其中:公务用车运行维护费", "公务用车购置费")
SAID = {"合计": "“三公”经费", "公务接待费": "公务接待费", "公务用车购置及运行费": "公务用车购置及运行维护费"}
LAYOUTS = ("own", "list", "table")
_HUNDRED = Decimal(100)


@dataclass
class Rates:
    lines: list[str]
    planted_line: int | None  # the planted rate's line (1-based)
    planted_last: int | None = None  # … its sentence's last line, when wrapped

    def wrapped(self, width: int = 17) -> Rates:
        """The page with the planted rate's line broken every ``width`` characters (never inside a figure), as a
        PDF's text layer gives a paragraph."""
        if self.planted_line is None:
            return self
        k = self.planted_line - 1
        parts, cur = [], ""
        for ch in self.lines[k]:
            cur += ch
            if len(cur) >= width and not ch.isdigit() and ch not in ".%":
                parts.append(cur)
                cur = ""
        parts += [cur] if cur else []
        return Rates([*self.lines[:k], *parts, *self.lines[k + 1:]], k + 1, k + len(parts))


def _round(d: Decimal, places: int) -> Decimal:
    return d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _figures(rng: random.Random, yuan: bool) -> tuple[dict[str, Decimal], dict[str, Decimal]]:
    """This year's and last year's figures in 元 (whole hundreds when printed in 万元, so that the figures printed are
    the ones the rates are of; with 分 when printed in 元), each over 2 万元; every item but 因公出国(境)费 changes by
    5% to 35%."""
    step = Decimal("0.01") if yuan else Decimal("1E+2")

    def money(lo: int, hi: int) -> Decimal:
        return (Decimal(rng.randrange(lo, hi)) / 100).quantize(step)

    now = {"因公出国(境)费": Decimal(0), "公务接待费": money(2_000_000, 20_000_000),
           "公务用车运行费": money(3_000_000, 30_000_000), "公务用车购置费": Decimal(0)}
    before = dict(now)
    for k in ("公务接待费", "公务用车运行费"):
        before[k] = (now[k] * (1 + rng.choice((1, -1)) * Decimal(rng.randrange(5, 35)) / 100)).quantize(step)
    for fig in (now, before):
        fig["公务用车购置及运行费"] = fig["公务用车运行费"] + fig["公务用车购置费"]
        fig["合计"] = fig["因公出国(境)费"] + fig["公务接待费"] + fig["公务用车购置及运行费"]
    return now, before


def invent(seed: int, layout: str, plant: str | None = None) -> Rates:
    rng = random.Random(seed)
    yuan = layout != "table" and rng.random() < 0.5
    unit = "元" if yuan else "万元"
    places = rng.choice((2, 2, 1, 0))
    year = rng.randint(2030, 2036)
    now, before = _figures(rng, yuan)
    compare = rng.choice(("比上年", "较上年", "与上年相比,", f"较{year - 1}年度", "同比"))
    joint = rng.choice((",", "，", "、", "，同比"))
    bracket = rng.random() < 0.25

    def amount(d: Decimal) -> str:
        return f"{d:.2f}" if yuan else f"{d / 10000:.2f}"

    def change(item: str) -> str:
        d = now[item] - before[item]
        if d == 0:
            return "持平"
        rate = _round(abs(d) / before[item] * _HUNDRED, places)
        if plant == item:  # ten units of its last place, and at least one percent: beyond the printed figures' rounding
            rate += max(Decimal(10).scaleb(-places), Decimal(1))
        down, up = rng.choice(("下降", "降低", "减少")), rng.choice(("增长", "增加", "上升"))
        said = f"{'减少' if d < 0 else '增加'}{amount(abs(d))}{unit}"
        word = down if d < 0 else up
        return f"{said}({word}{rate}%)" if bracket else f"{said}{joint}{word}{rate}%"

    head = [f"{year}年度“三公”经费决算情况说明", f"一、{year}年度“三公”经费财政拨款支出决算情况"]
    if layout == "own":
        body = [f"{k}.{SAID[item]}{rng.choice(('支出决算为', '决算', '支出'))}{amount(now[item])}{unit},"
                f"{compare}{change(item)}。" for k, item in enumerate(SAID, 1)]
        lines = [*head, *body]
    elif layout == "list":
        lines = [*head,
                 f"本单位{year}年度一般公共预算财政拨款“三公”经费支出决算为{amount(now['合计'])}{unit}。其中:因公出国(境)费"
                 f"支出决算为{amount(now['因公出国(境)费'])}{unit};公务接待费支出决算为{amount(now['公务接待费'])}{unit};"
                 f"公务用车购置及运行维护费支出决算为{amount(now['公务用车购置及运行费'])}{unit}。",
                 f"{year}年度“三公”经费支出决算数{compare}{change('合计')}。其中:因公出国(境)费支出与上年持平;"
                 f"公务接待费支出决算{change('公务接待费')};公务用车购置及运行维护费支出决算{change('公务用车购置及运行费')}。"]
    else:
        table = [["项 目", "预 算 数", "决 算 数"],
                 *[[label, amount(now[i] * 2), amount(now[i])] for i, label in zip(ITEMS, LABELS)]]
        shape = sorted(SHAPES)[seed % len(SHAPES)]
        lines = [*head, "单位:万元", *SHAPES[shape](table),
                 f"{year}年度“三公”经费支出决算数{compare}{change('合计')}。其中:因公出国(境)费与上年持平;",
                 f"公务接待费支出决算{change('公务接待费')};",
                 f"公务用车购置及运行维护费支出决算{change('公务用车购置及运行费')}。"]
    at = None
    if plant is not None:
        mark = SAID[plant] if layout == "own" else ("“三公”经费" if plant == "合计" else SAID[plant] + "支出决算")
        at = next(k for k, line in enumerate(lines, 1) if mark in line and "%" in line)
    return Rates(lines, at)

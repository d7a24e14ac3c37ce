"""三公 statements in prose that say some figures twice, so that only each sentence's own stage (and year) ties the
items to their total (``accounts.sangong_sets``). Invented figures; ``off`` is added to one item as printed.

- ``line_stages``: one line gives the year's budget total, its spending total and each item's spending with its
  completion rate (Shanghai district pages: "…年初预算为B万元,支出决算为A万元,完成预算的r%,其中:因公出国(境)费决算
  为a万元,完成预算的x%;…"); a paragraph further on names each item's spending again.
- ``year_lines``: two years' budget totals and one year's spending on the first line ("2010年…预算数B万元、决算数A万元,
  2011年预算数C万元"), then each year's items on a line of their own, its stage said once at its head ("2011年…“三公
  经费”财政拨款预算中,因公出国(境)费a万元(零增长),…").
- ``goes_on``: a news item: the year's budget total in one sentence, its items in the next that opens with 其中, then
  last year's spending total without items.
"""

from __future__ import annotations

import random
from decimal import Decimal

LAYOUTS = ("line_stages", "year_lines", "goes_on")


def _items(rng: random.Random, scale: int = 100) -> list[Decimal]:
    return [Decimal(rng.randrange(0, 30 * scale)) / scale, Decimal(rng.randrange(50 * scale, 900 * scale)) / scale,
            Decimal(rng.randrange(5 * scale, 200 * scale)) / scale]


def line_stages(seed: int, off: Decimal = Decimal(0)) -> tuple[list[str], int]:
    """The lines, and the line (1-based) the items stand on."""
    rng = random.Random(seed)
    abroad, cars, guests = _items(rng)
    total = abroad + cars + guests
    budget = (total * Decimal(rng.randrange(120, 300)) / 100).quantize(Decimal("0.01"))
    year = 2016 + seed % 6
    sep = ("；", ";")[seed % 2]
    shown = [abroad + off, cars, guests]

    def rate(x: Decimal) -> str:
        return f"{(x / budget * 300).quantize(Decimal('0.01'))}%"
    return ([f"关于某区某局{year}年度一般公共预算财政拨款“三公”经费支出决算情况说明",
             "(一)“三公”经费财政拨款支出决算总体情况说明。",
             f"某局{year}年度“三公”经费财政拨款支出年初预算为{budget:.2f}万元,支出决算为{total:.2f}万元,完成预算的"
             f"{(total / budget * 100).quantize(Decimal('0.01'))}%,其中:因公出国(境)费决算为{shown[0]:.2f}万元,完成预算的"
             f"{rate(abroad)}{sep}公务用车购置及运行维护费支出决算为{shown[1]:.2f}万元,完成预算的{rate(cars)}{sep}"
             f"公务接待费支出决算为{shown[2]:.2f}万元,完成预算的{rate(guests)}。{year}年度“三公”经费支出决算数小于预算数"
             "的主要原因:严格执行八项规定。",
             "(二)“三公”经费分项支出情况。",
             f"1.因公出国(境)费支出决算为{abroad:.2f}万元,主要用于业务交流。",
             f"2.公务接待费支出决算为{guests:.2f}万元,主要用于上级检查接待。"], 3)


def year_lines(seed: int, off: Decimal = Decimal(0), line: int = 2) -> tuple[list[str], int]:
    """The lines, and the line the item ``off`` is added to (2: the first year's items, 3: the second's)."""
    rng = random.Random(seed)
    year = 2010 + seed % 8
    first, second = _items(rng), _items(rng)
    spent = (sum(first, Decimal(0)) * Decimal(rng.randrange(70, 99)) / 100).quantize(Decimal("0.01"))
    names = ("因公出国(境)费", "公务用车购置及运行费", "公务接待费")
    unit = "万元"

    def items(vals: list[Decimal], plant: bool, after: tuple[str, ...] = ("", "", "")) -> str:
        shown = [v + (off if plant and k == 1 else 0) for k, v in enumerate(vals)]
        return ",".join(f"{n}{v}{unit}{a}" for n, v, a in zip(names, shown, after, strict=True))
    return ([f"某署在其网站公布:{year}年因公出国(境)费、公务用车购置及运行费和公务接待费的财政拨款预算数"
             f"{sum(first, Decimal(0))}{unit}、决算数{spent}{unit},{year + 1}年预算数{sum(second, Decimal(0))}{unit}。",
             f"{year}年某署“三公经费”财政拨款预算中," + items(first, line == 2) + "。",
             f"{year + 1}年某署“三公经费”财政拨款预算中," + items(second, line == 3, ("(零增长)", "(较上年压缩2%)", ""))
             + "。"], line)


def goes_on(seed: int, off: Decimal = Decimal(0)) -> tuple[list[str], int]:
    """The lines, and the line the items stand on."""
    rng = random.Random(seed)
    year = 2011 + seed % 5
    vals = _items(rng, 100)
    total = sum(vals, Decimal(0))
    spent = (total * Decimal(rng.randrange(95, 110)) / 100).quantize(Decimal("0.01"))
    sep = (",", "，")[seed % 2]
    shown = [vals[0], vals[1] + off, vals[2]]
    return ([f"{year}年中央本级“三公”经费预算情况",
             f"财政部公布了中央本级“三公”经费{year - 1}决算支出和{year}年预算情况:{year}年中央本级“三公”经费财政拨款预算"
             f"{total}亿元。其中{sep}因公出国(境)经费{shown[0]}亿元{sep}公务用车购置及运行费{shown[1]}亿元{sep}"
             f"公务接待费{shown[2]}亿元。与{year - 1}年决算数相比{sep}{year}年中央本级“三公”经费财政拨款预算减少0.42亿元。"
             f"{year - 1}年中央本级“三公”经费决算支出{spent}亿元。"], 2)

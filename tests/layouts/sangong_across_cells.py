"""三公 budget tables across the page whose cells reach the text one a line, each closed by a pipe (a converter's
web table): the item heads (“三公”经费合计 | 因公出国(境)费 | 公务接待费 | 公务用车购置及运行费, then 小计 | the two
vehicle parts), empty lines of pipes for the merged cells, then the figures, the LAST cell empty (``last_blank``: the
second vehicle part has no figure; the text reader drops that empty cell with the table's end). Invented figures;
``order``: which vehicle part is printed first ("run" or "buy")."""

from __future__ import annotations

import random
from decimal import Decimal

ORDERS = ("run", "buy")


def across_cells(seed: int, order: str, last_blank: bool = True) -> tuple[list[str], dict[str, Decimal]]:
    """The lines, and the figures by head (the blank one absent)."""
    rng = random.Random(seed)

    def money(lo: int, hi: int) -> Decimal:
        return Decimal(rng.randrange(lo * 10, hi * 10)) / 10
    guests, first = money(1, 9), money(2, 30)
    second = Decimal(0) if last_blank else money(1, 20)
    cars = first + second
    total = guests + cars
    year = 2018 + seed % 7
    parts = ["公务用车运行费", "公务用车购置费"] if order == "run" else ["公务用车购置费", "公务用车运行费"]
    figs = [str(total), "0", str(guests), str(cars), str(first)] + ([] if last_blank else [str(second)])
    lines = [f"某县某局{year}年一般公共预算“三公”经费预算", f"一、{year}年一般公共预算“三公”经费支出预算表", "单位:万元",
             "“三公”经费合计 |", "因公出国(境)费 |", "公务接待费 |", "公务用车购置及运行费 |", "||", "小计 |",
             *(f"{p} |" for p in parts), "|||", *(f"{x} |" for x in figs), "|",
             f"二、{year}年一般公共预算“三公”经费支出预算情况说明",
             f"某局{year}年一般公共预算“三公”经费支出预算为{total}万元。"]
    want = {"“三公”经费合计": total, "公务接待费": guests, parts[0]: first}
    return lines, want

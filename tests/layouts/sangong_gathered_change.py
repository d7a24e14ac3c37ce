"""A 三公 决算 table (上年决算数 | 本年决算数) and its 说明 that lists the three items and then their total by the words
that gather them, the total's change on last year after it ("…公务用车购置及运行费X万元,以上三项共计T万元,比上年减少D万元";
or the total in a clause of its own after semicolons: "…;合计T万元,比上年减少D万元"): the change is the total's, never
the last item's (whose own change differs). ``vehicles``: the sentence gives the vehicles and their two parts only, then
合计 and a change: that 合计 is the vehicles' and so is the change. Invented figures; ``slip`` is added to the change
as printed.
"""

from __future__ import annotations

import random
from decimal import Decimal

WORDS = ("以上三项共计", "上述各项合计", "合计")


def gathered_change(seed: int, words: str, slip: Decimal = Decimal(0), vehicles: bool = False) -> tuple[list[str], int]:
    """The lines, and the line (1-based) of the 说明's sentence."""
    rng = random.Random(seed)
    year = 2016 + seed % 8

    def row() -> list[Decimal]:
        abroad, guests = Decimal(rng.randrange(0, 500)) / 100, Decimal(rng.randrange(100, 2000)) / 100
        buy, run = Decimal(rng.randrange(0, 1500)) / 100, Decimal(rng.randrange(500, 3000)) / 100
        return [abroad + guests + buy + run, abroad, guests, buy + run, buy, run]
    last, this = row(), row()
    while this[0] >= last[0]:
        last = row()
    names = ["合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费", "其中:公务用车购置费", "公务用车运行费"]
    lines = [f"{year}年度“三公”经费财政拨款支出决算表", "单位:万元", "项目 | 上年决算数 | 本年决算数 |",
             *(f"{n} | {a} | {b} |" for n, a, b in zip(names, last, this))]
    sep = ";" if words == "合计" else ","
    if vehicles:
        lines.append(f"{year}年度公务用车购置及运行费{this[3]}万元,其中:购置费{this[4]}万元,运行费{this[5]}万元,合计{this[3]}万元,"
                     f"比上年{'减少' if last[3] >= this[3] else '增加'}{abs(last[3] - this[3]) + slip}万元,主要原因是厉行节约。")
        return lines, len(lines)
    lines.append(f"{year}年度“三公”经费财政拨款支出决算中,因公出国(境)费{this[1]}万元{sep}公务接待费{this[2]}万元{sep}"
                 f"公务用车购置及运行费{this[3]}万元{sep}{words}{this[0]}万元,比上年减少{last[0] - this[0] + slip}万元,"
                 "主要原因是厉行节约。")
    return lines, len(lines)

"""“三公”经费及会议费、培训费 statements: the 三公 items with the 会议费 and 培训费 lines beside them, the 合计 either the
三公 items' alone (``alone``) or theirs with the two lines (the county's wording, "…及会议费、培训费支出决算合计X万元").
Invented figures; ``off`` is added to the reception as printed. Shapes: ``table`` (pipes) and ``sentence``.
"""

from __future__ import annotations

import random
from decimal import Decimal

SHAPES = ("table", "sentence")


def meetings(seed: int, shape: str, alone: bool, off: Decimal = Decimal(0)) -> tuple[list[str], int]:
    """The lines, and the line (1-based) of the 合计."""
    rng = random.Random(seed)

    def money(lo: int, hi: int) -> Decimal:
        return Decimal(rng.randrange(lo * 10, hi * 10)) / 10
    abroad, guests, run, meeting, training = money(0, 5), money(1, 20), money(5, 40), money(1, 10), money(1, 10)
    three = abroad + guests + run
    total = three if alone else three + meeting + training
    year = 2015 + seed % 8
    if shape == "table":
        return ([f"某局{year}年“三公”经费、会议费、培训费支出决算表", "单位:万元", "项目 | 决算数 |", f"合计 | {total} |",
                 f"因公出国(境)费 | {abroad} |", f"公务接待费 | {guests + off} |", f"公务用车购置及运行费 | {run} |",
                 "其中:公务用车购置费 | 0 |", f"公务用车运行费 | {run} |", f"会议费 | {meeting} |", f"培训费 | {training} |"], 4)
    what = "“三公”经费支出决算合计" if alone else "“三公”经费及会议费、培训费支出决算合计"
    return ([f"某局{year}年度“三公”经费及会议费、培训费支出情况说明",
             f"{year}年度一般公共预算财政拨款{what}{total}万元,其中:因公出国(境)费{abroad}万元,公务接待费{guests + off}万元,"
             f"公务用车购置及运行费{run}万元,会议费{meeting}万元,培训费{training}万元。"], 2)

"""A district's 三公 决算说明 that states each year's total with its parts in one paragraph ("2022年的“三公"经费决算数合计为
X万,其中:…。2021年的三公经费决算数合计为Y万,其中:…"), the change of the total on last year in a sentence of its own
("2022年“三公"经费决算数相较于上年增加D万元"), and then a narrower scope's figure of the same year and words (区直财政拨款
资金安排“三公”经费决算数为Z万元, against its budget). The change compares the two totals the text names alike; the
narrower scope's figure is another thing (湖北 2022 district pages print so). Invented figures; ``slip`` is added to
the change as printed. Variants: the totals' quotes as printed (“三公"、“三公”、none), the scope's words.
"""

from __future__ import annotations

import random
from decimal import Decimal

_QUOTES = (("“三公\"", "三公"), ("“三公”", "“三公”"), ("三公", "三公"))
_SCOPES = ("区直财政拨款资金安排", "县直部门", "市本级财政拨款安排")


def scoped_years(seed: int, slip: Decimal = Decimal(0)) -> tuple[list[str], int]:
    """The lines, and the line (1-based) of the sentence that states the total's change."""
    rng = random.Random(seed)
    year = 2018 + seed % 6
    now, then = _QUOTES[seed % len(_QUOTES)]
    scope = _SCOPES[seed % len(_SCOPES)]

    def parts() -> tuple[Decimal, Decimal, Decimal]:
        return tuple(Decimal(rng.randrange(1000, 50000)) / 100 for _ in range(3))  # type: ignore[return-value]
    buy, run, guests = parts()
    buy0, run0, guests0 = parts()
    total, total0 = buy + run + guests, buy0 + run0 + guests0
    change = total - total0
    word = "增加" if change >= 0 else "减少"
    narrow = (total * Decimal("0.7")).quantize(Decimal("0.01"))
    budget = narrow + Decimal(rng.randrange(100, 9000)) / 100
    return ([f"{year}年一般公共预算“三公”经费决算执行情况说明",
             f"某区{year}年的{now}经费决算数合计为{total}万,其中:因公出国(境)费0万元、公务用车购置费{buy}万元、公务用车运行维护费"
             f"{run}万元、公务接待费{guests}万元。{year - 1}年的{then}经费决算数合计为{total0}万,其中:因公出国(境)费0万元、"
             f"公务用车购置费{buy0}万元、公务用车运行维护费{run0}万元、公务接待费{guests0}万元。",
             f"{year}年{now}经费决算数相较于上年{word}{abs(change) + slip}万元,主要原因是车辆更新。",
             f"{year}年{scope}“三公”经费决算数为{narrow}万元,比预算数减少{budget - narrow}万元,主要原因为从严控制。"], 3)

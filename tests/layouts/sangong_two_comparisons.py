"""A 三公 决算 说明 whose item sentences make two comparisons each, the budget's then last year's ("公务接待费支出决算比预算
无增减变化,比去年增加0.5万元,增长50%"), the item's figure stated in a section further on (a city centre's PDF text). The
second comparison is a claim of its own: its rate is the change over this year's figure less the change. Invented
figures; ``slip`` is added to the reception's rate as printed.
"""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal


def two_comparisons(seed: int, slip: Decimal = Decimal(0)) -> tuple[list[str], int]:
    """The lines, and the line (1-based) of the reception's comparisons."""
    rng = random.Random(seed)
    year = 2016 + seed % 7
    run, guests = Decimal(rng.randrange(200, 900)) / 100, Decimal(rng.randrange(100, 500)) / 100
    up_run, up_guests = Decimal(rng.randrange(10, 150)) / 100, Decimal(rng.randrange(10, 90)) / 100
    total, up = run + guests, up_run + up_guests

    def rate(change: Decimal, now: Decimal) -> Decimal:
        return (change / (now - change) * 100).quantize(Decimal("0.1"), ROUND_HALF_UP)
    return ([f"某中心{year}年度“三公”经费支出决算情况说明",
             f"{year}年度一般公共预算财政拨款安排的“三公”经费支出决算总额为{total}万元,比预算增加0万元,比去年增加{up}万元,"
             f"增长{rate(up, total)}%。",
             f"其中,因公出国支出决算比预算无增减变化,比去年无增减变化;公务用车运行维护费支出决算比预算无增减变化,比去年增加"
             f"{up_run}万元,增长{rate(up_run, run)}%;公务接待费支出决算比预算无增减变化,比去年增加{up_guests}万元,增长"
             f"{rate(up_guests, guests) + slip}%。",
             f"(一)因公出国(境)费支出0万元。(二)公务用车运行支出{run}万元。(三)公务接待费支出{guests}万元。"], 3)

"""A 三公 statement whose changes put a word between the verb and the amount ("比上年减少支出613.80万元,下降31.1%",
"增加开支…"), the total and each item. Invented figures; ``rate_off`` is added to the total's printed rate."""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal


def _rate(change: Decimal, now: Decimal) -> Decimal:
    return (abs(change) / (now - change) * 100).quantize(Decimal("0.1"), ROUND_HALF_UP)


def spent_change(seed: int, rate_off: Decimal = Decimal(0), word: str = "支出") -> list[str]:
    rng = random.Random(seed)

    def money(lo: int, hi: int) -> Decimal:
        return Decimal(rng.randrange(lo * 100, hi * 100)) / 100
    abroad, guests, cars = money(5, 50), money(100, 300), money(500, 1500)
    d_abroad, d_guests, d_cars = -money(1, 5), money(1, 50), -money(50, 400)
    total, change = abroad + guests + cars, d_abroad + d_guests + d_cars
    verb = "减少" if change < 0 else "增加"
    year = 2015 + seed % 7
    return [f"经某区财政局汇总,{year}年区级“三公”经费公共财政拨款支出{total}万元,比上年{verb}{word}{abs(change)}万元,"
            f"{'下降' if change < 0 else '增长'}{_rate(change, total) + rate_off}%。具体情况如下:",
            f"(一)因公出国(境)费{abroad}万元。与{year - 1}年相比,因公出国(境)经费支出减少{abs(d_abroad)}万元,"
            f"下降{_rate(d_abroad, abroad)}%。",
            f"(二)公务用车购置及运行费{cars}万元。与{year - 1}年相比,公务用车购置及运行费减少{abs(d_cars)}万元,"
            f"下降{_rate(d_cars, cars)}%。",
            f"(三)公务接待费{guests}万元。与{year - 1}年相比,公务接待费支出增加{d_guests}万元,增长{_rate(d_guests, guests)}%。"]

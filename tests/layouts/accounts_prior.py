"""A 决算情况说明 that states each line's change on last year with last year's figure in the same clause ("本年收入
合计520.00万元,比上年决算数480.00万元增加40.00万元,增长8.33%"), worded several ways (比上年决算数 / 较上年的 /
与2021年度决算数…相比), up or down. Invented figures; mistakes planted on purpose:

- ``change``: the change printed 10.00 off the difference of the two figures;
- ``rate``: the rate printed two points off the change ÷ last year's figure.
"""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal

LINES = ("本年收入合计", "本年支出合计", "财政拨款支出", "机关运行经费支出")
WORDS = ("比上年决算数{b}万元", "较上年的{b}万元", "与{y}年度决算数{b}万元相比,")


def _money(rng: random.Random, lo: int, hi: int) -> Decimal:
    return Decimal(rng.randint(lo * 100, hi * 100)) / 100


def notes(seed: int, plant: str | None = None) -> str:
    rng = random.Random(seed)
    year = 2020 + seed % 5
    out = [f"某县示例局{year}年度部门决算情况说明"]
    for k, line in enumerate(LINES):
        before = _money(rng, 50, 900)
        now = before + _money(rng, 1, 40) * (1 if (seed + k) % 2 else -1)
        change = abs(now - before) + (Decimal(10) if plant == "change" and k == 1 else 0)
        rate = (abs(now - before) / before * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        rate += Decimal(2) if plant == "rate" and k == 2 else 0
        up = now > before
        words = WORDS[(seed + k) % len(WORDS)].format(b=before, y=year - 1)
        out.append(f"{'一二三四'[k]}、{line}情况")
        out.append(f"{year}年度{line}{now}万元,{words}{'增加' if up else '减少'}{change}万元,"
                   f"{'增长' if up else '下降'}{rate}%。")
    return "\n".join(out) + "\n"


def carried(seed: int, off: Decimal = Decimal(0)) -> str:
    """A report's 财政拨款 year in one sentence: 年初结转和结余 A, 本年收入 B, 本年支出 C, 年末结转和结余 A + B − C + ``off``
    (odd seeds: nothing carried forward, its zero printed with OCR's O)."""
    rng = random.Random(seed)
    year = 2020 + seed % 5
    a, b = _money(rng, 1, 50), _money(rng, 100, 2000)
    c = b + a - (_money(rng, 0, int(a)) if seed % 2 == 0 else 0)
    d = a + b - c + off
    zero = "O" if seed % 2 else "0"
    fmt = {k: (zero if v == 0 else f"{v:.2f}") for k, v in (("a", a), ("b", b), ("c", c), ("d", d))}
    return (f"某县示例局{year}年度部门整体支出绩效自评报告\n二、一般公共预算支出情况\n某县示例局{year}年度一般公共预算财政拨款"
            f"年初结转和结余{fmt['a']}万元,本年收入{fmt['b']}万元,本年支出{fmt['c']}万元,年末结转和结余{fmt['d']}万元。\n")

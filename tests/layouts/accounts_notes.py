"""A 决算情况说明 published without its tables (Sichuan county pages): invented figures stated in words, the two
totals in one sentence ("收、支总计各是A,B万元"), each 其中 list with its shares, and mistakes planted on purpose:
``parts`` (a 本年收入合计 its listed parts do not reach), ``share`` (a share one point off), ``growth`` (the
income total's rate of change two points off)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
PLANTS = ("parts", "share", "growth")
INCOME = ("一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "事业收入", "其他收入")
SPENDING = ("基本支出", "项目支出")


def _r(d: Decimal) -> Decimal:
    return d.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass
class Notes:
    year: int
    income: dict[str, Decimal]
    spending: dict[str, Decimal]
    total_in: Decimal  # as printed
    total_out: Decimal
    prior_in: Decimal
    prior_out: Decimal
    lines: list[str]


def invent(seed: int, plant: tuple[str, ...] = (), said_change: bool = False) -> Notes:
    """``said_change``: the income paragraph states the total's change on last year before its 其中 list
    ("本年收入合计A万元,较上年决算减少D万元,下降R%,主要原因是….其中:…", Chongqing's courts): D is no base."""
    rng = random.Random(seed)
    year = 2019 + rng.randrange(5)
    income = {INCOME[0]: _r(Decimal(rng.randrange(100000, 900000)) / 100), INCOME[1]: Decimal(0),
              INCOME[2]: Decimal(0), INCOME[3]: _r(Decimal(rng.randrange(1000, 50000)) / 100)}
    total_in = sum(income.values(), Decimal(0)) + (Decimal(1) if "parts" in plant else Decimal(0))
    basic = _r(total_in * Decimal(rng.randrange(20, 60)) / 100)
    spending = {SPENDING[0]: basic, SPENDING[1]: total_in - basic + Decimal(rng.randrange(0, 5000)) / 100}
    total_out = sum(spending.values(), Decimal(0))
    prior_in, prior_out = total_in + rng.randrange(100, 900), total_out + rng.randrange(100, 900)
    d_in, d_out = prior_in - total_in, prior_out - total_out
    r_in, r_out = _r(d_in / prior_in * 100), _r(d_out / prior_out * 100)
    if "growth" in plant:
        r_in += 2

    def shares(parts: dict[str, Decimal], whole: Decimal, bump: bool) -> str:
        out = []
        for k, (name, v) in enumerate(parts.items()):
            share = _r(v / whole * 100) + (1 if bump and k == 0 else 0)
            out.append(f"{name}{v}万元,占{share}%")
        return ";".join(out)

    lines = [
        f"第二部分 {year}年度单位决算情况说明",
        "一、收入支出决算总体情况说明",
        f"{year}年度收、支总计各是{total_in},{total_out}万元。与{year - 1}年相比,收、支总计各减少{d_in},{d_out}万元,"
        f"各下降{r_in}%、{r_out}%。主要变动原因是项目收入减少。",
        "(图1:收、支决算总计变动情况图)(柱状图)",
        "二、收入决算情况说明",
        f"{year}年本年收入合计{total_in}万元," + (f"较上年决算减少{d_in}万元,下降{r_in}%,主要原因是项目收入减少。"
                                                 if said_change else "") + f"其中:{shares(income, total_in, 'share' in plant)}。",
        "三、支出决算情况说明",
        f"{year}年本年支出合计{total_out}万元,其中:{shares(spending, total_out, False)}。",
    ]
    return Notes(year, income, spending, total_in, total_out, prior_in, prior_out, lines)

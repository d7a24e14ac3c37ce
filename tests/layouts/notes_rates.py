"""A 决算情况说明 in prose (a county's 决算报告 or a unit's 说明), invented figures, each paragraph stating a rate with
both its amounts in the wordings pages use, with mistakes planted on purpose:
``share_of`` — "A万元,占年计划B万元的x%" (the whole inside the 占 phrase), x ten units of its last place off;
``growth`` — "A万元,较上年决算数减少D万元、下降x%" (the change and its rate joined by 、, or the rate said again to be
  同比: "同比减少D万元,同比下降x%"; the rate as 增长/下降 or, odd seeds, 增幅/降幅), x off the same way;
``exec_yuan`` — "年初预算为B元,支出决算为A元,完成年初预算的x%" (the figures in 元), x off the same way.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

PLANTS = ("share_of", "growth", "exec_yuan")
_WHOLES = ("占年计划{b}{u}的", "占全年预算{b}{u}的", "占一般公共预算支出{b}{u}的", "占调整预算数{b}{u}")
_SUBJECTS = ("全县一般公共预算收入完成", "税收收入完成", "民生支出合计", "本年收入合计")
_CHANGES = ("较上年决算数{w}{d}{u}、{r}{x}%", "比上年{w}{d}{u}、{r}{x}%", "与上年相比{w}{d}{u},{r}{x}%",
            "同比{w}{d}{u},同比{r}{x}%")


@dataclass
class Rates:
    lines: list[str]
    share_line: int  # 1-based lines of the three rates
    growth_line: int
    exec_line: int


def _pct(n: Decimal, d: Decimal, places: int) -> Decimal:
    return (n / d * 100).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def invent(seed: int, plant: str | None = None) -> Rates:
    rng = random.Random(seed)
    year, places = rng.randint(2030, 2036), rng.choice((0, 1, 2))
    unit = rng.choice(("万元", "亿元"))
    step = Decimal(1).scaleb(-places) * 10  # ten units of the rate's last place
    part = Decimal(rng.randrange(20000, 900000)) / 100
    whole = (part * Decimal(rng.randrange(60, 140)) / 100).quantize(Decimal("0.01"))
    share = _pct(part, whole, places) + (step if plant == "share_of" else 0)
    now = Decimal(rng.randrange(20000, 900000)) / 100
    down = rng.random() < 0.5
    diff = (now * Decimal(rng.randrange(2, 30)) / 100).quantize(Decimal("0.01"))
    rate = _pct(diff, now + diff if down else now - diff, places) + (step if plant == "growth" else 0)
    budget = Decimal(rng.randrange(1000000, 90000000)) / 100
    done = (budget * Decimal(rng.randrange(20, 100)) / 100).quantize(Decimal("0.01"))
    rate_done = _pct(done, budget, places) + (step if plant == "exec_yuan" else 0)
    lines = [
        f"某县{year}年度财政决算情况说明",
        "一、一般公共预算收支决算情况",
        f"{year}年,{rng.choice(_SUBJECTS)}{part}{unit},{rng.choice(_WHOLES).format(b=whole, u=unit)}{share}%。",
        f"{year}年度本年支出合计{now}{unit}," + rng.choice(_CHANGES).format(
            w="减少" if down else "增加", d=diff, u=unit, r=("下降", "降幅")[seed % 2] if down else ("增长", "增幅")[seed % 2],
            x=rate) + ",主要原因是项目调整。",
        f"{year}年度一般公共预算财政拨款“三公”经费支出年初预算为{budget}元,支出决算为{done}元,完成年初预算的{rate_done}%。",
    ]
    return Rates(lines, 3, 4, 5)


# (the two lines named alike in both sentences; "收入、支出总计均为…" is not yet recognised as a 决算说明 on its own)
_BOTH = (("收、支总计", "各"), ("收支总计", "均"), ("收、支总计", "分别"), ("收支总计", "都"))


def both_lines(seed: int, plant: bool = False) -> Rates:
    """A change said of two lines at once ("与上年相比,收、支总计各减少D万元,下降x%"; 均, 分别, 都), x a whole percent,
    after a paragraph that also states a part of the total (其中:财政拨款收入M万元) of the size that would give the
    planted rate: the line the change is of is the one named, not any figure that fits. ``plant``: x ten points off.
    Only ``growth_line`` is meant (the others are 0)."""
    rng = random.Random(seed)
    year, (lines_said, each) = rng.randint(2030, 2036), _BOTH[seed // 2 % len(_BOTH)]
    now = Decimal(rng.randrange(300000, 900000)) / 100
    down = seed % 2 == 0
    diff = (now * Decimal(rng.randrange(10, 40)) / 100).quantize(Decimal("0.01"))
    rate = _pct(diff, now + diff if down else now - diff, 0)
    said = rate + 10 if plant else rate
    # a figure the planted rate fits: M with diff ÷ (M ± diff) = said
    other = (diff * 100 / (said + Decimal("0.2")) - (diff if down else -diff)).quantize(Decimal("0.01"))
    return Rates([f"某单位{year}年度部门决算情况说明", "一、收入支出决算总体情况说明",
                  f"{year}年度{lines_said}均为{now}万元,其中:财政拨款收入{other}万元。与{year - 1}年度相比,{lines_said}"
                  f"{each}{'减少' if down else '增加'}{diff}万元,{'下降' if down else '增长'}{said}%,主要原因是项目调整。"],
                 0, 3, 0)


_KINDS = ("财政拨款收入、支出总计", "财政拨款收支总计", "一般公共预算财政拨款收入、支出总计")


def kind_lines(seed: int, plant: bool = False) -> Rates:
    """A change said of both sides' totals of one kind of funds ("财政拨款收入、支出总计各减少D万元,下降x%") after the
    document's own 收支总计: the base is the kind's total said before (财政拨款收入总计), never the document's. ``plant``:
    x is the rate over the document's total instead."""
    rng = random.Random(seed)
    year, kind = rng.randint(2030, 2036), _KINDS[seed % len(_KINDS)]
    whole = Decimal(rng.randrange(300000, 900000)) / 100
    funds = (whole * Decimal(rng.randrange(50, 90)) / 100).quantize(Decimal("0.01"))
    diff = (funds * Decimal(rng.randrange(3, 30)) / 100).quantize(Decimal("0.01"))
    down = seed % 2 == 0
    base = (whole if plant else funds) + (diff if down else -diff)
    rate = _pct(diff, base, 2)
    prefix = kind.split("收")[0]
    return Rates([f"某单位{year}年度部门决算情况说明", "一、收入支出决算总体情况说明",
                  f"{year}年度收入总计{whole}万元,支出总计{whole}万元。",
                  f"{year}年度{prefix}收入总计{funds}万元,{prefix}支出总计{funds}万元。与上年相比,{kind}各"
                  f"{'减少' if down else '增加'}{diff}万元,{'下降' if down else '增长'}{rate}%。"], 0, 4, 0)

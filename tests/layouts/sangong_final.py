"""A “三公”经费 决算表 with its 预算数 and 决算数 columns and the 情况说明 Anhui county pages publish under it: the
total's completion rate and change on last year, each item's share of the total (占X%), each item's own completion
rate. Invented figures; the item labels in two wordings, the vehicles' 其中 lines filled or left empty, the table in
any shape of ``layouts.sangong``; mistakes planted in the words (the completion rate written as the fall, the two
shares swapped, an item's completion rate off).

``invent(seed, ...)`` gives a ``Final``; ``text(f, shape)`` the page.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal

from layouts.model import _r2 as _r
from layouts.sangong import SHAPES

LABELS = {
    "upkeep": ("合 计", "因公出国(境)费", "公务接待费", "公务用车购置及运行维护费", "其中:公务用车运行维护费", "公务用车购置费"),
    "plain": ("合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费", "其中:公务用车运行费", "公务用车购置"),
}
MISTAKES = ("exec", "shares", "item_exec")


@dataclass
class Final:
    unit: str
    year: int
    labels: tuple[str, ...]
    budget: dict[str, Decimal]  # 合计, 出国, 接待, 车, 运行, 购置
    spent: dict[str, Decimal]
    prior: Decimal  # last year's total
    breakdown: bool  # the vehicles' 其中 lines filled
    planted: list[str] = field(default_factory=list)


def invent(seed: int, labels: str = "upkeep", breakdown: bool = True, mistakes: tuple[str, ...] = ()) -> Final:
    rng = random.Random(seed)

    def figures(lo: int) -> dict[str, Decimal]:
        f = {"出国": Decimal(0), "接待": _r(Decimal(rng.randrange(lo, lo + 300)) / 100),
             "运行": _r(Decimal(rng.randrange(lo, lo + 500)) / 100), "购置": Decimal(0)}
        f["车"] = f["运行"] + f["购置"]
        f["合计"] = f["出国"] + f["接待"] + f["车"]
        return f

    budget = figures(600)
    spent = figures(50)  # below the budget: every completion rate under 100%
    prior = spent["合计"] + _r(Decimal(rng.randrange(10, 200)) / 100)
    return Final(f"{('寿县', '凤台县', '霍邱县')[seed % 3]}{('文物保护中心', '档案馆', '农机站')[seed % 3]}",
                 2019 + seed % 5, LABELS[labels], budget, spent, prior, breakdown, list(mistakes))


def rows(f: Final) -> list[list[str]]:
    keys = ("合计", "出国", "接待", "车", "运行", "购置")
    out = [["项 目", "预 算 数", "决 算 数"]]
    for k, label in zip(keys, f.labels):
        empty = k == "出国" or (k in ("运行", "购置") and not f.breakdown)
        out.append([label, "" if empty else f"{f.budget[k]:.2f}", "" if empty else f"{f.spent[k]:.2f}"])
    return out


def pct(n: Decimal, d: Decimal) -> Decimal:
    return _r(n / d * 100)


def notes(f: Final) -> list[str]:
    b, s = f.budget, f.spent
    fall = f.prior - s["合计"]
    done = pct(s["合计"], b["合计"])
    if "exec" in f.planted:
        done = Decimal(100) - done  # the share saved written as the share done
    share_h, share_v = pct(s["接待"], s["合计"]), pct(s["车"], s["合计"])
    if "shares" in f.planted:
        share_h, share_v = share_v, share_h
    item_done = pct(s["接待"], b["接待"]) + (Decimal(3) if "item_exec" in f.planted else Decimal(0))
    y, u, veh = f.year, f.unit, f.labels[3]
    return [
        f"二、{y}年度一般公共预算财政拨款“三公”经费支出情况说明",
        "(一)一般公共预算财政拨款“三公”经费支出决算总体情况说明。",
        f"{u}{y}年度一般公共预算财政拨款“三公”经费支出预算为{b['合计']:.2f}万元,支出决算为{s['合计']:.2f}万元,"
        f"完成预算的{done}%,较上年减少{fall:.2f}万元,下降{pct(fall, f.prior)}%。决算数小于预算数的主要原因是厉行节约。",
        "(二)一般公共预算财政拨款“三公”经费支出决算具体情况说明。",
        f"{u}{y}年度一般公共预算财政拨款“三公”经费支出决算中,公务接待费支出决算{s['接待']:.2f}万元,占{share_h}%;"
        f"{veh}支出决算{s['车']:.2f}万元,占{share_v}%。具体情况如下:",
        f"1.公务接待费预算为{b['接待']:.2f}万元,支出决算为{s['接待']:.2f}万元,完成预算的{item_done}%。"
        "决算数小于预算数的主要原因是公务接待减少。",
    ]


def text(f: Final, shape: str) -> str:
    title = [f"{f.unit}{f.year}年度一般公共预算财政拨款“三公”经费支出决算",
             f"一、{f.year}年度一般公共预算财政拨款“三公”经费支出决算表", "单位:万元"]
    return "\n".join([*title, *SHAPES[shape](rows(f)), *notes(f)]) + "\n"

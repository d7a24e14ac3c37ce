"""A 部门预算 说明 of changes on last year, in invented figures: its spending classes' changes said with their rates
and no amount of the class itself (基本支出预算较上年增X万元,增幅Y%), then its numbered 三公 section (the total and
its three items in one sentence, the total's change on last year with its rate). ``plant`` prints the 三公 change's
rate one hundredth of itself (0.02% for 2%, the fraction printed with %). ``alone``: the 三公 section only, a 三公
statement of its own. Also a news line on a budget's execution whose change is printed in 元 beside an amount in 万元
(``unit_slip``): the change's rate fits the 万元 reading only.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

CLASSES = ("工资福利支出", "商品和服务支出", "对个人和家庭的补助支出", "资本性支出")


def _r(d: Decimal, places: int = 2) -> Decimal:
    return d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


@dataclass
class Changes:
    lines: list[str]
    sangong: dict[str, Decimal] = field(default_factory=dict)  # the 三公 figures stated, by label
    planted: str | None = None  # the rate printed wrong


def changes(seed: int, plant: bool = False, alone: bool = False) -> Changes:
    rng = random.Random(seed)
    year = 2017 + seed % 6
    # (the classes' changes, each signed by its word, make 基本支出's: ``accounts.class_reasons`` checks it)
    classes = [(name, rng.choice(("增", "减", "增加", "减少")), _r(Decimal(rng.randrange(1, 3000)) / 100))
               for name in (rng.sample(CLASSES, 3) if not alone else [])]
    whole = sum((d if way.startswith("增") else -d for _, way, d in classes), Decimal(0))
    lines = [] if alone else [
        "一、预算收支增减变化情况说明", "(一)基本支出预算收支增减情况",
        f"{year}年基本支出预算较上年{'增' if whole >= 0 else '减'}{abs(whole)}万元,"
        f"增幅{_r(Decimal(rng.randrange(100, 3000)) / 100)}%。主要变动原因如下:"]
    for k, (name, way, d) in enumerate(classes):
        lines.append(f"{k + 1}.{name}较上年{way}{d}万元,"
                     f"增幅{_r(Decimal(rng.randrange(1, 3000)) / 100)}%。主要原因是:人员变动。")
    if not alone:
        lines += ["(二)项目支出预算收支增减情况",
                  f"{year}年项目支出预算较上年减{rng.randrange(2, 90)}万元,减幅{rng.randrange(5, 60)}%。主要原因是:项目调整。"]
    abroad = Decimal(0) if rng.random() < 0.5 else _r(Decimal(rng.randrange(10, 300)) / 100)
    cars, guests = _r(Decimal(rng.randrange(50, 900)) / 100), _r(Decimal(rng.randrange(10, 500)) / 100)
    total = abroad + cars + guests
    fall = _r(total * Decimal(rng.randrange(2, 20)) / 100)
    rate = _r(fall / (total + fall) * 100)
    printed = _r(rate / 100) if plant else rate
    lines += [("二、" if not alone else "") + "“三公”经费预算收支增减情况",
              f"{year}年财政拨款“三公”经费预算总额为{total}万元,其中,因公出国(境)费支出{abroad}万元,"
              f"公务用车购置及运行费支出{cars}万元,公务接待费支出{guests}万元。",
              f"{year}年“三公”经费预算数比{year - 1}年预算数减少{fall}万元,减幅{printed}%。增减的主要原因是:厉行节约。"]
    said = {"“三公”经费预算总额": total, "公务用车购置及运行费": cars, "公务接待费": guests}
    return Changes(lines, said, "“三公”经费预算数" if plant else None)


def unit_slip(seed: int, slip: bool = True) -> tuple[list[str], str]:
    """A budget's execution: spending done A万元, its change on last year printed in 元 (``slip``; else in 万元) with
    the rate the 万元 reading gives. Returns the lines and the line's name."""
    rng = random.Random(seed)
    now = Decimal(rng.randrange(100_000, 900_000))
    change = Decimal(rng.randrange(5_000, 40_000))
    rate = _r(change / (now - change) * 100)
    unit = "元" if slip else "万元"
    name = "一般公共预算支出"
    return [f"{2018 + seed % 5}年上半年预算执行情况",
            f"上半年,全市一般公共预算收入完成{now + 1000}万元,同比增收1000万元,增长{_r(Decimal(1000) / now * 100)}%。"
            f"{name}完成{now}万元,比上年同期增支{change}{unit},增长{rate}%。"], name

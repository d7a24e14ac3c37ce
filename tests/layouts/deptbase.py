"""An invented 部门整体支出绩效评价基础数据表 (the 湖南 template): 财政供养人员情况 (编制数 | 实际在职人数 | 控制率),
then 经费控制情况 in three columns (上年决算数 | 本年预算数 | 本年决算数) for 三公经费 and its parts, 项目支出 and
公用经费 with some of its items. Mistakes can be planted: ``rate`` (the 控制率 one point off), ``sangong`` (the
三公经费 of the third column 1.00 above its parts)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
BASE_MISTAKES = ("rate", "sangong")


@dataclass
class Base:
    unit: str
    year: int
    posts: int
    staff: int
    rows: dict[str, list[Decimal]]  # label → three columns
    planted: str | None = None

    @property
    def rate(self) -> Decimal:
        return (Decimal(self.staff) / Decimal(self.posts) * 100).quantize(CENT, ROUND_HALF_UP)


def _money(rnd: random.Random, low: int, high: int) -> Decimal:
    return (Decimal(rnd.randint(low * 100, high * 100)) / 100).quantize(CENT)


def invent_base(seed: int, mistake: str | None = None) -> Base:
    rnd = random.Random(seed)
    buy = [_money(rnd, 0, 20) for _ in range(3)]
    run = [_money(rnd, 5, 30) for _ in range(3)]
    abroad = [Decimal("0.00")] * 3
    host = [_money(rnd, 1, 15) for _ in range(3)]
    car = [b + r for b, r in zip(buy, run, strict=True)]
    sangong = [c + a + h for c, a, h in zip(car, abroad, host, strict=True)]
    if mistake == "sangong":
        sangong[2] += 1
    rows = {"三公经费:": sangong, "1、公务用车购置和维护经费": car, "其中:公车购置": buy, "公车运行维护": run,
            "2、出国经费": abroad, "3、公务接待": host, "项目支出:": [_money(rnd, 100, 900) for _ in range(3)],
            "公用经费": [_money(rnd, 50, 200) for _ in range(3)], "其中:办公经费": [_money(rnd, 5, 40) for _ in range(3)]}
    posts = rnd.randint(20, 80)
    return Base(f"示例县{'甲乙丙'[seed % 3]}乡人民政府", 2020 + seed % 4, posts, posts + rnd.randint(-5, 5), rows, mistake)


def base_rows(b: Base) -> list[list[str]]:
    rate = b.rate + (1 if b.planted == "rate" else 0)
    rows = [[f"{b.year}年度部门整体支出绩效评价基础数据表"], [f"单位名称：{b.unit}"],
            ["财政供养人员情况(人)", "编制数", f"{b.year}年实际在职人数", "控制率"],
            ["", f"{b.posts}", f"{b.staff}", f"{rate}%"],
            ["经费控制情况(万元)", f"{b.year - 1}年决算数", f"{b.year}年预算数", f"{b.year}年决算数"]]
    rows += [[label, *(f"{v}" for v in values)] for label, values in b.rows.items()]
    rows.append(["政府采购金额", "", "", ""])
    return rows

"""The 收支总表 under the names sites give it, as pipe rows under the page's heading:

- ``NAMES``: 收入支出总表, 部门收入支出总表 (no stage: the page's heading gives it), 收支决算总表, 部门收支决算总表,
  收入支出决算表 (a 决算's), 收支预算表, 部门收支预算表 (a budget's);
- the totals named 总计 on both sides (read as 收入总计 and 支出总计) or 收入总计 / 支出总计; the title and unit as plain lines or as one-cell pipe rows;
- ``planted`` adds 1 to 本年收入合计, which the numbered lines above it no longer make.
Invented amounts from the seed."""

from __future__ import annotations

import random
from decimal import Decimal

NAMES = {"收入支出总表": None, "部门收入支出总表": None, "收支决算总表": "final", "部门收支决算总表": "final",
         "收入支出决算表": "final", "收支预算表": "budget", "部门收支预算表": "budget"}


def summary(seed: int, name: str, stage: str, bare_total: bool, lines: bool,
            planted: bool = False) -> tuple[str, dict[str, Decimal]]:
    rng = random.Random(seed)
    year = 2018 + rng.randrange(7)
    general, other = Decimal(rng.randrange(10_000, 90_000)) / 100, Decimal(rng.randrange(100, 9_000)) / 100
    income = general + other
    spend = (income * Decimal("0.6")).quantize(Decimal("0.01"))
    said = income + (1 if planted else 0)
    word = "决算" if stage == "final" else "预算"
    totals = ["总计", f"{income}", "总计", f"{income}"] if bare_total else ["收入总计", f"{income}", "支出总计", f"{income}"]
    rows = [[name], ["单位:万元"], ["项目", "金额", "项目", "金额"],
            ["一、一般公共预算财政拨款收入", f"{general}", "一、一般公共服务支出", f"{spend}"],
            ["二、其他收入", f"{other}", "二、社会保障和就业支出", f"{income - spend}"],
            ["三、国有资本经营预算财政拨款收入", "", "三、教育支出", ""],
            ["本年收入合计", f"{said}", "本年支出合计", f"{income}"], totals]
    body = "\n".join(r[0] if lines and len(r) == 1 else "| " + " | ".join(r) + " |" for r in rows)
    return f"某县某局{year}年度部门{word}\n{body}\n", {"本年收入合计": said, "本年支出合计": income, "收入总计": income,
                                                   "支出总计": income}

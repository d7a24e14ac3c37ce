"""Accounts whose tables' titles do not say their stage, as 决算 sets print the 部门预算 template's titles:

- ``tables``: a 财政拨款收支总表 (or 收支总表, 部门收支总体情况表) under a page heading that says 部门决算 or 部门预算, or
  under none; the carry-over lines are the stage's own (决算: 年初财政拨款结转和结余 / 年末财政拨款结转和结余; 预算:
  上年结转 / 结转下年), or absent; a line of the template left blank or not; two header rows (收入 | 支出, then 项目 | 金额), pipes, the title
  and unit a pipe row each or plain lines (``lines``);
- ``notes``: a 说明 stating its totals with the 决算 template's carry-over lines (年初结转和结余, 年末结转和结余) and the
  年初预算数 and 调整预算数 of its spending, never the word 决算.
Invented amounts from the seed."""

from __future__ import annotations

import random
from decimal import Decimal

TITLES = ("财政拨款收支总表", "收支总表", "部门收支总体情况表")
HEADINGS = {"final": "某县某局{year}年度部门决算", "budget": "某县某局{year}年部门预算", None: ""}


def tables(seed: int, stage: str, heading: str | None, title: str, carried: bool = True,
           blank: bool = False, lines: bool = False) -> tuple[str, dict[str, Decimal]]:
    rng = random.Random(seed)
    year = 2019 + rng.randrange(6)
    general, other = Decimal(rng.randrange(10_000, 90_000)) / 100, Decimal(rng.randrange(100, 9_000)) / 100
    brought = Decimal(rng.randrange(0, 900)) / 100
    income = general + other
    total = income + brought
    spend = (income * Decimal("0.7")).quantize(Decimal("0.01"))
    into, out = (("年初财政拨款结转和结余", "年末财政拨款结转和结余") if stage == "final" else ("上年结转", "结转下年"))
    rows = [[title], ["单位:万元"], ["收入", "", "支出", ""], ["项目", "金额", "项目", "金额"],
            ["一、一般公共预算财政拨款", f"{general}", "一、一般公共服务支出", f"{spend}"],
            ["二、政府性基金预算财政拨款", f"{other}", "二、社会保障和就业支出", f"{total - spend}"],
            *([["三、国有资本经营预算财政拨款", "", "三、教育支出", ""]] if blank else []),
            ["本年收入合计", f"{income}", "本年支出合计", f"{total}"],
            *([[into, f"{brought}", out, "0.00"]] if carried else []),
            ["收入总计", f"{total if carried else income}", "支出总计", f"{total if carried else income}"]]
    head = HEADINGS[heading].format(year=year)
    body = "\n".join(("| " + " | ".join(r) + " |") if len(r) > 1 or not lines else r[0] for r in rows)
    return (f"{head}\n{body}\n" if head else f"{body}\n"), {"本年收入合计": income, "本年支出合计": total}


def notes(seed: int) -> tuple[str, dict[str, Decimal]]:
    rng = random.Random(seed)
    general, other = Decimal(rng.randrange(10_000, 90_000)) / 100, Decimal(rng.randrange(100, 9_000)) / 100
    brought = Decimal(rng.randrange(1, 900)) / 100
    income, basic = general + other, (general * Decimal("0.6")).quantize(Decimal("0.01"))
    total = income + brought
    text = (f"(一)收入总计{total}万元。本年收入合计{income}万元,其中:一般公共预算财政拨款收入{general}万元;"
            f"其他收入{other}万元;年初结转和结余{brought}万元。\n"
            f"(二)支出总计{total}万元。本年支出合计{total}万元,其中:基本支出{basic}万元,项目支出{total - basic}万元;"
            "年末结转和结余0万元。\n"
            f"(三)一般公共预算财政拨款支出年初预算数为{general + 10}万元,调整预算数{general}万元。\n")
    return text, {"收入总计": total, "本年收入合计": income}

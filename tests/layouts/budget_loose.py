"""A 部门预算 whose tables all reached the text without their grid: the 部门收支总表 (two-sided) and then the 部门支出总表
(科目编码, 科目名称, 合计, 基本支出, 项目支出; its 合计 row first), invented figures. Shapes: ``cells`` (one cell a
line), ``bars`` (one cell a line ending " |", which the text reader runs into one row), ``spaces`` (a row a line,
cells at spaces), ``pipes`` (the grid kept). ``plant`` prints the 支出总表's 合计 基本支出 1.00 too high. ``final``: the
部门决算 template's instead (收入支出决算总表 with 行次 columns and a 栏次 row, 支出决算表 headed 本年支出合计 with a 栏次 row
numbering its columns 1 2 3, each title followed by its form number 公开01表 / 公开03表)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

SHAPES = ("cells", "bars", "spaces", "pipes")
CLASSES = (("205", "教育支出"), ("208", "社会保障和就业支出"), ("210", "卫生健康支出"), ("221", "住房保障支出"))


@dataclass
class Loose:
    text: str
    total: Decimal  # 收入总计 = 支出总计
    basic: Decimal  # the 支出总表's 合计 row, as printed
    project: Decimal
    classes: dict[str, tuple[Decimal, Decimal]]  # code → (基本支出, 项目支出)


def budget(seed: int, shape: str, plant: bool = False, final: bool = False) -> Loose:
    rng = random.Random(seed)
    classes = {code: (Decimal(rng.randrange(10**4, 10**6)) / 100, Decimal(rng.randrange(10**3, 10**5)) / 100)
               for code, _ in CLASSES}
    basic = sum((b for b, _ in classes.values()), Decimal(0))
    project = sum((p for _, p in classes.values()), Decimal(0))
    total = basic + project
    names = dict(CLASSES)
    summary = [["收入", "", "支出", ""], ["项目", "预算数", "项目", "预算数"],
               ["一、一般公共预算拨款收入", _n(total), "一、教育支出", _n(sum(classes["205"]))],
               ["二、政府性基金预算拨款收入", "", "二、社会保障和就业支出", _n(sum(classes["208"]))],
               ["", "", "三、卫生健康支出", _n(sum(classes["210"]))], ["", "", "四、住房保障支出", _n(sum(classes["221"]))],
               ["本年收入合计", _n(total), "本年支出合计", _n(total)], ["收入总计", _n(total), "支出总计", _n(total)]]
    printed = basic + (Decimal(1) if plant else Decimal(0))
    spending = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
                ["", "合计", _n(printed + project), _n(printed), _n(project)]]
    spending += [[code, names[code], _n(b + p), _n(b), _n(p)] for code, (b, p) in classes.items()]
    if final:
        summary = [["收入", "", "", "支出", "", ""], ["项目", "行次", "金额", "项目", "行次", "金额"],
                   ["栏次", "", "1", "栏次", "", "2"]] + [
            [r[0], str(k + 1) if r[0] else "", r[1], r[2], str(k + 32), r[3]] for k, r in enumerate(summary[2:])]
        spending = [["项目", "", "本年支出合计", "基本支出", "项目支出"], ["科目编码", "科目名称", "", "", ""],
                    ["栏次", "", "1", "2", "3"], *spending[1:]]
        lines = ["东湖县第一中学2023年度部门决算", "一、收入支出决算总表", "公开01表", "金额单位:万元",
                 *_render(summary, shape), "三、支出决算表", "公开03表", "金额单位:万元", *_render(spending, shape),
                 "注:本表反映部门本年度各项支出情况。"]
    else:
        lines = ["东湖县第一中学2024年部门预算", "一、部门收支总表", "单位:万元", *_render(summary, shape),
                 "二、部门支出总表", "单位:万元", *_render(spending, shape), "注:本表反映部门本年度的支出预算。"]
    return Loose("\n".join(lines) + "\n", total, printed, project, classes)


def _n(d: Decimal) -> str:
    return f"{d:,.2f}"


def _render(rows: list[list[str]], shape: str) -> list[str]:
    if shape == "cells":
        return [c for r in rows for c in r if c]
    if shape == "bars":
        return [c + " |" for r in rows for c in r if c]
    if shape == "spaces":
        return [" ".join(c for c in r if c) for r in rows]
    return ["| " + " | ".join(r) + " |" for r in rows]

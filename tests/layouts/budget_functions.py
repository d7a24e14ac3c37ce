"""A 部门预算's 预算收支 in prose, spending by functional class with each class split into its 基本支出 and 项目
(Shenzhen's 2011 disclosures: "1. 政府办公厅(室)及相关事务5,631万元,其中:基本支出3,931万元;项目1,745万元。"), a
class with 基本支出 only, and a unit's spending whose 其中 lists a third kind (上缴上级支出) after the two. Invented
figures in whole 万元; ``plant`` prints one class's amount 45 万元 below its two parts."""

from __future__ import annotations

import random
from dataclasses import dataclass

CLASSES = ("政府办公厅(室)及相关机构事务", "行政事业单位离退休")


@dataclass
class Functions:
    total: int
    basic: int
    project: int
    classes: dict[str, tuple[int, int]]  # name → (基本支出, 项目)
    lines: list[str]


def budget_functions(seed: int, plant: bool = False) -> Functions:
    rng = random.Random(seed)
    office = (rng.randrange(1000, 5000), rng.randrange(100, 3000))
    retired = (rng.randrange(100, 900), 0)
    classes = {CLASSES[0]: office, CLASSES[1]: retired}
    basic, project = office[0] + retired[0], office[1]
    total = basic + project
    printed = sum(office) - (45 if plant else 0)
    year = 2010 + rng.randrange(10)
    three = (rng.randrange(100, 900), rng.randrange(10, 90), rng.randrange(1, 9))
    lines = [
        f"某市人民政府办公厅{year}年部门预算",
        "二、预算收支",
        "(一)预算收入情况",
        f"{year}年总收入{total:,}万元,其中:财政预算内拨款(补助)收入{total:,}万元。",
        "(二)预算支出情况",
        f"{year}年总支出{total:,}万元,基本支出{basic:,}万元;项目{project:,}万元。按政府支出功能分类科目划分为:",
        f"1. {CLASSES[0]}{printed:,}万元,其中:基本支出{office[0]:,}万元;项目{office[1]:,}万元。",
        f"2. {CLASSES[1]}{retired[0]:,}万元,其中:基本支出{retired[0]:,}万元。",
        f"(三)所属事业单位支出{sum(three) + 7}万元,其中:基本支出{three[0]}万元,项目支出{three[1]}万元,"
        f"上缴上级支出{three[2] + 7}万元。",
    ]
    return Functions(total, basic, project, classes, lines)

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


def kind_shares(seed: int, plant: bool = False, third: bool = False) -> list[str]:
    """A budget 说明 in 元 giving 基本支出 and 项目支出 each as its share of 一般公共预算支出 (梧州 2024, PDF lines broken
    mid-sentence). ``plant``: the 项目支出 share printed as if over the 基本支出 alone; ``third``: the whole holds a
    third kind as well (上缴上级支出), so neither share is a part of the two kinds' sum."""
    rng = random.Random(seed)
    basic, project = rng.randrange(10**6, 5 * 10**6) / 100, rng.randrange(10**5, 10**6) / 100
    extra = rng.randrange(10**5, 10**6) / 100 if third else 0
    whole = basic + project + extra
    p, q = round(basic / whole * 100, 2), round(project / (basic if plant else whole) * 100, 2)
    return ["2024年部门预算情况说明", f"一、2024年收入预算 {whole:.2f} 元,支出预算 {whole:.2f} 元。",
            "(二)按支出结构分类划分,分为基本支出预算和项目支",
            "出预算。", f"1. 基本支出预算 {basic:.2f} 元,占一般公共预算支出", f"的{p:.2f}%,同比减少 100.00 元。",
            f"2. 项目支出 {project:.2f} 元,占一般公共预算支出的 {q:.2f}%,", "同比增加 100.00 元。"]

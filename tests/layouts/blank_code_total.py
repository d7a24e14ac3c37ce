"""A classified table (一般公共预算支出表, 支出决算表) whose header splits the code over 类 | 款 | 项 columns and whose
合计 row (or 本年合计, 支出合计) leaves all of them empty ("| | | | 合计 | 300.00 | 250.00 | 50.00 |"), or one or two of them when the code is
printed in fewer columns. ``plant`` misprints the 合计's 合计 (not the sum of the 类, nor of its columns). Invented
amounts from the seed."""

from __future__ import annotations

import random
from decimal import Decimal

_CLASSES = (("201", "一般公共服务支出"), ("207", "文化旅游体育与传媒支出"), ("208", "社会保障和就业支出"),
            ("210", "卫生健康支出"), ("221", "住房保障支出"))


def blank_code_total(seed: int, codes: int, stage: str, plant: bool = False, label: str = "合计"
                     ) -> tuple[str, dict[str, Decimal]]:
    """``codes``: the code columns (3: 类 | 款 | 项; 2: 类 | 款项; 1: 科目编码); ``label``: the total row's label as
    printed (合计, 本年合计, 支出合计 …)."""
    rng = random.Random(seed)
    rows = [(c, n, Decimal(rng.randrange(1000, 90000)) / 100, Decimal(rng.randrange(0, 3000)) / 100)
            for c, n in _CLASSES[: 2 + seed % 3]]
    basic, project = sum(b for *_, b, _ in rows), sum(p for *_, p in rows)
    title = "一般公共预算支出表" if stage == "budget" else "一般公共预算财政拨款支出决算表"
    col = "合计" if stage == "budget" else "决算数"
    head = ["功能分类科目编码", *[""] * (codes - 1), "科目名称", col, "基本支出", "项目支出"]
    lines = [f"某县某局{2020 + seed % 5}年部门{'预算' if stage == 'budget' else '决算'}", title, "单位:万元",
             "| " + " | ".join(head) + " |"]
    if codes > 1:
        lines.append("| " + " | ".join(["类", "款", "项"][:codes] + [""] * 4) + " |")
    shown = basic + project + (Decimal("10.00") if plant else 0)
    lines.append("| " + " | ".join([""] * codes + [label, str(shown), str(basic), str(project)]) + " |")
    for c, n, b, p in rows:
        lines.append("| " + " | ".join([c, *[""] * (codes - 1), n, str(b + p), str(b), str(p)]) + " |")
    return "\n".join(lines) + "\n", {col: basic + project, "基本支出": basic, "项目支出": project}

"""A department's project target table (one row per indicator, each project's amount in the header's 预算数 column:
``layouts.budget_targets.columns``) under a title that does not say 表 (2024年部门项目绩效目标), its byline (金额单位:元)
and the header's first cell (单位名称 or 部门名称) standing between the title and 项目名称; as pipes or one cell a line,
and on a page that does not say it is a budget's."""

from __future__ import annotations

from layouts.budget_targets import amounts, columns

SHAPES = ("pipes", "lines")
FIRST = ("单位名称", "部门名称")
TITLE = "2024年部门项目绩效目标"

__all__ = ["FIRST", "SHAPES", "TITLE", "amounts", "text"]


def text(seed: int, shape: str, first: str) -> str:
    body = columns(seed).replace("部门预算项目绩效目标申报表(2024年度)", TITLE).replace("| 单位名称 |", f"| {first} |")
    if shape == "pipes":
        return body
    return "\n".join(c.strip() for line in body.splitlines() for c in line.strip("| ").split(" | ")) + "\n"

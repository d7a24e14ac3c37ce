"""A budget's 项目绩效目标表 printed one row per indicator, each project's amount in a column of its own.

The 部门预算项目绩效目标(申报)表 of several provinces lists a department's projects in one table whose header names
the project and its amount before the indicators (单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 | 二级指标 | 三级指标 |
指标值 …): a project's first row carries its name and its amount, its other rows only an indicator's cells. The
amount is read where such a row puts it: a name, then the amount, then (after the 年度目标, when printed) the row's
一级指标. An indicator's own figures (its 指标值 95, its 权重 10) stand after its 二级/三级 names, never right before
an 一级指标 unless they end a row, and then the name before them follows a 二级指标 (数量指标 | 行政村数量 | 11).
"""

from __future__ import annotations

import re

# (项目 alone in a 批复表's header: 项目 | 指标值 | 绩效金额, 石嘴山's)
_HEAD_NAME = re.compile(r"^项目(?:名称)?$")
# the header's funds column: 预算数, 预算金额, 项目金额, 资金总额, 申报数, 绩效金额 (the amount the targets are set for),
# with its unit or not
_HEAD_AMOUNT = re.compile(r"^(?:项目)?(?:预算数|预算金额|预算资金|资金总额|金额|绩效金额|申报数|预算申报数)"
                          r"(?:[(（](?:万元|元)[)）])?$")
_LEVEL1 = re.compile(r"^(?:产出|效益|效果|满意度|成本)(?:指标)?$")
# the 二级指标 of the targets' template (a name after one of them is a 三级指标, the figure after it its value)
_LEVEL2 = re.compile(r"(?:数量|质量|时效|成本|经济|社会|生态|环境|效益|可持续影响|满意度|服务对象满意度|经济效益|社会效益|"
                     r"生态效益|经济成本|社会成本|生态环境成本)指标$")
_AMOUNT = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_NAME = re.compile(r"[\u4e00-\u9fff]{2}")
_GOAL_SPAN = 3  # cells after the amount where the row's 一级指标 stands (the 年度目标 between them)


def cells_of(text: str, start: int, stop: int) -> list[tuple[str, int]]:
    """The non-empty cells of ``text[start:stop]`` (cells joined by "|"), each with where it starts."""
    out: list[tuple[str, int]] = []
    at = start
    for piece in text[start:stop].split("|"):
        if piece.strip():
            out.append((piece.strip(), at + piece.index(piece.strip())))
        at += len(piece) + 1
    return out


def has_amount_column(header: list[str]) -> bool:
    """The header names the project and, after it, its amount (项目名称 | 预算数)."""
    names = [k for k, x in enumerate(header) if _HEAD_NAME.match(x)]
    return bool(names) and any(_HEAD_AMOUNT.match(x) for x in header[names[0] + 1:])


def project_amounts(cells: list[tuple[str, int]]) -> list[tuple[str, str, int]]:
    """(project, amount as printed, where) for each row that begins a project: name, amount, then the 一级指标."""
    out: list[tuple[str, str, int]] = []
    texts = [x for x, _ in cells]
    for k in range(1, len(cells)):
        amount, pos = cells[k]
        name = texts[k - 1]
        if (not _AMOUNT.fullmatch(amount) or not _NAME.search(name) or _LEVEL1.match(name) or _LEVEL2.search(name)
                or k >= 2 and _LEVEL2.search(texts[k - 2])):
            continue
        if any(_LEVEL1.match(x) for x in texts[k + 1:k + 1 + _GOAL_SPAN]):
            out.append((name, amount, pos))
    return out

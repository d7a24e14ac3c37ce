"""A 说明 page whose heading stands in its index card's row ("标题 | 重庆市…2024年单位预算情况说明 | ||", 重庆's portals):
the document's title is the heading, without the field's label and the row's pipes."""

from __future__ import annotations

from pathlib import Path

import pytest

from layouts.files import one


@pytest.mark.parametrize("row", ["标题 | {t} | ||", "| 标 题 | {t} |", "{t}"])
def test_the_title_is_the_heading_alone(tmp_path: Path, row: str) -> None:
    title = "某县明达镇天台完全小学2031年单位预算情况说明"
    lines = ["索引号 | 115 | 发文字号 | |", row.format(t=title), "二、单位收支总体情况",
             "(一)收入预算:2031年年初预算数777.03万元,其中:一般公共预算拨款744.03万元,事业收入33万元。",
             "(二)支出预算:2031年年初预算数777.03万元,其中:教育支出预算700万元,社会保障和就业支出预算77.03万元。"]
    assert one(tmp_path, "\n".join(lines), "budget_disclosure").title == title

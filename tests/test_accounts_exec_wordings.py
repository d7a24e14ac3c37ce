"""A completion rate said with 了 ("支出决算为150万元,完成了年初预算的75%") is checked as 完成年初预算的 is
(``accounts.text_rates._EXEC``). Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from layouts.files import findings


@pytest.mark.parametrize(("rate", "found"), [("75", []), ("85", [("85%", "75%")])])
def test_a_completion_said_with_le_is_checked(tmp_path: Path, rate: str, found: list[object]) -> None:
    text = ("某单位2030年部门决算情况说明\n一、收入支出决算总体情况说明\n"
                 "2030年度收入总计500万元,支出总计500万元。本年收入合计400万元,本年支出合计450万元。\n"
                 f"一般公共预算财政拨款支出年初预算为200万元,支出决算为150万元,完成了年初预算的{rate}%。\n")
    got = [(f.reported, f.recomputed) for f in findings(tmp_path, text) if f.kind == "text_percent"]
    assert got == found

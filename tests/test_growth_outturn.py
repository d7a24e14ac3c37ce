"""A budget report compares its plan with last year's outturn: "财政部门安排24785万元,比上年实际完成增加6677万元,增长
36.87%" (铁岭's). The change is said of the line before it (财政部门安排), 比上年实际完成 being the comparison's words,
so the rate is checked: 6677 ÷ (24785 − 6677) = 36.87% (``text_rates._COMPARE_PHRASE``). Before, 实际完成 was taken
for the line's name, no amount was named so, and the rate went unchecked. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from layouts.files import audited


@pytest.mark.parametrize("words", ["比上年实际完成", "比上年执行数", "比上年实际执行"])
@pytest.mark.parametrize(("rate", "found"), [("36.87", []), ("46.87", [("text_growth", "suspect", "46.87%", "36.87%")])])
def test_a_plan_against_last_years_outturn(tmp_path: Path, words: str, rate: str, found: list[object]) -> None:
    _, findings = audited(tmp_path, [
        "东山县2031年预算执行情况和2032年预算草案的报告",
        "一、2032年预算草案",
        f"2032年全县一般公共预算收入安排69669万元。税务部门安排44885万元;财政部门安排24785万元,{words}增加6677万元,增长{rate}%。",
    ], "budget.txt")
    assert [(f.kind, f.severity, f.reported, f.recomputed) for f in findings] == found

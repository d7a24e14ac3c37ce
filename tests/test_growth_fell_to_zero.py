"""A line its words put at 0 after a fall of all of it: "项目支出 0元,同比减少 47600 元,下降 100%" (梧州's 单位预算): the
rate is 47600 ÷ (0 + 47600) = 100%, and any other rate is a suspect (``text_rates._growth``). A 0 the line's own words
name is its amount; before, every 0 was passed over (one said before another line's smaller fall is not that
line's) and the rate went unchecked. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from layouts.files import audited


@pytest.mark.parametrize(("rate", "found"), [("100", []), ("90", [("text_growth", "suspect", "90%", "100%")])])
def test_a_line_that_fell_to_zero(tmp_path: Path, rate: str, found: list[object]) -> None:
    _, findings = audited(tmp_path, [
        "东山县第一小学2032年单位预算情况说明",
        "六、基本支出和项目支出预算情况说明",
        "1.基本支出 1133709.06 元,同比增加 81281.91 元,增长 7.72%。",
        f"2.项目支出 0元,同比减少 47600 元,下降 {rate}%。下降原因是项目已完成。",
    ], "budget.txt")
    assert [(f.kind, f.severity, f.reported, f.recomputed) for f in findings] == found

"""A 决算 说明 that states its two totals in one sentence under the unit's own words ("本单位收入总计A万元,支出总计B
万元", 丰都法院's): 本单位收入总计 is the 收入总计 line, and the 收支总表's two sides balance by construction, so A ≠ B
is a suspect (``notes_checks._OWN_TOTAL``). Before, the row named 本单位收入总计 matched no line and nothing was
checked. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from layouts.files import audited


def _found(tmp_path: Path, own: str, spent: str) -> list[tuple[str, str, str | None, str | None]]:
    _, findings = audited(tmp_path, [
        "东山县人民法院2031年度部门决算情况说明",
        "二、部门决算情况说明",
        "(一)收入支出决算总体情况说明。",
        f"1.总体情况。2031年度{own}收入总计4,076.79万元,支出总计{spent}万元。收支较上年决算数减少163.43万元。",
    ], "final.txt")
    return [(f.kind, f.severity, f.reported, f.recomputed) for f in findings]


@pytest.mark.parametrize("own", ["本单位", "本部门"])
def test_the_units_totals_balance(tmp_path: Path, own: str) -> None:
    assert _found(tmp_path, own, "4,076.79") == []
    assert _found(tmp_path, own, "4,076.89") == [("balance", "suspect", "4076.79", "4076.89")]

"""A spending's change explained by both kinds' changes ("支出预算较2030减少18.23万元,主要是基本支出预算增加91.32万元,
项目支出预算减少73.09万元", 重庆九龙坡's 单位预算): the whole's signed change is the sum of the kinds', a rise called a
fall found, suspect (``accounts.kind_reasons``). Figures invented; before, nothing checked the reasons' changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths


def _found(tmp_path: Path, way: str, basic: str, units: str = "万元") -> list[tuple[str, str, str | None, str | None]]:
    p = tmp_path / "budget.txt"
    p.write_text("东山县第二小学2031年单位预算情况说明\n"
                 "(二)支出预算:2031年年初预算数1500.00万元,其中:教育支出预算1500.00万元。"
                 f"支出预算较2030{way}18.23万元,主要是基本支出预算增加{basic}{units},项目支出预算减少73.09万元。\n",
                 encoding="utf-8")
    return [(f.kind, f.severity, f.reported, f.recomputed)
            for f in audit_paths([str(p)]).findings if f.severity in ("error", "suspect")]


@pytest.mark.parametrize(("way", "basic", "found"), [
    ("增加", "91.32", []),
    ("减少", "91.32", [("total_sum", "suspect", "-18.23", "18.23")]),  # a rise called a fall
    ("增加", "91.42", [("total_sum", "suspect", "18.23", "18.33")]),
])
def test_the_wholes_change_is_the_kinds(tmp_path: Path, way: str, basic: str, found: list[object]) -> None:
    assert _found(tmp_path, way, basic) == found


def test_amounts_in_two_units_are_not_compared(tmp_path: Path) -> None:
    assert _found(tmp_path, "减少", "913200", "元") == []

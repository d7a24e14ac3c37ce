"""A 三公 table printed one cell per line with a pipe after each (重庆渝中's summary): its amount column labelled by the
year's spending ("2030年度支出 (万元)"), its label column "经费项目", its total row last and named "总“三公”经费支出".
Before, the year's column was no column label (the header stopped at it, so each row's spending was read as its
change) and the total row was no row; now the table is read whole, its sums checked, and the 说明's rate of the
total's fall held against the total (invented figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from layouts.files import audited

ITEMS = (("因公出国(境)费", "0"), ("公务接待费", "71.53"), ("公务用车购置及运行维护费", "1857.23"),
         ("公务用车购置费", "423.81"), ("公务用车运行维护费", "1433.42"), ("总“三公”经费支出", "1928.76"))


def lines(figures: dict[str, str], fall: str = "36.2") -> list[str]:
    out = ["2030年度全区“三公”经费决算情况", "经费项目 |", "2030年度支出 (万元) |", "支出减少情况(万元) |", "支出减少率 |"]
    for label, _ in ITEMS:
        out += [f"{label} |", f"{figures[label]} |", "- |", "- |"]
    return out + [f"2030年度全区“三公”经费总支出为{figures[ITEMS[-1][0]]}万元。与上年相比,“三公”经费支出减少了1093.92万元,"
                  f"下降了{fall}%。"]


def test_the_table_is_read_whole_and_holds(tmp_path: Path) -> None:
    doc, found = audited(tmp_path, lines(dict(ITEMS)))
    [table] = doc.extra["accounts"].tables
    assert {r.item: str(r.get("决算数").dec) for r in table.rows} == {
        "合计": "1928.76", "因公出国(境)费": "0", "公务接待费": "71.53", "公务用车购置及运行费": "1857.23",
        "公务用车购置费": "423.81", "公务用车运行费": "1433.42"}
    assert found == []


@pytest.mark.parametrize("label", [label for label, v in ITEMS if v != "0"])
def test_a_figure_planted_off_is_found(tmp_path: Path, label: str) -> None:
    figures = dict(ITEMS)
    figures[label] = str(Decimal(figures[label]) + Decimal("0.10"))
    _, found = audited(tmp_path, lines(figures))
    assert any(f.severity == "error" for f in found), [f.message for f in found]


def test_the_falls_rate_is_held_against_the_total(tmp_path: Path) -> None:
    _, found = audited(tmp_path, lines(dict(ITEMS), fall="37.2"))
    assert [(f.kind, f.severity, f.reported, f.recomputed) for f in found] == [
        ("text_growth", "error", "37.2%", "36.2%")]

"""A 三公 决算 table one cell a line whose header numbers its rows (行次) and has a row of column numbers (栏次) under a
group label (…比上年增减情况 over 增加额 and 增加幅度), a blank cell a lone "|" (红河 2018's): the 行次 is a column of
its own holding the rows' numbers, never an amount; 栏次 is no column; each row's cells, blanks too, stand in their
place (``sangong_rows.header_cells``, ``row_values``; ``accounts.sangong.column_roles``: role serial). Before, the
header was read as 增加额 | 增加幅度 alone and the table was left unchecked. Invented figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from layouts.files import audited


def _page(total: str) -> list[str]:
    cells = ["项 目", "行次", "2029年决算数", "2030年决算数", "2030年决算比上年增减情况", "栏 次", "增加额", "增加幅度",
             "(一)支出合计", "2", total, "130.00", "20.00", "18.18%",
             "1.因公出国(境)费", "3", "", "10.00", "", "",
             "2.公务用车购置及运行维护费", "4", "80.00", "85.00", "5.00", "6.25%",
             "(1)公务用车购置费", "5", "20.00", "20.00", "0.00", "0.00%",
             "(2)公务用车运行维护费", "6", "60.00", "65.00", "5.00", "8.33%",
             "3.公务接待费", "7", "30.00", "35.00", "5.00", "16.67%"]
    return ["某县2030年“三公”经费决算统计表", "单位:万元", *(f"{c} |" if c else "|" for c in cells)]


def test_each_figure_stands_under_its_column(tmp_path: Path) -> None:
    doc, found = audited(tmp_path, _page("110.00"))
    (table,) = doc.extra["accounts"].tables
    rows = {r.name: r for r in table.rows}
    assert table.roles["行次"] == "serial"
    assert rows["(一)支出合计"].get("行次").value == Decimal(2)
    assert rows["(一)支出合计"].get("上年决算数").value == Decimal("110.00")
    assert rows["(一)支出合计"].get("决算数").value == Decimal("130.00")
    assert rows["1.因公出国(境)费"].get("上年决算数").value is None
    assert rows["1.因公出国(境)费"].get("决算数").value == Decimal("10.00")
    assert found == []


def test_a_planted_total_is_found(tmp_path: Path) -> None:
    """上年 合计 120 for 0 + 80 + 30: the sum is wrong, and so are the change (130 − 120 is 10, printed 20) and its rate."""
    _, found = audited(tmp_path, _page("120.00"))
    assert {(f.severity, f.reported, f.recomputed) for f in found if f.kind == "three_public"} == {
        ("error", "120.00", "110.00"), ("error", "20.00", "10.00"), ("error", "18.18%", "8.33%")}

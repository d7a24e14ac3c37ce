"""A 三公 table whose cells were printed one a line and wrapped (a PDF's narrow columns): an item's name broken
over two lines is one row, and a table whose header was lost keeps its figures but checks no column it cannot
name (a 决算表 prints 预算数 before 决算数: two figures a row are not both the 决算数)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.accounts.checks import check_accounts
from layouts.files import one

# (label lines, 预算数, 决算数): the names broken where a narrow column wraps them
ROWS = [
    (["合 计"], "49.9", "7.69"),
    (["因公出国(境)费"], "20", "0"),
    (["公务接待费"], "14.9", "5.21"),
    (["公务用车购置及运", "行维护费"], "15", "2.48"),
    (["其中:公务用车运", "行维护费"], "15", "2.48"),
    (["公务用车购置费"], "0", "0"),
]


def _text(header: bool, total: str = "49.9") -> str:
    lines = ["一、2021年度一般公共预算财政拨款“三公”经费支出决算表", "单位:万元"]
    lines += ["项 目", "预算数", "决算数"] if header else ["项 目"]
    for label, budget, final in ROWS:
        lines += [*label, total if label == ["合 计"] else budget, final]
    return "\n".join(lines) + "\n"


def test_a_name_wrapped_over_two_lines_is_one_row(tmp_path: Path) -> None:
    t = one(tmp_path, _text(header=True), "sangong").extra["accounts"].tables[0]
    got = {r.item: (r.get("预算数").dec, r.get("决算数").dec) for r in t.rows}
    assert got["公务用车购置及运行费"] == (Decimal("15"), Decimal("2.48"))
    assert got["公务用车运行费"] == (Decimal("15"), Decimal("2.48"))
    assert got["公务用车购置费"] == (Decimal("0"), Decimal("0")) and len(got) == 6
    assert [f for f in check_accounts(one(tmp_path, _text(header=True), "sangong")) if f.severity == "error"] == []
    # a total off by the 公务用车 row is still found, on the 预算数 column
    found = [f for f in check_accounts(one(tmp_path, _text(header=True, total="59.9"), "sangong"))
             if f.severity == "error"]
    assert [(f.kind, f.reported, f.recomputed) for f in found] == [("three_public", "59.9", "49.9")]


def test_two_figures_a_row_under_no_header_are_read_and_not_checked(tmp_path: Path) -> None:
    doc = one(tmp_path, _text(header=False, total="59.9"), "sangong")
    t = doc.extra["accounts"].tables[0]
    assert [r.values[c].text for r in t.rows[:1] for c in t.columns] == ["59.9", "7.69"]
    assert set(t.roles.values()) == {"unknown"}
    assert [f for f in check_accounts(doc) if f.severity == "error"] == []

"""A 三公 table from a PDF whose first item's label wrapped over lines: the text sets the label after the table, and
its figures after the 合计's ("合 计 80.00 79.36 0 0 公务接待费 …  公务用车购置 0 0 因公出国(境)费"). The surplus
figures are the bare row's in the order the table's arithmetic confirms; a column the placement leaves contradicted is
the table's own mistake, found; where no order is confirmed the table stays unchecked (figures invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from layouts.files import one


def _text(total: str, abroad: str) -> str:
    return (
        "某县司法局2019年“三公”经费决算.pdf\n"
        "某县司法局 2019 年一般公共预算财政 拨款“三公”经费支出决算情况说明 一、2019 年一般公共预算财政拨款“三公”"
        f"经费支出决算表 单位:万元 项 目 预算数 决算数 合 计 80.00 {total} {abroad} 公务接待费 26.00 25.60 "
        "公务用车购置及运行费 54.00 53.76 其中:公务用车运行维护费 34.00 33.76 公务用车购置 20.00 20.00 因公出国(境)费 "
        "二、2019 年一般公共预算财政拨款“三公”经费支出情况说明\n")


def _rows(doc):  # type: ignore[no-untyped-def]
    return {r.item: [v.text for v in r.values.values()] for r in doc.extra["accounts"].tables[0].rows}


def test_the_figures_after_the_totals_are_the_bare_rows(tmp_path: Path) -> None:
    doc = one(tmp_path, _text("79.36", "0 0"), "sangong")
    rows = _rows(doc)
    assert rows["合计"] == ["80.00", "79.36"]
    assert rows["因公出国(境)费"] == ["0", "0"]
    assert rows["公务接待费"] == ["26.00", "25.60"]
    said = [p.message for p in doc.problems]
    assert any("因公出国(境)费" in m and "算术" in m for m in said)
    assert not [m for m in said if "数字多于表头" in m]
    assert not [f for f in check_accounts(doc) if f.severity in ("error", "suspect")]


def test_a_slip_in_one_column_is_found_once_the_other_column_placed_them(tmp_path: Path) -> None:
    doc = one(tmp_path, _text("79.46", "0 0"), "sangong")  # 79.46 ≠ 0 + 25.60 + 53.76 = 79.36
    assert _rows(doc)["因公出国(境)费"] == ["0", "0"]
    found = [f for f in check_accounts(doc) if f.severity == "error"]
    assert any("79.46" in f.message and "79.36" in f.message for f in found), [f.message for f in found]


@pytest.mark.parametrize("total", ["79.46", "79.36"])
def test_figures_no_order_confirms_stay_unchecked(tmp_path: Path, total: str) -> None:
    doc = one(tmp_path, _text(total, "1.00 1.00"), "sangong")  # 80 ≠ 1 + 26 + 54 in either order
    assert _rows(doc).get("因公出国(境)费") in (None, [None, None], ["", ""], [])
    assert any("数字多于表头" in p.message for p in doc.problems)
    assert not [f for f in check_accounts(doc) if f.severity == "error"]

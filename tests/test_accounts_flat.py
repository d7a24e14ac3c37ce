"""A 收入支出决算总表 flattened to one run of text: the amounts placed by the table's arithmetic where exactly
one placement holds, said; a run that cannot be placed left unread and said; a 总计 that does not balance
found once every line holds its amount (generator: ``tests/layouts/flat_accounts.py``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.accounts.checks import check_accounts
from jixiao.core.records import Document
from layouts.files import one
from layouts.flat_accounts import cells, flat


def _stated(doc: Document) -> dict[str, Decimal | None]:
    return {r.name: r.get("决算数").dec for r in doc.extra["accounts"].tables[0].rows}


def test_blank_cells_gone_totals_placed_by_arithmetic(tmp_path: Path) -> None:
    text, f = flat(3)
    doc = one(tmp_path, text, "final_accounts")
    assert _stated(doc) == {"本年收入合计": f["本年收入合计"], "收入总计": f["收入总计"]}
    said = [p.message for p in doc.problems]
    assert any("按表内算术关系确定" in m for m in said)  # 27–30: 2 amounts for 4 lines, one placement holds
    assert any("分不清各属哪一行" in m for m in said)  # 1–8: 3 amounts for 8 lines, never guessed
    assert [x for x in check_accounts(doc) if x.severity == "error"] == []


def test_every_line_present_balance_checked(tmp_path: Path) -> None:
    text, f = flat(5, carried=True)
    doc = one(tmp_path, text, "final_accounts")
    assert _stated(doc)["使用非财政拨款结余"] == f["使用非财政拨款结余"]
    made: list[tuple[str, str, bool]] = []
    assert [x for x in check_accounts(doc, made=made) if x.severity != "info"] == []
    assert [ok for k, _, ok in made if k == "balance"] == [True]


def test_a_total_that_does_not_balance_is_found(tmp_path: Path) -> None:
    text, _ = flat(5, carried=True, plant=True)
    found = [(x.kind, x.severity, x.row) for x in check_accounts(one(tmp_path, text, "final_accounts")) if x.severity != "info"]
    assert found == [("balance", "error", "收入总计")]


def test_one_cell_a_line_each_amount_is_its_rows(tmp_path: Path) -> None:
    text, f = cells(2)
    doc = one(tmp_path, text, "final_accounts")
    stated = _stated(doc)
    assert {k: stated[k] for k in f} == f  # every amount on the line it stands under, none guessed
    assert not [p for p in doc.problems if "分不清" in p.message]
    assert [x for x in check_accounts(doc) if x.severity != "info"] == []


def test_one_cell_a_line_total_off_is_found(tmp_path: Path) -> None:
    text, _ = cells(2, plant=True)
    found = [(x.kind, x.severity, x.row) for x in check_accounts(one(tmp_path, text, "final_accounts")) if x.severity == "error"]
    assert found and all(row == "收入总计" for _, _, row in found)

"""findings.xlsx for the reviewer (issue 10, item 7): figures as numbers with the document's digits, 说明
wrapped, empty 处理意见 and 状态 columns, and a filter that opens on the errors."""

from __future__ import annotations

import zipfile
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from jixiao.audit import audit_paths
from jixiao.report import xlsx

SEED_004 = str(Path(__file__).resolve().parent.parent / "samples" / "004_7e677134512249db.txt")


def test_number_keeps_the_documents_digits() -> None:
    assert xlsx.number("94.47999999999999") == (Decimal("94.47999999999999"), "0.00000000000000")
    assert xlsx.number("1,458.89") == (Decimal("1458.89"), "#,##0.00")
    assert xlsx.number("96.26%") == (Decimal("0.9626"), "0.00%")
    assert xlsx.number("优") == ("优", None) and xlsx.number(None) == (None, None)


def test_findings_sheet_for_the_reviewer(tmp_path: Path) -> None:
    result = audit_paths([SEED_004])
    out = xlsx.write(result, tmp_path / "findings.xlsx")
    ws = load_workbook(out)["审核发现"]
    head = [c.value for c in ws[1]]
    assert head[-2:] == ["处理意见", "状态"] and head[4] == "位置"
    rows = list(ws.iter_rows(min_row=2))
    assert all(r[9].value is None and r[10].value is None for r in rows)  # left for the reviewer
    total = next(r for r in rows if r[1].value == "总分之和")
    assert isinstance(total[6].value, float) and total[6].number_format == "0.00000000000000"
    assert total[7].value == 94.3 and total[7].number_format == "0.0"
    rate = next(r for r in rows if r[1].value == "执行率")
    assert rate[7].value == 1 and rate[7].number_format == "0%"  # 100% as the number 1, shown as a percentage
    assert all(r[8].alignment.wrap_text for r in rows)
    # the exact decimal text is what the file stores (no binary rounding on the way)
    sheet = zipfile.ZipFile(out).read("xl/worksheets/sheet1.xml").decode()
    assert "<v>94.47999999999999</v>" in sheet
    # the filter opens on the errors: the others are hidden until the filter is changed
    assert [(f.colId, f.filters.filter) for f in ws.auto_filter.filterColumn] == [(0, ["错误"])]
    hidden = [ws.row_dimensions[r[0].row].hidden for r in rows]
    assert [r[0].value for r, h in zip(rows, hidden) if not h] == ["错误"] * result.counts()["error"]
    assert str(ws.data_validations.dataValidation[0].sqref).startswith("K2")


def test_documents_sheet_total_is_a_number(tmp_path: Path) -> None:
    out = xlsx.write(audit_paths([SEED_004]), tmp_path / "f.xlsx")
    docs = load_workbook(out)["文档"]
    totals = [r[4] for r in docs.iter_rows(min_row=2)]
    assert any(c.value == 94.47999999999999 for c in totals) and all(not isinstance(c.value, str) for c in totals)


def test_hidden_rows_are_not_kept_once_written(tmp_path: Path) -> None:
    """A province's hidden rows held a RowDimension each until the book was saved (issue 12: memory flat in
    the number of findings); each is dropped once its row is written, and the rows stay hidden in the file."""
    from jixiao.report.safe import SheetWriter

    result = audit_paths([SEED_004])
    wb = xlsx._book(result, "zh", SheetWriter())
    assert all(not dim.hidden for dim in wb.worksheets[0].row_dimensions.values())
    wb.save(tmp_path / "f.xlsx")
    ws = load_workbook(tmp_path / "f.xlsx")["审核发现"]
    hidden = sum(1 for r in range(2, ws.max_row + 1) if ws.row_dimensions[r].hidden)
    assert hidden == result.totals.findings - result.counts()["error"] > 0

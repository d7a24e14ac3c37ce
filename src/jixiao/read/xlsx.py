"""读取 .xlsx — every sheet into tables, each cell with its sheet and "B7" reference.

openpyxl is used in its ordinary (not read-only) mode because only that mode knows the merged ranges; the
cached values of formulas are read (``data_only``). A number is shown as the cell's number format shows it
(``0.00`` → ``10.00``, ``#,##0.00`` → ``2,270.00``, ``0.00%`` → ``99.44%``), computed in Decimal from the
shortest text of the stored float, so no binary artefact appears that was not in the file; a cell in the
General format gives that shortest text itself (``94.47999999999999`` only if the file stores it).
A formula whose result was never saved (a file written by a program, not by Excel) has no value to read:
the cell reads ``#公式未计算`` (never blank, never a neighbour's number) and a located problem says so. Merged ranges and the splitting of a sheet into tables: see ``jixiao.read.grid``.
"""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from jixiao.core.numbers import parse_decimal
from jixiao.core.records import Problem
from jixiao.core.source import Source
from jixiao.read.base import FileRead
from jixiao.read.grid import FORMULA_UNSAVED, UnreadableFile, add_sheet, clean_text, column_letter, unreadable
from jixiao.read.limits import MAX_XLSX_CELLS, LimitExceeded, check_grid, check_package

_LITERALS = re.compile(r'"[^"]*"|\\.|_.|\*.|\[[^\]]*\]')
_DATE_TOKENS = re.compile(r"[yYmMdDhHsS]")


def number_text(value: int | float | Decimal, number_format: str = "General") -> str:
    """A number as the format shows it: decimals, thousands separators and percent; exact, in Decimal."""
    d = parse_decimal(value)
    assert d is not None  # a number always parses
    section = _LITERALS.sub("", (number_format or "General").split(";")[0])
    if section.strip().lower() in ("general", "@", "") or "E" in section.upper() or _DATE_TOKENS.search(section):
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return format(d, "f")
    if "%" in section:
        d *= 100
    head, _, tail = section.partition(".")
    digits = len(re.findall(r"[0#?]", tail))
    d = d.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    grouped = bool(re.search(r"[0#?],[0#?]", head))
    text = format(d, ",f" if grouped else "f")
    return text + ("%" if "%" in section else "")


def cell_text(value: Any, number_format: str = "General") -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float | Decimal):
        return number_text(value, number_format)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return clean_text(str(value))


def read_xlsx(path: str) -> FileRead:
    import openpyxl  # imported here: the text reader should not pay for it

    out = FileRead(source=Source(path), format="xlsx")
    try:
        check_package(path, "xlsx")
        _check_merges(path)  # openpyxl makes a cell object for every cell a merged range covers
    except LimitExceeded as e:
        raise UnreadableFile(e.zh, e.source or Source(path), e.en) from None
    try:
        wb = openpyxl.load_workbook(path, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as e:
        raise unreadable(path, "xlsx 工作簿", "an xlsx workbook", e) from e
    if not wb.worksheets:  # its workbook part damaged or emptied: no sheet listed, not an empty file
        raise UnreadableFile("xlsx 工作簿中没有列出任何工作表（xl/workbook.xml 已损坏？），无法读取", Source(path),
                             "the xlsx workbook lists no worksheet (xl/workbook.xml damaged?); not read")
    try:
        unsaved = _formulas_without_values(path, wb)
        out.problems.extend(unsaved)
        marked = {(p.source.sheet, p.source.cell) for p in unsaved if p.source is not None}
        for ws in wb.worksheets:
            try:  # one cell at XFD1048576 makes the sheet's grid 17 billion cells
                r0, c0, r1, c1 = _extent(ws, path)
            except LimitExceeded as e:
                out.problems.append(Problem(e.zh, e.source, e.en))
                continue
            texts = [
                [FORMULA_UNSAVED if (ws.title, c.coordinate) in marked else cell_text(c.value, c.number_format)
                 for c in row]
                for row in ws.iter_rows(min_row=r0, max_row=r1, min_col=c0, max_col=c1)
            ]
            merges = [
                (m.min_row - r0, m.min_col - c0, m.max_row - r0, m.max_col - c0)
                for m in ws.merged_cells.ranges
                if m.min_row >= r0 and m.min_col >= c0
            ]

            def source_of(r: int, c: int, name: str = ws.title, r0: int = r0, c0: int = c0) -> Source:
                return Source(path, sheet=name, cell=f"{column_letter(c + c0 - 1)}{r + r0}")

            add_sheet(out, texts, merges, source_of)
    finally:
        wb.close()
    return out


def _extent(ws: Any, path: str) -> tuple[int, int, int, int]:
    """The sheet's range (min row, min column, max row, max column), within the grid limits: when the
    range of every cell (formatted empty cells included) is too large, the range of the cells that hold a
    value and the merged ranges; ``LimitExceeded`` (located at the farthest cell) when that is too large."""
    r0, c0, r1, c1 = ws.min_row, ws.min_column, ws.max_row, ws.max_column
    try:
        check_grid(r1 - r0 + 1, c1 - c0 + 1)
        return r0, c0, r1, c1
    except LimitExceeded:
        pass
    # openpyxl keeps the cells it read in ``_cells`` by (row, column): the only way to visit them without
    # walking the whole rectangle
    spots = [rc for rc, cell in ws._cells.items() if cell.value is not None]
    spots += [(m.min_row, m.min_col) for m in ws.merged_cells.ranges]
    spots += [(m.max_row, m.max_col) for m in ws.merged_cells.ranges]
    if not spots:
        return 1, 1, 1, 1
    rows, cols = [r for r, _ in spots], [c for _, c in spots]
    r0, c0, r1, c1 = min(rows), min(cols), max(rows), max(cols)
    try:
        check_grid(r1 - r0 + 1, c1 - c0 + 1)
    except LimitExceeded as e:
        far_r, far_c = max(spots, key=lambda rc: (rc[0] - r0 + 1) * (rc[1] - c0 + 1))
        e.source = Source(path, sheet=ws.title, cell=f"{column_letter(far_c - 1)}{far_r}")
        raise
    return r0, c0, r1, c1


_MERGE_REF = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="\$?([A-Z]{1,3})\$?(\d{1,7}):\$?([A-Z]{1,3})\$?(\d{1,7})"')
_CELL_TAG = re.compile(rb"<(?:\w+:)?c[\s>/]")
_SHEET = re.compile(rb'<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"[^>]*?\b(?:\w+:)?id="([^"]*)"')
_REL = re.compile(rb'<Relationship\b[^>]*?\bId="([^"]*)"[^>]*?\bTarget="([^"]*)"|'
                  rb'<Relationship\b[^>]*?\bTarget="([^"]*)"[^>]*?\bId="([^"]*)"')


def _column(letters: bytes) -> int:
    from openpyxl.utils import column_index_from_string

    return column_index_from_string(letters.decode("ascii"))


def _sheet_names(z: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet part (``xl/worksheets/sheet1.xml``) → the sheet's name, from the workbook and its rels."""
    try:
        rels = {(m[1] or m[4]).decode(): (m[2] or m[3]).decode() for m in _REL.finditer(z.read("xl/_rels/workbook.xml.rels"))}
        sheets = _SHEET.findall(z.read("xl/workbook.xml"))
    except KeyError:
        return {}
    out = {}
    for name, rid in sheets:
        target = rels.get(rid.decode(), "")
        part = target.lstrip("/") if target.startswith("/") else "xl/" + target
        out[part] = name.decode("utf-8", "replace")
    return out


def _check_merges(path: str) -> None:
    """``LimitExceeded`` for a sheet whose merged ranges cover more than the limit (a whole-sheet merge
    A1:XFD1048576) or that holds more cells than a sheet may, read from the sheet's XML before openpyxl
    builds a cell object for each."""
    try:
        z = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    with z:
        names = _sheet_names(z)
        for part in z.namelist():
            if not (part.startswith("xl/worksheets/") and part.endswith(".xml")):
                continue
            data = z.read(part)
            cells = sum(1 for _ in _CELL_TAG.finditer(data))  # openpyxl makes an object of each
            area = 0
            if b"mergeCell" in data:
                for a, r0, b, r1 in _MERGE_REF.findall(data):
                    area += (abs(int(r1) - int(r0)) + 1) * (abs(_column(b) - _column(a)) + 1)
            try:
                check_grid(0, 0, area)
                if cells > MAX_XLSX_CELLS:
                    raise LimitExceeded(f"工作表有 {cells} 个单元格，超过上限 {MAX_XLSX_CELLS}，未读取",
                                        f"the sheet holds {cells} cells, more than the limit of {MAX_XLSX_CELLS}; not read")
            except LimitExceeded as e:
                e.source = Source(path, sheet=names.get(part, part))
                raise


_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[ >]")


def _formulas_without_values(path: str, wb: Any) -> list[Problem]:
    """Formula cells with no cached result. The formulas are looked up only in files that have any."""
    with zipfile.ZipFile(path) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml")]
        if not any(_FORMULA_TAG.search(z.read(n)) for n in sheets):
            return []
    import openpyxl

    formulas = openpyxl.load_workbook(path, data_only=False)
    problems = []
    try:
        for ws in formulas.worksheets:
            values = wb[ws.title]
            for row in ws.iter_rows():
                for c in row:
                    if c.data_type == "f" and values[c.coordinate].value is None:
                        problems.append(
                            Problem(
                                f"单元格是公式 {c.value}，文件未保存其计算结果，无法读取数值",
                                Source(path, sheet=ws.title, cell=c.coordinate),
                                f"the cell holds the formula {c.value} but the file has no saved result for it",
                            )
                        )
    finally:
        formulas.close()
    return problems

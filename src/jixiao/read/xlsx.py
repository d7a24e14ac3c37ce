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
from jixiao.read.grid import FORMULA_UNSAVED, add_sheet, clean_text, column_letter, unreadable

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
        wb = openpyxl.load_workbook(path, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as e:
        raise unreadable(path, "xlsx 工作簿", "an xlsx workbook", e) from e
    try:
        unsaved = _formulas_without_values(path, wb)
        out.problems.extend(unsaved)
        marked = {(p.source.sheet, p.source.cell) for p in unsaved if p.source is not None}
        for ws in wb.worksheets:
            r0, c0 = ws.min_row, ws.min_column
            texts = [
                [FORMULA_UNSAVED if (ws.title, c.coordinate) in marked else cell_text(c.value, c.number_format)
                 for c in row]
                for row in ws.iter_rows(min_row=r0, max_row=ws.max_row, min_col=c0, max_col=ws.max_column)
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

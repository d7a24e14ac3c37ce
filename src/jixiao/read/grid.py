"""网格 — turning a cell grid with merged ranges (xlsx, xls, docx, pdf) into ``Table`` objects.

Every binary reader first builds a ``Grid``: the text of each cell by (row, column) and the merged ranges.
The choice made here, for every format: **a merged range's text is repeated into each cell it covers**;
the top-left cell is the ordinary cell, the others carry ``Cell.merged=True``. A recogniser that wants the
text-table convention (blank cells below a label) treats ``merged`` cells as blank; one that carries labels
down blank cells works on either.

Spreadsheets hold many forms on one sheet: ``sheet_tables`` splits a sheet on empty rows, turns the
one-text rows that open a block (the title 财政项目支出绩效自评表, "(2023年度)", "单位：万元") into body text
and the next table's preamble, and joins a block that opens with an ordinary row to the table before it (an
empty row inside a form), as the text reader does with blank lines inside a table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from jixiao.core.records import Problem
from jixiao.core.source import Source
from jixiao.core.table import Cell, Table
from jixiao.read.base import FileRead
from jixiao.read.limits import LimitExceeded, check_grid, merged_area

PREAMBLE_LINES = 3  # as the text reader: the last lines before a table are its preamble


@dataclass(slots=True)
class Grid:
    """Texts by row and column (0-based, rectangular) and merged ranges ``(r0, c0, r1, c1)``, inclusive."""

    texts: list[list[str]]
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)

    def cells(self, source_of: Callable[[int, int], Source]) -> list[list[Cell]]:
        """Cells with the merged ranges filled in (see the module docstring)."""
        # a merged range may reach past the last cell with data (calamine stops the grid there)
        width = max([len(r) for r in self.texts] + [c1 + 1 for _, _, _, c1 in self.merges], default=0)
        height = max([len(self.texts)] + [r1 + 1 for _, _, r1, _ in self.merges])
        check_grid(height, width, merged_area(self.merges))  # LimitExceeded before anything is built
        texts = [r + [""] * (width - len(r)) for r in self.texts] + [[""] * width for _ in range(height - len(self.texts))]
        merged = [[False] * width for _ in texts]
        for r0, c0, r1, c1 in self.merges:
            anchor = texts[r0][c0]
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    if (r, c) != (r0, c0):
                        texts[r][c] = anchor
                        merged[r][c] = True
        return [
            [Cell(t, source_of(r, c), merged[r][c]) for c, t in enumerate(row)] for r, row in enumerate(texts)
        ]


def column_letter(col: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA"."""
    out = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        out = chr(65 + rem) + out
    return out


def _distinct(row: list[Cell]) -> set[str]:
    return {c.text for c in row if not c.blank}


def _single_text(row: list[Cell]) -> bool:
    """One cell of the row holds text (a title, alone or merged across the row)."""
    return sum(1 for c in row if not c.blank and not c.merged) == 1


def _trim_columns(rows: list[list[Cell]]) -> list[list[Cell]]:
    """Drop the columns that are blank in every row of the table, at both ends."""
    width = max((len(r) for r in rows), default=0)
    used = [c for c in range(width) if any(c < len(r) and not r[c].blank for r in rows)]
    if not used:
        return rows
    return [r[used[0] : used[-1] + 1] for r in rows]


def sheet_tables(
    rows: list[list[Cell]], table_source: Callable[[Cell], Source]
) -> tuple[list[Table], list[tuple[str, Source]]]:
    """Split a sheet's cell rows into tables and body lines (see the module docstring)."""
    tables: list[Table] = []
    body: list[tuple[str, Source]] = []
    pending: list[str] = []  # body lines not yet used as a preamble
    current: list[list[Cell]] | None = None  # rows of the table being built
    i, n = 0, len(rows)
    while i < n:
        if not _distinct(rows[i]):
            i += 1
            continue
        opened_by_text = False
        while i < n and _single_text(rows[i]) and not _is_continuation(rows, i):
            first = next(c for c in rows[i] if not c.blank)
            body.append((first.text, first.source))
            pending.append(first.text)
            opened_by_text = True
            i += 1
        if i >= n or not _distinct(rows[i]):
            continue
        block_end = i
        while block_end < n and _distinct(rows[block_end]):
            block_end += 1
        block = rows[i:block_end]
        if current is not None and not opened_by_text:
            current.extend(block)
        else:
            preamble = pending[-PREAMBLE_LINES:]
            current = list(block)
            tables.append(
                Table(
                    rows=current,
                    source=table_source(block[0][0]),
                    title=preamble[-1] if preamble else None,
                    preamble=preamble,
                )
            )
            pending = []
        i = block_end
    for t in tables:
        t.rows = _trim_columns(t.rows)
    return tables, body


def _is_continuation(rows: list[list[Cell]], i: int) -> bool:
    """A one-text row that is part of a vertical merge from the row above belongs to the table."""
    return i > 0 and any(c.merged and c.text == a.text and not a.blank for c, a in zip(rows[i], rows[i - 1]))


class UnreadableFile(ValueError):
    """A file that cannot be read at all (not a workbook, corrupt, encrypted): one located message."""

    def __init__(self, message: str, source: Source, message_en: str | None = None) -> None:
        super().__init__(f"{source}: {message}")
        self.message = message
        self.message_en = message_en
        self.source = source


_HINTS = (
    (b"\xd0\xcf\x11\xe0", "文件是 OLE 复合文档：可能已加密，或实为旧格式 .xls/.doc", "an OLE file: encrypted, or an old .xls/.doc"),
    (b"PK\x03\x04", "", ""),
    (b"%PDF", "文件实为 PDF", "the file is a PDF"),
    (b"<", "文件实为 HTML/XML 文本（另存为真正的 Excel/Word 文件后再读）", "the file is HTML/XML text"),
)


def unreadable(path: str, kind_zh: str, kind_en: str, error: Exception) -> UnreadableFile:
    """The located error for a file that cannot be opened as ``kind``, with what its first bytes say it is."""
    hint_zh = hint_en = ""
    try:
        with open(path, "rb") as f:
            head = f.read(512).lstrip()
    except OSError:
        head = b""
    for magic, zh, en in _HINTS:
        if head.startswith(magic):
            hint_zh, hint_en = (f"；{zh}", f"; {en}") if zh else ("", "")
            break
    detail = f"{type(error).__name__}: {error}"
    return UnreadableFile(
        f"无法作为 {kind_zh} 打开（{detail}）{hint_zh}", Source(path), f"cannot open as {kind_en} ({detail}){hint_en}"
    )


def sheet_problem(e: LimitExceeded, at: Source) -> Problem:
    """A limit breached by a sheet or table, located at it (its first cell's place without the cell)."""
    return Problem(e.zh, e.source or Source(at.file, page=at.page, sheet=at.sheet), e.en)


def clean_text(text: str) -> str:
    """A cell's text: line breaks as "\\n", outer white space stripped."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


EXCEL_ERRORS = frozenset({"#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"})
# The text of a formula cell whose result the file never saved: a place where a value should be, never a
# number, so that a recogniser reads the value there as missing instead of taking a neighbour's.
FORMULA_UNSAVED = "#公式未计算"
NO_VALUE = EXCEL_ERRORS | {FORMULA_UNSAVED}


def error_problems(rows: list[list[Cell]]) -> list[Problem]:
    """A spreadsheet error value (``#DIV/0!``) stands where a number should be: a located problem each."""
    return [
        Problem(
            f"单元格为 Excel 错误值 {c.text}，没有可读的数值",
            c.source,
            f"the cell holds the Excel error {c.text}: no value to read",
        )
        for row in rows
        for c in row
        if not c.merged and c.text in EXCEL_ERRORS
    ]


def add_sheet(
    out: FileRead,
    texts: list[list[str]],
    merges: list[tuple[int, int, int, int]],
    source_of: Callable[[int, int], Source],
) -> None:
    """One spreadsheet sheet's grid into ``out``: its tables, its body lines, its error-value problems.
    A sheet beyond the limits (``jixiao.read.limits``) is a problem located at the sheet, and not read."""
    try:
        rows = Grid(texts, merges).cells(source_of)
    except LimitExceeded as e:
        out.problems.append(sheet_problem(e, source_of(0, 0)))
        return
    out.problems.extend(error_problems(rows))
    tables, body = sheet_tables(rows, lambda cell: cell.source)
    out.tables.extend(tables)
    out.body.extend(body)

"""读取 .xls (Excel 97–2003) with python-calamine — every sheet into tables, cells named "B7".

calamine reports the merged ranges (handled as in ``jixiao.read.grid``) but not the number formats: a number
reads as the shortest text of the stored double (``2270.00`` typed with two decimals reads ``2270``; the
value is the same, the trailing zeros of the display are not in the file).
"""

from __future__ import annotations

from jixiao.core.records import Problem
from jixiao.core.source import Source
from jixiao.read.base import FileRead
from jixiao.read.grid import add_sheet, column_letter, unreadable
from jixiao.read.limits import LimitExceeded, check_grid
from jixiao.read.xlsscan import check_xls
from jixiao.read.xlsx import cell_text


def read_xls(path: str) -> FileRead:
    from python_calamine import CalamineError, CalamineWorkbook

    out = FileRead(source=Source(path), format="xls")
    check_xls(path)  # LimitExceeded before calamine builds a far cell's grid
    try:
        wb = CalamineWorkbook.from_path(path)
    except (CalamineError, OSError, ValueError) as e:
        raise unreadable(path, "xls 工作簿", "an xls workbook", e) from e
    try:
        for name in wb.sheet_names:
            sheet = wb.get_sheet_by_name(name)
            try:  # one far cell (IV65536) would make the grid 16 million cells
                check_grid(sheet.height, sheet.width)
            except LimitExceeded as e:
                end = sheet.end or (sheet.height - 1, sheet.width - 1)
                out.problems.append(Problem(e.zh, Source(path, sheet=name, cell=f"{column_letter(end[1])}{end[0] + 1}"), e.en))
                continue
            values = sheet.to_python(skip_empty_area=True)
            if not values:
                continue
            r0, c0 = sheet.start or (0, 0)
            texts = [[cell_text(v) for v in row] for row in values]
            merges = [
                (a[0] - r0, a[1] - c0, b[0] - r0, b[1] - c0)
                for a, b in (sheet.merged_cell_ranges or [])
                if a[0] >= r0 and a[1] >= c0
            ]

            def source_of(r: int, c: int, name: str = name, r0: int = r0, c0: int = c0) -> Source:
                return Source(path, sheet=name, cell=f"{column_letter(c + c0)}{r + r0 + 1}")

            add_sheet(out, texts, merges, source_of)
    finally:
        wb.close()
    return out

"""A look at an .xls workbook's records before calamine opens it: one far cell must not cost a gigabyte.

calamine builds every sheet of an .xls as a dense grid when the workbook is opened: one value at IV65536 in
a 5 KB file is a 16-million-cell grid, about 1 GB in Rust, and an allocation failure there aborts the
process with a Rust backtrace. ``check_xls`` reads the BIFF8 records of the ``Workbook`` stream (olefile
opens the compound file) and refuses, with the sheet named, a workbook whose sheet extent (its cells and
its DIMENSIONS record) or merged area passes the limits of ``jixiao.read.limits``. A file that is not a
readable compound file is left to calamine, which says it is damaged.
"""

from __future__ import annotations

import struct

from jixiao.core.source import Source
from jixiao.read.limits import LimitExceeded, check_grid

_BOF, _EOF, _BOUNDSHEET, _DIMENSIONS, _MERGED = 0x0809, 0x000A, 0x0085, 0x0200, 0x00E5
_CELLS = frozenset({0x0006, 0x0201, 0x0203, 0x0204, 0x0205, 0x027E, 0x00FD, 0x00D6})  # row, col first
_MULTI = frozenset({0x00BD, 0x00BE})  # MULRK, MULBLANK: row, first col … last col


def _records(data: bytes):  # type: ignore[no-untyped-def]
    i, n = 0, len(data)
    while i + 4 <= n:
        kind, size = struct.unpack_from("<HH", data, i)
        yield kind, data[i + 4 : i + 4 + size]
        i += 4 + size


def _sheet_name(body: bytes) -> str:
    if len(body) < 8:
        return ""
    count, flags = body[6], body[7]
    raw = body[8 : 8 + count * (2 if flags & 1 else 1)]
    return raw.decode("utf-16-le" if flags & 1 else "latin-1", "replace")


class _Extent:
    def __init__(self) -> None:
        self.rows = self.cols = 0
        self.merged = 0

    def cell(self, row: int, col: int) -> None:
        self.rows, self.cols = max(self.rows, row + 1), max(self.cols, col + 1)


def check_xls(path: str) -> None:
    """``LimitExceeded`` (located at the sheet) for a sheet beyond the limits; nothing for a good file."""
    try:
        import olefile

        if not olefile.isOleFile(path):
            return
        with olefile.OleFileIO(path) as ole:
            stream = "Workbook" if ole.exists("Workbook") else "Book"
            data = ole.openstream(stream).read()
    except Exception:  # not a compound file, or a damaged one: calamine reports it
        return
    names: list[str] = []
    sheet = -1  # -1: the workbook globals
    ext = _Extent()
    for kind, body in _records(data):
        if kind == _BOUNDSHEET:
            names.append(_sheet_name(body))
        elif kind == _BOF:
            sheet, ext = sheet + 1, _Extent()
        elif kind in _CELLS and len(body) >= 4:
            ext.cell(*struct.unpack_from("<HH", body))
        elif kind in _MULTI and len(body) >= 6:
            row, _ = struct.unpack_from("<HH", body)
            ext.cell(row, struct.unpack_from("<H", body, len(body) - 2)[0])
        elif kind == _DIMENSIONS and len(body) >= 12:
            _, last_row, _, last_col = struct.unpack_from("<IIHH", body)
            ext.rows, ext.cols = max(ext.rows, last_row), max(ext.cols, last_col)
        elif kind == _MERGED and len(body) >= 2:
            for k in range(struct.unpack_from("<H", body)[0]):
                if 2 + 8 * k + 8 <= len(body):
                    r0, r1, c0, c1 = struct.unpack_from("<HHHH", body, 2 + 8 * k)
                    ext.merged += (abs(r1 - r0) + 1) * (abs(c1 - c0) + 1)
        elif kind == _EOF and sheet >= 1:
            try:
                check_grid(ext.rows, ext.cols, ext.merged)
            except LimitExceeded as e:
                name = names[sheet - 1] if sheet - 1 < len(names) else f"#{sheet}"
                e.source = Source(path, sheet=name)
                raise

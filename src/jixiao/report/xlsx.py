"""xlsx report for people who work in Excel: a sheet of findings and a sheet of documents, with filters.

Written in openpyxl's write-only mode: rows go to disk as they are made, so a province-year's findings are
never held as cells in memory (the audit's files are read back from its spill file one at a time)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from jixiao.atomic import replacing
from jixiao.audit.common import doc_name
from jixiao.audit.result import AuditResult, severity_counts
from jixiao.core.i18n import tr
from jixiao.core.safetext import put_cell
from jixiao.report.labels import kind_name, severity_name, type_name
from jixiao.report.safe import SheetWriter

FILL = {"error": "FDECEA", "suspect": "FEF5E7", "info": "EBF5FB"}


def _cell(ws, value: object, **style: object) -> WriteOnlyCell:  # type: ignore[no-untyped-def]
    cell = WriteOnlyCell(ws)
    put_cell(cell, value)  # text as text, never a formula
    for k, v in style.items():
        setattr(cell, k, v)
    return cell


def _sheet(ws, header: list[str], rows: Iterable[tuple[Sequence[object], str | None]], widths: list[int],  # type: ignore[no-untyped-def]
           out: SheetWriter) -> None:
    """Column widths and frozen header first (write-only sheets take them before any row), then the rows,
    each with the colour of its first cell (or None)."""
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A2"
    ws.append([_cell(ws, h, font=Font(bold=True)) for h in header])
    n = 0
    for r, colour in rows:
        cells = out.cells(ws, r, n + 2)  # every value through put_cell: text as text, never a formula
        if colour:
            cells[0].fill = PatternFill("solid", fgColor=colour)
        ws.append(cells)
        n += 1
    ws.auto_filter.ref = f"A1:{get_column_letter(len(header))}{max(n + 1, 2)}"


def write(result: AuditResult, path: str | Path, lang: str = "zh", notices: list[str] | None = None) -> Path:
    """Write findings.xlsx atomically (the previous file stays whole if writing fails); a line for each thing
    the user should know goes to ``notices`` (cells whose control characters were replaced)."""
    cells = SheetWriter()
    with replacing(path) as tmp:  # a path that cannot be written fails here, before any sheet is made
        _book(result, lang, cells).save(tmp)
    note = cells.notice(path, lang)
    if note and notices is not None:
        notices.append(note)
    return Path(path)


def _book(result: AuditResult, lang: str, cells: SheetWriter) -> Workbook:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(tr("审核发现", "findings", lang))
    header = [tr(z, e, lang) for z, e in (
        ("级别", "severity"), ("类型", "kind"), ("文档", "document"), ("文件", "file"), ("行", "line"),
        ("页", "page"), ("单元格", "cell"), ("行项目", "row"), ("发布值", "reported"), ("重算值", "recomputed"),
        ("说明", "explanation"))]
    rows = (([
        severity_name(f.severity, lang), kind_name(f.kind, lang), f.document,
        Path(f.location.file).name if f.location else None, f.location.line if f.location else None,
        f.location.page if f.location else None, f.location.cell_label if f.location else None,
        f.row, f.reported, f.recomputed, f.text(lang),
    ], FILL.get(f.severity, "FFFFFF")) for f in result.findings)
    _sheet(ws, header, rows, [8, 14, 28, 24, 7, 5, 8, 24, 14, 14, 90], cells)
    docs = wb.create_sheet(tr("文档", "documents", lang))
    dheader = [tr(z, e, lang) for z, e in (
        ("文件", "file"), ("行", "line"), ("类型", "type"), ("文档", "document"), ("总分", "total"),
        ("等级", "grade"), ("错误", "errors"), ("疑似", "suspect"), ("提示", "info"), ("框架", "framework"))]
    drows = (([
        Path(fa.path).name, d.source.line, type_name(d.type, lang), doc_name(d), d.total_score.str_,
        d.grade.str_, *severity_counts(fa.by_doc.get(j, [])).values(), fa.frameworks.get(j),
    ], None) for fa in result.files for j, d in enumerate(fa.documents))
    _sheet(docs, dheader, drows, [24, 7, 16, 36, 10, 6, 7, 7, 7, 22], cells)
    return wb

"""xlsx report for people who work in Excel: the findings (the filter opens on 错误) and the documents.

Figures are numbers, not text, so that they sort and sum: each reported and recomputed value is written as
the exact Decimal it reads as, with the document's own digits as the number format (``94.47999999999999``
keeps its 14 places, ``1,458.89`` its separator, ``96.26%`` is 0.9626 shown as a percentage); anything else
stays text. 说明 wraps; 处理意见 and 状态 are left empty for the reviewer (状态 offers a short list).

Written in openpyxl's write-only mode: rows go to disk as they are made, so a province-year's findings are
never held as cells in memory (the audit's files are read back from its spill file one at a time)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from jixiao.atomic import replacing
from jixiao.audit.common import doc_name
from jixiao.audit.result import AuditResult, severity_counts
from jixiao.core.findings import Finding
from jixiao.core.i18n import tr
from jixiao.core.numbers import parse_decimal
from jixiao.report.labels import kind_name, severity_name, type_name
from jixiao.report.safe import SheetWriter

FILL = {"error": "FDECEA", "suspect": "FEF5E7", "info": "EBF5FB"}
WRAP = Alignment(wrap_text=True, vertical="top")
STATES = (("待核实", "to check"), ("已核实", "confirmed"), ("已更正", "corrected"), ("不是问题", "not a problem"))
Style = dict[int, dict[str, object]]  # column index (0-based) → cell attributes (number_format, alignment)
Row = tuple[Sequence[object], str | None, bool, Style]  # values, colour of the first cell, hidden, styles


def number(text: str | None) -> tuple[object, str | None]:
    """A figure as written → (the value for the cell, its number format): a Decimal with the text's digits, or
    the text itself when it is not one number."""
    d = parse_decimal(text) if text else None
    if d is None or text is None:
        return text, None
    s = text.strip()
    places = len(s.rstrip("%").split(".")[1]) if "." in s else 0
    fmt = ("#,##0" if "," in s else "0") + ("." + "0" * places if places else "")
    if s.endswith("%"):
        return d / Decimal(100), fmt + "%"
    return d, fmt


def _cell(ws, value: object, **style: object) -> WriteOnlyCell:  # type: ignore[no-untyped-def]
    cell = WriteOnlyCell(ws, value=value)
    for k, v in style.items():
        setattr(cell, k, v)
    return cell


def _sheet(ws, header: list[str], rows: Iterable[Row], widths: list[int], out: SheetWriter) -> int:  # type: ignore[no-untyped-def]
    """Column widths and frozen header first (write-only sheets take them before any row), then the rows,
    each with the colour of its first cell (or None), whether it starts hidden and the styles of its cells.
    The number of rows."""
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A2"
    ws.append([_cell(ws, h, font=Font(bold=True)) for h in header])
    n = 0
    for r, colour, hidden, style in rows:
        cells = out.cells(ws, r, n + 2)  # every value through put_cell: text as text, never a formula
        if colour:
            cells[0].fill = PatternFill("solid", fgColor=colour)
        for col, attrs in style.items():
            for k, v in attrs.items():
                setattr(cells[col], k, v)
        if hidden:
            ws.row_dimensions[n + 2].hidden = True  # set before the row is written (write-only)
        ws.append(cells)
        if hidden:  # written with the row: not kept (a province's hidden rows held 1 KB each until saved)
            del ws.row_dimensions[n + 2]
        n += 1
    ws.auto_filter.ref = f"A1:{get_column_letter(len(header))}{max(n + 1, 2)}"
    return n


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


def _figures(values: list[object], columns: Sequence[int]) -> tuple[list[object], Style]:
    """The texts at ``columns`` as numbers where they are one, each with its number format."""
    style: Style = {}
    for col in columns:
        value, fmt = number(values[col])  # type: ignore[arg-type]
        values[col] = value
        if fmt:
            style[col] = {"number_format": fmt}
    return values, style


def _finding_row(f: Finding, lang: str, hidden: bool) -> Row:
    loc = f.location
    values, style = _figures([severity_name(f.severity, lang), kind_name(f.kind, lang), f.document,
                              Path(loc.file).name if loc else None, loc.where() if loc else None, f.row,
                              f.reported, f.recomputed, f.text(lang), None, None], (6, 7))
    style[8] = {"alignment": WRAP}
    return values, FILL.get(f.severity, "FFFFFF"), hidden, style


def _book(result: AuditResult, lang: str, cells: SheetWriter) -> Workbook:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(tr("审核发现", "findings", lang))
    header = [tr(z, e, lang) for z, e in (
        ("级别", "severity"), ("类型", "kind"), ("文档", "document"), ("文件", "file"), ("位置", "location"),
        ("行项目", "row"), ("发布值", "reported"), ("重算值", "recomputed"), ("说明", "explanation"),
        ("处理意见", "reviewer's note"), ("状态", "status"))]
    errors = result.counts()["error"] > 0  # the filter opens on the errors (listed first); the rest hidden
    states = DataValidation(type="list", formula1='"' + ",".join(tr(z, e, lang) for z, e in STATES) + '"',
                            allow_blank=True)
    ws.data_validations.append(states)
    rows = (_finding_row(f, lang, errors and f.severity != "error") for f in result.findings)
    n = _sheet(ws, header, rows, [8, 14, 28, 24, 26, 24, 14, 14, 80, 30, 10], cells)
    states.add(f"K2:K{max(n + 1, 2)}")
    if errors:
        ws.auto_filter.add_filter_column(0, [severity_name("error", lang)])
    docs = wb.create_sheet(tr("文档", "documents", lang))
    dheader = [tr(z, e, lang) for z, e in (
        ("文件", "file"), ("行", "line"), ("类型", "type"), ("文档", "document"), ("总分", "total"),
        ("等级", "grade"), ("错误", "errors"), ("疑似", "suspect"), ("提示", "info"), ("框架", "framework"))]
    drows = ((*_figures([
        Path(fa.path).name, d.source.line, type_name(d.type, lang), doc_name(d), d.total_score.str_,
        d.grade.str_, *severity_counts(fa.by_doc.get(j, [])).values(), fa.frameworks.get(j),
    ], (4,)), ) for fa in result.files for j, d in enumerate(fa.documents))
    _sheet(docs, dheader, ((values, None, False, style) for values, style in drows),
           [24, 7, 16, 36, 10, 6, 7, 7, 7, 22], cells)
    return wb

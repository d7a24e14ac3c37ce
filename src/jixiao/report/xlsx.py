"""xlsx report for people who work in Excel: the findings (errors shown first: the filter starts on 错误), a
sheet of documents, both with filters.

Figures are numbers, not text, so that they sort and sum: each reported and recomputed value is written as
the exact Decimal it reads as, with the document's own digits as the number format (``94.47999999999999``
keeps its 14 places, ``1,458.89`` its separator, ``96.26%`` is 0.9626 shown as a percentage); anything else
stays text. 说明 wraps; 处理意见 and 状态 are left empty for the reviewer (状态 offers a short list).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from jixiao.audit.common import doc_name
from jixiao.audit.engine import AuditResult
from jixiao.core.i18n import tr
from jixiao.core.numbers import parse_decimal
from jixiao.report.labels import kind_name, severity_name, type_name

FILL = {"error": "FDECEA", "suspect": "FEF5E7", "info": "EBF5FB"}
WRAP = Alignment(wrap_text=True, vertical="top")
STATES = (("待核实", "to check"), ("已核实", "confirmed"), ("已更正", "corrected"), ("不是问题", "not a problem"))


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


def _sheet(ws, header: list[str], rows: list[list[object]], widths: list[int]) -> None:  # type: ignore[no-untyped-def]
    ws.append(header)
    for c in ws[1]:
        c.font = Font(bold=True)
    for r in rows:
        ws.append(r)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(header))}{max(len(rows) + 1, 2)}"
    ws.freeze_panes = "A2"
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def write(result: AuditResult, path: str | Path, lang: str = "zh") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = tr("审核发现", "findings", lang)
    header = [tr(z, e, lang) for z, e in (
        ("级别", "severity"), ("类型", "kind"), ("文档", "document"), ("文件", "file"), ("位置", "location"),
        ("行项目", "row"), ("发布值", "reported"), ("重算值", "recomputed"), ("说明", "explanation"),
        ("处理意见", "reviewer's note"), ("状态", "status"))]
    rows: list[list[object]] = []
    formats: list[tuple[str | None, str | None]] = []
    severities: list[str] = []
    for f in result.findings:
        loc = f.location
        reported, rfmt = number(f.reported)
        recomputed, cfmt = number(f.recomputed)
        rows.append([severity_name(f.severity, lang), kind_name(f.kind, lang), f.document,
                     Path(loc.file).name if loc else None, loc.where() if loc else None, f.row, reported, recomputed,
                     f.text(lang), None, None])
        formats.append((rfmt, cfmt))
        severities.append(f.severity)
    _sheet(ws, header, rows, [8, 14, 28, 24, 26, 24, 14, 14, 80, 30, 10])
    for i, (sev, (rfmt, cfmt)) in enumerate(zip(severities, formats), start=2):
        ws.cell(row=i, column=1).fill = PatternFill("solid", fgColor=FILL.get(sev, "FFFFFF"))
        for col, fmt in ((7, rfmt), (8, cfmt)):
            if fmt:
                ws.cell(row=i, column=col).number_format = fmt
        ws.cell(row=i, column=9).alignment = WRAP
        if sev != "error" and "error" in severities:
            ws.row_dimensions[i].hidden = True  # the filter opens on the errors
    if "error" in severities:
        ws.auto_filter.add_filter_column(0, [severity_name("error", lang)])
    states = DataValidation(type="list", formula1='"' + ",".join(tr(z, e, lang) for z, e in STATES) + '"',
                            allow_blank=True)
    ws.add_data_validation(states)
    states.add(f"K2:K{max(len(rows) + 1, 2)}")
    docs = wb.create_sheet(tr("文档", "documents", lang))
    dheader = [tr(z, e, lang) for z, e in (
        ("文件", "file"), ("行", "line"), ("类型", "type"), ("文档", "document"), ("总分", "total"),
        ("等级", "grade"), ("错误", "errors"), ("疑似", "suspect"), ("提示", "info"), ("框架", "framework"))]
    drows: list[list[object]] = []
    dformats: list[str | None] = []
    for fa in result.files:
        for j, d in enumerate(fa.documents):
            total, tfmt = number(d.total_score.str_)
            drows.append([Path(fa.path).name, d.source.line, type_name(d.type, lang), doc_name(d), total,
                          d.grade.str_, *fa.doc_json(j)["findings"].values(), fa.frameworks.get(j)])
            dformats.append(tfmt)
    _sheet(docs, dheader, drows, [24, 7, 16, 36, 10, 6, 7, 7, 7, 22])
    for i, fmt in enumerate(dformats, start=2):
        if fmt:
            docs.cell(row=i, column=5).number_format = fmt
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    wb.save(p)
    return p

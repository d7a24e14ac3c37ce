"""xlsx report for people who work in Excel: a sheet of findings and a sheet of documents, with filters."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from jixiao.audit.common import doc_name
from jixiao.audit.engine import AuditResult
from jixiao.core.i18n import tr
from jixiao.report.labels import kind_name, severity_name, type_name

FILL = {"error": "FDECEA", "suspect": "FEF5E7", "info": "EBF5FB"}


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
        ("级别", "severity"), ("类型", "kind"), ("文档", "document"), ("文件", "file"), ("行", "line"),
        ("页", "page"), ("单元格", "cell"), ("行项目", "row"), ("发布值", "reported"), ("重算值", "recomputed"),
        ("说明", "explanation"))]
    rows: list[list[object]] = []
    for f in result.findings:
        loc = f.location
        rows.append([
            severity_name(f.severity, lang), kind_name(f.kind, lang), f.document,
            Path(loc.file).name if loc else None, loc.line if loc else None, loc.page if loc else None,
            loc.cell_label if loc else None, f.row, f.reported, f.recomputed, f.text(lang),
        ])
    _sheet(ws, header, rows, [8, 14, 28, 24, 7, 5, 8, 24, 14, 14, 90])
    for i, f in enumerate(result.findings, start=2):
        ws.cell(row=i, column=1).fill = PatternFill("solid", fgColor=FILL.get(f.severity, "FFFFFF"))
    docs = wb.create_sheet(tr("文档", "documents", lang))
    dheader = [tr(z, e, lang) for z, e in (
        ("文件", "file"), ("行", "line"), ("类型", "type"), ("文档", "document"), ("总分", "total"),
        ("等级", "grade"), ("错误", "errors"), ("疑似", "suspect"), ("提示", "info"), ("框架", "framework"))]
    drows: list[list[object]] = []
    for fa in result.files:
        for d in fa.documents:
            drows.append([
                Path(fa.path).name, d.source.line, type_name(d.type, lang), doc_name(d), d.total_score.str_,
                d.grade.str_, *result.counts_for(d).values(), result.framework_id(d),
            ])
    _sheet(docs, dheader, drows, [24, 7, 16, 36, 10, 6, 7, 7, 7, 22])
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    wb.save(p)
    return p

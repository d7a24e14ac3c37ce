"""Terminal report: a summary table per document (rich), then the findings, most severe first."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table

from jixiao.audit.common import doc_name
from jixiao.audit.engine import AuditResult
from jixiao.core.findings import SEVERITIES
from jixiao.core.i18n import tr
from jixiao.report.labels import kind_name, severity_name, type_name

STYLE = {"error": "bold red", "suspect": "yellow", "info": "cyan"}


def render(result: AuditResult, console: Console, lang: str = "zh", show_info: bool = True) -> None:
    docs = Table(title=tr("审核的文档", "documents audited", lang), show_lines=False)
    for col in (tr("文件", "file", lang), tr("文档", "document", lang), tr("类型", "type", lang),
                tr("总分", "total", lang), tr("等级", "grade", lang)):
        docs.add_column(col, overflow="fold")
    for sev in SEVERITIES:
        docs.add_column(severity_name(sev, lang), justify="right", style=STYLE[sev])
    for fa in result.files:
        for d in fa.documents:
            docs.add_row(
                Path(fa.path).name + (f":{d.source.line}" if d.source.line else ""),
                doc_name(d)[:30], type_name(d.type, lang), d.total_score.str_ or "", d.grade.str_ or "",
                *(str(n) for n in result.counts_for(d).values()),
            )
    console.print(docs)
    for fa in result.files:
        if fa.error:
            console.print(f"[red]{tr('无法读取', 'unreadable', lang)}[/red] {fa.error_text(lang)}")
    shown = [f for f in result.findings if show_info or f.severity != "info"]
    table = Table(title=tr("审核发现（最严重的在前）", "findings, most severe first", lang), show_lines=True)
    table.add_column(tr("级别", "severity", lang), no_wrap=True)
    table.add_column(tr("类型", "kind", lang), overflow="fold", max_width=12)
    table.add_column(tr("文档", "document", lang), overflow="fold", max_width=16)
    table.add_column(tr("位置", "location", lang), overflow="fold", max_width=22)
    table.add_column(tr("发布值", "reported", lang), overflow="fold", max_width=18)
    table.add_column(tr("重算值", "recomputed", lang), overflow="fold", max_width=18)
    table.add_column(tr("说明", "explanation", lang), overflow="fold", ratio=1, min_width=30)
    for f in shown:
        where = ""
        if f.location is not None:
            where = Path(f.location.file).name + (f":{f.location.line}" if f.location.line else "")
            where += f" [{f.location.cell_label}]" if f.location.cell_label else ""
        table.add_row(
            f"[{STYLE.get(f.severity, '')}]{severity_name(f.severity, lang)}[/]", kind_name(f.kind, lang),
            f.document[:40], where, f.reported or "", f.recomputed or "", f.text(lang),
        )
    console.print(table)
    summary_line(result, console, lang)


def summary_line(result: AuditResult, console: Console, lang: str = "zh") -> None:
    c = result.counts()
    n = len(result.not_recognised())
    console.print(tr(
        f"共审核 {len(result.files)} 个文件、{len(result.documents)} 份文档：错误 {c['error']}，疑似 {c['suspect']}，"
        f"提示 {c['info']}。" + (f"{n} 个文件未能识别。" if n else ""),
        f"Audited {len(result.files)} files, {len(result.documents)} documents: {c['error']} errors, "
        f"{c['suspect']} suspect, {c['info']} info." + (f" {n} files not recognised." if n else ""),
        lang,
    ))
    for fa in result.files:
        for line in fa.described(lang):
            console.print(f"  {Path(fa.path).name} {line}")

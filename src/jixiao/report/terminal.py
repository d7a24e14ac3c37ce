"""Terminal report: the documents (rich), the findings most severe first, and a short summary last."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from jixiao.audit.common import doc_name
from jixiao.audit.result import AuditResult, severity_counts
from jixiao.core.findings import SEVERITIES, Finding
from jixiao.core.i18n import tr
from jixiao.report.labels import kind_name, severity_name, type_name
from jixiao.report.safe import styled

STYLE = {"error": "bold red", "suspect": "yellow", "info": "cyan"}


DOC_ROWS = 60  # more documents than this: the table is left to --json / --html / --xlsx
SUMMARY_LINES = 5  # files named in the summary's lists (unreadable, conventions); the rest are counted
BATCH = 500  # findings drawn a table at a time, so a long run is never held as one table


def render(result: AuditResult, console: Console, lang: str = "zh", show_info: bool = True,
           min_severity: str | None = None, quiet: bool = False, written: Sequence[str] = ()) -> None:
    """The documents (when few enough to read), the findings at ``min_severity`` and above, then the summary,
    last and short. ``quiet``: the summary only."""
    if not quiet:
        documents(result, console, lang)
        sev = min_severity or ("info" if show_info else "suspect")
        batch: list[Finding] = []
        for f in result.findings_at_least(sev):
            batch.append(f)
            if len(batch) >= BATCH:
                console.print(findings_table(batch, lang))
                batch = []
        if batch or not len(result.findings_at_least(sev)):
            console.print(findings_table(batch, lang))
    summary(result, console, lang, written)


def documents(result: AuditResult, console: Console, lang: str = "zh") -> None:
    if len(result.documents) > DOC_ROWS:
        console.print(tr(f"审核的文档：{len(result.documents)} 份（逐份列表见 --json、--html 或 --xlsx）",
                         f"documents audited: {len(result.documents)} (listed one by one by --json, --html or --xlsx)",
                         lang))
        return
    docs = Table(title=tr("审核的文档", "documents audited", lang), show_lines=False)
    for col in (tr("文件", "file", lang), tr("文档", "document", lang), tr("类型", "type", lang),
                tr("总分", "total", lang), tr("等级", "grade", lang)):
        docs.add_column(col, overflow="fold")
    for sev in SEVERITIES:
        docs.add_column(severity_name(sev, lang), justify="right", style=STYLE[sev])
    for fa in result.files:
        for j, d in enumerate(fa.documents):
            docs.add_row(
                Path(fa.path).name + (f":{d.source.line}" if d.source.line else ""),
                doc_name(d)[:30], type_name(d.type, lang), d.total_score.str_ or "", d.grade.str_ or "",
                *(str(n) for n in severity_counts(fa.by_doc.get(j, [])).values()),
            )
    console.print(docs)


def findings_table(findings: Sequence[Finding], lang: str = "zh") -> Table:
    table = Table(title=tr("审核发现（最严重的在前）", "findings, most severe first", lang), show_lines=True)
    table.add_column(tr("级别", "severity", lang), no_wrap=True)
    table.add_column(tr("类型", "kind", lang), overflow="fold", max_width=12)
    table.add_column(tr("文档", "document", lang), overflow="fold", max_width=16)
    table.add_column(tr("位置", "location", lang), overflow="fold", max_width=22)
    table.add_column(tr("发布值", "reported", lang), overflow="fold", max_width=18)
    table.add_column(tr("重算值", "recomputed", lang), overflow="fold", max_width=18)
    table.add_column(tr("说明", "explanation", lang), overflow="fold", ratio=1, min_width=30)
    for f in findings:
        where = ""
        if f.location is not None:
            where = Path(f.location.file).name + (f":{f.location.line}" if f.location.line else "")
            where += f" [{f.location.cell}]" if f.location.cell else ""
        table.add_row(
            styled(severity_name(f.severity, lang), STYLE.get(f.severity, "")), kind_name(f.kind, lang),
            f.document[:40], where, f.reported or "", f.recomputed or "", f.text(lang),
        )
    return table


def _some(lines: Sequence[str | Text], more: int, lang: str) -> list[str | Text]:
    return [*lines] + ([tr(f"  …另有 {more} 个文件", f"  … {more} more files", lang)] if more > 0 else [])


def summary(result: AuditResult, console: Console, lang: str = "zh", written: Sequence[str] = ()) -> None:
    """What the run found, in a screenful at most: unreadable files and conventions (the first few), the
    kinds of finding, the reports written, and the counts last."""
    t = result.totals
    if t.unreadable:
        console.print(tr(f"无法读取的文件 {len(t.unreadable)} 个：", f"{len(t.unreadable)} unreadable files:", lang))
        shown: list[str | Text] = [Text.assemble("  ", styled(p, "red")) for p in t.unreadable[:SUMMARY_LINES]]
        for line in _some(shown, len(t.unreadable) - SUMMARY_LINES, lang):
            console.print(line)
    conv: list[str | Text] = []
    named = 0
    for fa in result.files if t.with_conventions else ():
        described = fa.described(lang)
        conv += [f"  {Path(fa.path).name} {line}" for line in described]
        named += bool(described)
        if named == min(SUMMARY_LINES, t.with_conventions):
            break
    if conv:
        console.print(tr("舍入惯例：", "rounding conventions:", lang))
        for line in _some(conv, t.with_conventions - named, lang):
            console.print(line)
    kinds = sorted(result.kinds().items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
    if kinds:
        parts = [f"{kind_name(k, lang)} {sum(v.values())}" for k, v in kinds[:8]]
        more = tr(f" 等 {len(kinds)} 类", f" … {len(kinds)} kinds", lang) if len(kinds) > 8 else ""
        console.print(tr("按类型：", "by kind: ", lang) + tr("，", ", ", lang).join(parts) + more)
    for out in written:
        console.print(tr(f"报告已写出：{out}", f"report written: {out}", lang))
    summary_line(result, console, lang)


def summary_line(result: AuditResult, console: Console, lang: str = "zh") -> None:
    c = result.counts()
    files, docs = result.totals.files, result.totals.documents
    n = len(result.not_recognised())
    console.print(tr(
        f"共审核 {files} 个文件、{docs} 份文档：错误 {c['error']}，疑似 {c['suspect']}，提示 {c['info']}。"
        + (f"{n} 个文件未能识别。" if n else ""),
        f"Audited {files} files, {docs} documents: {c['error']} errors, {c['suspect']} suspect, {c['info']} info."
        + (f" {n} files not recognised." if n else ""),
        lang,
    ))

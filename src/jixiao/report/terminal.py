"""Terminal report: the documents, the findings most severe first, and a short summary last — laid out for
the terminal's width by ``report.width`` (nothing cut: 说明 wraps between words)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rich.console import Console, Group, RenderableType
from rich.text import Text

from jixiao.audit.common import doc_name
from jixiao.audit.result import AuditResult, severity_counts
from jixiao.core.findings import SEVERITIES, Finding
from jixiao.core.i18n import count_en, tr
from jixiao.report.labels import kind_name, severity_name, type_name
from jixiao.report.width import READABLE, Cell, Col, fit, say, widths, wrap

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
                console.print(findings_view(batch, console.width, lang))
                batch = []
        if batch or not len(result.findings_at_least(sev)):
            console.print(findings_view(batch, console.width, lang))
    summary(result, console, lang, written)


def documents(result: AuditResult, console: Console, lang: str = "zh") -> None:
    if not len(result.documents):  # nothing was read (a path that does not exist): no empty table
        return
    if len(result.documents) > DOC_ROWS:
        console.print(tr(f"审核的文档：{len(result.documents)} 份（逐份列表见 --json、--html 或 --xlsx）",
                         f"documents audited: {len(result.documents)} (listed one by one by --json, --html or --xlsx)",
                         lang))
        return
    cols = [Col(tr("文件", "file", lang), min=12, max=40, flex=1), Col(tr("文档", "document", lang), min=10, flex=2),
            Col(tr("类型", "type", lang), min=6, max=16, drop=2), Col(tr("总分", "total", lang), justify="right"),
            Col(tr("等级", "grade", lang), drop=1)]
    cols += [Col(severity_name(s, lang), justify="right", min=4) for s in SEVERITIES]
    rows: list[list[Cell]] = []
    for fa in result.files:
        for j, d in enumerate(fa.documents):
            rows.append([d.source.where(), doc_name(d), type_name(d.type, lang), d.total_score.str_ or "",
                         d.grade.str_ or "", *(str(n) for n in severity_counts(fa.by_doc.get(j, [])).values())])
    console.print(fit(cols, rows, console.width, tr("审核的文档", "documents audited", lang)))


FINDING_COLUMNS = ("级别", "severity"), ("类型", "kind"), ("文档", "document"), ("位置", "location"), \
    ("发布值", "reported"), ("重算值", "recomputed"), ("说明", "explanation")
NARROW = READABLE  # below this many cells for 说明, each finding is a block of lines rather than a table row


def _cols(lang: str) -> list[Col]:
    (sv, kd, dc, lc, rp, rc, ex) = (tr(z, e, lang) for z, e in FINDING_COLUMNS)
    return [Col(sv, min=4, max=8), Col(kd, min=14, max=14), Col(dc, min=10, max=24, flex=1, drop=2),
            Col(lc, min=12, max=30), Col(rp, justify="right", min=6, max=16, drop=1),
            Col(rc, justify="right", min=6, max=16, drop=1), Col(ex, min=16, max=400, flex=6)]


def findings_view(findings: Sequence[Finding], width: int, lang: str = "zh", title: str | None = None) -> RenderableType:
    """The findings as a table when 说明 gets at least ``NARROW`` cells, else as blocks of wrapped lines."""
    title = title or tr("审核发现（最严重的在前）", "findings, most severe first", lang)
    rows: list[list[Cell]] = [
        [Text(severity_name(f.severity, lang), style=STYLE.get(f.severity, "")), kind_name(f.kind, lang), f.document,
         f.location.where() if f.location else "", f.reported or "", f.recomputed or "", f.text(lang)]
        for f in findings]
    cols = _cols(lang)
    if (widths(cols, rows, width)[-1] or 0) >= NARROW or not rows:
        return fit(cols, rows, width, title, show_lines=True)
    return Group(Text(title, style="italic"), *(_block(f, width, lang) for f in findings))


def _block(f: Finding, width: int, lang: str) -> Text:
    """One finding on a narrow terminal: severity, kind and place, then the figures and the sentence, indented."""
    head = Text(severity_name(f.severity, lang), style=STYLE.get(f.severity, ""))
    head.append(" · " + " · ".join(x for x in (kind_name(f.kind, lang), f.location.where() if f.location else "") if x))
    lines = [f.document]
    if f.reported or f.recomputed:
        lines.append(tr(f"发布 {f.reported or '—'} → 重算 {f.recomputed or '—'}",
                        f"reported {f.reported or '—'} → recomputed {f.recomputed or '—'}", lang))
    lines.append(f.text(lang))
    body = "\n".join("  " + w for line in lines for w in wrap(line, width - 2))
    return Text("\n").join([Text("\n".join(wrap(head.plain, width)), style=head.style), Text(body)]) + Text("\n")


def _some(lines: list[str], more: int, lang: str) -> list[str]:
    return lines + ([tr(f"  …另有 {more} 个文件", "  … " + count_en(more, "more file"), lang)] if more > 0 else [])


def summary(result: AuditResult, console: Console, lang: str = "zh", written: Sequence[str] = ()) -> None:
    """What the run found, in a screenful at most: unreadable files and conventions (the first few), the
    kinds of finding, the reports written, and the counts last."""
    t = result.totals
    if t.unreadable:
        say(console, tr(f"无法读取的文件 {len(t.unreadable)} 个：", f"{count_en(len(t.unreadable), 'unreadable file')}:",
                        lang))
        shown = [f"  {p}" for p in t.unreadable[:SUMMARY_LINES]]
        for line in _some(shown, len(t.unreadable) - SUMMARY_LINES, lang):
            say(console, line, "red")
    conv: list[str] = []
    named = 0
    for fa in result.files if t.with_conventions else ():
        described = fa.described(lang)
        conv += [f"  {Path(fa.path).name} {line}" for line in described]
        named += bool(described)
        if named == min(SUMMARY_LINES, t.with_conventions):
            break
    if conv:
        say(console, tr("舍入惯例：", "rounding conventions:", lang))
        for line in _some(conv, t.with_conventions - named, lang):
            say(console, line)
    kinds = sorted(result.kinds().items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
    if kinds:
        parts = [f"{kind_name(k, lang)} {sum(v.values())}" for k, v in kinds[:8]]
        more = tr(f" 等 {len(kinds)} 类", f" … {len(kinds)} kinds", lang) if len(kinds) > 8 else ""
        say(console, tr("按类型：", "by kind: ", lang) + tr("，", ", ", lang).join(parts) + more)
    for out in written:
        say(console, tr(f"报告已写出：{out}", f"report written: {out}", lang))
    summary_line(result, console, lang)


def summary_line(result: AuditResult, console: Console, lang: str = "zh") -> None:
    c = result.counts()
    files, docs = result.totals.files, result.totals.documents
    n = len(result.not_recognised())
    say(console, tr(
        f"共审核 {files} 个文件、{docs} 份文档：错误 {c['error']}，疑似 {c['suspect']}，提示 {c['info']}。"
        + (f"{n} 个文件未能识别。" if n else ""),
        f"Audited {count_en(files, 'file')}, {count_en(docs, 'document')}: {count_en(c['error'], 'error')}, "
        f"{c['suspect']} suspect, {c['info']} info." + (f" {count_en(n, 'file')} not recognised." if n else ""),
        lang,
    ))

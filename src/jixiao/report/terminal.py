"""Terminal report: a summary table per document, then the findings, most severe first — laid out for the
terminal's width by ``report.width`` (nothing cut: 说明 wraps between words)."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console, Group, RenderableType
from rich.text import Text

from jixiao.audit.common import doc_name
from jixiao.audit.engine import AuditResult
from jixiao.core.findings import SEVERITIES, Finding
from jixiao.core.i18n import count_en, tr
from jixiao.report.labels import kind_name, severity_name, type_name
from jixiao.report.width import READABLE, Cell, Col, fit, say, widths, wrap

STYLE = {"error": "bold red", "suspect": "yellow", "info": "cyan"}


def documents_table(result: AuditResult, width: int, lang: str = "zh") -> RenderableType:
    cols = [Col(tr("文件", "file", lang), min=12, max=40, flex=1), Col(tr("文档", "document", lang), min=10, flex=2),
            Col(tr("类型", "type", lang), min=6, max=16, drop=2), Col(tr("总分", "total", lang), justify="right"),
            Col(tr("等级", "grade", lang), drop=1)]
    cols += [Col(severity_name(s, lang), justify="right", min=4) for s in SEVERITIES]
    rows: list[list[Cell]] = []
    for fa in result.files:
        for d in fa.documents:
            rows.append([d.source.where(), doc_name(d), type_name(d.type, lang), d.total_score.str_ or "",
                         d.grade.str_ or "", *(str(n) for n in result.counts_for(d).values())])
    return fit(cols, rows, width, tr("审核的文档", "documents audited", lang))


FINDING_COLUMNS = ("级别", "severity"), ("类型", "kind"), ("文档", "document"), ("位置", "location"), \
    ("发布值", "reported"), ("重算值", "recomputed"), ("说明", "explanation")
NARROW = READABLE  # below this many cells for 说明, each finding is a block of lines rather than a table row


def _cols(lang: str) -> list[Col]:
    (sv, kd, dc, lc, rp, rc, ex) = (tr(z, e, lang) for z, e in FINDING_COLUMNS)
    return [Col(sv, min=4, max=8), Col(kd, min=14, max=14), Col(dc, min=10, max=24, flex=1, drop=2),
            Col(lc, min=12, max=30), Col(rp, justify="right", min=6, max=16, drop=1),
            Col(rc, justify="right", min=6, max=16, drop=1), Col(ex, min=16, max=400, flex=6)]


def findings_view(findings: list[Finding], width: int, lang: str = "zh", title: str | None = None) -> RenderableType:
    """The findings as a table when 说明 gets at least ``NARROW`` cells, else as blocks of wrapped lines."""
    title = title or tr("审核发现（最严重的在前）", "findings, most severe first", lang)
    rows: list[list[Cell]] = [[Text(severity_name(f.severity, lang), style=STYLE.get(f.severity, "")), kind_name(f.kind, lang),
             f.document, f.location.where() if f.location else "", f.reported or "", f.recomputed or "", f.text(lang)]
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


def render(result: AuditResult, console: Console, lang: str = "zh", show_info: bool = True) -> None:
    console.print(documents_table(result, console.width, lang))
    for fa in result.files:
        if fa.error:
            console.print(Text(tr("无法读取 ", "unreadable ", lang), style="red") + Text(fa.error_text(lang) or ""))
    shown = [f for f in result.findings if show_info or f.severity != "info"]
    console.print(findings_view(shown, console.width, lang))
    summary_line(result, console, lang)


def summary_line(result: AuditResult, console: Console, lang: str = "zh") -> None:
    c = result.counts()
    n = len(result.not_recognised())
    say(console, tr(
        f"共审核 {len(result.files)} 个文件、{len(result.documents)} 份文档：错误 {c['error']}，疑似 {c['suspect']}，"
        f"提示 {c['info']}。" + (f"{n} 个文件未能识别。" if n else ""),
        f"Audited {count_en(len(result.files), 'file')}, {count_en(len(result.documents), 'document')}: "
        f"{count_en(c['error'], 'error')}, {c['suspect']} suspect, {c['info']} info."
        + (f" {count_en(n, 'file')} not recognised." if n else ""),
        lang,
    ))
    for fa in result.files:
        for line in fa.described(lang):
            say(console, f"  {Path(fa.path).name} {line}")

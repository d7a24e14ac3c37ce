"""HTML report: ONE self-contained file — styles and the chart inline, no script, no network, no CDN
(government networks are closed). Chinese by default.

Overview (documents read, findings by severity and kind, distribution of the published totals as an inline
SVG), then each file and its documents: the published form beside the recomputed one, and the document's
tables with each finding shown at the row it concerns.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal
from html import escape
from pathlib import Path

from jixiao.atomic import replacing
from jixiao.audit.choose import framework_of
from jixiao.audit.common import doc_name
from jixiao.audit.engine import FORM_TYPES, AuditResult, FileAudit
from jixiao.audit.recompute import dept_lines, form_lines
from jixiao.core.findings import SEVERITIES, Finding
from jixiao.core.i18n import tr
from jixiao.core.records import Document
from jixiao.core.safetext import decode_name
from jixiao.core.table import Table
from jixiao.frameworks.model import Framework
from jixiao.report.labels import kind_name, severity_name, type_name

CSS = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC","WenQuanYi Micro Hei",sans-serif;margin:0;
 color:#1d2733;background:#f4f6f8;font-size:14px;line-height:1.5}
header{background:#16324f;color:#fff;padding:18px 32px}header h1{margin:0;font-size:22px}
main{padding:16px 32px;max-width:1400px}section{background:#fff;border-radius:6px;padding:14px 20px;margin:14px 0;
 box-shadow:0 1px 2px rgba(0,0,0,.08)}h2{font-size:18px;margin:4px 0 10px}h3{font-size:16px;margin:14px 0 6px}
.cards{display:flex;gap:12px;flex-wrap:wrap}.card{border-radius:6px;padding:10px 16px;min-width:110px;color:#fff}
.card b{display:block;font-size:26px}.c-docs{background:#16324f}.c-error{background:#c0392b}
.c-suspect{background:#d68910}.c-info{background:#2e86c1}
table{border-collapse:collapse;width:100%;margin:6px 0}td,th{border:1px solid #d5dbe1;padding:3px 6px;
 vertical-align:top;text-align:left}th{background:#eef2f5}td.n{text-align:right;font-variant-numeric:tabular-nums}
tr.error td{background:#fdecea}tr.suspect td{background:#fef5e7}tr.info td{background:#ebf5fb}
.sev{display:inline-block;border-radius:3px;padding:0 5px;color:#fff;font-size:12px;white-space:nowrap}
.sev.error{background:#c0392b}.sev.suspect{background:#d68910}.sev.info{background:#2e86c1}
.diff{color:#c0392b;font-weight:bold}.muted{color:#6b7785;font-size:12px}.side{display:flex;gap:16px;flex-wrap:wrap}
.side>div{flex:1;min-width:420px}ul.f{margin:4px 0;padding-left:18px}ul.f li{margin:2px 0}
details{margin:4px 0}summary{cursor:pointer;color:#16324f}
"""


def _e(x: object) -> str:
    return escape("" if x is None else str(x))


def _sev(s: str, lang: str) -> str:
    return f'<span class="sev {s}">{_e(severity_name(s, lang))}</span>'


def _worst(fs: Iterable[Finding]) -> str | None:
    sev = {f.severity for f in fs}
    return next((s for s in SEVERITIES if s in sev), None)


def chart(totals: list[Decimal], lang: str) -> str:
    """Distribution of the published totals: bars of 5 points from 60 up, one bar below 60."""
    bins = [("<60", Decimal(0), Decimal(60))] + [
        (f"{lo}-{lo + 5}", Decimal(lo), Decimal(lo + 5)) for lo in range(60, 100, 5)
    ]
    counts = [sum(1 for t in totals if lo <= t < hi or (hi == 100 and t == 100)) for _, lo, hi in bins]
    top = max(counts + [1])
    w, h, pad = 560, 200, 30
    bw = (w - 2 * pad) / len(bins)
    bars = []
    for i, ((label, _, _), n) in enumerate(zip(bins, counts)):
        bh = (h - 2 * pad) * n / top
        x = pad + i * bw
        y = h - pad - bh
        bars.append(
            f'<rect x="{x + 4:.1f}" y="{y:.1f}" width="{bw - 8:.1f}" height="{bh:.1f}" fill="#2e86c1"/>'
            f'<text x="{x + bw / 2:.1f}" y="{h - pad + 14}" font-size="11" text-anchor="middle">{label}</text>'
            + (f'<text x="{x + bw / 2:.1f}" y="{y - 3:.1f}" font-size="11" text-anchor="middle">{n}</text>' if n else "")
        )
    title = tr("总分分布（发布值）", "distribution of published totals", lang)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" role="img" aria-label="{_e(title)}">'
        f'<text x="{pad}" y="16" font-size="13">{_e(title)}</text>'
        f'<line x1="{pad}" y1="{h - pad}" x2="{w - pad}" y2="{h - pad}" stroke="#888"/>{"".join(bars)}</svg>'
    )


def overview(result: AuditResult, lang: str) -> str:
    c = result.counts()
    cards = [f'<div class="card c-docs"><b>{len(result.documents)}</b>{tr("份文档", "documents", lang)}'
             f'<div class="muted" style="color:#dfe6ee">{len(result.files)} {tr("个文件", "files", lang)}</div>'
             + (f'<div class="muted" style="color:#ffd7d7">{n} {tr("个文件未能识别", "files not recognised", lang)}</div>'
                if (n := len(result.not_recognised())) else "") + "</div>"]
    cards += [f'<div class="card c-{s}"><b>{c[s]}</b>{_e(severity_name(s, lang))}</div>' for s in SEVERITIES]
    rows = "".join(
        f"<tr><td>{_e(kind_name(k, lang))}</td>" + "".join(f'<td class="n">{v[s] or ""}</td>' for s in SEVERITIES) + "</tr>"
        for k, v in result.kinds().items()
    )
    head = "".join(f"<th>{_e(severity_name(s, lang))}</th>" for s in SEVERITIES)
    totals = [d.total_score.dec for d in result.documents
              if d.type in (*FORM_TYPES, "dept_evaluation") and d.total_score.dec is not None]
    conv = "".join(f"<li>{_e(Path(fa.path).name)} {_e(line)}</li>" for fa in result.files for line in fa.described(lang))
    return (
        f'<section id="overview"><h2>{tr("概览", "Overview", lang)}</h2><div class="cards">{"".join(cards)}</div>'
        f'<div class="side"><div><h3>{tr("按类型", "By kind", lang)}</h3><table><tr><th>{tr("类型", "kind", lang)}</th>{head}</tr>'
        f'{rows}</table></div><div><h3>{tr("得分", "Scores", lang)}</h3>{chart([t for t in totals if t is not None], lang)}'
        f'<h3>{tr("舍入惯例", "Rounding conventions", lang)}</h3><ul class="f">{conv or "<li>—</li>"}</ul></div></div></section>'
    )


def _finding_items(fs: list[Finding], lang: str) -> str:
    items = []
    for f in fs:
        where = f"{Path(f.location.file).name}:{f.location.line}" if f.location and f.location.line else ""
        where += "（OCR）" if f.location and f.location.ocr else ""
        nums = ""
        if f.reported or f.recomputed:
            nums = f' <span class="muted">{tr("发布", "reported", lang)} {_e(f.reported or "—")} → {tr("重算", "recomputed", lang)} {_e(f.recomputed or "—")}</span>'
        items.append(f"<li>{_sev(f.severity, lang)} <b>{_e(kind_name(f.kind, lang))}</b> {_e(f.text(lang))}{nums} "
                     f'<span class="muted">{_e(where)}</span></li>')
    return f'<ul class="f">{"".join(items)}</ul>'


LINE_EN = {"执行率": "execution rate", "执行得分": "execution score", "总分": "total", "评分等级": "grade"}


def _line_label(label: str, lang: str) -> str:
    if lang != "en":
        return label
    if label.endswith(" 小计"):
        return label[:-3] + " subtotal"
    return LINE_EN.get(label, label)


def _form_table(doc: Document, fa: FileAudit, fs: list[Finding], lang: str, framework: Framework | None) -> str:
    if doc.type == "dept_evaluation":
        lines = dept_lines(doc, framework)
    else:
        lines = form_lines(doc, fa.convention_for(doc), framework)
    by_line: dict[int, list[Finding]] = {}
    by_row: dict[str, list[Finding]] = {}
    for f in fs:
        if f.location and f.location.line:
            by_line.setdefault(f.location.line, []).append(f)
        if f.row:
            by_row.setdefault(f.row, []).append(f)
    rows = []
    for ln in lines:
        here = by_line.get(ln.line or -1, []) + [f for f in by_row.get(ln.label, []) if f not in by_line.get(ln.line or -1, [])]
        worst = _worst(here)
        cls = f' class="{worst}"' if worst else ""
        diff = ' class="n diff"' if ln.differs else ' class="n"'
        notes = "<br>".join(f"{_sev(f.severity, lang)} {_e(f.text(lang))}" for f in here)
        rows.append(f"<tr{cls}><td>{_e(_line_label(ln.label, lang))}</td><td class=\"n\">{_e(ln.published or '')}</td>"
                    f"<td{diff}>{_e(ln.recomputed or '')}</td><td>{notes}</td></tr>")
    return (f'<table><tr><th>{tr("项目", "item", lang)}</th><th>{tr("发布值", "published", lang)}</th>'
            f'<th>{tr("重算值", "recomputed", lang)}</th><th>{tr("审核发现", "findings", lang)}</th></tr>{"".join(rows)}</table>')


def _table_html(table: Table, by_line: dict[int, list[Finding]], lang: str, limit: int = 400) -> str:
    rows = []
    width = table.width
    for row in table.rows[:limit]:
        lines = {c.source.line for c in row if c.source.line}
        here = [f for ln in lines for f in by_line.get(ln, [])]
        worst = _worst(here)
        cls = f' class="{worst}"' if worst else ""
        cells = "".join(f"<td>{_e(c.text)}</td>" for c in row) + "<td></td>" * (width - len(row))
        notes = "<br>".join(f"{_sev(f.severity, lang)} {_e(f.text(lang))}" for f in here)
        rows.append(f"<tr{cls}>{cells}<td>{notes}</td></tr>")
    more = f'<p class="muted">… {len(table.rows) - limit}</p>' if len(table.rows) > limit else ""
    return f'<p class="muted">{_e(table.title or "")}</p><table>{"".join(rows)}</table>{more}'


def document_section(
    doc: Document, fa: FileAudit, fs: list[Finding], anchor: str, lang: str, framework: Framework | None = None
) -> str:
    head = (f'<h3 id="{anchor}">{_e(doc_name(doc))} <span class="muted">{_e(type_name(doc.type, lang))} · '
            f'{_e(Path(doc.source.file).name)}:{_e(doc.source.line or "")}</span></h3>')
    body = ""
    if doc.type in FORM_TYPES or doc.type == "dept_evaluation":
        body += _form_table(doc, fa, fs, lang, framework)
    by_line: dict[int, list[Finding]] = {}
    for f in fs:
        if f.location and f.location.line:
            by_line.setdefault(f.location.line, []).append(f)
    own = [] if doc.type in FORM_TYPES else list(doc.tables)
    # Tables of the file where this document's findings sit (a report's 表1 beside its score table).
    mine = {id(t) for t in own}
    near = [] if doc.type in FORM_TYPES else [t for t in (fa.read.tables if fa.read else []) if id(t) not in mine]
    flagged = [t for t in own + near if any(c.source.line in by_line for r in t.rows for c in r)]
    for t in flagged:
        body += _table_html(t, by_line, lang)
    if own:
        shown = {id(t) for t in flagged}
        rest = [t for t in own if id(t) not in shown]
        if rest:
            inner = "".join(_table_html(t, by_line, lang, 60) for t in rest)
            body += f"<details><summary>{tr('其余表格', 'other tables', lang)} ({len(rest)})</summary>{inner}</details>"
    if fs:
        body += _finding_items(fs, lang)
    else:
        body += f'<p class="muted">{tr("未发现问题。", "No findings.", lang)}</p>'
    return f'<div class="doc">{head}{body}</div>'


def file_section(result: AuditResult, fa: FileAudit, k: int, lang: str) -> str:
    parts = [f'<section class="file"><h2>{_e(Path(fa.path).name)} <span class="muted">{_e(fa.path)}</span></h2>']
    if fa.error:
        parts.append(f"<p>{_sev('error', lang)} {_e(fa.error_text(lang) or '')}</p>")
    shown: set[int] = set()
    for j, d in enumerate(fa.documents):
        fs = fa.doc_findings(j)
        shown.update(id(f) for f in fs)
        parts.append(document_section(d, fa, fs, f"f{k}d{j}", lang, framework_of(fa.frameworks.get(j))))
    rest = [f for f in fa.findings if id(f) not in shown and f.location is not None and f.location.file == fa.path]
    if rest:
        parts.append(f"<h3>{tr('文件层面的发现（正文与表格）', 'file-level findings (text and tables)', lang)}</h3>")
        parts.append(_finding_items(rest, lang))
    parts.append("</section>")
    return "".join(parts)


def render_parts(result: AuditResult, lang: str = "zh") -> Iterator[str]:
    """The report in pieces, a file's section at a time (a spilled run is never held whole)."""
    title = tr("jixiao 绩效审核报告", "jixiao audit report", lang)
    yield (
        f'<!DOCTYPE html><html lang="{"en" if lang == "en" else "zh-CN"}"><head><meta charset="utf-8">'
        f"<title>{_e(title)}</title><style>{CSS}</style></head><body><header><h1>{_e(title)}</h1>"
        f'<div class="muted" style="color:#c9d6e3">{tr("重算发布的数字，核对其是否成立。", "Published figures, recomputed and checked.", lang)}</div>'
        f"</header><main>{overview(result, lang)}"
    )
    for k, fa in enumerate(result.files):
        yield file_section(result, fa, k, lang)
    yield "</main></body></html>"


def render(result: AuditResult, lang: str = "zh") -> str:
    return "".join(render_parts(result, lang))


def write(result: AuditResult, path: str | Path, lang: str = "zh", notices: list[str] | None = None) -> Path:
    """Write the report atomically (the previous one stays whole if writing fails); file names that are
    not UTF-8 are shown decoded (``decode_name``)."""
    with replacing(path) as tmp, tmp.open("w", encoding="utf-8") as out:
        for part in render_parts(result, lang):
            out.write(decode_name(part))
    return Path(path)

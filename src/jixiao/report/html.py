"""HTML report: ONE file to hand to a colleague — styles and charts inline, no script, no network, no CDN
(government networks are closed), under a strict Content-Security-Policy (``default-src 'none'``; the one
``<style>`` is allowed by its hash). Chinese by default.

The page, top to bottom: every error and suspect finding first, each linked to its place; a contents list by
file and document; the overview (counts, execution rate against total score, findings by kind and severity,
rounding conventions); then each file and its documents — the published form beside what the audit
recomputed, the document's tables — with each finding at the row it concerns (its anchor ``#f-N``), or listed
under its document when no row shows it. Filters by severity and kind are checkboxes and CSS (no script:
they work offline, in a mail attachment, under any CSP). Paths are shown relative to the report's folder.
The page's top is ``report.html_top``'s; where each finding is shown, ``report.html_page``'s.
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
import tempfile
from collections.abc import Callable, Iterator
from importlib.resources import files
from pathlib import Path
from typing import IO

from jixiao.atomic import replacing
from jixiao.audit.choose import framework_of
from jixiao.audit.common import doc_name
from jixiao.audit.engine import FORM_TYPES, AuditResult, FileAudit
from jixiao.audit.recompute import FormLine, dept_lines, form_lines
from jixiao.core.findings import SEVERITIES, Finding
from jixiao.core.i18n import tr
from jixiao.core.records import Document
from jixiao.core.safetext import decode_name
from jixiao.core.source import Source
from jixiao.core.table import Table
from jixiao.frameworks.model import Framework
from jixiao.report.html_page import Page, css_id, esc, sev_tag, worst_severity
from jixiao.report.html_top import Survey, contents, overview, summary
from jixiao.report.labels import kind_name, severity_name, type_name

CSS = files("jixiao.report").joinpath("assets/report.css").read_text(encoding="utf-8")
# The form line a finding of these kinds concerns (others go by their row name, or by line for indicators).
KIND_LINE = {"execution_rate": "执行率", "execution_score": "执行得分", "total_sum": "总分", "missing_total": "总分",
             "float_artefact": "总分", "grade": "评分等级", "missing_grade": "评分等级", "low_rate_top_grade": "评分等级"}
FUNDS_KINDS = {"funds_sum", "funds_sum_incomplete", "over_budget", "rate_wrong_row"}  # about a funds column


def _row_key(src: Source | None) -> tuple[object, ...] | None:
    """What ties a finding to a table row: the line (text, PDF), or the sheet and row of the cell (xlsx, docx)."""
    if src is None:
        return None
    if src.line is not None:
        return (src.page, src.line)
    m = re.match(r"[A-Z]+(\d+)$", src.cell or "")
    return (src.sheet, src.page, "row", int(m.group(1))) if m else None


def _attached(ln: FormLine, fs: list[Finding]) -> list[Finding]:
    """The findings that concern one line of the form comparison."""
    out = []
    for f in fs:
        same_line = f.location is not None and ln.line is not None and f.location.line == ln.line
        if f.row == ln.label or KIND_LINE.get(f.kind) == ln.label or same_line and f.kind not in KIND_LINE and f.kind not in FUNDS_KINDS and ln.label not in KIND_LINE.values():
            out.append(f)
    return out


def _line_label(label: str, lang: str) -> str:
    names = {"执行率": "execution rate", "执行得分": "execution score", "总分": "total", "评分等级": "grade"}
    if lang != "en":
        return label
    return label[:-3] + " subtotal" if label.endswith(" 小计") else names.get(label, label)


def _form_table(pg: Page, doc: Document, fa: FileAudit, fs: list[Finding], framework: Framework | None) -> str:
    lang = pg.lang
    lines = dept_lines(doc, framework) if doc.type == "dept_evaluation" else form_lines(doc, fa.convention_for(doc), framework)
    rows = []
    for ln in lines:
        here = pg.take(_attached(ln, fs))
        worst = worst_severity(here)
        recomputed, cls = ln.recomputed, "n"
        told = [f for f in here if f.recomputed is not None]
        if told:  # the row shows what the audit recomputed, and names the finding that says so
            recomputed, cls = told[0].recomputed, "n diff"
        elif here and ln.differs:
            cls = "n diff"
        elif ln.differs:  # recomputed differently, but the audit does not call it a problem (an evaluator's score)
            cls = "n nf"
        refs = "".join(f'<a class="ref" href="#{pg.anchor(f)}">[{pg.number(f)}]</a>' for f in here)
        title = "" if cls != "n nf" else f' title="{esc(tr("与发布值不同，但审核未判为问题", "differs, not judged a problem", lang))}"'
        tr_cls = f' class="{worst}"' if worst else ""
        rows.append(f'<tr{tr_cls}><td>{esc(_line_label(ln.label, lang))}</td>'
                    f'<td class="n">{esc(ln.published or "")}</td><td class="{cls}"{title}>{esc(recomputed or "")}{refs}</td>'
                    f'<td>{"".join(pg.finding(f) for f in here)}</td></tr>')
    head = "".join(f"<th>{tr(z, e, lang)}</th>" for z, e in
                   (("项目", "item"), ("发布值", "published"), ("重算值", "recomputed"), ("审核发现", "findings")))
    return f"<table><tr>{head}</tr>{''.join(rows)}</table>"


def _table_html(pg: Page, table: Table, fs: list[Finding], limit: int = 400) -> str:
    by_key: dict[tuple[object, ...], list[Finding]] = {}
    for f in fs:
        k = _row_key(f.location)
        if k is not None:
            by_key.setdefault(k, []).append(f)
    rows = []
    for row in table.rows[:limit]:
        keys = {_row_key(c.source) for c in row} - {None}
        here = pg.take(f for k in keys for f in by_key.get(k, []))  # type: ignore[arg-type]
        worst = worst_severity(here)
        cls = f' class="{worst}"' if worst else ""
        cells = "".join(f"<td>{esc(c.text)}</td>" for c in row) + "<td></td>" * (table.width - len(row))
        rows.append(f"<tr{cls}>{cells}<td>{''.join(pg.finding(f) for f in here)}</td></tr>")
    more = f'<p class="muted">… {len(table.rows) - limit}</p>' if len(table.rows) > limit else ""
    return f'<p class="muted">{esc(table.title or "")}</p><table>{"".join(rows)}</table>{more}'


def _flags(table: Table, fs: list[Finding]) -> bool:
    keys = {_row_key(f.location) for f in fs} - {None}
    return any(_row_key(c.source) in keys for r in table.rows for c in r)


def document_section(pg: Page, doc: Document, fa: FileAudit, fs: list[Finding], anchor: str,
                     framework: Framework | None = None) -> str:
    lang = pg.lang
    head = (f'<h3 id="{anchor}">{esc(doc_name(doc))} <span class="muted">{esc(type_name(doc.type, lang))} · '
            f"{pg.where(doc.source)}</span></h3>")
    body = ""
    if doc.type in FORM_TYPES or doc.type == "dept_evaluation":
        body += _form_table(pg, doc, fa, fs, framework)
    own = [] if doc.type in FORM_TYPES else list(doc.tables)
    # Tables of the file where this document's findings sit (a report's 表1 beside its score table).
    mine = {id(t) for t in own}
    near = [] if doc.type in FORM_TYPES else [t for t in (fa.read.tables if fa.read else []) if id(t) not in mine]
    flagged = [t for t in own + near if _flags(t, fs)]
    for t in flagged:
        body += _table_html(pg, t, fs)
    rest = [t for t in own if id(t) not in {id(x) for x in flagged}]
    if rest:
        inner = "".join(_table_html(pg, t, [], 60) for t in rest)
        body += f"<details><summary>{tr('其余表格', 'other tables', lang)} ({len(rest)})</summary>{inner}</details>"
    left = pg.take(fs)
    if left:
        body += f'<ul class="f">{"".join(pg.finding(f, "li") for f in left)}</ul>'
    elif not fs:
        body += f'<p class="muted">{tr("未发现问题。", "No findings.", lang)}</p>'
    return f'<div class="doc">{head}{body}</div>'


def file_section(pg: Page, fa: FileAudit, k: int, offset: int) -> str:
    lang = pg.lang
    pg.file(k, fa, offset)
    parts = [f'<section class="file" id="file-{k}"><h2>{esc(Path(fa.path).name)} '
             f'<span class="muted"><a href="{esc(pg.path(fa.path))}">{esc(pg.path(fa.path))}</a></span></h2>']
    if fa.error:
        parts.append(f"<p>{sev_tag('error', lang)} {esc(fa.error_text(lang) or '')}</p>")
    for j, d in enumerate(fa.documents):
        parts.append(document_section(pg, d, fa, fa.doc_findings(j), f"f{k}d{j}", framework_of(fa.frameworks.get(j))))
    rest = pg.take(fa.findings)
    if rest:
        parts.append(f"<h3>{tr('文件层面的发现（正文与表格）', 'file-level findings (text and tables)', lang)}</h3>")
        parts.append(f'<ul class="f">{"".join(pg.finding(f, "li") for f in rest)}</ul>')
    parts.append("</section>")
    return "".join(parts)


def filters(result: AuditResult, lang: str) -> tuple[str, str, str]:
    """The hidden checkboxes (before <main>), their labels (in the sticky bar) and the CSS that hides what
    is unticked."""
    keys = [(f"x-{s}", f"s-{s}", severity_name(s, lang)) for s in SEVERITIES]
    keys += [(f"x-k-{css_id(k)}", f"k-{css_id(k)}", kind_name(k, lang)) for k in result.kinds()]
    boxes = "".join(f'<input type="checkbox" class="flt" id="{i}" checked>' for i, _, _ in keys)
    sev = "".join(f'<label for="{i}">{esc(name)}</label>' for i, _, name in keys[: len(SEVERITIES)])
    kinds = "".join(f'<label for="{i}">{esc(name)}</label>' for i, _, name in keys[len(SEVERITIES):])
    bar = (f'<div class="filters">{tr("显示：", "Show: ", lang)}{sev} <details><summary>'
           f'{tr("按类型筛选", "filter by kind", lang)}</summary>{kinds}</details></div>')
    css = "".join(f"#{i}:not(:checked)~main .{c}{{display:none}}"
                  f'#{i}:not(:checked)~.filters label[for="{i}"]{{opacity:.45;text-decoration:line-through}}'
                  for i, c, _ in keys)
    return boxes, bar, css


def render_parts(result: AuditResult, lang: str = "zh", base: Path | None = None,
                 sink: Callable[[], IO[str]] = io.StringIO) -> Iterator[str]:
    """The report in pieces: the top (summary, contents, overview) from one walk of the files, then a file's
    section at a time (a spilled run is never held whole: ``write`` gives the walk temporary files to write
    the top's lists to)."""
    pg = Page(result, lang, base)
    sv = Survey(pg, sink)
    try:
        title = tr("jixiao 绩效审核报告", "jixiao audit report", lang)
        boxes, bar, filter_css = filters(result, lang)
        style = CSS + filter_css
        digest = base64.b64encode(hashlib.sha256(style.encode("utf-8")).digest()).decode("ascii")
        csp = f"default-src 'none'; style-src 'sha256-{digest}'; img-src data:"
        yield (
            f'<!DOCTYPE html><html lang="{"en" if lang == "en" else "zh-CN"}"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{esc(title)}</title><style>{style}</style></head><body><header><h1>{esc(title)}</h1>"
            f'<div class="sub">{tr("重算发布的数字，核对其是否成立。", "Published figures, recomputed and checked.", lang)}</div>'
            f"</header>{boxes}{bar}<main>"
        )
        yield from summary(pg, sv)
        yield from contents(pg, sv)
        yield from overview(pg, sv)
        offset = 0
        for k, fa in enumerate(result.files):
            yield file_section(pg, fa, k, offset)
            offset += len(fa.findings)
        yield "</main></body></html>"
    finally:
        sv.close()


def render(result: AuditResult, lang: str = "zh", base: Path | None = None) -> str:
    return "".join(render_parts(result, lang, base))


def write(result: AuditResult, path: str | Path, lang: str = "zh", notices: list[str] | None = None) -> Path:
    """Write the report atomically (the previous one stays whole if writing fails); file names that are
    not UTF-8 are shown decoded (``decode_name``); paths are shown relative to the report's folder."""
    def sink() -> IO[str]:
        return tempfile.TemporaryFile("w+", encoding="utf-8", errors="surrogatepass")  # names kept as held

    with replacing(path) as tmp, tmp.open("w", encoding="utf-8") as out:
        for part in render_parts(result, lang, Path(path).parent, sink):
            out.write(decode_name(part))
    return Path(path)

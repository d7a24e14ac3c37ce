"""HTML report: ONE file to hand to a colleague — styles and charts inline, no script, no network, no CDN
(government networks are closed), under a strict Content-Security-Policy (``default-src 'none'``; the one
``<style>`` is allowed by its hash). Chinese by default.

The page, top to bottom: every error and suspect finding first, each linked to its place; a contents list by
file and document; the overview (counts, execution rate against total score, findings by kind and severity,
rounding conventions); then each file and its documents — the published form beside what the audit
recomputed, the document's tables — with each finding at the row it concerns (its anchor ``#f-N``), or listed
under its document when no row shows it. Filters by severity and kind are checkboxes and CSS (no script:
they work offline, in a mail attachment, under any CSP). Paths are shown relative to the report's folder.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from html import escape
from importlib.resources import files
from pathlib import Path
from typing import IO

from jixiao.atomic import replacing
from jixiao.audit.choose import framework_of
from jixiao.audit.common import doc_name
from jixiao.audit.engine import FORM_TYPES, AuditResult, FileAudit
from jixiao.audit.recompute import FormLine, dept_lines, form_lines
from jixiao.audit.rounding_detect import figures
from jixiao.core.findings import SEVERITIES, Finding
from jixiao.core.i18n import tr
from jixiao.core.records import Document
from jixiao.core.safetext import decode_name
from jixiao.core.source import Source
from jixiao.core.table import Table
from jixiao.frameworks.model import Framework
from jixiao.report.charts import Point, findings_by_kind, rate_vs_score
from jixiao.report.labels import kind_name, severity_name, type_name

CSS = files("jixiao.report").joinpath("assets/report.css").read_text(encoding="utf-8")
# The form line a finding of these kinds concerns (others go by their row name, or by line for indicators).
KIND_LINE = {"execution_rate": "执行率", "execution_score": "执行得分", "total_sum": "总分", "missing_total": "总分",
             "float_artefact": "总分", "grade": "评分等级", "missing_grade": "评分等级", "low_rate_top_grade": "评分等级"}
FUNDS_KINDS = {"funds_sum", "funds_sum_incomplete", "over_budget", "rate_wrong_row"}  # about a funds column


def _e(x: object) -> str:
    return escape("" if x is None else str(x))


def _css_id(code: str) -> str:
    return re.sub(r"[^a-z0-9_]", "_", code.lower())


def _sev(s: str, lang: str) -> str:
    return f'<span class="sev {s}">{_e(severity_name(s, lang))}</span>'


def _worst(fs: Iterable[Finding]) -> str | None:
    sev = {f.severity for f in fs}
    return next((s for s in SEVERITIES if s in sev), None)


def _row_key(src: Source | None) -> tuple[object, ...] | None:
    """What ties a finding to a table row: the line (text, PDF), or the sheet and row of the cell (xlsx, docx)."""
    if src is None:
        return None
    if src.line is not None:
        return (src.page, src.line)
    m = re.match(r"[A-Z]+(\d+)$", src.cell or "")
    return (src.sheet, src.page, "row", int(m.group(1))) if m else None


class Page:
    """Where each finding is shown: once, with ``id="f-K-I"`` (file K, its I-th finding), at the first place
    that takes it; ``number`` is its place in the report (1, 2, …), shown as [n] beside a recomputed value."""

    def __init__(self, result: AuditResult, lang: str, base: Path | None) -> None:
        self.result, self.lang, self.base = result, lang, base
        self.k = 0
        self.index: dict[Finding, int] = {}
        self.offset = 0
        self.placed: set[int] = set()

    def file(self, k: int, fa: FileAudit, offset: int) -> None:
        """Start file ``k``: its findings are numbered from ``offset + 1``."""
        self.k, self.offset, self.placed = k, offset, set()
        self.index = {}
        for i, f in enumerate(fa.findings):
            self.index.setdefault(f, i)

    def anchor(self, f: Finding) -> str:
        return f"f-{self.k}-{self.index[f]}"

    def number(self, f: Finding) -> int:
        return self.offset + self.index[f] + 1

    def take(self, fs: Iterable[Finding]) -> list[Finding]:
        out = [f for f in fs if f in self.index and self.index[f] not in self.placed]
        self.placed.update(self.index[f] for f in out)
        return out

    def path(self, p: str) -> str:
        """``p`` relative to the report's folder (as given when the report is not written to a file)."""
        if self.base is None:
            return Path(p).as_posix()
        try:
            return Path(os.path.relpath(Path(p).resolve(), self.base.resolve())).as_posix()
        except ValueError:  # another drive
            return Path(p).name

    def where(self, src: Source | None) -> str:
        if src is None:
            return ""
        return f'<a class="loc" href="{_e(self.path(src.file))}">{_e(src.where())}</a>'

    def finding(self, f: Finding, tag: str = "div") -> str:
        nums = ""
        if f.reported or f.recomputed:
            nums = (f' <span class="muted">{tr("发布", "reported", self.lang)} {_e(f.reported or "—")} → '
                    f'{tr("重算", "recomputed", self.lang)} {_e(f.recomputed or "—")}</span>')
        return (f'<{tag} class="fd s-{f.severity} k-{_css_id(f.kind)}" id="{self.anchor(f)}">[{self.number(f)}] '
                f"{_sev(f.severity, self.lang)} <b>{_e(kind_name(f.kind, self.lang))}</b> {_e(f.text(self.lang))}{nums} "
                f'<span class="muted">{self.where(f.location)}</span></{tag}>')


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
        worst = _worst(here)
        recomputed, cls = ln.recomputed, "n"
        told = [f for f in here if f.recomputed is not None]
        if told:  # the row shows what the audit recomputed, and names the finding that says so
            recomputed, cls = told[0].recomputed, "n diff"
        elif here and ln.differs:
            cls = "n diff"
        elif ln.differs:  # recomputed differently, but the audit does not call it a problem (an evaluator's score)
            cls = "n nf"
        refs = "".join(f'<a class="ref" href="#{pg.anchor(f)}">[{pg.number(f)}]</a>' for f in here)
        title = "" if cls != "n nf" else f' title="{_e(tr("与发布值不同，但审核未判为问题", "differs, not judged a problem", lang))}"'
        tr_cls = f' class="{worst}"' if worst else ""
        rows.append(f'<tr{tr_cls}><td>{_e(_line_label(ln.label, lang))}</td>'
                    f'<td class="n">{_e(ln.published or "")}</td><td class="{cls}"{title}>{_e(recomputed or "")}{refs}</td>'
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
        worst = _worst(here)
        cls = f' class="{worst}"' if worst else ""
        cells = "".join(f"<td>{_e(c.text)}</td>" for c in row) + "<td></td>" * (table.width - len(row))
        rows.append(f"<tr{cls}>{cells}<td>{''.join(pg.finding(f) for f in here)}</td></tr>")
    more = f'<p class="muted">… {len(table.rows) - limit}</p>' if len(table.rows) > limit else ""
    return f'<p class="muted">{_e(table.title or "")}</p><table>{"".join(rows)}</table>{more}'


def _flags(table: Table, fs: list[Finding]) -> bool:
    keys = {_row_key(f.location) for f in fs} - {None}
    return any(_row_key(c.source) in keys for r in table.rows for c in r)


def document_section(pg: Page, doc: Document, fa: FileAudit, fs: list[Finding], anchor: str,
                     framework: Framework | None = None) -> str:
    lang = pg.lang
    head = (f'<h3 id="{anchor}">{_e(doc_name(doc))} <span class="muted">{_e(type_name(doc.type, lang))} · '
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
    parts = [f'<section class="file" id="file-{k}"><h2>{_e(Path(fa.path).name)} '
             f'<span class="muted"><a href="{_e(pg.path(fa.path))}">{_e(pg.path(fa.path))}</a></span></h2>']
    if fa.error:
        parts.append(f"<p>{_sev('error', lang)} {_e(fa.error_text(lang) or '')}</p>")
    for j, d in enumerate(fa.documents):
        parts.append(document_section(pg, d, fa, fa.doc_findings(j), f"f{k}d{j}", framework_of(fa.frameworks.get(j))))
    rest = pg.take(fa.findings)
    if rest:
        parts.append(f"<h3>{tr('文件层面的发现（正文与表格）', 'file-level findings (text and tables)', lang)}</h3>")
        parts.append(f'<ul class="f">{"".join(pg.finding(f, "li") for f in rest)}</ul>')
    parts.append("</section>")
    return "".join(parts)


class Survey:
    """What the top of the report needs from every file, gathered in one walk before the files are shown:
    the errors and suspect findings with their anchors, the contents, the chart's points, the conventions.

    The lists are written as they come, as HTML, to temporary files (``sink``: a province's contents and
    findings are not held in memory) and copied into the page in order (``copy``)."""

    def __init__(self, pg: Page, sink: Callable[[], IO[str]]) -> None:
        self.todo = {"error": sink(), "suspect": sink()}
        self.toc = sink()
        self.conventions = sink()
        self.points: list[Point] = []
        self.listed = 0  # errors and suspect findings written to ``todo``
        self.described = 0  # conventions written
        lang, offset = pg.lang, 0
        for k, fa in enumerate(pg.result.files):
            for i, f in enumerate(fa.findings):
                if f.severity in self.todo:
                    self.todo[f.severity].write(_todo_item(f"f-{k}-{i}", offset + i + 1, f, lang))
                    self.listed += 1
            docs = []
            for j, d in enumerate(fa.documents):
                fs = fa.doc_findings(j)
                counts = " ".join(f"{_e(severity_name(s, lang))} {n}" for s in SEVERITIES
                                  if (n := sum(1 for f in fs if f.severity == s)))
                docs.append(f'<li><a href="#f{k}d{j}">{_e(doc_name(d))}</a> <span class="muted">'
                            f"{_e(type_name(d.type, lang))} {counts}</span></li>")
                fig = figures(d) if d.type in FORM_TYPES else None
                total = d.total_score.dec
                if fig is not None and total is not None and fig.budget:
                    self.points.append(Point(fig.exact_rate.quantize(Decimal("0.01")), total, _worst(fs),
                                             f"#f{k}d{j}", doc_name(d)))
            self.toc.write(f'<li><a href="#file-{k}">{_e(pg.path(fa.path))}</a>'
                           + (f"<ul>{''.join(docs)}</ul>" if docs else "") + "</li>")
            for line in fa.described(lang):
                self.conventions.write(f"<li>{_e(f'{Path(fa.path).name} {line}')}</li>")
                self.described += 1
            offset += len(fa.findings)

    def close(self) -> None:
        for f in (*self.todo.values(), self.toc, self.conventions):
            f.close()


def copy(f: IO[str]) -> Iterator[str]:
    """What was written to ``f``, from the start, in pieces."""
    f.seek(0)
    while chunk := f.read(1 << 16):
        yield chunk


def _todo_item(anchor: str, n: int, f: Finding, lang: str) -> str:
    return (f'<li class="fd s-{f.severity} k-{_css_id(f.kind)}" value="{n}">{_sev(f.severity, lang)} '
            f'<a href="#{anchor}"><b>{_e(kind_name(f.kind, lang))}</b> · '
            f"{_e(f.location.where() if f.location else f.document)}</a> "
            f'<span class="muted">{_e(f.document)}</span><br>{_e(f.text(lang))}</li>')


def summary(pg: Page, sv: Survey) -> Iterator[str]:
    """Every error, then every suspect finding, each linked to where it sits in the report."""
    lang = pg.lang
    c = pg.result.counts()
    head = tr(f"先看这些：错误 {c['error']}，疑似 {c['suspect']}", f"Look at these first: {c['error']} errors, "
              f"{c['suspect']} suspect", lang)
    yield f'<section id="summary"><h2>{_e(head)}</h2>'
    if sv.listed:
        yield '<ol class="todo">'
        yield from copy(sv.todo["error"])
        yield from copy(sv.todo["suspect"])
        yield "</ol>"
    else:
        yield f'<p>{tr("没有错误或疑似问题。", "No errors or suspect findings.", lang)}</p>'
    yield "</section>"


def contents(pg: Page, sv: Survey) -> Iterator[str]:
    yield f'<section id="contents"><h2>{tr("目录", "Contents", pg.lang)}</h2><ul class="toc">'
    yield from copy(sv.toc)
    yield "</ul></section>"


def overview(pg: Page, sv: Survey) -> Iterator[str]:
    result, lang = pg.result, pg.lang
    c = result.counts()
    cards = [f'<div class="card c-docs"><b>{len(result.documents)}</b>{tr("份文档", "documents", lang)}'
             f'<div class="note">{len(result.files)} {tr("个文件", "files", lang)}</div>'
             + (f'<div class="note">{n} {tr("个文件未能识别", "files not recognised", lang)}</div>'
                if (n := len(result.not_recognised())) else "") + "</div>"]
    cards += [f'<div class="card c-{s}"><b>{c[s]}</b>{_e(severity_name(s, lang))}</div>' for s in SEVERITIES]
    kinds = result.kinds()
    order = sorted(kinds, key=lambda k: tuple(-kinds[k][s] for s in SEVERITIES))
    rows = "".join(f'<tr id="kind-{_css_id(k)}"><td>{_e(kind_name(k, lang))}</td>'
                   + "".join(f'<td class="n">{kinds[k][s] or ""}</td>' for s in SEVERITIES) + "</tr>" for k in order)
    head = "".join(f"<th>{_e(severity_name(s, lang))}</th>" for s in SEVERITIES)
    yield (
        f'<section id="overview"><h2>{tr("概览", "Overview", lang)}</h2><div class="cards">{"".join(cards)}</div>'
        f'<div class="side"><div>{rate_vs_score(sv.points, lang)}</div><div>{findings_by_kind(kinds, lang)}</div></div>'
        f'<div class="side"><div><details><summary>{tr("按类型", "By kind", lang)}</summary><table><tr>'
        f'<th>{tr("类型", "kind", lang)}</th>{head}</tr>{rows}</table></details></div>'
        f'<div><h3>{tr("舍入惯例", "Rounding conventions", lang)}</h3><ul class="f">'
    )
    if sv.described:
        yield from copy(sv.conventions)
    else:
        yield "<li>—</li>"
    yield "</ul></div></div></section>"


def filters(result: AuditResult, lang: str) -> tuple[str, str, str]:
    """The hidden checkboxes (before <main>), their labels (in the sticky bar) and the CSS that hides what
    is unticked."""
    keys = [(f"x-{s}", f"s-{s}", severity_name(s, lang)) for s in SEVERITIES]
    keys += [(f"x-k-{_css_id(k)}", f"k-{_css_id(k)}", kind_name(k, lang)) for k in result.kinds()]
    boxes = "".join(f'<input type="checkbox" class="flt" id="{i}" checked>' for i, _, _ in keys)
    sev = "".join(f'<label for="{i}">{_e(name)}</label>' for i, _, name in keys[: len(SEVERITIES)])
    kinds = "".join(f'<label for="{i}">{_e(name)}</label>' for i, _, name in keys[len(SEVERITIES):])
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
            f"<title>{_e(title)}</title><style>{style}</style></head><body><header><h1>{_e(title)}</h1>"
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

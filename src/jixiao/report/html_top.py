"""The top of the HTML report (``report.html``): every error and suspect finding, each linked to its place; the
contents by file and document; the overview (counts, execution rate against total score, findings by kind and
severity, rounding conventions), gathered in one walk of the files (``Survey``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import IO

from jixiao.audit.common import doc_name
from jixiao.audit.engine import FORM_TYPES
from jixiao.audit.rounding_detect import figures
from jixiao.core.findings import SEVERITIES, Finding
from jixiao.core.i18n import tr
from jixiao.report.charts import Point, findings_by_kind, rate_vs_score
from jixiao.report.html_page import Page, css_id, esc, sev_tag, worst_severity
from jixiao.report.labels import kind_name, severity_name, type_name


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
                counts = " ".join(f"{esc(severity_name(s, lang))} {n}" for s in SEVERITIES
                                  if (n := sum(1 for f in fs if f.severity == s)))
                docs.append(f'<li><a href="#f{k}d{j}">{esc(doc_name(d))}</a> <span class="muted">'
                            f"{esc(type_name(d.type, lang))} {counts}</span></li>")
                fig = figures(d) if d.type in FORM_TYPES else None
                total = d.total_score.dec
                if fig is not None and total is not None and fig.budget:
                    self.points.append(Point(fig.exact_rate.quantize(Decimal("0.01")), total, worst_severity(fs),
                                             f"#f{k}d{j}", doc_name(d)))
            self.toc.write(f'<li><a href="#file-{k}">{esc(pg.path(fa.path))}</a>'
                           + (f"<ul>{''.join(docs)}</ul>" if docs else "") + "</li>")
            for line in fa.described(lang):
                self.conventions.write(f"<li>{esc(f'{Path(fa.path).name} {line}')}</li>")
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
    return (f'<li class="fd s-{f.severity} k-{css_id(f.kind)}" value="{n}">{sev_tag(f.severity, lang)} '
            f'<a href="#{anchor}"><b>{esc(kind_name(f.kind, lang))}</b> · '
            f"{esc(f.location.where() if f.location else f.document)}</a> "
            f'<span class="muted">{esc(f.document)}</span><br>{esc(f.text(lang))}</li>')


def summary(pg: Page, sv: Survey) -> Iterator[str]:
    """Every error, then every suspect finding, each linked to where it sits in the report."""
    lang = pg.lang
    c = pg.result.counts()
    head = tr(f"先看这些：错误 {c['error']}，疑似 {c['suspect']}", f"Look at these first: {c['error']} errors, "
              f"{c['suspect']} suspect", lang)
    yield f'<section id="summary"><h2>{esc(head)}</h2>'
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
    cards += [f'<div class="card c-{s}"><b>{c[s]}</b>{esc(severity_name(s, lang))}</div>' for s in SEVERITIES]
    kinds = result.kinds()
    order = sorted(kinds, key=lambda k: tuple(-kinds[k][s] for s in SEVERITIES))
    rows = "".join(f'<tr id="kind-{css_id(k)}"><td>{esc(kind_name(k, lang))}</td>'
                   + "".join(f'<td class="n">{kinds[k][s] or ""}</td>' for s in SEVERITIES) + "</tr>" for k in order)
    head = "".join(f"<th>{esc(severity_name(s, lang))}</th>" for s in SEVERITIES)
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

"""The charts of the HTML report, as inline SVG written here (no script, no CDN): what an auditor looks for.

- ``rate_vs_score`` — each form's budget execution rate against its published total: the forms that spent
  little and still scored high (the shaded corner) are where to look first. Each point links to its document.
- ``findings_by_kind`` — findings by kind, one bar per kind split by severity, errors first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from html import escape

from jixiao.core.findings import SEVERITIES
from jixiao.core.i18n import tr
from jixiao.report.labels import kind_name, severity_name

COLOUR = {"error": "#c0392b", "suspect": "#d68910", "info": "#2e86c1", None: "#7f8c8d"}
LOW_RATE = Decimal(80)  # 执行率 below this …
HIGH_SCORE = Decimal(90)  # … with a total at or above this: the low-spend high-score corner


@dataclass(frozen=True, slots=True)
class Point:
    """One form on the chart: rate (percent), published total, worst severity, link target, name."""

    rate: Decimal
    total: Decimal
    worst: str | None
    href: str
    name: str


def _e(x: object) -> str:
    return escape(str(x))


def rate_vs_score(points: Sequence[Point], lang: str) -> str:
    """Scatter of execution rate (x, 0–100 %+) against published total (y, 0–100)."""
    w, h, left, right, top, bottom = 560, 300, 44, 16, 26, 36
    pw, ph = w - left - right, h - top - bottom
    xmax = max([Decimal(100)] + [min(p.rate, Decimal(150)) for p in points])
    # totals crowd at the top (85–100): the axis starts at the lowest total's ten below, at most 60
    ymin = min([Decimal(60)] + [max(p.total, Decimal(0)) // 10 * 10 for p in points])

    def x(v: Decimal) -> float:
        return left + float(min(v, xmax) / xmax) * pw

    def y(v: Decimal) -> float:
        return top + ph - float((max(min(v, Decimal(100)), ymin) - ymin) / (100 - ymin)) * ph

    title = tr("执行率与总分：低执行率高分的表（阴影区）最值得核对", "execution rate against total score: low spend, "
               "high score (shaded) first", lang)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" '
        f'aria-label="{_e(title)}" class="chart">',
        f'<text x="{left}" y="16" font-size="12">{_e(title)}</text>',
        f'<rect x="{left}" y="{y(Decimal(100)):.1f}" width="{x(LOW_RATE) - left:.1f}" '
        f'height="{y(HIGH_SCORE) - y(Decimal(100)):.1f}" fill="#fdecea"/>',
        f'<line x1="{left}" y1="{top + ph}" x2="{left + pw}" y2="{top + ph}" stroke="#888"/>',
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + ph}" stroke="#888"/>',
    ]
    for v in range(0, int(xmax) + 1, 20):
        parts.append(f'<text x="{x(Decimal(v)):.1f}" y="{top + ph + 14}" font-size="10" text-anchor="middle">{v}%</text>')
    for v in range(int(ymin), 101, 10 if ymin >= 50 else 20):
        parts.append(f'<text x="{left - 6}" y="{y(Decimal(v)) + 3:.1f}" font-size="10" text-anchor="end">{v}</text>')
    parts.append(f'<text x="{left + pw / 2:.0f}" y="{h - 4}" font-size="11" text-anchor="middle">'
                 f'{tr("预算执行率", "budget execution rate", lang)}</text>')
    parts.append(f'<text x="12" y="{top + ph / 2:.0f}" font-size="11" text-anchor="middle" '
                 f'transform="rotate(-90 12 {top + ph / 2:.0f})">{tr("总分（发布）", "published total", lang)}</text>')
    for p in points:
        label = f"{p.name}: {p.rate}% · {p.total}"
        parts.append(f'<a href="{_e(p.href)}"><circle cx="{x(p.rate):.1f}" cy="{y(p.total):.1f}" r="5" '
                     f'fill="{COLOUR[p.worst]}" fill-opacity="0.8"><title>{_e(label)}</title></circle></a>')
    if not points:
        parts.append(f'<text x="{left + pw / 2:.0f}" y="{top + ph / 2:.0f}" font-size="12" text-anchor="middle">'
                     f'{tr("没有带执行率的表", "no form with an execution rate", lang)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def findings_by_kind(kinds: dict[str, dict[str, int]], lang: str, href: str = "#kind-") -> str:
    """Horizontal bars, one a kind, split by severity; the kinds with errors first, then by count."""
    order = sorted(kinds, key=lambda k: tuple(-kinds[k][s] for s in SEVERITIES))
    bar_h, label_w, w = 16, 170, 560
    h = 30 + bar_h * len(order) + 24
    top = max([sum(kinds[k].values()) for k in order] + [1])
    scale = (w - label_w - 40) / top
    title = tr("按类型与级别的审核发现", "findings by kind and severity", lang)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" '
             f'aria-label="{_e(title)}" class="chart"><text x="0" y="16" font-size="12">{_e(title)}</text>']
    for i, k in enumerate(order):
        yy = 26 + i * bar_h
        parts.append(f'<a href="{_e(href + k)}"><text x="{label_w - 6}" y="{yy + 11}" font-size="11" '
                     f'text-anchor="end">{_e(kind_name(k, lang))}</text></a>')
        xx = float(label_w)
        for s in SEVERITIES:
            n = kinds[k][s]
            if n:
                parts.append(f'<rect x="{xx:.1f}" y="{yy + 2}" width="{n * scale:.1f}" height="{bar_h - 4}" '
                             f'fill="{COLOUR[s]}"><title>{_e(kind_name(k, lang))} · {_e(severity_name(s, lang))}: '
                             f'{n}</title></rect>')
                xx += n * scale
        parts.append(f'<text x="{xx + 4:.1f}" y="{yy + 11}" font-size="10">{sum(kinds[k].values())}</text>')
    legend_y = h - 8
    for j, s in enumerate(SEVERITIES):
        parts.append(f'<rect x="{label_w + j * 80}" y="{legend_y - 9}" width="10" height="10" fill="{COLOUR[s]}"/>'
                     f'<text x="{label_w + j * 80 + 14}" y="{legend_y}" font-size="11">{_e(severity_name(s, lang))}</text>')
    parts.append("</svg>")
    return "".join(parts)

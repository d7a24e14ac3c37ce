"""A “三公”经费 table printed across the page with one row per year (年度 | 合计 | 因公出国(境)经费 | … as heads, then
"2015年 | 2840 | 90 | …", "2016年 | 2364 | 12 | …" and a row of the change, "2016年比2015年增减% | -16.77 | …"): each
row's figures go under its own year's column (the later year this year's, ``accounts.sangong.column_roles``) or the
change's (增减率 with a percent, 增减额 without). A row is placed only when it gives a figure for every item column;
the rows end at the first that does not, or at a label that names no year and no change."""

from __future__ import annotations

import re

from jixiao.core.numbers import normalize_text, parse_decimal
from jixiao.core.records import Val
from jixiao.core.source import Source

_YEAR = re.compile(r"^((?:19|20)\d{2})\s*年度?$")
_CHANGE = re.compile(r"增减|增长|减少|比上年|同比")


def year_row_label(text: str) -> str | None:
    """The column a row's label names: "2015年" → 2015年{stage}; a change row → 增减率 / 增减额; else None."""
    t = re.sub(r"\s+", "", normalize_text(text)).strip("|")
    if m := _YEAR.match(t):
        return m.group(1) + "年"
    if _CHANGE.search(t):
        return "增减率" if re.search(r"%|率|幅度", t) else "增减额"
    return None


def rows_by_year(cols: list[str], stage: str, label: str, figures: list[tuple[str, Source]],
                 rest: list[tuple[str, Source]]) -> list[tuple[str, str, Val]] | None:
    """(item, column, value) triples of the rows led by a year (``label`` led the first row, ``figures``), the later
    rows read from ``rest``; None when the first row is not one (its label no year, its figures not one a column)."""
    first = year_row_label(label)
    if first is None or not first.endswith("年") or len(figures) != len(cols):
        return None
    rows = [(first, figures)]
    cells = [(t.strip(), src) for t, src in rest if t.strip().strip("|").strip()]
    k = 0
    while k < len(cells) and (name := year_row_label(cells[k][0])) is not None:
        row = cells[k + 1:k + 1 + len(cols)]
        if len(row) < len(cols) or any(parse_decimal(t.rstrip("%")) is None for t, _ in row):
            break
        rows.append((name, row))
        k += 1 + len(cols)
    if sum(name.endswith("年") for name, _ in rows) < 2:
        return None  # one year's row: a table across with a label before its figures, not rows by year
    out: list[tuple[str, str, Val]] = []
    for name, row in rows:
        column = name + stage if name.endswith("年") else name
        out += [(item, column, Val(parse_decimal(t.rstrip("%")), t, src)) for item, (t, src) in zip(cols, row)]
    return out

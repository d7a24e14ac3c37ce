"""A “三公”经费 table printed across the page with one row per year (年度 | 合计 | 因公出国(境)经费 | … as heads, then
"2015年 | 2840 | 90 | …", "2016年 | 2364 | 12 | …" and a row of the change, "2016年比2015年增减% | -16.77 | …"): each
row's figures go under its own year's column (the later year this year's, ``accounts.sangong.column_roles``) or the
change's (增减率 with a percent, 增减额 without; 决算对比 is one). A label may name its stage with its year
("2015年度预算数", "2015年度决算数", "2014年度决算数": each its own column). A row is placed only when it gives a figure
for every item column; a row whose cells hold words where a figure stands (a note, "以前年度结转资金9.83") is left
unplaced and the rows read on from the next label; the rows end at a label that names no year and no change."""

from __future__ import annotations

import re

from jixiao.core.numbers import normalize_text, parse_decimal
from jixiao.core.records import Problem, Val
from jixiao.core.source import Source

_YEAR = re.compile(r"^((?:19|20)\d{2})\s*年度?$")
_YEAR_STAGE = re.compile(r"^((?:19|20)\d{2})\s*年度?(?:[^\d]{0,12}?)(预算|决算)数?$")
_CHANGE = re.compile(r"增减|增长|减少|比上年|同比|对比")


def year_row_label(text: str) -> str | None:
    """The column a row's label names: "2015年" → 2015年{stage}; a change row → 增减率 / 增减额; else None."""
    t = re.sub(r"\s+", "", normalize_text(text)).strip("|")
    if m := _YEAR.match(t):
        return m.group(1) + "年"
    if m := _YEAR_STAGE.match(t):
        return f"{m.group(1)}年{m.group(2)}数"
    if _CHANGE.search(t):
        return "增减率" if re.search(r"%|率|幅度", t) else "增减额"
    return None


def rows_by_year(cols: list[str | None], stage: str, label: str, figures: list[tuple[str, Source]],
                 rest: list[tuple[str, Source]]) -> tuple[list[tuple[str, str, Val]], list[Problem]] | None:
    """(item, column, value) triples of the rows led by a year (``label`` led the first row, ``figures``), the later
    rows read from ``rest``, and a problem for each row left unplaced; None when the first row is not one (its label
    no year, its figures not one a column and not a row cut short by words). A column of ``cols`` that is None (a
    head that names no item) is read past."""
    first = year_row_label(label)
    if first is None or not _is_year(first) or len(figures) > len(cols):
        return None
    cells = [(t.strip(), src) for t, src in rest if t.strip().strip("|").strip()]
    rows: list[tuple[str, list[tuple[str, Source]]]] = []
    unplaced: list[tuple[str, Source]] = []
    if len(figures) == len(cols):
        rows.append((first, figures))
    elif not cells or year_row_label(cells[0][0]) is not None:
        return None  # a row short of figures with no words in their place: no row by year
    else:
        unplaced.append((first, cells[0][1]))
    k = 0
    while k < len(cells):
        if (name := year_row_label(cells[k][0])) is None:
            if rows or k > 0:
                break
            k += 1  # the words that cut the first row short
            continue
        row = cells[k + 1:k + 1 + len(cols)]
        full = len(row) == len(cols) and all(parse_decimal(t.rstrip("%")) is not None for t, _ in row)
        if full:
            rows.append((name, row))
            k += 1 + len(cols)
            continue
        # a row cut short by words: left unplaced, the rows read on from the next label
        unplaced.append((name, cells[k][1]))
        k += 1
        while k < len(cells) and parse_decimal(cells[k][0].rstrip("%")) is not None:
            k += 1
        if k < len(cells) and year_row_label(cells[k][0]) is None:
            k += 1
    if sum(_is_year(name) for name, _ in rows) < 2:
        return None  # one year's row: a table across with a label before its figures, not rows by year
    out: list[tuple[str, str, Val]] = []
    for name, row in rows:
        column = (name if name.endswith("数") else name + stage) if _is_year(name) else name
        out += [(item, column, Val(parse_decimal(t.rstrip("%")), t, src)) for item, (t, src) in zip(cols, row)
                if item is not None]
    problems = [Problem(f"“三公”经费表「{name}」一行的格子里有文字（附注）而非数字，该行未读入", src,
                        f"三公 table: the row {name} holds words where a figure stands; not placed")
                for name, src in unplaced]
    return out, problems


def _is_year(name: str) -> bool:
    return re.match(r"\d{4}年", name) is not None


def past_numbering(lead: str | None, figures: list[tuple[str, Source]],
                   rest: list[tuple[str, Source]]) -> tuple[str | None, list[tuple[str, Source]], list[tuple[str, Source]]]:
    """A 行次/栏次 row that numbers the columns (1, 2 … m) before rows led by a year: the first such row's label and
    figures instead, and the cells after them (the numbering is no row of figures); else all as given."""
    if len(figures) < 3 or any(t.strip() != str(n + 1) for n, (t, _) in enumerate(figures)):
        return lead, figures, rest
    cells = [(t, src) for t, src in rest if t.strip().strip("|").strip()]
    if not cells or (name := year_row_label(cells[0][0])) is None or not _is_year(name):
        return lead, figures, rest
    k = 1
    while k < len(cells) and parse_decimal(cells[k][0].strip()) is not None:
        k += 1
    return cells[0][0].strip(), cells[1:k], cells[k:]

"""Read a “三公” table (因公出国(境)费, 公务用车购置及运行费, 公务接待费, 机关运行经费) from its grid of cells.

The columns are found by the header's item and stage labels, through merged cells where there are some
(``column_paths``), else by the first row's items and the sub-items a later row gives; a table printed down the
page is read as item label, value pairs; failing both, a row holding as many numbers as the standard columns
(``THREE_PUBLIC_COLUMNS``) is read in their order, unless the header says the columns are others (预算数 alone, two
years'): then nothing is placed and that is said. The result is one row per item (``parse_three_public``).
"""

from __future__ import annotations

import re

from jixiao.accounts.layout import column_paths, numbers_columns, squash
from jixiao.accounts.model import AccountTable
from jixiao.accounts.sangong import STATS, VEHICLES, item_of, long_rows
from jixiao.core.numbers import parse_decimal
from jixiao.core.records import Problem
from jixiao.core.table import Cell, Table
from jixiao.read.recognise.accounts_grid import cell_value
from jixiao.read.recognise.sangong_place import trailing_blank

THREE_PUBLIC_COLUMNS = (
    "合计/预算数", "合计/决算数",
    "因公出国(境)费/预算数", "因公出国(境)费/决算数",
    "公务用车购置及运行费/预算数", "公务用车购置及运行费/决算数",
    "公务用车购置费/预算数", "公务用车购置费/决算数",
    "公务用车运行费/预算数", "公务用车运行费/决算数",
    "公务接待费/预算数", "公务接待费/决算数",
    "机关运行经费/决算数",
)  # fmt: skip


_YEARS = re.compile(r"(?:19|20)\d{2}(?=年)")


def _stage_of(text: str, default: str) -> str:
    return "决算数" if "决算" in text else "预算数" if "预算" in text else default


def _three_public_column(path: list[str], default: str) -> str | None:
    """A 三公 table's column by its header path: (item, stage) → "公务接待费/预算数"."""
    joined = "".join(path)
    if "机关运行" in joined:
        return "机关运行经费/" + _stage_of(joined, default)
    stage = "决算数" if "决算" in path[-1] else "预算数" if "预算" in joined else None
    if stage is None:
        return None
    leaf = [p for p in path if item_of(p) is not None]
    item = item_of(leaf[-1]) if leaf else None
    return f"{item}/{stage}" if item else None


def _numeric_rows(t: Table) -> int | None:
    """The first row of figures (a 栏次 row numbering the columns 1, 2, 3 … is the header's, not one)."""
    return next((i for i, r in enumerate(t.rows) if sum(parse_decimal(c.text) is not None for c in r) >= 3
                 and not numbers_columns([c.text for c in r])), None)


def _three_public_pairs(t: Table, stage: str) -> list[tuple[str, Cell]]:
    """A 三公 table printed down the page (项目 | 预算数, one item a row), possibly flattened onto one line:
    each item label followed by its value cell."""
    cells = [c for r in t.rows for c in r]
    out: list[tuple[str, Cell]] = []
    for a, b in zip(cells, cells[1:]):
        item = item_of(a.text)
        if item is None or item_of(b.text) is not None:
            continue
        value = parse_decimal(b.text) is not None or not b.text.strip()
        if value and item not in (x for x, _ in out):
            out.append((item, b))
    return [(f"{item}/{stage}", c) for item, c in out]


_STAGES = ("预算数", "决算数")
_LABELS = ("项目", "科目", "名称", "项目名称", "单位名称", "单位")  # the label column's head beside the stages


def _stage_groups(header: list[list[Cell]]) -> list[str]:
    """The stages a header row prints over groups of the items (the 部门决算 template: 预算数 over 合计 … 公务接待费,
    then 决算数 over the same): the row's cells, when each is a different bare stage, at least two."""
    for r in header:
        words = [squash(c.text) for c in r if c.text.strip()]
        stages = [w if w.endswith("数") else w + "数" for w in words if w in ("预算", "决算", *_STAGES)]
        if len(stages) >= 2 and len(set(stages)) == len(stages) and all(
                w in ("预算", "决算", *_STAGES, *_LABELS) for w in words):
            return stages
    return []


def _one_group(names: list[str | None], groups: int) -> list[str | None] | None:
    """The heads of one group when a header row prints the same heads once per group, else None."""
    size, extra = divmod(len(names), groups)
    return names[:size] if not extra and names[:size] * groups == names else None


def _three_public_leaves(header: list[list[Cell]], stage: str) -> list[str]:
    """A header without merged cells: the first row's items, 公务用车购置及运行费 replaced by the sub-items a
    later row gives (小计, 购置费, 运行费); under stage groups (预算数 … 决算数 …, each over all the items) the
    items printed once per group, the columns group by group. Heads that repeat otherwise give no columns."""
    groups = _stage_groups(header)
    rows = [[item_of(c.text) for c in r if c.text.strip()] for r in header]
    rows = [r for r in rows if r and all(r)]
    if not rows:
        return []
    first, subs = rows[0], rows[1] if len(rows) > 1 else []
    if groups:
        one, parts = _one_group(first, len(groups)), _one_group(subs, len(groups))
        if one is None or parts is None:
            return []
        first, subs = one, parts
    leaves: list[str] = []
    for item in first:
        if item == VEHICLES and subs:
            leaves.extend(x for x in subs if x)
        elif item:
            leaves.append(item)
    return [f"{x}/{g}" for g in groups or [stage] for x in leaves]


def _counts_aside(header: list[list[Cell]], figures: list[Cell], stage: str) -> list[tuple[str, Cell]]:
    """A one-row header of 三公 items with statistics among them (公务用车保有量(辆), 国内公务接待批次): the items' columns
    by position, the statistics' read past, when the row of figures has a cell for every head; [] otherwise."""
    rows = [[c for c in r if c.text.strip()] for r in header]
    rows = [r for r in rows if r]
    cells = [c for c in figures if c.text.strip()]
    if len(rows) != 1 or len(cells) != len(rows[0]):
        return []
    heads = [None if STATS.search(squash(c.text)) else item_of(c.text) for c in rows[0]]
    stats = sum(1 for c in rows[0] if STATS.search(squash(c.text)))
    items = [h for h in heads if h]
    if not stats or len(items) + stats != len(heads) or len(items) < 3 or len(set(items)) != len(items):
        return []
    return [(f"{h}/{stage}", c) for h, c in zip(heads, cells) if h]


def parse_three_public(kind: str, title: str, t: Table, problems: list[Problem]) -> AccountTable:
    stage = _stage_of(title, "决算数")
    first = _numeric_rows(t)
    header = t.rows[:first] if first is not None else []
    merged = any(c.merged for r in header for c in r)
    named = [_three_public_column(p, stage) for p in column_paths(header)] if merged else _three_public_leaves(header, stage)
    numbers = [c for r in t.rows[first:] for c in r if parse_decimal(c.text) is not None] if first is not None else []
    ok = named and all(named) and len(set(named)) == len(named)
    if first is not None and not merged and (aside := _counts_aside(header, t.rows[first], stage)):
        return _long(kind, title, t, aside, problems)  # counts (辆, 批次) beside the amounts: their columns read past
    if first is not None and ok and not merged and (short := trailing_blank([c for c in named if c], [(c.text, c.source) for c in numbers])):
        named = short[0]  # the row's last cell empty and dropped with the table's end: the others in order
        problems.append(short[1])
    if first is not None and ok and (merged or len(numbers) == len(named)):
        triples: list[tuple[str, Cell]] = []
        for cells in t.rows[first:]:
            if sum(parse_decimal(c.text) is not None for c in cells) < 3:
                continue
            row = cells if merged else [c for c in cells if parse_decimal(c.text) is not None]
            triples.extend((col, c) for col, c in zip([c for c in named if c], row))
            break
        return _long(kind, title, t, triples, problems)
    # heads that repeat an item in their row are groups across the page (预算数 … 决算数 …): never label, value pairs
    across = any(len(items) != len(set(items)) for r in header
                 if len(items := [item_of(c.text) for c in r if c.text.strip()]) >= 3 and all(items))
    pairs = [] if across else _three_public_pairs(t, stage)
    if len(pairs) >= 3 and first is None or (first is not None and len(pairs) >= 4 and not ok):
        return _long(kind, title, t, pairs, problems)
    flat: list[tuple[str, Cell]] = []
    heads = squash("".join(c.text for r in header for c in r))
    # a header that is not the standard columns' (预算数 alone, or two years'): its figures are never put in their order
    # (nor when the stages stand over groups of the items: the standard order is the items', each with its stages)
    standard = not heads or "决算" in heads and len(set(_YEARS.findall(heads))) <= 1 and not _stage_groups(header)
    for cells in t.rows if standard else []:
        numeric = [c for c in cells if parse_decimal(c.text) is not None]
        if len(numeric) < len(THREE_PUBLIC_COLUMNS) - 1 or numbers_columns([c.text for c in cells]):
            continue
        if len({item_of(c.text) for c in cells if c.text.strip()} - {None}) >= 3:
            break  # the heads run into the figures' row (a table's cells on one line): their order is not the standard's
        if len(numeric) > len(THREE_PUBLIC_COLUMNS):
            problems.append(Problem("“三公”经费表的数字多于栏目", cells[0].source, "more numbers than columns"))
        flat = list(zip(THREE_PUBLIC_COLUMNS, numeric))
        break
    out = _long(kind, title, t, flat, problems)
    if not out.rows:
        problems.append(Problem(f"{title}：未能读出“三公”经费各栏的数值（表头与数字对不上）", t.source,
                                f"{title}: the 三公 figures could not be placed in their columns"))
        # figures there but not placed: a table not read, never one called empty
        out.checked = not any(parse_decimal(c.text) is not None for r in t.rows for c in r)
    return out


def _long(kind: str, title: str, t: Table, pairs: list[tuple[str, Cell]], problems: list[Problem]) -> AccountTable:
    """A 三公 table read across (one value per "item/stage" column) as one row per item."""
    triples = [(col.split("/")[0], col.split("/")[1], cell_value(c, problems, col)) for col, c in pairs]
    columns, rows = long_rows(triples)
    printed: dict[str, str] = {}  # each item's label as the header prints it ("“三公”经费合计"), 小计 not one
    for r in t.rows:
        if any(parse_decimal(c.text) is not None for c in r):
            break
        for c in r:
            item = item_of(c.text) if c.text.strip() else None
            if item is not None and squash(c.text) != "小计":
                printed.setdefault(item, squash(c.text))
    for row in rows:
        row.name = printed.get(row.name, row.name)
    return AccountTable(kind, title, t.source, columns=columns, rows=rows)

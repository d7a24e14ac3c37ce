"""A department's funds lines printed down a column, each amount in the cell beside its label.

A department-wide form that states its funds by kind (部门整体支出绩效目标申报表: 收入构成 — 财政拨款 | 金额 | 占比 …
合计; 支出构成 — 基本支出 | 724.23 | 74.8%, 项目支出 | 243.96 | 25.2%, 合计 | 968.19 | 100%) prints each line's label with
its amount right of it, the lines one under another, the income and spending blocks side by side. Such a block is
read by its labels (``deptledger``'s), column by column, and kept only where its own sum confirms it: the amounts of
its lines make the total that closes it (合计 / 收入合计 / 支出合计 / 总计), to the cent. A bare 合计 is named by the
block it closes (支出合计 under 基本支出 and 项目支出, 收入合计 under income lines). A block whose sum fails (a number
the page broke, a line it lost) gives nothing: which amount is wrong the page does not say.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from jixiao.core.table import Cell, Table
from jixiao.read.base import FileRead

_BARE_TOTAL = re.compile(r"^\s*(?:合\s*计|总\s*计)\s*[:：]?\s*$")
Placed = list[tuple[str, Cell | None, Cell]]


def _line(text: str) -> str | None:
    from jixiao.read.recognise.deptledger import _label

    return "合计" if _BARE_TOTAL.match(text) else _label(text)


def _named(total: str, parts: list[str]) -> str:
    from jixiao.read.recognise.deptledger import _SPENDING

    if total != "合计":
        return total
    return "支出合计" if parts and all(p in _SPENDING for p in parts) else "收入合计" if parts and not any(
        p in _SPENDING for p in parts) else total


def _column(t: Table, c: int) -> Placed:
    """The confirmed blocks of column ``c``: runs of lines (a label at ``c``, its amount at ``c + 1`` or no amount)
    each closed by a total line the amounts above it make."""
    from jixiao.read.recognise.deptledger import _TOTAL, _amount

    out: Placed = []
    run: list[tuple[str, Cell, Cell, Decimal]] = []
    for row in t.rows:
        if c + 1 >= len(row) or (name := _line(row[c].text)) is None:
            run = []
            continue
        value = _amount(row[c + 1].text)
        if value is None:
            if row[c + 1].text.strip():
                run = []  # a line whose cell beside holds no amount: not a block of this column
            continue
        if _TOTAL.search(name):
            parts = [n for n, *_ in run if not _TOTAL.search(n)]
            if run and sum((v for *_, v in run), Decimal(0)) == value:  # (one line: the total is that line)
                out.extend((n, lab, amt) for n, lab, amt, _ in run)
                out.append((_named(name, parts), row[c], row[c + 1]))
            run = []
            continue
        run.append((name, row[c], row[c + 1], value))
    return out


def _in_text(fr: FileRead) -> Placed:
    """The same lines in text (rows flattened to spaces, one cell a line), where the two blocks side by side interleave
    (财政拨款 968.19 100% 基本支出 724.23 74.8% …): each label followed by its amount, told income or spending by its
    label; a side kept when one of the totals printed (合计 / 收入合计 / 支出合计) is the sum of its lines."""
    from jixiao.read.recognise.deptledger import _SPENDING, _SPLIT, _TOTAL, WHOLE, _amount
    from jixiao.read.recognise.tokens import in_reading_order

    words: list[Cell] = []
    for text, src in in_reading_order(fr):
        words.extend(Cell(w, src) for w in _SPLIT.split(text) if w.strip())
    sides: dict[bool, list[tuple[str, Cell, Cell, Decimal]]] = {True: [], False: []}
    totals: list[tuple[str, Cell, Cell, Decimal]] = []
    for k, w in enumerate(words[:-1]):
        name = _line(w.text)
        value = _amount(words[k + 1].text) if name is not None else None
        if name is None or value is None:
            continue
        if _TOTAL.search(name):
            totals.append((name, w, words[k + 1], value))
        else:
            sides[name in _SPENDING].append((name, w, words[k + 1], value))
    out: Placed = []
    used: set[int] = set()
    for spending, lines in sides.items():
        # a line printed twice (a second table: 基本支出 171.41 in the tasks' table): the one choice of an amount per
        # line that a total printed makes is the block; none or several, and which amount is whose is not known
        found = [(parts, fits) for parts in _choices(lines) if (fits := [
            j for j, (n, *_, v) in enumerate(totals) if j not in used and v == sum((x[3] for x in parts), Decimal(0))
            and (n in ("合计", WHOLE) or (n in _SPENDING) == spending)])]
        if len(found) != 1:
            continue
        parts, fits = found[0]
        names = [n for n, *_ in parts]
        used.add(fits[0])
        n, lab, amt, _ = totals[fits[0]]
        out.extend((m, lb, a) for m, lb, a, _ in parts)
        out.append((_named(n, names), lab, amt))
    return out


_CHOICES = 16  # ways of taking one amount per line tried at most (lines printed twice or thrice)


def _choices(lines: list[tuple[str, Cell, Cell, Decimal]]) -> list[list[tuple[str, Cell, Cell, Decimal]]]:
    """Each way of taking one of a line's amounts for every line printed (in the order printed); none when there
    are too many ways to try."""
    by_name: dict[str, list[tuple[str, Cell, Cell, Decimal]]] = {}
    for line in lines:
        group = by_name.setdefault(line[0], [])
        if not any(x[3] == line[3] for x in group):  # (the same amount printed again: one choice, the first)
            group.append(line)
    ways = 1
    for group in by_name.values():
        ways *= len(group)
    if not lines or ways > _CHOICES:
        return []
    return [list(c) for c in itertools.product(*by_name.values())]


def beside(fr: FileRead) -> Placed:
    """Every confirmed block of lines printed label-beside-amount in the file's tables, else in its text."""
    out: Placed = []
    for t in fr.tables:
        width = max((len(r) for r in t.rows), default=0)
        for c in range(width - 1):
            out.extend(_column(t, c))
    return out or _in_text(fr)

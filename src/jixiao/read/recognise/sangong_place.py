"""Placing the one row of figures of a 三公 table across the page by the table's own arithmetic.

A table across prints its items as heads over two rows (合计, 因公出国(境)费, 公务用车购置及运行费 over 小计 /
购置费 / 运行费, 公务接待费) and its figures in one row. Where that row holds one figure fewer than the heads have
columns (the 小计 printed blank or its merged cell lost in extraction), each column in turn is taken as the one
without a figure; the placement that the identities confirm (合计 = 因公出国(境)费 + 公务用车购置及运行费 +
公务接待费, 公务用车购置及运行费 = 购置费 + 运行费) and none contradicts is taken, and the choice said. Where none
or several fit, nothing is placed. A placement the arithmetic contradicts while a head was not understood is
not trusted either (a column may hide behind that head): nothing is placed and that is said.
"""

from __future__ import annotations

from decimal import Decimal
from itertools import combinations

from jixiao.accounts.model import AccountRow
from jixiao.accounts.sangong import ABROAD, PURCHASE, RECEPTION, RUNNING, TOTAL, VEHICLES
from jixiao.core.numbers import parse_decimal
from jixiao.core.records import Problem, Val
from jixiao.core.source import Source

Triples = list[tuple[str, str, Val]]


def checks(values: dict[str, Decimal]) -> list[tuple[frozenset[str], bool]]:
    """The identities one set of values allows, each as (the items it takes, whether it holds)."""
    out: list[tuple[frozenset[str], bool]] = []
    parts = (values[PURCHASE] + values[RUNNING]) if PURCHASE in values and RUNNING in values else None
    if VEHICLES in values and parts is not None:
        out.append((frozenset((VEHICLES, PURCHASE, RUNNING)), values[VEHICLES] == parts))
    vehicles = values.get(VEHICLES, parts)
    if TOTAL in values and ABROAD in values and RECEPTION in values and vehicles is not None:
        taken = (VEHICLES,) if VEHICLES in values else (PURCHASE, RUNNING)
        out.append((frozenset((TOTAL, ABROAD, RECEPTION, *taken)), values[TOTAL] == values[ABROAD] + vehicles
                    + values[RECEPTION]))
    return out


def holds(values: dict[str, Decimal], item: str | None = None) -> tuple[int, int]:
    """(identities confirmed, identities contradicted) by one placement's values, item → amount; only those that
    take ``item`` when given."""
    found = [ok for taken, ok in checks(values) if item is None or item in taken]
    return sum(found), len(found) - sum(found)


def _values(cols: list[str], figures: list[tuple[str, Source]]) -> dict[str, Decimal]:
    return {c: v for c, (t, _) in zip(cols, figures) if (v := parse_decimal(t)) is not None}


def one_short(cols: list[str], stage: str, figures: list[tuple[str, Source]]) -> tuple[Triples, list[Problem]] | None:
    """The triples of a row of figures one short of ``cols`` (one stage), placed by the identities, and the note
    that says how; None when no placement or more than one fits."""
    if len(figures) + 1 != len(cols):
        return None
    fits: list[int] = []
    for lost in range(len(cols)):
        ok, bad = holds(_values(cols[:lost] + cols[lost + 1:], figures))
        if ok and not bad:
            fits.append(lost)
    if len(fits) != 1:
        return None
    kept = cols[:fits[0]] + cols[fits[0] + 1:]
    note = Problem(
        f"“三公”经费表横排：{len(cols)} 个栏目只有 {len(figures)} 个数字（空白或合并单元格在提取时丢失），"
        f"按表内算术关系（合计 = 各项之和，小计 = 购置费 + 运行费）认定「{cols[fits[0]]}」一栏没有数字",
        figures[0][1],
        f"三公 table across the page: {len(figures)} figures for {len(cols)} columns (a blank or merged cell lost); "
        f"the table's arithmetic (total = the items, subtotal = purchase + running) places them with no figure "
        f"under '{cols[fits[0]]}'")
    return [(item, stage, Val(parse_decimal(t), t, src)) for item, (t, src) in zip(kept, figures)], [note]


def by_blanks(cols: list[str], stage: str, slots: list[tuple[str, Source] | None]) -> Triples | None:
    """The triples of a row of figures whose blank cells the text kept (pipes: "| 11.1 | 0 | 3 | 8.1 | 8.1 | |"), each
    figure in its own column and a blank cell's column left without one, when the cells (blanks past the last column
    read past) are as many as the columns and the placement holds an identity and contradicts none; None otherwise."""
    while len(slots) > len(cols) and slots[-1] is None:
        slots = slots[:-1]
    if len(slots) != len(cols) or None not in slots:
        return None
    placed = [(c, x) for c, x in zip(cols, slots) if x is not None]
    ok, bad = holds(_values([c for c, _ in placed], [x for _, x in placed]))
    if not ok or bad:
        return None
    return [(item, stage, Val(parse_decimal(t), t, src)) for item, (t, src) in placed]


def contradicted(cols: list[str], figures: list[tuple[str, Source]]) -> bool:
    """Whether the figures placed one per column in order contradict an identity."""
    return holds(_values(cols, figures))[1] > 0


def unread_head(heads: list[str], figures: list[tuple[str, Source]]) -> Problem:
    """The note for figures not placed because a head was not understood and the placement does not add up."""
    shown = "、".join(heads[:3])
    return Problem(
        f"“三公”经费表横排：表头“{shown}”未能识别，按其余栏目排放数字与表内算术关系不符，各数所属栏目读不准，未读入",
        figures[0][1],
        f"三公 table across the page: the head(s) '{shown}' were not understood and the figures placed under the "
        "other heads do not add up; not placed")


def place_rows(rows: list[AccountRow], numeric: list[str], amounts: list[str]) -> list[Problem]:
    """Each row that holds fewer figures than the table has figure columns (``numeric``), where the text does
    not mark its cells (a blank cannot be told from a lost cell) and whose figures read in order make an identity
    with the other rows fail in an amount column (``amounts``): its figures, in order, under the columns the
    identities then confirm (its other columns blank), when exactly one choice adds up. Where EVERY choice
    contradicts an identity, no placement can make the table add up: the figures stay in order (the order the
    labels give) and the checks report what fails, never a mistake hidden by the doubt. Else (several choices
    fit, or one confirms nothing) none of its columns is sure and no identity is checked on it. The notes say
    which rows were placed or kept so."""
    placed: list[str] = []
    kept: list[str] = []
    for row in rows:
        got = [(c, v) for c in numeric if c not in row.unsure and (v := row.values.get(c)) is not None
               and v.dec is not None]
        if not row.unsure or not got or row.item is None or len(numeric) > _MAX_COLUMNS:
            continue
        if _score(rows, row, amounts, dict(got), blank=False)[1] == 0:
            continue  # read in order, nothing fails: kept as read
        vals = [v for _, v in got]
        scores = {cols: _score(rows, row, amounts, dict(zip(cols, vals)), blank=True)
                  for cols in combinations(numeric, len(vals))}
        fits = [cols for cols, (ok, bad) in scores.items() if ok > 0 and bad == 0]
        if not fits and all(bad > 0 for _, bad in scores.values()):
            kept.append(row.name)  # no placement adds up: read in order, the failing identity reported
            continue
        if len(fits) != 1:
            row.unsure = set(numeric)
            continue
        row.values = {**row.values, **{c: Val(None, "", None) for c in numeric}, **dict(zip(fits[0], vals))}
        row.unsure = set()
        placed.append(row.name)
    out = [] if not kept else [Problem(
        f"“三公”经费表：{'、'.join(kept)}行的数字少于栏目（文本不分单元格），任何排法都与表内算术关系不符：按栏目顺序读入，"
        "不符之处照常报告", rows[0].source,
        f"三公 table: the rows {', '.join(kept)} hold fewer figures than the columns (the text does not mark cells) and "
        "no placement of them adds up: read in column order, what fails is reported")]
    if not placed:
        return out
    return out + [Problem(f"“三公”经费表：{'、'.join(placed)}行的数字少于栏目（文本不分单元格），按表内算术关系确定各数所属栏目",
                    rows[0].source, f"三公 table: the rows {', '.join(placed)} hold fewer figures than the columns "
                    "(the text does not mark cells); the table's arithmetic decides which column each belongs to")]


_MAX_COLUMNS = 8  # figure columns a 三公 table has at most (the choices tried: at most 70)


def _score(rows: list[AccountRow], row: AccountRow, amounts: list[str], chosen: dict[str, Val],
           blank: bool) -> tuple[int, int]:
    """(identities holding, failing) that take the row, its figures under ``chosen``, its other columns blank
    (0) when ``blank``, else not known."""
    ok = bad = 0
    for col in amounts:
        values = {r.item: v.dec for r in rows if r is not row and r.item and col not in r.unsure
                  and (v := r.values.get(col)) is not None and v.dec is not None}
        mine = chosen[col].dec if col in chosen else (Decimal(0) if blank else None)
        if mine is None:
            continue
        values[row.item or ""] = mine
        good, wrong = holds(values, row.item)
        ok, bad = ok + good, bad + wrong
    return ok, bad


def trailing_blank(cols: list[str], figures: list[tuple[str, Source]]) -> tuple[list[str], Problem] | None:
    """The columns a row of figures one short fills when the missing one is the LAST (a table whose cells reach the
    text one a line, each closed by a pipe: the empty cell that ends the row is the one a reader drops with the
    table's end), and the note that says so; taken only when the placement in order confirms an identity and
    contradicts none (``cols``: "item/stage" or items). None otherwise: nothing is placed."""
    if len(figures) + 1 != len(cols):
        return None
    kept = cols[:-1]
    ok, bad = holds(_values([c.split("/")[0] for c in kept], figures))
    if not ok or bad:
        return None
    last = cols[-1].split("/")[0]
    return kept, Problem(
        f"“三公”经费表：{len(cols)} 个栏目只有 {len(figures)} 个数字，按先后放入（合计 = 各项之和成立），"
        f"最后一栏「{last}」没有数字（空白或在提取时丢失），未读出",
        figures[0][1],
        f"三公 table: {len(figures)} figures for {len(cols)} columns, placed in order (the total = the items holds); "
        f"the last column '{last}' has no figure (blank, or lost in extraction): not read")

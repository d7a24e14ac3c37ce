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

from jixiao.accounts.sangong import ABROAD, PURCHASE, RECEPTION, RUNNING, TOTAL, VEHICLES
from jixiao.core.numbers import parse_decimal
from jixiao.core.records import Problem, Val
from jixiao.core.source import Source

Triples = list[tuple[str, str, Val]]


def holds(values: dict[str, Decimal]) -> tuple[int, int]:
    """(identities confirmed, identities contradicted) by one placement's values, item → amount."""
    ok = bad = 0
    parts = (values[PURCHASE] + values[RUNNING]) if PURCHASE in values and RUNNING in values else None
    if VEHICLES in values and parts is not None:
        ok, bad = (ok + 1, bad) if values[VEHICLES] == parts else (ok, bad + 1)
    vehicles = values.get(VEHICLES, parts)
    if TOTAL in values and ABROAD in values and RECEPTION in values and vehicles is not None:
        whole = values[ABROAD] + vehicles + values[RECEPTION]
        ok, bad = (ok + 1, bad) if values[TOTAL] == whole else (ok, bad + 1)
    return ok, bad


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

"""One identity — reported = Σ parts — compared within the rounding tolerance, as a Finding or None.

A sum of n values each rounded to 0.01 may differ from the rounded total by up to n × 0.005: such a
difference is ``info`` (尾差); a larger one is ``error``. A value printed coarser than that (a whole number
of 元 in a column of 元 and 分) adds the half unit of its last place. The tolerance per value is a parameter. When the
identity fails and exactly one operand is a blank cell, the finding is ``missing_value`` at that cell with
the value the identity implies (reported, never filled in).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal

from jixiao.accounts import DEFAULT_TOLERANCE
from jixiao.core.findings import Finding
from jixiao.core.numbers import ZERO, fmt_plain
from jixiao.core.records import Val
from jixiao.core.source import Source

HALF_CENT = Decimal("0.005")


@dataclass(frozen=True, slots=True)
class Ctx:
    """What every check needs: the document's title and the rounding tolerance per summed value."""

    document: str
    tolerance: Decimal = DEFAULT_TOLERANCE
    # every identity compared: (kind, what it says, held) — held also when only a rounding difference
    made: list[tuple[str, str, bool]] = field(default_factory=list)
    # every percentage of the text recomputed from the figures it stands on: (as printed, part, base, the finding
    # made or None): the document's way of rounding (``accounts.text_convention``)
    rates: list[tuple[str, Decimal, Decimal, Finding | None]] = field(default_factory=list)

    def record(self, kind: str, what: str, finding: Finding | None) -> Finding | None:
        self.made.append((kind, what, finding is None or finding.severity == "info"))
        return finding


def suspected(f: Finding | None) -> Finding | None:
    """The finding at most ``suspect``: an identity the words make likely but do not prove (a budget's balance said in
    its 说明, a change's parts) is never an ``error``."""
    return replace(f, severity="suspect") if f is not None and f.severity == "error" else f


def blank(v: Val) -> bool:
    """An empty cell (not "--", which says "not applicable")."""
    return v.dec is None and not (v.text or "").strip()


def num(v: Val) -> Decimal:
    return v.dec if v.dec is not None else ZERO


def _cents(v: Val) -> bool:
    """A value printed to the cent or finer (460.06), not zero."""
    text = (v.text or "").strip()
    return v.dec is not None and v.dec != ZERO and "." in text and len(text.split(".", 1)[1]) >= 2


def _one_line(reported: Val, parts: list[Val]) -> bool:
    """The total and its parts printed coarser than it on one line of text, none in a table's cell: a sentence's own
    figures."""
    at = {(v.source.file, v.source.line) if v.source and v.source.cell is None else None
          for v in [reported, *(p for p in parts if coarse(p))]}
    return len(at) == 1 and None not in at


def slack(ctx: Ctx, reported: Val, parts: list[Val]) -> Decimal:
    """How far ``reported`` and the sum of ``parts`` may stand apart by their printing alone: the tolerance for each
    part printed (one at least), and what each value printed coarser than 分 may carry (``coarse``)."""
    n = sum(1 for p in parts if p.dec is not None)
    return ctx.tolerance * max(n, 1) + sum((coarse(v) for v in [reported, *parts]), ZERO)


def coarse(v: Val) -> Decimal:
    """What a value printed coarser than 分 may carry beyond 分's rounding: "22,118,861" printed without the
    0.34 its column carries may be up to 0.5 off, 0.495 more than a value printed to 0.01; none for a zero."""
    if v.dec is None or v.dec == ZERO:
        return ZERO
    text = (v.text or "").strip()
    places = len(text.split(".", 1)[1]) if "." in text else 0
    return max(Decimal(5).scaleb(-places - 1) - HALF_CENT, ZERO)


def compare(
    ctx: Ctx,
    kind: str,
    what: tuple[str, str],
    reported: Val,
    parts: list[Val],
    where: Source | None,
    row: str | None,
    part_names: list[str] | None = None,
    blame_blank: bool = True,
) -> Finding | None:
    """``reported`` = Σ ``parts``; ``what`` names the identity (zh, en) for the message.

    ``blame_blank`` is False where blank cells are ordinary zeros (the 收支总表's unused items).
    """
    return ctx.record(kind, what[0], _compare(ctx, kind, what, reported, parts, where, row, part_names, blame_blank))


def _compare(
    ctx: Ctx,
    kind: str,
    what: tuple[str, str],
    reported: Val,
    parts: list[Val],
    where: Source | None,
    row: str | None,
    part_names: list[str] | None,
    blame_blank: bool,
) -> Finding | None:
    total = sum((num(p) for p in parts), ZERO)
    rep = num(reported)
    diff = rep - total
    if diff == ZERO:
        return None
    expr = " + ".join(fmt_plain(num(p)) for p in parts if p.dec is not None) or "0"
    n = sum(1 for p in parts if p.dec is not None)  # a blank cell carries no rounding
    blanks = [i for i, p in enumerate([reported, *parts]) if blank(p)]
    i = blanks[0] if blanks else 0
    cell = reported if i == 0 else parts[i - 1]
    implied = total if i == 0 else rep - (total - num(cell))
    if blame_blank and len(blanks) == 1 and implied > ZERO:
        name = row if i == 0 else (part_names[i - 1] if part_names else None)
        return Finding(
            "missing_value",
            "error",
            ctx.document,
            cell.source or where,
            f"{what[0]}不成立：{name or ''}单元格为空，按等式应为 {fmt_plain(implied)}（未填入，仅提示）",
            f"{what[1]} fails: the cell{' of ' + name if name else ''} is blank; the identity implies "
            f"{fmt_plain(implied)} (not filled in)",
            reported=None,
            recomputed=fmt_plain(implied),
            row=name or row,
        )
    extra = sum((coarse(v) for v in [reported, *parts]), ZERO)
    within = abs(diff) <= slack(ctx, reported, parts)
    # a whole part's coarse printing alone explaining the difference to a total printed to the cent (460.06 against
    # 380.17 + 80): the whole part is likely exact (80.00 printed short), the sum likely wrong; suspect, not a 尾差
    # (in a sentence only: a table's cell printed without the cents its column carries, 22,118,861 for 22,118,861.34,
    # is the table's formatting, a 尾差)
    coarse_only = within and abs(diff) > ctx.tolerance * max(n, 1) and _cents(reported) and _one_line(reported, parts)
    severity = "suspect" if coarse_only else "info" if within else "error"
    note_zh = f"，在 {n} 项 × {fmt_plain(ctx.tolerance)} 的舍入尾差内" if within else ""
    note_en = f", within the rounding tolerance of {n} × {fmt_plain(ctx.tolerance)}" if within else ""
    if within and extra:
        note_zh += f"（另有数值只印到较粗的位数，可差 {fmt_plain(extra)}）"
        note_en += f" (a value printed coarser than 0.01 may be off by {fmt_plain(extra)} more)"
    if coarse_only:
        note_zh = (f"，超出 {n} 项 × {fmt_plain(ctx.tolerance)} 的舍入尾差；只有把只印到较粗位数的数当作舍入过的（可差 "
                   f"{fmt_plain(extra)}）才说得通，而合计印到分，仍可能有误")
        note_en = (f", beyond the rounding tolerance of {n} × {fmt_plain(ctx.tolerance)}; only a value printed coarser "
                   f"taken as rounded (by up to {fmt_plain(extra)}) explains it, while the total is printed to the cent")
    return Finding(
        kind,
        severity,
        ctx.document,
        reported.source or where,
        f"{what[0]}：列报 {fmt_plain(rep)}，重算 {expr} = {fmt_plain(total)}，相差 {fmt_plain(diff)}{note_zh}",
        f"{what[1]}: reported {fmt_plain(rep)}, recomputed {expr} = {fmt_plain(total)}, difference {fmt_plain(diff)}{note_en}",
        reported=fmt_plain(rep),
        recomputed=fmt_plain(total),
        row=row,
    )

"""What is said of a table of indicators over two years (``read.recognise.compared``): that it was read so, and each
row's growth against its two figures.

A row's 增长 may be the relative change, (本年度 − 上年度) ÷ 上年度 (总收入 21226.69 → 24309.16: 14.52%), or, for a
share printed in percent, the change in points (中药饮片收入占比 0.12 → 0.43: 0.31). Either is accepted, within the
rounding of the printed figures (``core.rounding.change_allowed``) and of the growth as printed (a column that pads one
decimal with a 0, −49.20% for −49.2%, is read at the decimal it holds). A growth neither gives, or one of the wrong
sign, is ``suspect``: the columns were told by their header's words, not by a template.
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.accounts.identity import Ctx
from jixiao.accounts.model import AccountTable
from jixiao.core.findings import Finding
from jixiao.core.numbers import fmt_plain
from jixiao.core.rounding import change_allowed, printed_half
from jixiao.read.recognise.compared import CURRENT, GROWTH, PRIOR


def check_compared(ctx: Ctx, t: AccountTable) -> list[Finding]:
    out = [Finding(
        "labelled_table", "info", ctx.document, t.source,
        f"「{t.title}」按上年度、本年度两栏读出（{len(t.rows)} 行）；只核对各行的增长与两年数字是否相符",
        f"{t.title!r} read as two years' figures ({len(t.rows)} rows); only each row's growth is checked against them",
        row=t.title)]
    for r in t.rows:
        g, p, c = r.get(GROWTH), r.get(PRIOR), r.get(CURRENT)
        if g.dec is None or p.dec is None or c.dec is None or not p.dec or _allowed(g.text or "", p.dec, c.dec):
            continue
        rel = ((c.dec - p.dec) / p.dec * 100).quantize(Decimal("0.01"))
        out.append(Finding(
            "compared_growth", "suspect", ctx.document, g.source or r.source,
            f"「{r.name}」增长为 {g.text}，按 ({fmt_plain(c.dec)} − {fmt_plain(p.dec)}) ÷ {fmt_plain(p.dec)} 重算为 {rel}%"
            f"（按百分点为 {fmt_plain(c.dec - p.dec)}）",
            f"'{r.name}' growth is {g.text}; ({fmt_plain(c.dec)} − {fmt_plain(p.dec)}) ÷ {fmt_plain(p.dec)} gives {rel}% "
            f"(in points {fmt_plain(c.dec - p.dec)})", reported=g.text, recomputed=f"{rel}%", row=r.name))
    return out


def _allowed(printed: str, prior: Decimal, current: Decimal) -> bool:
    """The growth as printed is the relative change or the change in points, within the figures' rounding."""
    quoted = printed.strip().rstrip("%％").strip().lstrip("+")
    magnitude = quoted.lstrip("-−")
    value = Decimal(quoted.replace("−", "-"))
    slack = printed_half(prior) + printed_half(current) + printed_half(value)
    if abs(current - prior - value) <= slack:
        return True  # in points (a share's change)
    if (value < 0) != (current < prior) and value != 0 and current != prior:
        return False
    for shown in dict.fromkeys((magnitude, magnitude.rstrip("0").rstrip(".") if "." in magnitude else magnitude)):
        if shown and change_allowed(shown, current, prior) is not False:
            return True
    return False


__all__ = ["check_compared"]

"""The document's own way of rounding its percentages: a share printed cut down where the text rounds every other.

A percentage one unit off in its last digit is a 尾差 (``accounts.text_rates.pct_finding``): reports round half up,
or cut. A document shows which it does wherever the two differ: 8.73% printed 9% and 57.9266 printed 57.93 are rounded
half up. Where a text rounds half up at least twice that way and never cuts but once, its one percentage printed as
the quotient cut down (64.55 printed 64%, 27.5867 printed 27.58%), though the figures' own rounding cannot give it, is
a mistake of that one figure: ``suspect``, saying the rest of the text rounds half up. Figures are taken within half
a unit of their last printed place (a whole 59万元 may be 58.6): a print some of them give half up is no mistake. A text that cuts as often as
it rounds has no rule of its own, and its 尾差 stay ``info``.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from jixiao.accounts.identity import Ctx
from jixiao.accounts.text_rates import as_quoted
from jixiao.core.findings import Finding
from jixiao.core.numbers import HUNDRED, parse_decimal
from jixiao.core.rounding import Rounding, printed_half, quotient_range

# the fewest percentages a text must round half up (where cutting would print another figure) to have that rule
_RULE = 2


def _way(quoted: str, exact: Decimal) -> str | None:
    """"half_up" or "cut" where the print is the one and not the other; None where both (or neither) give it."""
    want, rounding = parse_decimal(quoted), as_quoted(quoted)
    up, cut = rounding.apply(exact), Rounding("truncate", rounding.digits).apply(exact)
    if want is None or up == cut:
        return None
    return "half_up" if want == up else "cut" if want == cut else None


def _any_way(quoted: str, n: Decimal, d: Decimal, way: str) -> bool:
    """Whether figures within half a unit of the printed ones (a whole 59万元 may be 58.6) give the print, rounded
    ``way`` (half up, or cut down)."""
    want, q = parse_decimal(quoted), as_quoted(quoted).quantum
    bounds = quotient_range(n, printed_half(n), d, printed_half(d))
    return bounds is None or want is None or \
        bounds[0].quantize(q, rounding=way) <= want <= bounds[1].quantize(q, rounding=way)


def by_convention(ctx: Ctx, found: list[Finding]) -> list[Finding]:
    """The findings, the one 尾差 the text's own rounding rules out made ``suspect`` (see the module docstring)."""
    ways = [(_way(q, n / d * HUNDRED), _any_way(q, n, d, ROUND_HALF_UP), _any_way(q, n, d, ROUND_DOWN), f)
            for q, n, d, f in ctx.rates]
    # (half up where no figures within their rounding give the print cut down; cut where none give it half up)
    up = sum(w == "half_up" and not by_cut for w, _, by_cut, _ in ways)
    cut = [f for w, by_up, _, f in ways if w == "cut" and not by_up and f is not None and f.severity == "info"]
    if up < _RULE or len(cut) != 1 or sum(w == "cut" for w, _, _, _ in ways) != 1:
        return found
    odd = cut[0]
    note = (f"；本文其余 {up} 处百分比都按四舍五入印出，此处是截尾", f"; the text rounds {up} other percentages half up, this one is cut down")
    promoted = replace(odd, severity="suspect", message=odd.message.replace("（尾差）", "") + note[0],
                       message_en=odd.message_en.replace(" (last-digit difference)", "") + note[1])
    return [promoted if f is odd else f for f in found]

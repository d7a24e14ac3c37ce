"""The 2021+ templates split an indicator's value over three columns: 指标性质 (the comparison: ≥, ≤, =), 指标值 (the
number) and 度量单位 (its unit), the 实际完成值 a bare number in the same unit. Read alone, the number says less than
the form: 1480 against 1500 under ≤ is met, not missed. The value is read whole, as the older templates print it in
one cell (≤1500元/亩, 1480元/亩): the comparison before the target where its own column gives one and the target has
none, the unit after the target and the actual where they are bare numbers. A 定性/定量 nature is no comparison and
adds nothing; a target or actual that is text is left as printed."""

from __future__ import annotations

import re

from jixiao.core.records import Val
from jixiao.core.table import Cell
from jixiao.read.recognise.common import eff

_SIGNS = {"≥": "≥", "≧": "≥", "≤": "≤", "≦": "≤", "=": "=", "＝": "=", "﹦": "=", ">": ">", "＞": ">", "<": "<", "＜": "<"}
_BARE = re.compile(r"^\d+(?:\.\d+)?$")
_SIGNED = re.compile(r"^[≥≤=<>≧≦＝﹦＞＜]")


def _join(v: Val, before: str, after: str) -> Val:
    if not v.str_ or not _BARE.match(v.str_):
        return v
    return Val(before + v.str_ + after, v.text, v.source)


def whole_values(target: Val, actual: Val, nature: Cell | None, unit: Cell | None) -> tuple[Val, Val]:
    """The target and the actual with the row's 指标性质 sign and 度量单位 put back (see the module's note)."""
    sign = _SIGNS.get(eff(nature).strip(), "") if nature is not None else ""
    u = eff(unit).strip() if unit is not None else ""
    if u and (any(ch.isdigit() for ch in u) or len(u) > 6):
        u = ""  # a figure or a text in the unit's place: the row sits off its columns, nothing is added
    if target.str_ and _SIGNED.match(target.str_):
        sign = ""
    return _join(target, sign, u), _join(actual, "", u)

"""Shares a 说明 states between two lines it names, each line's amount stated elsewhere in the same paragraph
("全区一般公共预算支出1091.71亿元,…;其中民生支出完成868.04亿元,…,民生支出占一般公共预算支出的比重达79.1%"): the
share is the part's amount over the whole's, rounded as printed (``accounts.text_shares`` reads the shares that print
their amounts inside the 占 phrase).

A line's amount is the one its name states right before it (民生支出完成868.04亿元, 一般公共预算支出1091.71亿元: the
name, at most a verb such as 完成 / 为 / 达, the amount); a name the paragraph states with two amounts (this year's
and last year's, the budget and the outturn) or none, a name of fewer than four characters (支出, 收入: any line's
tail), or a share said of two lines at once (分别为) is not recomputed."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from jixiao.accounts.identity import Ctx
from jixiao.accounts.text_rates import SCALE, pct, pct_finding
from jixiao.core.findings import Finding
from jixiao.core.numbers import parse_decimal
from jixiao.core.rounding import rate_allowed
from jixiao.core.source import Source

_CJK = "\u4e00-\u9fff"
_MIN_NAME = 4  # 支出, 收入: the tail of any line's name, never a line of its own
# 民生支出占一般公共预算支出的比重达79.1%: the part's name (the CJK run before 占), the whole's, the share
_SHARE = re.compile(rf"(?P<part>[{_CJK}“”]{{{_MIN_NAME},16}})占(?P<whole>[{_CJK}“”]{{{_MIN_NAME},16}}?)的?(?:比重|比例)?"
                    r"(?:达到|达|为|是)?\s*(?P<pct>\d+(?:\.\d+)?)\s*[%％]")
_VERB = r"(?:完成|实现|达到|达|为|是|共计|合计|共)?"


def _stated(text: str, name: str) -> tuple[Decimal, str, str] | None:
    """The one amount the paragraph states right after ``name`` (its value, as printed, its scale), or None where it
    states none or two that differ."""
    found = {(parse_decimal(m.group(1)), m.group(1), m.group(2))
             for m in re.finditer(re.escape(name) + _VERB + r"\s*(\d[\d,]*(?:\.\d+)?)\s*([亿万]?)元", text)}
    values = {v * SCALE[s] for v, _, s in found if v is not None}
    if len(values) != 1:
        return None
    v, printed, scale = next(iter(found))
    return (v, printed, scale) if v is not None else None


def _name(run: str, text: str) -> tuple[str, tuple[Decimal, str, str]] | None:
    """The longest tail of ``run`` (the words before 占) that the paragraph states an amount for, of four characters
    or more: 其中民生支出 → 民生支出."""
    for k in range(len(run) - _MIN_NAME + 1):
        name = run[k:]
        if (said := _stated(text, name)) is not None:
            return name, said
    return None


def named_share_findings(ctx: Ctx, text: str, lines: list[tuple[str, Source]]) -> Iterable[Finding | None]:
    """Each share between two lines the paragraph names and states the amounts of: part ÷ whole, rounded as printed."""
    for m in _SHARE.finditer(text):
        if "分别" in text[m.start("whole"):m.start("pct")]:
            continue
        part, whole = _name(m.group("part"), text), _name(m.group("whole"), text)
        if part is None or whole is None or part[0] == whole[0] or not whole[1][0]:
            continue
        (pv, pp, ps), (wv, wp, ws) = part[1], whole[1]
        allowed = rate_allowed(m.group("pct"), pv, wv, scale=(SCALE[ps], SCALE[ws]))
        got = pct(pv * SCALE[ps], wv * SCALE[ws], m.group("pct"))
        yield pct_finding(ctx, "text_percent", lines, m.group("pct"), got, f"{pp}{ps}元 ÷ {wp}{ws}元 × 100%", "error",
                          (f"{part[0]}占{whole[0]}的比重", "share"), (pv * SCALE[ps], wv * SCALE[ws]), allowed)


__all__ = ["named_share_findings"]

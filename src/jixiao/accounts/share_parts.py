"""Shares a 情况说明 states of one named whole by several of its parts ("基本支出63.3亿元,占一般预算支出的42.2%,其中…;
专项支出86.8亿元,占一般预算支出的57.8%"): such an amount is a part of that whole, never the whole of another part's
share (whatever 其中 follows it), and where the parts' shares make 100% the whole is their sum."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.core.numbers import HUNDRED, parse_decimal

_OWN_SHARE = re.compile(r"\d[\d,]*(?:\.\d+)?\s*[亿万]?元\s*[,，]?\s*占([^\d,，。;；%]{1,16}?)的?(?:比重|比例)?[为是]?\s*"
                        r"(\d+(?:\.\d+)?)\s*%")
_ALL = Decimal("0.1")  # shares that add to 100% within this are the whole's every part


def sibling(text: str, at: int, named: str | None) -> bool:
    """The amount at ``at`` is itself said to be a share of the whole ``named`` (the whole a later share names): it
    is one of that whole's parts, never the whole of its sibling's share, whatever 其中 follows it."""
    if not named:
        return False
    own = _OWN_SHARE.match(text, at)
    return own is not None and re.sub(r"\s", "", own.group(1)) == re.sub(r"\s", "", named)


def parts_whole(text: str, said: list[tuple[int, Decimal]], named: str | None) -> Decimal | None:
    """The whole ``named`` as the sum of its parts, where the text says two or more amounts are shares of it and their
    shares add to 100% (基本支出63.3亿元,占一般预算支出的42.2%;专项支出86.8亿元,占一般预算支出的57.8%: 150.1)."""
    if not named:
        return None
    parts = [(d, own) for pos, d in said if sibling(text, pos, named) and (own := _OWN_SHARE.match(text, pos))]
    shares = [parse_decimal(own.group(2)) for _, own in parts]
    if len(parts) < 2 or any(x is None for x in shares) or abs(sum(x for x in shares if x) - HUNDRED) > _ALL:
        return None
    return sum((d for d, _ in parts), Decimal(0))

"""Shares a 情况说明 states of one named whole by several of its parts ("基本支出63.3亿元,占一般预算支出的42.2%,其中…;
专项支出86.8亿元,占一般预算支出的57.8%"): such an amount is a part of that whole, never the whole of another part's
share (whatever 其中 follows it), and where the parts' shares make 100% the whole is their sum."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.accounts.prose import NUMBER_START
from jixiao.accounts.text_rates import amounts
from jixiao.core.numbers import HUNDRED, parse_decimal

# a rate of change may stand between an amount and its share: "税收收入452.8亿元,增长1.9%,占一般公共预算收入比重87.8%",
# a budget report's every line (never a change in an amount: "增加50万元,占…" may be the change's share)
RATE_BETWEEN = r"(?:\s*[,，]\s*(?:同比|比上年|较上年)?(?:同期)?(?:增长|下降|增收|减收|降低)\s*\d+(?:\.\d+)?\s*[%％])?"
# … and the share's own word: 占, 所占 (所占比例为85%), in a bracket of its own (300万元(占85%))
SHARE_WORD = r"\s*[,，]?\s*[(（]?\s*所?占"
_OWN_SHARE = re.compile(r"\d[\d,]*(?:\.\d+)?\s*[亿万]?元" + RATE_BETWEEN + SHARE_WORD + r"([^\d,，。;；%]{1,16}?)的?(?:比重|比例)?[为是]?\s*"
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


_UNITS = {"万": None, "": NUMBER_START + r"(\d[\d,]*(?:\.\d+)?)\s*元", "亿": NUMBER_START + r"(\d[\d,]*(?:\.\d+)?)\s*亿元"}


class Parts:
    """The amounts a whole 说明 says, by the unit they are printed in: where a share's whole is stated by its parts in
    other paragraphs (1. 基本支出…占一般公共预算支出的96.66%  2. 项目支出…占一般公共预算支出的3.34%)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.said = {u: amounts(text) if pat is None else amounts(text, pat) for u, pat in _UNITS.items()}

    def of(self, unit: str, named: str | None, text: str, said: list[tuple[int, Decimal]], at: int) -> tuple[
            set[Decimal], Decimal | None]:
        """For the share of the amount at ``at`` of its paragraph ``text``: the amounts said (there or elsewhere in the
        说明) to be other parts of the whole ``named``, none of them said in the paragraph as anything else; and the
        whole as their sum where their shares make 100% and the amount is one of them."""
        own = {d for pos, d in said if pos == at or not sibling(text, pos, named)}
        everywhere = self.said[unit]
        parts = ({d for pos, d in said if pos != at and sibling(text, pos, named)}
                 | {d for pos, d in everywhere if sibling(self.text, pos, named)}) - own
        whole = (parts_whole(text, said, named) or parts_whole(self.text, everywhere, named)) if sibling(
            text, at, named) else None
        return parts, whole

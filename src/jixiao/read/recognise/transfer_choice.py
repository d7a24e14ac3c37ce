"""Which of several sums a transfer's text states is the whole (``transfer_stated._choose``' tie-breakers): every
level's total that the levels' sums before it make (各级财政衔接资金共计1097万元), the exact sum a headline rounds
(627亿元 for 627.43), the sum said of the latest year the sentences name, the whole place's (全市…总额) over its
levels' and its sources'."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from jixiao.core.numbers import ZERO
from jixiao.read.recognise.transfer_cues import Stated
from jixiao.read.recognise.transfer_prose import in_yuan
from jixiao.read.recognise.transfer_subject import STOPS

TITLE_LEN = 80  # a title line is that short (a longer line is a sentence, and may cite another text)


# the words naming every level's money at once (各级财政衔接资金共计…), before a total in its sentence
_ALL_LEVELS = re.compile(r"各级")


def summing_total(text: str, cands: list[Stated]) -> Stated | None:
    """The amount stated as every level's total (各级财政衔接资金共计1097万元) that the amounts stated just before it add
    up to exactly, two or more in a row (918 sent by the province, 179 by the county's own finance): the whole, over
    what one level sent. The one such total, or None (a total of a project's sums, 累计争取…共计48亿元 = 27 + 21, is no
    level's: its words do not say 各级)."""
    found = []
    for k, t in enumerate(cands):
        if not t.total or t.yuan is None or not _ALL_LEVELS.search(text, t.sentence, t.at):
            continue
        run = ZERO
        for n, s in enumerate(reversed(cands[:k]), 1):
            run += s.yuan or ZERO
            if run >= t.yuan:
                if run == t.yuan and n >= 2:
                    found.append(t)
                break
    return found[0] if len({t.yuan for t in found}) == 1 else None


def rounded_title(text: str, cands: list[Stated]) -> Stated | None:
    """The amount the text states exactly where its headline gives the same amount rounded (财政部提前下达…补助资金
    14亿元 over the text's 补助资金预算140804万元: 14.0804亿 to the 亿 printed is 14): two values, the rounded one in a
    title's words (``_on_title``), the other a finer one that rounds to it at the headline's last digit.
    None otherwise."""
    values = {s.yuan for s in cands}
    if len(values) != 2:
        return None
    for coarse in cands:
        if coarse.yuan is None or coarse.dec is None or not _on_title(text, coarse.at):
            continue
        exp = coarse.dec.as_tuple().exponent
        step = in_yuan(Decimal(1).scaleb(exp if isinstance(exp, int) else 0), coarse.unit)
        fine = [(s, y) for s in cands if (y := s.yuan) is not None and y != coarse.yuan]
        if step and fine and all(y % step and (y / step).quantize(Decimal(1), ROUND_HALF_UP) * step == coarse.yuan
                                 for _, y in fine):
            return fine[-1][0]
    return None


def _on_title(text: str, at: int) -> bool:
    """Whether the amount at ``at`` stands in a title's words: its line's opening, short and without a sentence's stop
    or comma before it (a page's lines may be joined after the title: what follows it is not looked at)."""
    opening = text[text.rfind("\n", 0, at) + 1:at]
    return len(opening.strip()) <= TITLE_LEN and not STOPS.search(opening)


_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


def latest_year(text: str, cands: list[Stated]) -> list[Stated]:
    """The amounts whose sentence names the latest year any of them names (提前下达我省2020年…资金2,471万元 over 因2019年
    中央财政已安排我省3,618万元: last year's sum recalled; 此外,2011年至2016年…共下达9.1877亿元: past years' sum), and
    those whose sentence names no year; all of them where no sentence names an earlier year only."""
    years = {id(s): max((int(m.group(1)) for m in _YEAR.finditer(text, s.sentence, s.at)), default=None) for s in cands}
    named = [y for y in years.values() if y is not None]
    if not named:
        return cands
    return [s for s in cands if years[id(s)] in (None, max(named))]


# the whole place's amount (全市财政直达资金总额X, 全县共下达X) over its levels' (市本级X, 县区合计X)
_WHOLE_PLACE = re.compile(r"全(?:省|市|州|盟|县|区|旗)(?!本级|级)")
_PLACE_BACK = 30  # characters before an amount its place word is looked for in


def whole_place(text: str, cands: list[Stated]) -> list[Stated]:
    """The top amounts said of the whole place (全市…总额X), where the others are said of its levels: the text's
    whole; an amount of the whole place from one source (全市中央直达资金…) is a part. Empty where no amount, or more
    than the top one, is so said."""
    top = max(s.yuan for s in cands if s.yuan is not None)
    said = [s for s in cands if (m := _WHOLE_PLACE.search(text, max(s.sentence, s.at - _PLACE_BACK), s.at)) is not None
            and not _ONE_SOURCE.search(text, m.end(), s.at)]
    return said if said and all(s.yuan == top for s in said) else []


# the whole place's money from one source only (全市中央直达资金总量为48.67亿元: the central part of 全市…总额62.33亿元)
_ONE_SOURCE = re.compile(r"中央|地方|省级|市级|县级")


__all__ = ["TITLE_LEN", "latest_year", "rounded_title", "summing_total", "whole_place"]

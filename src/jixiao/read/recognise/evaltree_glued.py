"""A project evaluation score table's rows run together, each row's 分值 and 得分 one run of digits glued after its
name (目标内容22, 经济效益108: a document-sharing site's preview of a 绩效评价报告), for ``evaltree``.

The run is read as each of its figures can be printed (no leading zero, the score not above the weight, the
weight within what its level has left) or as the weight alone (the 得分 cell empty) where that fits; a run that
reads more than one way, or is too long to be two figures, is not read. A number inside a name (PM2.5达标率,
第1项) is part of the name, never a row's figures.
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.read.recognise.scoretable_glued_rows import splits

MAX_DIGITS = 12  # a weight (≤ 100, two decimals) and a score: longer runs are no row's figures (and never split)


def glued_options(digits: str, value: Decimal | None, room: Decimal) -> list[tuple[Decimal, Decimal | None]]:
    """Every (weight, score) the run can be under a level with ``room`` left, score None for the weight alone."""
    if len(digits) > MAX_DIGITS:
        return []
    options: list[tuple[Decimal, Decimal | None]] = [*splits(digits, room)]
    if value is not None and 0 < value <= room:
        options.append((value, None))  # 立项依据10: 10 with its 得分 empty, or 1 and 0?
    return options


def in_name(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` stands inside a word: after a Latin letter or 第, text right after."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    inside = before == "第" or before.isascii() and before.isalpha()
    return inside and bool(after) and not after.isspace() and not after.isdigit() and after not in "(（"

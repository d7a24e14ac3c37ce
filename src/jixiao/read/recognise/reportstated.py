"""Which of a report's sentences state its budget and what was spent of it (``recognise.report``'s grammar of
statements, its wordings ``reportwords``'): the spending after the budget within reach or before it in its sentence,
a budget that is one level's part or the initial one, the total of several budgets, several projects listed."""

from __future__ import annotations

import re

from jixiao.read.recognise.common import sentence_start, squash
from jixiao.read.recognise.reportwords import (
    EXECUTED,
    EXECUTED_AFTER,
    INITIAL,
    LEVEL,
    PART_AFTER,
    TOTAL_LEAD,
    spent_of,
)

REACH = 240  # characters within which what was spent follows its budget
# a heading (二、 / (二)): a level's part is looked for up to the next one
HEADING = re.compile(r"(?:^|\s)(?:[一二三四五六七八九十]+、|\(\s*[一二三四五六七八九十]+\s*\))")


def several(text: str, found: list[tuple[re.Match[str], re.Match[str] | None]]) -> bool:
    """The text states two or more budgets of different amounts, each followed by its own spending of a different
    amount, none called their total: several projects listed (项目一…预算X…支出Y；项目二…), not one project's."""
    pairs = {(b.group(3), e.group(3), e.start()) for b, e in found if e is not None and not initial(text, b)}
    return len({p[0] for p in pairs}) > 1 and len({p[1] for p in pairs}) > 1 and len({p[2] for p in pairs}) > 1


def spent_after(text: str, at: int, executed: re.Pattern[str] = EXECUTED) -> re.Match[str] | None:
    """The first statement of what was spent within reach after position ``at``: a label then its amount, or the
    amount then what became of it (共计152万元资金全部支付到位)."""
    said = next((m for m in executed.finditer(text, at, at + REACH) if spent_of(text, at, m)), None)
    hits = [m for m in (said, EXECUTED_AFTER.search(text, at, at + REACH)) if m]
    return min(hits, key=lambda m: m.start(3)) if hits else None


def spent_before(text: str, b: re.Match[str], executed: re.Pattern[str]) -> re.Match[str] | None:
    """What was spent, stated before its budget (within reach) in the budget's own sentence (实际支出45万元，占全年预算
    50万元的90%)."""
    lo = sentence_start(text, b.start(), max(0, b.start() - REACH))
    hits = [m for p in (executed, EXECUTED_AFTER) for m in p.finditer(text, lo, b.start()) if spent_of(text, None, m)]
    return max(hits, key=lambda m: m.start(3)) if hits else None


def lead_words(text: str, b: re.Match[str]) -> str:
    """The words of ``b``'s clause before its label (年初财政 in 年初财政下达资金5万元)."""
    return re.split(r"[,;。、:\s]", text[max(0, b.start() - 12) : b.start()])[-1]


def initial(text: str, b: re.Match[str]) -> bool:
    """The budget statement ``b`` is the initial budget: 年初 opens its label or stands before it in its clause."""
    return squash(b.group(1)).startswith(INITIAL) or INITIAL in lead_words(text, b)


def part_of_level(text: str, b: re.Match[str]) -> bool:
    """The budget statement ``b`` is one level's part (省级下达资金X万元) with another part after it, in its sentence or
    the next ones (中央财政下达资金60万元，实际支出55万元。省级配套资金40万元…), within reach and before a heading."""
    if LEVEL.search(lead_words(text, b)) is None:
        return False
    stop = HEADING.search(text, b.end(), b.end() + REACH)
    return PART_AFTER.search(text, b.end(), stop.start() if stop else b.end() + REACH) is not None


def whole(text: str, budgets: list[re.Match[str]]) -> list[re.Match[str]]:
    """Where the text states budgets of different amounts (several projects or batches listed) and says of one
    amount that it is their total (合计批复总投资6222.4万元), that statement alone; else all, as stated."""
    values = {m.group(3) for m in budgets if not initial(text, m)}
    totals = [m for m in budgets if TOTAL_LEAD.search(text[max(0, m.start() - 8) : m.start()])]
    return totals if len(values) > 1 and len({m.group(3) for m in totals}) == 1 else budgets

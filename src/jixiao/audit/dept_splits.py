"""部门整体支出绩效自评表 — the year's funds (年度资金总额) split two ways must give the same total.

The department form (湖南 and others) prints the 年度资金总额 split by source (按收入性质分: 一般公共预算,
政府性基金拨款, 纳入专户管理的非税收入拨款, 其他资金) and by purpose (按支出性质分: 基本支出, 项目支出). Both are
the same money: the two totals must be equal, and each must be the sum of its parts. The labels are read
wherever they stand (one cell per line, pipes, a docx preview run together): each value is the number printed
right after its label (``按支出性质分:1925.67``); a label without a number after it is missing, never 0.

Two totals that differ are an ``error`` only when each agrees with its own parts (the reading is confirmed by
the form's own arithmetic); otherwise the difference is a ``suspect``, since a part may have been misplaced.
A split whose parts do not add to it is a ``suspect`` of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from jixiao.audit.common import finding, mentions, num, squash_numbers
from jixiao.core.findings import Finding
from jixiao.core.numbers import normalize_text, parse_decimal
from jixiao.core.source import Source
from jixiao.core.table import Table

NamedAt = Callable[[Source], str]
Text = tuple[str, Source]

INCOME = "按收入性质分"
SPENDING = "按支出性质分"
_NUMBER = r"\s*[:：|]?\s*(-?\d[\d,]*(?:\.\d+)?)(?![\d.%])"
# the parts of each split, as the templates name them (the longest wording first)
INCOME_PARTS = (
    ("一般公共预算", r"一般公共预算(?:财政)?(?:拨款)?(?:资金)?(?:收入)?"),
    ("政府性基金", r"政府性基金(?:预算)?(?:财政)?(?:拨款)?(?:收入)?"),
    ("国有资本经营预算", r"国有资本经营预算(?:财政)?(?:拨款)?(?:收入)?"),
    ("非税收入", r"纳入(?:财政)?专户管理的非税收入(?:拨款)?"),
    ("其他资金", r"其他(?:资金|收入)"),
)
SPENDING_PARTS = (
    ("基本支出", r"基本支出"),
    ("项目支出", r"项目支出"),
)
_WINDOW = 40  # text pieces after the first split label in which the parts are looked for
_STOP = re.compile(r"年度总体目标|绩效目标|一级指标")


@dataclass(frozen=True, slots=True)
class _Read:
    value: Decimal
    text: str
    source: Source


def pieces(tables: list[Table], body: list[Text], squash: bool = True) -> list[Text]:
    """Table cells and body lines in reading order (page, line, column); ``squash``: spaces inside numbers
    undone (``squash_numbers``), else the text as printed (normalised), numbers kept apart."""
    items: list[tuple[tuple[int, int, int], str, Source]] = []
    seq = 0
    for t in tables:
        for row in t.rows:
            for c in row:
                if c.text.strip() and not c.merged:
                    items.append(((c.source.page or 0, c.source.line or 0, seq), c.text, c.source))
                    seq += 1
    for text, s in body:
        items.append(((s.page or 0, s.line or 0, seq), text, s))
        seq += 1
    items.sort(key=lambda x: x[0])
    fold = squash_numbers if squash else normalize_text
    return [(fold(text), src) for _, text, src in items]


def _find(pattern: str, pieces: list[Text]) -> _Read | None:
    """The number printed right after ``pattern`` in a piece, or alone in the piece after it."""
    label = re.compile(pattern + r"\s*[:：]?\s*$")
    valued = re.compile(pattern + _NUMBER)
    for k, (text, src) in enumerate(pieces):
        m = valued.search(text)
        if m:
            value = parse_decimal(m.group(1))
            if value is not None:
                return _Read(value, m.group(1), src)
        if label.search(text) and k + 1 < len(pieces):
            nxt, nsrc = pieces[k + 1]
            value = parse_decimal(nxt.strip())
            if value is not None:
                return _Read(value, nxt.strip(), nsrc)
    return None


def _blocks(pieces: list[Text]) -> Iterator[list[Text]]:
    """The stretches of text that hold a pair of splits: from the first split label to the goals that follow."""
    k = 0
    while k < len(pieces):
        if INCOME in pieces[k][0] or SPENDING in pieces[k][0]:
            end = k + 1
            while end < len(pieces) and end - k < _WINDOW and not _STOP.search(pieces[end][0]):
                end += 1
            block = pieces[k:end]
            # a stop word inside the first piece (a preview run together): keep the text up to it
            first, src = block[0]
            cut = _STOP.search(first)
            if cut:
                block[0] = (first[: cut.start()], src)
            yield block
            k = end
        else:
            k += 1


def _parts(block: list[Text], parts: tuple[tuple[str, str], ...]) -> list[tuple[str, _Read]]:
    out = []
    for name, pattern in parts:
        found = _find(pattern, block)
        if found is not None:
            out.append((name, found))
    return out


def _split_check(name: str, total: _Read, parts: list[tuple[str, _Read]], doc: str) -> tuple[bool, list[Finding]]:
    """Whether the split equals the sum of its parts (False when no part was read), and the finding if not."""
    if not parts:
        return False, []
    summed = sum((r.value for _, r in parts), Decimal(0))
    if summed == total.value:
        return True, []
    terms = " + ".join(f"{n} {r.text}" for n, r in parts)
    return False, [finding(
        "dept_split_parts", "suspect", doc, total.source,
        f"{name}{total.text}与其各项之和不符：{terms} = {num(summed)}",
        f"{name} {total.text} is not the sum of its parts: {terms} = {num(summed)}",
        total.value, summed, name,
    )]


def check_dept_splits(tables: list[Table], body: list[Text], name_at: NamedAt) -> list[Finding]:
    """The 按收入性质分 and 按支出性质分 totals of each department form in the file, against each other and
    against their parts."""
    if not mentions(tables, body, INCOME, SPENDING):
        return []  # the file splits no total both ways
    out: list[Finding] = []
    for block in _blocks(pieces(tables, body)):
        income, spending = _find(INCOME, block), _find(SPENDING, block)
        if income is None or spending is None:
            continue
        doc = name_at(spending.source)
        inc_parts = _parts(block, INCOME_PARTS)
        spe_parts = _parts(block, SPENDING_PARTS)
        inc_ok, found = _split_check(INCOME, income, inc_parts, doc)
        spe_ok, more = _split_check(SPENDING, spending, spe_parts, doc)
        out += found + more
        if income.value == spending.value:
            continue
        diff = income.value - spending.value
        confirmed = inc_ok and spe_ok
        detail = ""
        if confirmed:
            detail = "（{}；{}）".format(
                " + ".join(f"{n} {r.text}" for n, r in inc_parts) + f" = {income.text}",
                " + ".join(f"{n} {r.text}" for n, r in spe_parts) + f" = {spending.text}",
            )
        out.append(finding(
            "dept_split_mismatch", "error" if confirmed else "suspect", doc, spending.source,
            f"年度资金总额的两种分法不一致：{INCOME} {income.text}，{SPENDING} {spending.text}，相差 {num(abs(diff))}{detail}",
            f"the year's funds split two ways disagree: by source ({INCOME}) {income.text}, by purpose "
            f"({SPENDING}) {spending.text}, a difference of {num(abs(diff))}",
            spending.value, income.value, SPENDING,
        ))
    return out

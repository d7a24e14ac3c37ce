"""The cells of a broken pipe table's stream (``ruletable_pipes``): the stream itself (``cells``), and its cells by
what they hold: a number that may be a
weight (0 to the full marks, no percentage), a short text that may name a row, the rows' numbers where the 序号
stands after the group columns, and the points a 扣减分数 column takes off, read only where the arithmetic holds.
"""

from __future__ import annotations

import re

from jixiao.core.numbers import parse_decimal
from jixiao.core.source import Source
from jixiao.core.table import Cell
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import LABEL_GAP, squash
from jixiao.read.recognise.rulewords import Columns
from jixiao.read.recognise.tokens import in_reading_order

MAX_WEIGHT = 100
MAX_NAME = 24
_NUMBER_CHARS = 40  # the longest text a number is printed in (1, 234, 567, 890.00 分: spaces and all)
_SENTENCE = re.compile(r"[。；;，,：:！!？?]")
_POINTS = re.compile(r"\d\s*分")
TEXT_COLUMNS = ("rule", "explain", None)  # None: a column the vocabulary does not name (备注, 扣分原因)
# the points taken off a row (应得分数 | 扣减分数 | 实得分数): a number, read only where weight − it = the score after it
DEDUCT = re.compile(r"^(?:扣减?分数?|减分)$")


def name_like(cell: Cell) -> bool:
    """Text that may name an indicator: short, no sentence and no points awarded (a rule's or an explanation's
    text has one: 年度工作计划是否完整可行(3分))."""
    return (len(cell.text) <= MAX_NAME and not _SENTENCE.search(cell.text) and not _POINTS.search(cell.text)
            and not bare(cell.text))


def bare(text: str) -> bool:
    return parse_decimal(text.strip().removesuffix("分")) is not None


_GRADE_CELL = re.compile(r"(?:\d+(?:\.\d+)?分?(?:[-~～至]\d+(?:\.\d+)?分?)?|[xX]?[<>≤≥＜＞=]+[xX]?\d+(?:\.\d+)?[%％]?"
                         r"(?:[,，]?[<>≤≥＜＞]+[xX]?\d+(?:\.\d+)?[%％]?)?|[√✓✔×])")


def grade_cell(cell: Cell) -> bool:
    """What a grade column holds (优 | 良 | 中 | 差): the points the grade earns (5, 0-2, 4～5分), the bound of its
    band (x≥90%, 85%≤x<90%) or a tick."""
    return grade_text(cell.text)


def grade_text(text: str) -> bool:
    """``grade_cell`` of a text."""
    t = squash(text)
    return bool(_GRADE_CELL.fullmatch(t) or re.fullmatch(r"\d+(?:\.\d+)?[%％]?[<>≤≥＜＞]+[xX][<>≤≥＜＞]+\d+(?:\.\d+)?[%％]?", t))


def number(cell: Cell) -> bool:
    t = squash(cell.text).removesuffix("分")
    d = parse_decimal(t)
    return d is not None and not t.endswith(("%", "％")) and 0 <= d <= MAX_WEIGHT


def unnumbered(stream: list[Cell], model: Columns) -> list[Cell]:
    """The stream without the rows' numbers where the 序号 stands after the group columns (考核指标 | 序号 | 考核要点 |
    分值): a number is the next 序号 where it is followed by a name and then, past the header's text columns
    between the name and the weight, by a number (the weight); any other number is kept."""
    wcol = model.col("weight")
    leaf = model.names[-1]
    assert wcol is not None
    gap = sum(1 for k in range(leaf + 1, wcol) if model.fields[k] in TEXT_COLUMNS)
    out: list[Cell] = []
    expect = 1
    for j, c in enumerate(stream):
        w = j + 2 + gap
        if (number(c) and parse_decimal(squash(c.text)) == expect and w < len(stream)
                and name_like(stream[j + 1]) and number(stream[w])):
            expect += 1
            continue
        out.append(c)
    return out


def deducted(weight: Cell, after: list[Cell]) -> bool:
    """Two numbers after a row's weight where the header has a column of points taken off: the first is that
    column's only where the weight less it is the second (20 | 5 | 15); else the first is the score."""
    nums = [parse_decimal(squash(c.text).removesuffix("分")) for c in after if number(c)]
    w = parse_decimal(squash(weight.text).removesuffix("分"))
    return len(nums) == 2 and w is not None and nums[0] is not None and w - nums[0] == nums[1]




def join(a: str, b: str) -> str:
    """A cell's text and its next wrapped line: Chinese runs on without a space."""
    if not a or not b:
        return a or b
    return a + ("" if "\u3000" <= a[-1] <= "\u9fff" or "\u3000" <= b[0] <= "\u9fff" or b[0] in "(（" else " ") + b


def cells(fr: FileRead, lines: bool = False) -> list[Cell]:
    """The non-blank cells of the file, in reading order: a table's cells as they are, and in the body lines the
    text between two pipes, over line breaks; ``lines``: a page that prints each cell on a line of its own (the
    header's labels too: 序号 / 检查项目 / 检查内容 / 标准分), where a line break closes a cell as a pipe does."""
    out: list[Cell] = []
    text, src = "", None

    def close() -> None:
        nonlocal text, src
        if text and src is not None:
            out.append(Cell(LABEL_GAP.sub("", text), Source(src.file, src.line, src.page)))
        text, src = "", None

    for line, at in in_reading_order(fr):
        if at.cell is not None:  # a cell the text reader found: whole
            close()
            text, src = line.strip(), at
            close()
            continue
        parts = line.split("|")
        if lines:
            close()
        # a number never wraps: a line break beside one closes the cell (3 / 2 are two cells); a cell's text run on
        # over many lines (no pipe closes it) is no number, and is never parsed again at every line (linear)
        if text and parts[0].strip() and (len(text) <= _NUMBER_CHARS and bare(text) or bare(parts[0])):
            close()
        for k, part in enumerate(parts):
            piece = part.strip()
            if piece:
                text, src = join(text, piece), src or at
            if k < len(parts) - 1:  # a pipe closes the cell
                close()
    close()
    return out


__all__ = ["DEDUCT", "MAX_NAME", "MAX_WEIGHT", "TEXT_COLUMNS", "bare", "cells", "deducted", "grade_cell", "grade_text", "join",
           "name_like", "number", "unnumbered"]

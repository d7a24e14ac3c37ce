"""Numbered rows run together with no separator, each row's number, name and weight glued to the next row's number
(…1综合评价502健康教育与创卫宣传503市容环境卫生2004…9社区卫生10010镇辖村卫生10011群众满意率调查50合计1000),
as a document-sharing page gives a 序号 | 项目 | 分值 summary: row k's weight is the digits after its name up to the
number k+1 that opens the next row's name (10010: 100, then row 10), the last row's up to the total's word.

These are candidates only (kind ``seq`` of ``ruletable_confirmed``): read where the table's own sum confirms them
(the rows make the total it states), never by their place alone. A chain of fewer than three rows is none.
"""

from __future__ import annotations

import re

_CJK = "\u3400-\u9fff"
_NAME = rf"(?P<name>[{_CJK}、“”]{{2,30}}?)"
_WEIGHT = r"(?P<w>\d+(?:\.\d+)?)"
_FIRST = re.compile(rf"(?<![\d.．])1(?=[{_CJK}])")
_TOTAL_WORD = r"\s*(?:合计|总计|总分|合\s*计)"
MIN_ROWS = 3
MAX_ROWS = 60


def seq_rows(text: str) -> list[tuple[str, str, int, int, int]]:
    """The longest chain of rows 1, 2, 3 … glued together: each (name, weight as printed, where the name starts,
    where the weight's digits start and end); [] where no chain of three rows is found."""
    best: list[tuple[str, str, int, int, int]] = []
    for first in _FIRST.finditer(text):
        rows: list[tuple[str, str, int, int, int]] = []
        pos, k = first.start(), 1
        while k <= MAX_ROWS:
            nxt = re.compile(rf"{k}{_NAME}{_WEIGHT}(?:(?={k + 1}[{_CJK}])|(?={_TOTAL_WORD}))")
            m = nxt.match(text, pos)
            if m is None:
                break
            rows.append((m.group("name"), m.group("w"), m.start("name"), m.start("w"), m.end("w")))
            pos, k = m.end(), k + 1
            if not text.startswith(str(k), pos):
                break  # (the total's word: the chain ends)
        if len(rows) >= MIN_ROWS and len(rows) > len(best):
            best = rows
    return best


__all__ = ["seq_rows"]

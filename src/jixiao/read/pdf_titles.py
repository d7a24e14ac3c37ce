"""Title rows drawn inside a PDF table's grid: the table's name, "编制单位：… 单位：元".

Some publishers draw the whole page as one ruled grid, the title and the unit line in its first rows. Such a
row holds one text merged across the table (or its left half), or only 编制/单位 lines. Taken out, they are
what they are: the lines naming the table, and the table's own first row is its header.
"""

from __future__ import annotations

import re

from jixiao.core.table import Cell

_BYLINE = re.compile(r"^(编制(单位|部门)|预算(主管部门|单位)|填报单位|单位)\s*[:：]|^金额单位")


def _distinct(row: list[Cell]) -> list[str]:
    seen: list[str] = []
    for c in row:
        t = c.text.strip()
        if t and t not in seen:
            seen.append(t)
    return seen


def title_rows(rows: list[list[Cell]]) -> tuple[int, list[str]]:
    """How many leading rows are titles, bylines or blank, and the lines of text they hold (possibly none)."""
    out: list[str] = []
    width = max((len(r) for r in rows), default=0)
    if width < 2:
        return 0, out
    taken = 0
    for row in rows[:6]:
        texts = _distinct(row)
        if not texts:
            taken += 1
            continue
        spread = sum(1 for c in row if c.text.strip())
        title = len(texts) == 1 and spread * 2 >= width and not _BYLINE.match(texts[0]) and _named(texts[0])
        byline = bool(texts) and all(_BYLINE.match(t) for t in texts)
        if not (title or byline):
            break
        taken += 1
        out.append(" ".join(texts))
    return (taken, out) if out and taken < len(rows) else (0, [])


def _named(text: str) -> bool:
    """A table's name: ends in 表 (after an optional bracket), as titles do; a header label does not."""
    return bool(re.search(r"表\s*([(（][^)）]*[)）])?$", text))

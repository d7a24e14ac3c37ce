"""The cells of a file a standalone 三公 table is read from, in reading order.

Text as one stream of cells (a line split at its pipes or tabs, else at its spaces, letters spaced out joined back;
a sentence of the notes one cell), each marked with the line it stands on and whether its line marks its cells;
other formats one stream per table (its preamble lines, then its rows). ``recognise.sangong`` reads the table by
its labels from these streams; ``pieces`` gives them to other readers by label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jixiao.core.numbers import parse_decimal
from jixiao.core.source import Source
from jixiao.read.base import FileRead

CJK = re.compile(r"[\u4e00-\u9fff]")
# (a year's spending, "2020年度支出 (万元)", is a column's label too)
COLUMN = re.compile(r"预算|决算|增|减|幅度|拨款|合计|原因|上年|本年|金额|^(?:19|20)\d{2}年度?支出|^(?:其中[:：]?)?(?:政府性基金|国有资本经营)")
_PROSE = re.compile(r"[。，；;]|\d\s*万元|[,，]\D")
_LABEL_END = re.compile(r"(?<=^项目)|(?<=[数额率])(?=[^(（\d)）])")


@dataclass(slots=True)
class Cell:
    text: str
    source: Source
    line: int  # the line (or row) of the file it stands on: cells of one line are one row
    sep: bool  # its line marks its cells (pipes, tabs, a table's cells)


def _spaced(tokens: list[str]) -> list[str]:
    """Tokens of a line split at spaces, letters spaced out joined back ("合 计" → 合计, "预 算 数(万元)"); a header
    row spaced out letter by letter runs its labels together ("项 目 预 算 数 决 算 数"): such a run is split after
    项目 and after a label's last letter (预算数, 增减金额, 增减率)."""
    out: list[str] = []
    joined: set[int] = set()  # tokens made of letters spaced out
    spaced = False
    for tok in tokens:
        if out and spaced and CJK.match(tok):
            out[-1] += tok
            joined.add(len(out) - 1)
            spaced = len(tok) == 1
            continue
        out.append(tok)
        spaced = len(tok) == 1 and bool(CJK.match(tok))
    return [p for k, tok in enumerate(out)
            for p in (_LABEL_END.split(tok) if k in joined and COLUMN.search(tok) else [tok]) if p]


def split(text: str, src: Source, line: int) -> list[Cell]:
    if "|" in text or "\t" in text:
        parts = text.split("|") if "|" in text else text.split("\t")
        s = text.strip()
        if s.startswith("|"):
            parts = parts[1:]
        if s.endswith("|") and parts:
            parts = parts[:-1]
        cells = [Cell(p.strip(), Source(src.file, src.line, src.page, f"C{k + 1}"), line, True)
                 for k, p in enumerate(parts)]
        return _lead_head(cells) or [Cell("", src, line, True)]
    if _PROSE.search(text):  # a sentence of the notes ("3、公务接待费支出 1.73 万元。"): one cell, never a row
        tail = _table_tail(text)
        if tail is None:
            return [Cell(text.strip(), src, line, False)]
        return [Cell(text[:tail].strip(), src, line, False), *split(text[tail:], src, line)]
    return [Cell(t, Source(src.file, src.line, src.page, f"C{k + 1}"), line, False)
            for k, t in enumerate(_units_kept(_spaced(text.split())))]


_UNIT = re.compile(r"[(（](?:万元|元|亿元|千元|%|％)[)）]")  # a label's unit printed after a space: 2017年度支出 (万元)


def _units_kept(tokens: list[str]) -> list[str]:
    """Tokens of a line split at spaces, a unit in brackets standing alone ("(万元)") kept with the label before it:
    it is that label's unit, never a column of its own (which would put each figure under the label before its own)."""
    out: list[str] = []
    for tok in tokens:
        if out and _UNIT.fullmatch(tok) and CJK.search(out[-1]):
            out[-1] += tok
        else:
            out.append(tok)
    return out


def _lead_head(cells: list[Cell]) -> list[Cell]:
    """A row whose first cell ran into the words before it (a table flattened onto its title's line: "…支出预算表
    单位:万元 “三公”经费合计 | 因公出国(境)费 | …"): the item head after the last space a cell of its own, when the
    cell as a whole names no item and the next cell names one."""
    from jixiao.accounts.sangong import row_item

    if len(cells) < 2 or " " not in cells[0].text or row_item(cells[0].text) is not None or row_item(cells[1].text) is None:
        return cells
    lead, head = cells[0].text.rsplit(" ", 1)
    if row_item(head) is None:
        return cells
    first = cells[0]
    return [Cell(lead.strip(), first.source, first.line, first.sep), Cell(head, first.source, first.line, first.sep),
            *cells[1:]]


_SENTENCE_END = re.compile(r"[。:：;；]")
_TAIL_ITEMS = 3  # item labels a table run onto its sentence's line names at least (合计 and two items)


def _table_tail(text: str) -> int | None:
    """Where a table run onto the line of the sentence that brings it in begins ("…公布如下:单位:万元2010年…决算数
    2011年…预算数 合 计 因公出国(境)费 … 9784.31 992.20 …", a page's paragraph and its table flattened together):
    after the sentence's last 。 or colon, when what follows is no prose, names three items or more apart by spaces
    and holds three figures; None otherwise (the line is a sentence)."""
    from jixiao.accounts.sangong import row_item

    ends = list(_SENTENCE_END.finditer(text))
    if not ends:
        return None
    at = ends[-1].end()
    rest = text[at:]
    if _PROSE.search(rest):
        return None
    tokens = _spaced(rest.split())
    items = {i for t in tokens if (i := row_item(t)) is not None}
    return at if len(items) >= _TAIL_ITEMS and sum(number(t) for t in tokens) >= 3 else None


def streams(fr: FileRead, held: set[int]) -> list[list[Cell]]:
    """The file's cells in reading order: text as one stream (its body lines and table rows by line), other
    formats one stream per table (its preamble lines, then its rows)."""
    if fr.format == "text":
        items: list[tuple[int, int, list[Cell]]] = []
        for text, src in fr.body:
            items.append((src.line or 0, 0, split(text, src, src.line or 0)))
        for t in fr.tables:
            for r in t.rows:
                if r:
                    n = r[0].source.line or 0
                    items.append((n, 1, [Cell(c.text, c.source, n, True) for c in r]))
        items.sort(key=lambda x: (x[0], x[1]))
        return [_rejoined([c for _, _, cells in items for c in cells])]
    out: list[list[Cell]] = []
    for k, t in enumerate(fr.tables):
        if id(t) in held:
            continue
        cells = [c for n, x in enumerate(t.preamble) for c in split(x, t.source, -len(t.preamble) + n)]
        for i, r in enumerate(t.rows):
            cells.extend(Cell(c.text, c.source, 1000 * k + i, True) for c in r)
        out.append(cells)
    return out


_GAP = 8  # blank cells a label split over two lines may have between its parts (the first part's empty row)


def _rejoined(cells: list[Cell]) -> list[Cell]:
    """A row label a tall cell split over two lines, one letter on the first ("合" then "计", the values beside the
    second): joined where the second part stands, when the two name an item together and neither alone does."""
    from jixiao.accounts.sangong import row_item

    out: list[Cell] = []
    k = 0
    while k < len(cells):
        t = cells[k].text.strip()
        if len(t) == 1 and CJK.match(t) and row_item(t) is None:
            j = k + 1
            while j < len(cells) and j - k <= _GAP and not cells[j].text.strip():
                j += 1
            rest = cells[j].text.strip() if j < len(cells) else ""
            if rest and len(rest) <= 3 and row_item(rest) is None and row_item(t + rest) is not None:
                second = cells[j]
                out.extend(cells[k + 1:j])
                out.append(Cell(t + rest, second.source, second.line, second.sep))
                k = j + 1
                continue
        out.append(cells[k])
        k += 1
    return out


def pieces(fr: FileRead) -> list[list[tuple[str, Source]]]:
    """The file's cells and lines in reading order, each with its source (for readers by label)."""
    return [[(c.text, c.source) for c in cells] for cells in streams(fr, set())]


_RUN_ON = re.compile(r"\d{13,}")  # thirteen digits or more, no separator: several cells' figures run together


def number(text: str) -> bool:
    """A figure of the table: no run of digits longer than any amount a 三公 table prints (5834 100 692 4612 430
    run together as 58341006924612430 is five cells, none of them read)."""
    return parse_decimal(text) is not None and not _RUN_ON.fullmatch(text.strip())



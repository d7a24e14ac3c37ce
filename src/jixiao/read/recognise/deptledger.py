"""A department's 收支 tables (部门(单位)收支情况) read by their labels: the income and spending a department-wide
self-evaluation (its report or its form) prints as a row of labels over a row of amounts.

The 湖南 report template (二、部门(单位)收支情况) and many forms give them so: 年度收入情况(万元) | 收入合计 | 上年结转 |
公共财政拨款 | 政府基金拨款 | 纳入专户管理的非税收入拨款 | 其他, the amounts on the next row; 年度支出情况(万元) |
支出合计 | 基本支出 | 项目支出, the same. The block is found by its labels wherever the text puts them (a table's rows,
one cell a line, a row flattened to spaces); its amounts are placed

* in a table, by column: a blank cell stays blank;
* in text, in the labels' order when as many amounts as labels follow them; when fewer follow (the blank cells
  vanished), only the total, and only when the amounts after it make it (合计 = the parts printed): which part was
  blank the text does not say, so no part is placed.

What was placed is kept as a table of two rows (labels, amounts; ``TITLE``) on the department's document, each
amount with its source: figures read, never checked here (a placement the text leaves open is never an error).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from decimal import Decimal

from jixiao.core.source import Source
from jixiao.core.table import Cell, Table
from jixiao.read.base import FileRead
from jixiao.read.recognise.tokens import in_reading_order, number

TITLE = "部门收支情况"
# the lines a department's 收支 block names (the template's words and their usual variants)
_INCOME = ("收入合计", "本年收入合计", "收入总计", "上年结转", "上年结转结余", "年初结转和结余", "公共财政拨款",
           "一般公共预算财政拨款", "一般公共预算拨款", "财政拨款", "财政拨款收入", "政府基金拨款", "政府性基金拨款",
           "政府性基金预算财政拨款", "纳入专户管理的非税收入拨款", "非税收入拨款", "事业收入", "经营收入", "其他收入")
_SPENDING = ("支出合计", "本年支出合计", "支出总计", "基本支出", "人员经费", "日常公用经费", "公用经费", "项目支出",
             "其他支出", "年末结转和结余")
# the whole of a department target form's funds (部门整体支出绩效目标表: 资金总额 over 基本支出 and 项目支出): of either side
WHOLE = "资金总额"
_LABELS = frozenset(_INCOME + _SPENDING + ("其他", WHOLE))
_TOTAL = re.compile(r"合计|总计|资金总额")
_DROP = re.compile(r"^(?:其中|\d+[、.])|[(（][^()（）]*[)）]$|[:：]$")
_SPLIT = re.compile(r"[\s|]+")


def _label(text: str) -> str | None:
    """The ledger line a cell names (its 其中, numbering and unit bracket dropped), else None."""
    t = unicodedata.normalize("NFKC", text).strip()
    for _ in range(2):
        t = _DROP.sub("", t).strip()
    t = re.sub(r"\s+", "", t)
    return t if t in _LABELS else None


def _amount(text: str) -> Decimal | None:
    t = unicodedata.normalize("NFKC", text).strip()
    return None if "%" in t else number(t)


Placed = list[tuple[str, Cell | None, Cell]]  # (line, label cell or None, amount cell)


def _block(labels: Sequence[str], cells: Sequence[Cell]) -> Placed:
    """The amounts ``cells`` placed under ``labels``: by position when as many; else the total alone, where it opens
    or closes the block and the amounts beside it make it."""
    amounts = [(c, _amount(c.text)) for c in cells]
    if len(cells) == len(labels):
        return [(lab, None, c) for lab, (c, v) in zip(labels, amounts, strict=False) if v is not None]
    if len(cells) < 2 or len(cells) > len(labels):
        return []
    values = [v for _, v in amounts if v is not None]
    if len(values) < len(amounts):
        return []
    first, last = _TOTAL.search(labels[0]), _TOTAL.search(labels[-1])
    if first and values[0] == sum(values[1:], Decimal(0)):
        return [(labels[0], None, amounts[0][0])]
    if last and not first and values[-1] == sum(values[:-1], Decimal(0)):
        return [(labels[-1], None, amounts[-1][0])]
    return []


def _from_tables(fr: FileRead) -> Placed:
    """Blocks in the file's tables: a row whose cells are all ledger labels, a total among them, over a row of
    amounts read column by column."""
    out: Placed = []
    for t in fr.tables:
        for k, row in enumerate(t.rows[:-1]):
            names = [(i, _label(c.text)) for i, c in enumerate(row) if not c.blank]
            if len(names) < 2 or any(n is None for _, n in names) or not any(_TOTAL.search(n or "") for _, n in names):
                continue
            below = t.rows[k + 1]
            if not any(_amount(c.text) is not None for c in below):
                continue
            for i, name in names:
                if i < len(below) and name and _amount(below[i].text) is not None:
                    out.append((name, row[i], below[i]))
    return out


def _from_text(fr: FileRead) -> Placed:
    """Blocks in the file's text (one cell a line, rows flattened to spaces): a run of ledger labels, a total among
    them, then the run of amounts that follows it, placed by ``_block``."""
    words: list[Cell] = []
    for text, src in in_reading_order(fr):
        words.extend(Cell(w, src) for w in _SPLIT.split(text) if w.strip())
    out: Placed = []
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and _label(words[j].text) is not None:
            j += 1
        names = [n for w in words[i:j] if (n := _label(w.text)) is not None]
        if len(names) < 2 or not any(_TOTAL.search(n) for n in names):
            i = max(j, i + 1)
            continue
        k = j
        while k < len(words) and _amount(words[k].text) is not None and k - j < len(names):
            k += 1
        placed = _block(names, words[j:k])
        at = {n: w for n, w in zip(names, words[i:j], strict=True)}
        out.extend((n, at.get(n), c) for n, _, c in placed)
        i = max(k, j)
    return out


def ledger(fr: FileRead) -> Table | None:
    """The department's 收支 lines read from the file (its tables first, else its text), as a table of two rows:
    the lines' labels over their amounts. None when the file prints no such block whose amounts could be placed."""
    from jixiao.read.recognise.deptledger_beside import beside

    placed = _from_tables(fr) or _from_text(fr) or beside(fr)  # (or down a column, each amount beside its label)
    seen: dict[str, tuple[Cell | None, Cell]] = {}
    for name, label, cell in placed:
        seen.setdefault(name, (label, cell))  # a line printed twice (a second table) keeps its first amount
    if not seen:
        return None
    first = next(iter(seen.values()))[1].source
    heads = [Cell(n, lab.source if lab is not None else c.source) for n, (lab, c) in seen.items()]
    return Table([heads, [c for _, c in seen.values()]], Source(first.file, first.line, first.page), title=TITLE)

"""A transfer's rows by fund source (中央/省级/市级/本级/地方/其他) as its prose states them: the parts a 其中 lists after
the whole the reader took (下达…资金8000万元，其中：中央资金5000万元，省级资金3000万元; 共支出1450万元，其中中央资金980万元，…),
each part named by a fund source (``transfer_funds.ROW_LABELS``, wherever the words stand in its clause).

The parts are taken only where the form's own arithmetic holds: every part of the list names a source, no source
twice, each in the whole's unit, and they add up to the whole exactly; the whole is the document's budget (or its
spending), stated at that amount. Each part then fills its source's row in the whole's column, with its own line.
Otherwise nothing is read: never a row guessed from a list that does not add up, nor from one its words do not name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from decimal import Decimal

from jixiao.core.records import Document, FundsRow, Val
from jixiao.read.recognise.common import CLAUSE_END
from jixiao.read.recognise.reportwords import money
from jixiao.read.recognise.transfer_funds import ROW_LABELS
from jixiao.read.recognise.transfer_prose import read_val
from jixiao.read.recognise.transfer_prosewords import AMOUNT
from jixiao.read.recognise.transfer_text import Flat

_SOURCE = [(re.compile(p), key) for p, key in ROW_LABELS if key != "total"]
_WHERE = re.compile(r"其中")
_STOP = re.compile(f"[{CLAUSE_END}\n]|其中")  # a list ends with its sentence, its line, or the next list
_BACK = 300  # characters the list's whole is looked for before its 其中
_COLUMNS = ("annual_budget", "executed")


def _source(label: str) -> str | None:
    """The one fund source a part's words name (中央财政资金支出, 省级配套资金), or None (none, or several)."""
    keys = {key for p, key in _SOURCE if p.search(label)}
    return keys.pop() if len(keys) == 1 else None


def stated_sources(flat: Flat) -> list[tuple[Decimal, str, list[tuple[str, Val]]]]:
    """Every 其中 list of ``flat`` whose parts each name one fund source: (the whole, its unit, [(source, part)])."""
    text = flat.text
    out: list[tuple[Decimal, str, list[tuple[str, Val]]]] = []
    every = list(AMOUNT.finditer(text))  # (matched once: each 其中 takes its neighbours, linear in the text)
    starts = [m.start() for m in every]
    for q in _WHERE.finditer(text):
        k = bisect_left(starts, q.start())
        if k == 0 or every[k - 1].end() > q.start() or every[k - 1].start() < q.start() - _BACK:
            continue
        whole = every[k - 1]
        if text.count("。", whole.end(), q.start()) > 1:
            continue
        unit = money(whole.group(2)) or "万元"
        stop = _STOP.search(text, q.end())
        end = stop.start() if stop else len(text)
        parts: list[tuple[str, Val]] = []
        at = q.end()
        for m in every[bisect_left(starts, q.end()):bisect_left(starts, end)]:
            key = _source(text[at:m.start(1)])
            if key is None or (money(m.group(2)) or "万元") != unit or key in {k for k, _ in parts}:
                parts = []
                break
            parts.append((key, read_val(flat, m.group(1).replace(",", ""), m.start(1))))
            at = m.end()
        total = Decimal(whole.group(1).replace(",", ""))
        if len(parts) >= 2 and sum((v.dec or Decimal(0) for _, v in parts), Decimal(0)) == total:
            out.append((total, unit, parts))
    return out


# a section listing where the money came from (一、资金来源 ⏎ (一)中央资金 ⏎ …400万元; (二)省级资金 ⏎ …346.5万元。), up to
# the next section's heading (二、分配原则) or the sum it states of itself (以上资金合计…)
_FROM = re.compile(r"资金来源[:：]?[ \t]*\n")
_SECTION = re.compile(r"\n[ \t]*[一二三四五六七八九十]+[、.．]|以上|合计|共计|总计")


def listed_sources(flat: Flat) -> list[tuple[Decimal, str, list[tuple[str, Val]]]]:
    """Every 资金来源 section whose amounts each name one fund source (in its line or its heading's): (their sum, the
    unit, [(source, amount)])."""
    text = flat.text
    out: list[tuple[Decimal, str, list[tuple[str, Val]]]] = []
    for f in _FROM.finditer(text):
        stop = _SECTION.search(text, f.end())
        end = stop.start() if stop else len(text)
        parts: list[tuple[str, Val]] = []
        at, unit = f.end(), None
        for m in AMOUNT.finditer(text, f.end(), end):
            key = _source(text[at:m.start(1)])
            unit = unit or money(m.group(2)) or "万元"
            if key is None or (money(m.group(2)) or "万元") != unit or key in {k for k, _ in parts}:
                parts = []
                break
            parts.append((key, read_val(flat, m.group(1).replace(",", ""), m.start(1))))
            at = m.end()
        if len(parts) >= 2 and unit is not None:
            out.append((sum((v.dec or Decimal(0) for _, v in parts), Decimal(0)), unit, parts))
    return out


_PAIRED_LABEL = 16  # the most characters a cell's source label holds (其中:中央财政资金)


def paired_sources(flat: Flat) -> tuple[list[tuple[str, Val]], list[tuple[str, Val]]]:
    """A funds block whose two columns (年度金额 | 资金使用情况, 预算数 | 执行数) lost their borders and run row by row:
    each source named twice, each time by its short label right before its amount (中央财政200万元中央财政150万元
    省级财政100万元省级财政60万元). (the first amount of each source, the second): the first column's and the second's,
    in one unit; empty where a source is named more than twice, or named once where another is named twice."""
    text = flat.text
    seen: dict[str, list[Val]] = {}
    unit: str | None = None
    prev = 0
    for m in AMOUNT.finditer(text):
        label = text[prev:m.start(1)]
        prev = m.end()
        if len(label) > _PAIRED_LABEL:
            continue
        key = _source(label)
        if key is None:
            continue
        u = money(m.group(2)) or "万元"
        if unit not in (None, u):
            return [], []
        unit = u
        seen.setdefault(key, []).append(read_val(flat, m.group(1).replace(",", ""), m.start(1)))
    if len(seen) < 2 or {len(v) for v in seen.values()} != {2}:
        return [], []
    return [(k, v[0]) for k, v in seen.items()], [(k, v[1]) for k, v in seen.items()]


def _sum(parts: list[tuple[str, Val]]) -> Decimal:
    return sum((v.dec or Decimal(0) for _, v in parts), Decimal(0))


def add_sources(doc: Document, flat: Flat, rows: dict[str, dict[str, Val]]) -> None:
    """The source rows the prose states of the document's whole (``rows``: the transfer's funds rows as read, the
    ``total`` row among them), added to ``rows`` and to the record's funds rows where it read none of them."""
    total = rows.get("total") or {}
    found = [([c for c in _COLUMNS if c in total and total[c].dec == whole], parts)
             for whole, _unit, parts in stated_sources(flat) + listed_sources(flat)]
    # (a block run row by row: the first column is the budget, the second the spending, each making its total)
    found += [([col], parts) for col, parts in zip(_COLUMNS, paired_sources(flat), strict=True)
              if parts and col in total and total[col].dec == _sum(parts)]
    for cols, parts in found:
        if len(cols) != 1:
            continue  # (the list is of no figure the document holds, or of both at once: whose is not told)
        col = cols[0]
        for key, val in parts:
            if col in rows.get(key, {}):
                continue
            rows.setdefault(key, {})[col] = val
            row = doc.funds.setdefault(key, FundsRow())
            setattr(row, col, val)

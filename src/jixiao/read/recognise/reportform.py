"""The figures a project's evaluation report form states beside its budget and spending: the 支出明细 table (each
item's amount and the 支出合计) and the funds that arrived and were left (实际到位资金, 结余), for the audit's
arithmetic (``audit.reportform``).

The older 财政支出项目绩效评价(自评)报告 forms (湖南岳阳's, 海南's) print, one cell per line or flattened, the
planned, arrived and spent amounts and the balance, then a detail table of what was spent. The detail table is
read only when every stretch of text between its header and its 合计 is an item followed by its amount: a table
whose cells cannot be told apart is not read (no sum is checked on a half-read table).
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.core.records import Document, Val
from jixiao.core.table import Cell, Table
from jixiao.read.recognise.transfer_text import Flat

DETAIL_TITLE = "支出明细"
_DETAIL = re.compile(r"支出明细|支出内容")
_AMOUNT = r"(\d[\d,]*(?:\.\d+)?)(?![\d.])"
_UNIT = r"\s*(?:[(（]\s*万元\s*[)）])?\s*[:：]?\s*"
_TOTAL = re.compile(r"(支出合计|合\s*计|总\s*计)" + _UNIT + _AMOUNT)
_HEADER = re.compile(r"实际支出数|支出数|会计凭证号|凭证号|备注|金额|支出内容|[(（]\s*万元\s*[)）]")
_ITEM = re.compile(r"([^\d\s:：,，;；。()（）]{2,24})" + _UNIT + _AMOUNT)
ARRIVED_WORD = "实际到位资金"
ARRIVED = re.compile(ARRIVED_WORD + _UNIT + _AMOUNT)
BALANCE = re.compile(r"结\s*余" + _UNIT + _AMOUNT)
_REACH = 800  # characters after the detail table's title within which its total stands


def _val(t: Flat, m: re.Match[str], group: int) -> Val:
    return Val(Decimal(m.group(group).replace(",", "")), m.group(group), t.source_at(m.start(group)))


def complete(doc: Document, t: Flat) -> None:
    """Add to a report's document the amounts arrived and left and its spending detail table, where stated."""
    for key, pattern in (("arrived", ARRIVED), ("balance", BALANCE)):
        m = pattern.search(t.text)
        if m is not None:
            doc.extra[key] = _val(t, m, 1)
    table = spending_detail(t)
    if table is not None:
        doc.tables.append(table)


def spending_detail(t: Flat) -> Table | None:
    """The 支出明细 table as rows of (item, amount) closed by its 合计 row, when every item reads so."""
    head = _DETAIL.search(t.text)
    if head is None:
        return None
    total = _TOTAL.search(t.text, head.end(), head.end() + _REACH)
    if total is None:
        return None
    region = t.text[head.end() : total.start()]
    digit = re.search(r"\d", region)
    labels = [m.end() for m in _HEADER.finditer(region, 0, digit.start() if digit else len(region))]
    skip = labels[-1] if labels else 0  # the title's words (支出明细情况) and the column labels
    body = " " * skip + _HEADER.sub(lambda m: " " * len(m.group(0)), region[skip:])
    rows: list[list[Cell]] = []
    at = 0
    for m in _ITEM.finditer(body):
        if body[at : m.start()].strip():
            return None  # text that is no item and no amount: the cells cannot be told apart
        label_at, amount_at = head.end() + m.start(1), head.end() + m.start(2)
        rows.append([Cell(m.group(1), t.source_at(label_at)), Cell(m.group(2), t.source_at(amount_at))])
        at = m.end()
    if body[at:].strip() or len(rows) < 2:
        return None
    rows.append([Cell(total.group(1).replace(" ", ""), t.source_at(total.start(1))),
                 Cell(total.group(2), t.source_at(total.start(2)))])
    return Table(rows, t.source_at(head.start()), DETAIL_TITLE)

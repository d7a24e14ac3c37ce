"""What a transfer's (or a project report's) prose says adds up: an amount and the amounts its 其中 lists (下达资金
2263万元。其中:治理工程1435万元,维修养护25万元, …). Each statement is kept as (its label, the total, the parts) with the
sources, for the audit to check (``audit.transfer_said``); the reader never adds anything up itself.

The total is the last amount before 其中 in its paragraph, with at most one sentence end between them; the parts
are the amounts after 其中 up to the sentence's end (。；; or the line's) or the next 其中, or, for a 其中 opening a
bracket, up to its closing bracket. A list of fewer than two parts states no sum, nor does an amount said as a change or a share (较上年减少X万元, 占…).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jixiao.core.records import Val
from jixiao.read.recognise.common import CLAUSE_END
from jixiao.read.recognise.reportwords import money
from jixiao.read.recognise.transfer_prose import _val
from jixiao.read.recognise.transfer_prosewords import AMOUNT
from jixiao.read.recognise.transfer_text import Flat

SAID = "transfer_said"  # extra: what the prose says adds up (``Said``), for ``audit.transfer_said``
_WHERE = re.compile(r"其中")
_STOP = re.compile(f"[{CLAUSE_END}\n]|其中")  # the end of a list of parts: its clause's, its line's, the next list's
_CLOSE = re.compile(r"[)）]")
_LABEL_CUT = re.compile(r"[,，。;；:：、\n]")
_DATED = re.compile(r"\d{4}年度?")
_CHANGE = re.compile(r"增加|减少|增长|下降|增收|减支|结余|占|较|比上年|同比")


@dataclass(frozen=True, slots=True)
class Said:
    label: str  # the words before the total in its clause (下达…中央水利发展资金)
    total: Val
    parts: tuple[Val, ...]


def said_sums(flat: Flat) -> list[Said]:
    text = flat.text
    out: list[Said] = []
    for q in _WHERE.finditer(text):
        para = text.rfind("\n", 0, q.start()) + 1
        before = list(AMOUNT.finditer(text, para, q.start()))
        if not before:
            continue
        total = before[-1]
        if text.count("。", total.end(), q.start()) > 1 or text.count("其中", total.end(), q.start()):
            continue
        stop = _STOP.search(text, q.end())
        end = stop.start() if stop else len(text)
        if text[q.start() - 1 : q.start()] in ("(", "（"):  # (其中建筑工程3292万元): the list ends with its bracket
            close = _CLOSE.search(text, q.end(), end)
            end = close.start() if close else end
        parts = list(AMOUNT.finditer(text, q.end(), end))
        if len(parts) < 2 or any(money(p.group(2)) != money(total.group(2)) for p in parts):
            continue  # (parts in another unit than their whole's: no sum stated in one unit)
        clause = _LABEL_CUT.split(text[para:total.start(1)])[-1]
        if _CHANGE.search(clause):  # 较上年减少X万元，其中…: a change, not a whole its parts make
            continue
        clause = _DATED.split(clause)[-1].strip() or clause.strip()  # the words after the unit's name and year
        out.append(Said(clause[-24:], _val(flat, total.group(1).replace(",", ""), total.start(1)),
                        tuple(_val(flat, p.group(1).replace(",", ""), p.start(1)) for p in parts)))
    return out

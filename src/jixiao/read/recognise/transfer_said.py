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
from decimal import Decimal

from jixiao.core.numbers import parse_decimal
from jixiao.core.records import Val
from jixiao.read.recognise.common import CLAUSE_END
from jixiao.read.recognise.reportwords import money
from jixiao.read.recognise.transfer_prose import AMOUNT, TOTALS, Found, _unit, _val, in_yuan
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


# the money a clause's verb makes spent, arrived or passed on (支出, 支付, 拨付, 到位 …): never the budget
_ACTED = re.compile(r"支出|支付|使用|执行|拨付|到位|兑付|发放|结余|结转|完成|增加|减少")
_FUNDS = re.compile(r"资金|经费|补助")


def _leads_to(s: Said) -> bool:
    """The first two or more of the parts add up to the total exactly (the list may run on into the next clause: 其中：
    中央100万元，省级20万元，截至年底支付108万元)."""
    run = Decimal(0)
    for k, p in enumerate(s.parts, 1):
        run += p.dec or Decimal(0)
        if k >= 2 and run == s.total.dec:
            return True
    return False


def listed(flat: Flat) -> Found | None:
    """The budget the text's own arithmetic states without a word of total: a fund's amount whose parts its 其中 lists
    and add up to it (示例补助资金120万元，其中：中央100万元，省级20万元: the first parts), its clause naming funds and no verb acting on
    them; the one such amount of the text, else none."""
    found = {(s.total.dec, s.total.text): s for s in said_sums(flat)
             if _FUNDS.search(s.label) and not _ACTED.search(s.label)
             and s.total.dec is not None and _leads_to(s)}
    if len({dec for dec, _ in found}) != 1:
        return None
    total = next(iter(found.values())).total
    m = next((m for m in AMOUNT.finditer(flat.text) if m.group(1).replace(",", "") == total.text
              and flat.source_at(m.start(1)) == total.source), None)  # (where it stands: its unit)
    if m is None or total.dec is None:
        return None
    # an amount smaller than another the text grants is one fund of several (下达A资金2263万元 … 下达B资金791万元。
    # 其中491万元、300万元): not the transfer's whole
    whole = in_yuan(total.dec, money(m.group(2)))
    for pattern in TOTALS:
        for t in pattern.finditer(flat.text):
            v = parse_decimal(t.group(1).replace(",", ""))
            if v is not None and in_yuan(v, _unit(t)) > whole:
                return None
    return m.group(1).replace(",", ""), m.start(1), money(m.group(2))

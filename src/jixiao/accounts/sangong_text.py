"""A “三公”经费 statement in prose, without its table: the figures the text states, item by item.

Pages often give the 三公 figures only as sentences ("2019年度“三公”经费财政拨款支出预算为44.52万元，…决算为22.62万元。
其中公务接待费为20.10万元，占88.86%"). Each amount is read with the words before it (back to the last stop) as
its label, kept as printed ("“三公”经费财政拨款支出预算"); the label names its item (``accounts.sangong.item_of``;
a label naming 三公 or several items is the total, a bare 预算数/决算数 goes with the item before it). Amounts
stated as changes (比上年减少, 压缩) are not figures of their own. The figures make one table of stated figures
(kind ``notes``): the shares and changes the text gives are checked against them by ``accounts.text``, and
the 三公 identities where the text gives one total and each item once (``check_stated_sangong``).
"""

from __future__ import annotations

import re

from jixiao.accounts.identity import Ctx, compare
from jixiao.accounts.model import AccountRow, AccountTable, clean_name
from jixiao.accounts.prose import paragraphs
from jixiao.accounts.sangong import ABROAD, ITEMS, PURCHASE, RECEPTION, RUNNING, TOTAL, VEHICLES, item_of
from jixiao.core.findings import Finding
from jixiao.core.numbers import parse_decimal
from jixiao.core.records import Val
from jixiao.core.source import Source

AMOUNT = "金额"
_STATED = re.compile(r"([^\d。;；,，:：、]{2,40}?)(?:为|是|总计|共计|[:：])?\s*(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)")
_CHANGE = re.compile(r"增加|减少|增长|下降|降低|压缩|节约|[较比]|相比|同期|持平")
_LEAD = re.compile(r"^(?:[年度月日]+|其中|包括|含|合计|分别|的|\s)+")
_STAGE_ONLY = re.compile(r"^(?:支出)?(?:年初)?(?:预算|决算|执行)数?$")  # "…预算为49.9万元,支出决算为7.69万元"
_MIN_ITEMS = 2


def _items(label: str) -> set[str]:
    """The items a label names ("因公出国(境)费、公务用车购置及运行费和公务接待费的…预算数" names three)."""
    return {i for part in re.split(r"[、和]", label) if (i := item_of(part)) is not None} - {TOTAL}


def stated_sangong(body: list[tuple[str, Source]]) -> AccountTable | None:
    """The 三公 figures the body states, or None when it does not read as a 三公 statement (no 三公, or fewer
    than two items named with amounts)."""
    text = "".join(x for x, _ in body)
    if "三公" not in text:
        return None
    t = AccountTable("notes", "“三公”经费情况说明", body[0][1] if body else Source(""), columns=[AMOUNT],
                     own_name="情况说明所列“三公”经费")
    units: list[str] = []
    last: str | None = None
    for para, lines in paragraphs(body):
        for m in _STATED.finditer(para):
            label = _LEAD.sub("", m.group(1)).strip()
            if not label or _CHANGE.search(label):
                continue
            named = _items(label)
            item = TOTAL if "三公" in label or len(named) > 1 else item_of(label)
            if item is None and _STAGE_ONLY.match(re.sub(r"\s", "", label)):
                item = last
            if item is None:
                continue
            last = item
            d = parse_decimal(m.group(2))
            if d is None:
                continue
            src = next((s for x, s in lines if m.group(2) in x), lines[0][1])
            units.append(m.group(3))
            t.rows.append(AccountRow(label, {AMOUNT: Val(d, m.group(2), src)}, src, item=item))
    if len({r.item for r in t.rows}) < _MIN_ITEMS or not any(r.item == TOTAL for r in t.rows):
        return None
    t.unit = max(set(units), key=units.count)
    t.stage = "final" if text.count("决算") > text.count("预算") else "budget"
    stage = "决算" if t.stage == "final" else "预算"
    t.title = next((x.strip() for x, _ in body[:10] if "三公" in x and len(x.strip()) <= 40), f"“三公”经费{stage}情况")
    t.rows.sort(key=lambda r: ITEMS.index(r.item) if r.item in ITEMS else len(ITEMS))
    return t


def check_stated_sangong(ctx: Ctx, t: AccountTable) -> list[Finding]:
    """The 三公 identities on the figures a text states, when it states one total and each item once (a text that
    gives two totals, a budget and a final, is not summed across): 合计 = 因公出国(境)费 + 公务接待费 + 公务用车购置及
    运行费, and 公务用车购置及运行费 = 购置费 + 运行费; the vehicles may be given only by their two parts."""
    by: dict[str, list[AccountRow]] = {}
    for r in t.rows:
        if r.item:
            by.setdefault(r.item, []).append(r)
    if any(len(rows) > 1 for rows in by.values()) or TOTAL not in by:
        return []
    one = {item: rows[0] for item, rows in by.items()}
    out: list[Finding | None] = []
    parts = [one.get(RUNNING), one.get(PURCHASE)]
    if VEHICLES in one and all(parts):
        out.append(compare(ctx, "three_public", ("说明中“三公”经费：公务用车购置及运行费 = 购置费 + 运行费",
                                                 "the 三公 text: vehicles = purchase + running"),
                           one[VEHICLES].get(AMOUNT), [p.get(AMOUNT) for p in parts if p], one[VEHICLES].source,
                           VEHICLES, [RUNNING, PURCHASE]))
    vehicles = [one[VEHICLES].get(AMOUNT)] if VEHICLES in one else [p.get(AMOUNT) for p in parts if p] if all(parts) else []
    if vehicles and ABROAD in one and RECEPTION in one:
        total = one[TOTAL]
        out.append(compare(ctx, "three_public", ("说明中“三公”经费：合计 = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费",
                                                 "the 三公 text: total = overseas + reception + vehicles"),
                           total.get(AMOUNT), [one[ABROAD].get(AMOUNT), one[RECEPTION].get(AMOUNT), *vehicles],
                           total.source, clean_name(total.name), [ABROAD, RECEPTION, VEHICLES]))
    return [f for f in out if f]

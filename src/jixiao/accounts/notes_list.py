"""A whole and the numbered list of its parts under 其中, in a 情况说明.

"(一)2023年收入预算3814.61万元,其中:\\n1、财政拨款3362.61万元;\\n2、专户管理的事业收入434万元;\\n3、单位资金收入0万元;
\\n4、政府性基金安排的收入0元。" — the parts are read as the lines they are printed as (``list_items``, into the 说明's
table). A list that names its empty kinds (a part of 0) is the list of every kind, so the whole must be its sum
(``check_lists``); the list may leave a kind out all the same, so a sum that does not hold is ``suspect``.
The list runs over lines (a heading ending in 其中: starts its own paragraph): the body is read as one text.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterator
from decimal import Decimal

from jixiao.accounts.identity import Ctx, compare
from jixiao.accounts.model import TO_WAN
from jixiao.accounts.prose import YEAR_WORD
from jixiao.core.findings import Finding
from jixiao.core.numbers import ZERO, normalize_text, parse_decimal
from jixiao.core.records import Val
from jixiao.core.source import Source

_NUM = r"(\d[\d,]*(?:\.\d+)?)"
_CN = "一二三四五六七八九十"
# "1、财政拨款3362.61万元", "(二)事业收入434万元": a list number, the part's name, its amount
_ITEM = re.compile(r"(?:^|(?<=[;；。,，\n:：]))\s*(?:(\d{1,2})[、.．]|[(（]?([" + _CN + r"])[)）、])\s*"
                   r"([^\d;；。:：\n]{2,24}?)\s*[为是:：]?\s*" + _NUM + r"\s*(万元|元)")
# the whole: a named amount right before its 其中
_LEAD = re.compile(r"^(?:年度|" + YEAR_WORD + r"|全年|本年)")  # "2023年收入预算" → 收入预算; not the 年 of 年初预算
_WHOLE = re.compile(r"([^\d;；。,，:：\n]{2,24}?)\s*[为是:：]?\s*" + _NUM + r"\s*(万元|元)\s*[,，]?\s*其中\s*[:：]?")
_SEP = re.compile(r"[\s;；。,，]*")  # what stands between two list items


@dataclasses.dataclass(frozen=True, slots=True)
class Listed:
    name: str
    amount: str
    unit: str
    source: Source

    def value(self, unit: str) -> Decimal | None:
        d = parse_decimal(self.amount)
        if d is None or d == ZERO or self.unit == unit:
            return d
        return d * TO_WAN[self.unit] / TO_WAN[unit]


def _text(body: list[tuple[str, Source]]) -> tuple[str, list[int]]:
    starts, pieces, at = [], [], 0
    for x, _ in body:
        starts.append(at)
        t = normalize_text(x)
        pieces.append(t)
        at += len(t) + 1
    return "\n".join(pieces), starts


def _number(m: re.Match[str]) -> int:
    return int(m.group(1)) if m.group(1) else _CN.index(m.group(2)) + 1


def lists(body: list[tuple[str, Source]]) -> Iterator[tuple[Listed, list[Listed]]]:
    """Each whole with its numbered parts (two or more, numbered 1, 2, 3 … in order)."""
    text, starts = _text(body)

    def at(pos: int, m: re.Match[str], g: int) -> Listed:
        src = body[bisect.bisect_right(starts, pos) - 1][1]
        return Listed(m.group(g).strip(), m.group(g + 1), m.group(g + 2), src)

    for w in _WHOLE.finditer(text):
        parts: list[Listed] = []
        pos = w.end()
        while (m := _ITEM.match(text, pos)) is not None and _number(m) == len(parts) + 1:
            parts.append(at(m.start(3), m, 3))
            pos = m.end()
            pos = _SEP.match(text, pos).end()  # type: ignore[union-attr]
        if len(parts) >= 2:
            whole = at(w.start(), w, 1)
            yield dataclasses.replace(whole, name=_LEAD.sub("", whole.name)), parts


def list_items(body: list[tuple[str, Source]]) -> list[Listed]:
    return [p for _, parts in lists(body) for p in parts]


# a part named by its classification code before its name ("1、20103-政府办公厅(室)及相关机构事务9185万元"), each with
# its own change and reasons after it ("…1087万元,较上年增支204万元,增长23.1%;主要是…;"): the 款 of a 类 under 其中
_CODED = re.compile(r"(?:^|(?<=[;；。,，\n:：]))\s*(?:(\d{1,2})[、.．]|[(（]?([" + _CN + r"])[)）、])\s*"
                    r"(?:\d{3}(?:\d{2}){0,2}\s*[-－—]?\s*)?([^\d;；。:：\n]{2,24}?)\s*[为是:：]?\s*" + _NUM + r"\s*(万元|元)")
_OPENS = re.compile(r"其中\s*[:：]")
_REACH = 240  # characters an item's own clause and reasons may take before the next item
_OTHER = re.compile(r"(?:^|[;；。\n])\s*(?:\d{1,2}[、.．]|[(（][" + _CN + r"][)）])|其中")


def parts_listed(body: list[tuple[str, Source]]) -> list[Listed]:
    """The numbered parts after each 其中, each with its own clause after its amount (its change, its rate, the reason
    for it), its name after its code where printed: 1, 2, 3 … in order, each within reach of the one before and with
    no other list mark or 其中 between. Read once the text is known to be a 说明 (its own lines say so)."""
    text, starts = _text(body)
    out: list[Listed] = []
    for o in _OPENS.finditer(text):
        pos, n = o.end(), 0
        while (m := _CODED.search(text, pos, min(len(text), pos + _REACH))) is not None and _number(m) == n + 1:
            if n and _OTHER.search(text, pos, m.start()):
                break  # another list, or another 其中, stands between
            out.append(Listed(m.group(3).strip(), m.group(4), m.group(5),
                              body[bisect.bisect_right(starts, m.start(3)) - 1][1]))
            pos, n = m.end(), n + 1
    return out


def check_lists(ctx: Ctx, body: list[tuple[str, Source]]) -> list[Finding]:
    out: list[Finding] = []
    for whole, parts in lists(body):
        values = [p.value(whole.unit) for p in parts]
        if not any(v == ZERO for v in values) or any(v is None for v in values):
            continue  # no empty kind named: perhaps not the whole list
        f = compare(ctx, "total_sum", (f"情况说明：{whole.name} = " + " + ".join(p.name for p in parts),
                                       f"the notes: {whole.name} = the sum of the numbered items under it"),
                    Val(parse_decimal(whole.amount), whole.amount, whole.source),
                    [Val(v, p.amount, p.source) for v, p in zip(values, parts)], whole.source, whole.name,
                    [p.name for p in parts], blame_blank=False)
        if f is not None:
            out.append(dataclasses.replace(f, severity="suspect") if f.severity == "error" else f)
    return out

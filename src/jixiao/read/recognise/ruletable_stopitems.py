"""The rows and group labels of a rule table run together (``ruletable_stops``), in order, with no check of their
sums: a label is a name followed by its weight in points; a row is text up to a stop (。；) and the number glued
after it. Where the rows are numbered (序号: 18分1主要道路…), that number follows the weight: the digits end in the
next row's number, which is taken off, and a weight may stand glued before that number after any character (an
extraction's garble). Where the header puts the rule after the weight (考核要求分值评分细则), the sentences after
the weight that award or deduct points are that row's rule, and the next row starts after them; where the rows
are list-marked (1、… 2、…, 1.… 2.…), the rule (and a 备注 after it) runs to the next row's mark or the next group
label, whatever its stops (…扣20分; …不得分;2、规章制度…: the 2 is the next row's mark, not a weight). A number after a
stop with a unit (; 6月底前, 。3个方面) or opening a range (;0-10%) is the rule's, never a weight. A site's page
markers (\\n2、) are not text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.read.recognise.ruletable_labels import RULE_WORDS
from jixiao.read.recognise.ruletable_names import AWARDS, BRACKET_MARK, NUMERAL_MARK, QUANTITY_UNITS
from jixiao.read.recognise.ruletable_stophead import head_at, head_within
from jixiao.read.recognise.ruletable_weighttree import TOTAL
from jixiao.read.recognise.rulewords import clause_name

_CJK = "\u3400-\u9fff"
# a list mark (ruletable_names'; a numeral mark only before no digit: 1.5 is a number)
_MARK = rf"(?:{NUMERAL_MARK}|{BRACKET_MARK}|\d+[、.．](?!\d))"
_POINTS = r"(?:[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]|(\d+(?:\.\d+)?)\s*分)"  # a weight in points, in brackets or not
# a group label: a name and its weight in points (the name stops at any stop or digit)
# (a cell wrapped over lines may leave one space between its words: 安全 生产 事故 情况 (30分))
_LABEL = re.compile(rf"(?:{_MARK})?((?:[{_CJK}“”、]| (?=[{_CJK}“])){{2,24}}?)\s*{_POINTS}")
# a weight glued after a stop, not the start of a decimal or a percentage (whatever follows: 。10日常管理 is the
# weight 10 and the label 日常管理…, the group's sum says whether it was)
# (or printed with its unit, or in brackets: 。5分, 。(5分))
# (a number opening a range after the stop, ;0-10% or 。10～20%, is the rule's, never a weight)
# (a page that prints its full stops as ASCII periods after a word: …得0.5分. 1 贯彻落实…)
_AFTER_STOP = re.compile(r"(?:[。；;]|(?<=[\u3400-\u9fff])\.)\s*(?P<open>[(（])?(\d+(?:\.\d+)?)(?![\d.%％])(?!\s*[-—~～至])(?P<unit>分)?(?(open)[)）])")
_PAGE = re.compile(r"\n(\d+)、")  # a document-sharing site's page marker at a line's start
MAX_ITEMS = 200
# where a headerless table may start: a group label opening the text or a line, or following a stop
LABEL_START = re.compile(rf"(?:^|(?<=[\n。；;]))[ \t|]*(?=(?:{_MARK})?[{_CJK}“]{{2,24}}?\s*{_POINTS})")
# a row's list mark (1、 2. 3．) before its name; the next row's mark is the same style with the next number
_ROW_MARK = re.compile(rf"(\d+)([、.．])(?=[{_CJK}“])")
_GROUP_MARK = re.compile(rf"{NUMERAL_MARK}|{BRACKET_MARK}")


@dataclass
class Item:
    name: str
    weight: Decimal | None
    printed: str
    at: int
    label: bool
    rule: str = ""
    parents: list[Item] = field(default_factory=list)


def unpaged(text: str) -> str:
    """The text with the site's page markers (\\n1、 \\n2、 …, counted in order) blanked, offsets kept."""
    chars, page = list(text), 1
    for m in _PAGE.finditer(text):
        if int(m.group(1)) == page + 1 or int(m.group(1)) == page:
            page = int(m.group(1))
            for k in range(m.start(), m.end()):
                chars[k] = " "
    return "".join(chars)


def _label_at(text: str, pos: int) -> re.Match[str] | None:
    m = _LABEL.match(text, pos)
    if m is None or AWARDS.search(m.group(1)) or Decimal(m.group(2) or m.group(3)) > 1000:
        return None
    return m


def _boundary(text: str, pos: int, seq: int | None,
              mark: re.Match[str] | None = None) -> tuple[int, int, str, int] | None:
    """The end of the row opened at ``pos``: (where its text ends, where its weight's digits start, the weight as
    printed, where what follows starts). Numbered rows: the digits end in the next row's number, taken off; a
    list-marked row's (``mark``: 1.): they may end in the next row's mark (…扣1分。52.建立…: 5, then 2.)."""
    glued = re.compile(rf"(?<![\d.])(\d+(?:\.\d+)?){seq + 1}(?=[{_CJK}“])(?![分{QUANTITY_UNITS}处])") \
        if seq is not None else None
    seen = pos  # the text searched for a glued weight so far (each stretch once)
    before = None
    if mark is not None:
        nxt = rf"{int(mark.group(1)) + 1}{re.escape(mark.group(2))}"
        before = re.compile(rf"[。；;]\s*(\d+(?:\.\d+)?)(?={nxt}[{_CJK}“])").search(text, pos)
    for m in _AFTER_STOP.finditer(text, pos):
        if before is not None and before.start() <= m.start():
            break  # (no weight after a stop before the one glued to the next row's mark)
        g = glued.search(text, seen, m.start()) if glued else None
        seen = m.start()
        if g is not None:  # a weight glued to the next number after no stop (a garbled rule)
            return g.start(), g.start(), g.group(1), g.end(1)
        digits, after = m.group(2), m.end()
        rest = after
        while rest < len(text) and text[rest].isspace():
            rest += 1
        if _counted(text, m, rest):
            continue
        if seq is None or m.group("unit") or m.group("open") or rest >= len(text) or _label_at(text, rest) \
                or head_at(text, rest) > rest \
                or not re.match(rf"[{_CJK}“]", text[after : after + 1]):  # nothing glued after it: all weight
            return m.start() + 1, m.start(2), digits, after
        nxt = str(seq + 1)
        if digits.endswith(nxt) and len(digits) > len(nxt) and re.match(rf"[{_CJK}“]", text[after:after + 1]):
            return m.start() + 1, m.start(2), digits[: -len(nxt)], after - len(nxt)
    if before is not None:
        return before.start() + 1, before.start(1), before.group(1), before.end(1)
    return None


def _counted(text: str, m: re.Match[str], rest: int) -> bool:
    """The number after a stop is a count or a date of the rule's (; 6月底前, 。3个方面): a unit
    (``ruletable_names.QUANTITY_UNITS``, as for a bare weight there) follows it, and no group label (。5日常管理10分)."""
    unit = text[m.end() : m.end() + 1]
    return (bool(unit) and unit in QUANTITY_UNITS and not m.group("unit") and not m.group("open")
            and rest < len(text) and _label_at(text, rest) is None)


def read_items(text: str, start: int, rule_after: bool, rule_before: bool = False) -> list[Item]:
    """Labels and rows in order from ``start``; a row whose end is not found ends the reading."""
    items: list[Item] = []
    pos, seq = start, None
    while pos < len(text) and len(items) < MAX_ITEMS:
        while pos < len(text) and text[pos] in " \n|\t":
            pos += 1
        pos = head_at(text, pos)
        if pos >= len(text) or TOTAL.match(text, pos):
            break
        if (lab := _label_at(text, pos)) is not None:
            printed = lab.group(2) or lab.group(3)
            items.append(Item(lab.group(1).replace(" ", ""), Decimal(printed), printed, pos, True))
            pos = lab.end()
            continue
        pos_row = pos
        if seq is None and not any(not i.label for i in items) and re.match(rf"1(?=[{_CJK}“])", text[pos:pos + 2]):
            seq = 0  # numbered rows
        if seq is not None:
            if not text.startswith(str(seq + 1), pos):
                break
            pos += len(str(seq + 1))
            seq += 1
        found = _boundary(text, pos, seq, _ROW_MARK.match(text, pos_row))
        if found is None:
            break
        end, at, printed, after = found
        if (again := head_within(text, pos, end)) is not None:  # a second table begun: read on after its header
            pos = head_at(text, again)
            continue
        name, rest = clause_name(text[pos:end])
        items.append(Item(name, Decimal(printed), printed, at, False, rest if rule_before else ""))
        mark = _ROW_MARK.match(text, pos_row)
        pos = after
        if rule_after and mark is not None and (nxt := _next_marked(text, pos, mark)) is not None:
            items[-1].rule = text[pos:nxt].strip(" |\n\t")  # its rule (and a note) up to the next row or label
            pos = nxt
        elif rule_after:  # the sentences after the weight that award or deduct points: the row's rule
            while (stop := text.find("。", pos)) > 0 and RULE_WORDS.search(text, pos, stop) \
                    and not _AFTER_STOP.match(text, stop) and not _label_at(text, pos):
                items[-1].rule += text[pos : stop + 1]
                pos = stop + 1
    return items


def _next_marked(text: str, pos: int, mark: re.Match[str]) -> int | None:
    """Where the row after a list-marked row starts (its mark, the next number in the same style: 2、 after 1、), or
    the group label before it (二、安全管理(400分) between 4、 and 5、); None where neither follows (the text ends in
    the row's rule)."""
    n, style = int(mark.group(1)), mark.group(2)
    nxt = re.compile(rf"(?<![\d.．]){n + 1}{re.escape(style)}(?=[{_CJK}“])").search(text, pos)
    end = nxt.start() if nxt is not None else len(text)
    label = next((g.start() for g in _GROUP_MARK.finditer(text, pos, end) if _label_at(text, g.start())), None)
    return label if label is not None else (nxt.start() if nxt is not None else None)


__all__ = ["LABEL_START", "Item", "read_items", "unpaged"]

"""The last reading of a scoring-rule text no layout reader read: (name, weight) candidates found wherever they
stand, kept only where the table's own arithmetic confirms them.

A text says it is a rule table by its words (评分/考核/评价 and 分值/权重/标准分/满分/评分标准 …). Its weights may
stand anywhere: in brackets after a name (组织保障(10分)), after a name without them (领导5分), in a sentence
listing the levels (任务完成情况占分值50分，…), glued between a row's name and its first numbered item
(1组织机构61.…), or closing a row's text after its stop (…负总责。 3 分 …; 1、…建设的。15分), or after the stop
of a row's text glued before its rule's first item (…经费落实。71有工作领导小组…得2分。2有…得5分。). Which of these are the
rows is not known from the layout; each kind is tried as the rows, and a row is kept only where a sum confirms it:

- its parts: the points its own text awards (计4分、计1分; (3分)(2分)) make its weight;
- its group: a heavier candidate that is no row's part (组织领导(20分)) is a group whose rows follow it or stand
  around it (a merged cell's label printed in the middle of its rows): the rows from the last group's end make its
  weight exactly;
- the total: the rows (or their groups) make the total the text states (满分100分, 总分值100分, 合计 100).

The last row or group may fall short where the text ends inside it (a preview cut off): kept, the table half
read. Where nothing is confirmed, nothing is read: ``unconfirmed`` says what was found and could not be read, for
the file's not-recognised finding (``verdict``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.core.numbers import normalize_text
from jixiao.core.records import CLOSED_LEVELS, Document, IndicatorRow, Val
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import close_by_total, problem
from jixiao.read.recognise.labeltree import LEVELS_FROM_WEIGHTS
from jixiao.read.recognise.ruletable_items import MARK, list_number
from jixiao.read.recognise.ruletable_labels import rules_document
from jixiao.read.recognise.ruletable_levels import by_levels
from jixiao.read.recognise.ruletable_names import AWARDS, heading_stop, labels_in
from jixiao.read.recognise.ruletable_nested import confirmed as nested
from jixiao.read.recognise.ruletable_seqglued import seq_rows
from jixiao.read.recognise.ruletable_weighttree import SEPARATORS
from jixiao.read.recognise.ruletable_whole import WHOLES, stated_totals, stated_whole
from jixiao.read.recognise.transfer_text import Flat, flatten

RULE_WORDS = re.compile(r"评分|考核|考评|评价|打分|计分")
WEIGHT_WORDS = re.compile(r"分值|权重|权数|标准分|满分|总分|百分制|\d+\s*分制(?=[,，。;；、:：\s]|$)|评分标准|评分细则|考核细则|评分办法|占分")
# a project form's own columns (a rule's formula may name 年初预算数: no form)
_PROJECT = re.compile(r"年度资金总额|全年执行数|年度指标值|实际完成值|全年实际值")
_WEIGHT_LABEL = re.compile(r"[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]")  # 相关性(5分): a weight in a label says it too
_CJK = "\u3400-\u9fff"
_NUM = r"(?P<n>\d+(?:\.\d+)?)"
# 任务完成情况占分值50分: a level's indicators listed in a sentence
_SHARE = re.compile(rf"(?P<name>[{_CJK}“”()（）、]{{2,30}}?)占(?:分值)?\s*{_NUM}\s*分")
_SHARE_LEAD = re.compile(r"^(?:分别是|分别为|包括|其中|即|为)[:：]?")
_BONUS = re.compile(r"(?:奖励分|加分项?目?)\s*[:：]")  # a line of bonus points after their heading
_LIST_LEAD = re.compile(r"^(?:其中|包括)[:：]?")  # (a name never opens with them: 为民办实事 keeps its 为)
# 1组织机构61.档案…: a row's number, its name and its weight glued, before its first numbered item
_GLUED = re.compile(rf"(?<![\d.．])\d{{1,2}}[、.．]?(?P<name>[{_CJK}]{{2,12}}?)\s*(?P<n>\d{{1,2}}(?:\.\d)?)"
                    rf"(?=\s*(?:\d{{1,2}}[.．、]\s*[{_CJK}]|[(（]\d{{1,2}}[)）]\s*[{_CJK}]))")
# …负总责。 3 分 食品…; …建设的。15分: a weight closing its row's text, after its stop or at its line's end
_CLOSING = re.compile(rf"(?:(?<=[。；;])|(?<=[。；;]\s))\s*[(（〔]?\s*{_NUM}\s*分\s*[)）〕]?"
                      rf"|(?<=[{_CJK}%％])(?P<m>\d+(?:\.\d+)?)\s*分(?=[ \t]*(?:\n|$))"
                      # …领导包案。(主要是积案化解)13分: after a note in brackets that follows the text's stop
                      rf"|(?<=[。；;][(（])[^()（）。]{{1,30}}[)）]\s*(?P<b>\d+(?:\.\d+)?)\s*分")
# …经费落实。71有工作领导小组…得2分。2有…得5分。: a row's weight after the stop of its text (序号, 内容, 标准分, 评分标准
# run together), glued before its rule's first item (1); the row's text starts at its 序号 (after a stop, a space or
# the header's last 分: …市考核分1有工作…)
_STOP_ITEM = re.compile(rf"(?<=[。；;])\s*(?P<n>\d{{1,2}}(?:\.\d)?)(?=\s*1[、.．]?\s*[{_CJK}])")
_ROW_SEQ = re.compile(rf"(?:(?<=[。；;\s|分])|^)\d{{1,2}}(?=[{_CJK}])", re.M)
_POINTS = re.compile(rf"(?:计|记|得)\s*{_NUM}\s*分|[(（〔]\s*(?P<m>\d+(?:\.\d+)?)\s*分\s*[)）〕]")
# a weight that is the scale's (实行100分制,其中…): the whole, no row (never …会议。2分制定年度工作方案: 制定 is the next row's)
_SCALE_AFTER = re.compile(r"\s*分?\s*制(?=[,，。;；、:：\s]|$)")
_HEADER = re.compile(r"(?:分值|分数|标准分|权重|得分|备注)(?=[\s|]*[\u3400-\u9fff])")  # a header's last words
_HEAD_END = re.compile(r"[，,。：:；;\n|]")
# a row's list mark: 1、 1. 1) (一) 一、
LIST_MARK = r"(?:\d{1,2}[、.．)）]|[(（][\d一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])"
_MARKS = re.compile(rf"^[\s|]*(?:{LIST_MARK}|[①-⑳])*")
MAX_HEAD = 24
MAX_SENTENCE = 60  # a row named by its sentence (its text closed by its weight)
MAX_BRACKETED = 300  # a rule in the bracket its weight opens ((3分,…扣完为止)) at the most
# 1.制定出台…规划和决议(5分); 5.按时准确报送…工作台账(…每次报送1分,合计6分)。: a numbered item closed by the
# bracket of its weight (the bracket's last clause, after what it says of the points, 合计/共计 N分), then its stop
_ITEM = re.compile(rf"(?:(?<=[。；;|\s])|^)(?P<seq>\d{{1,2}})[.．、](?=[{_CJK}“])(?P<body>[^。；;\n|]{{2,{MAX_SENTENCE * 3}}}?)。?\s*"
                   rf"[(（](?:[^()（）。；;]{{0,{MAX_BRACKETED}}}?[,，、][^()（）。；;,，、]{{0,12}}?(?:合计|共计))?\s*"
                   rf"(?P<n>\d+(?:\.\d+)?)\s*分\s*[)）]\s*(?=[。；;|\s]|$)", re.M)
# (一)按照规定的项目…征收的,计4分;…: an article's item named by its clause and given its points (计N分) after it; and the
# article itself, 第四条 规范执收行为情况考核计30分, the group of the items after it
_COUNTED = re.compile(rf"(?:^|(?<=[\s。；;:：]))[(（][一二三四五六七八九十]{{1,3}}[)）](?P<body>[^。；;\n]{{2,{MAX_SENTENCE * 2}}}?)"
                      rf"[,，]\s*计\s*{_NUM}\s*分")
_ARTICLE = re.compile(rf"第[一二三四五六七八九十]{{1,3}}条\s*(?P<name>[{_CJK}、“”]{{2,30}}?)(?:考核)?计\s*{_NUM}\s*分")
KINDS = ("share", "glued", "item", "closing", "label", "seq", "stopitem", "counted", "article")
MAX_CANDIDATES = 800  # a longer text is no one table (each kind's rows are matched with the others': their count squared)


@dataclass
class Cand:
    name: str
    weight: Decimal
    printed: str
    start: int  # where its name starts (a closing weight: where its row's text starts)
    end: int  # just after the weight
    at: int  # where the weight's digits start
    kind: str
    parts: list[Cand] = field(default_factory=list)


def _flat(fr: FileRead) -> Flat:
    return flatten(fr, normalize_text, sep="\n")


def flat_text(fr: FileRead) -> str:
    """The text the confirmed reader reads (normalised, its cells a line each)."""
    return _flat(fr).text


def rule_text(text: str) -> bool:
    """Whether a text says it is a scoring-rule table and is no project form."""
    return bool(RULE_WORDS.search(text) and (WEIGHT_WORDS.search(text) or _WEIGHT_LABEL.search(text))) \
        and not _PROJECT.search(text)


def _head(text: str, start: int, end: int, most: int = MAX_HEAD) -> tuple[str, int]:
    """A row's name as the head of its text between ``start`` and ``end``: its list marks dropped, up to its first
    punctuation (a note in brackets, 镇(中心), goes on), at most ``most`` characters."""
    seg = text[start:end]
    lead = _MARKS.match(seg)
    i = lead.end() if lead else 0
    while i < len(seg) and seg[i] in " |\n":
        i += 1
    stop = _HEAD_END.search(seg, i)
    name = re.sub(r"\s+", "", seg[i : stop.start() if stop else len(seg)])[:most]
    if (cut := max(name.rfind("("), name.rfind("（"))) > max(name.rfind(")"), name.rfind("）")):
        name = name[:cut]  # a bracket the end of the name left open
    return name, start + i


_ROW_NUMBER = re.compile(rf"(?<![\d.．])\d{{1,2}}[.．、](?=[{_CJK}])")


def candidates(text: str) -> list[Cand]:
    """Every weight of ``text`` that may be a row's or a group's, in order of the weight's place, one per place."""
    found: dict[int, Cand] = {}
    wholes = {at for _, _, at in stated_totals(text)}  # (总分值1000分: the total's own figure under its word, no row)

    def add(c: Cand) -> None:
        if c.at in wholes and _WHOLE_NAME.fullmatch(_LIST_LEAD.sub("", c.name)) \
                or _BONUS.search(text, text.rfind("\n", 0, c.at) + 1, c.at):
            return  # (奖励分:…有市级荣誉奖励5分: points beyond the total, no row of it)
        c.name = _LIST_LEAD.sub("", c.name)  # (实行100分制,其中基层党建30分: the list's word is no part of the name)
        if len(c.name) >= 2 and c.weight > 0 and c.at not in found \
                and not _SCALE_AFTER.match(text, c.at + len(c.printed)):
            found[c.at] = c

    for m in _SHARE.finditer(text):
        name = _SHARE_LEAD.sub("", m.group("name")).removesuffix("分值")
        add(Cand(name, Decimal(m.group("n")), m.group("n"), m.start("name"), m.end(), m.start("n"), "share"))
    for m in _COUNTED.finditer(text):
        name = re.sub(r"\s+", "", m.group("body"))[:MAX_SENTENCE]
        add(Cand(name, Decimal(m.group("n")), m.group("n"), m.start("body"), m.end(), m.start("n"), "counted"))
    for m in _ARTICLE.finditer(text):
        add(Cand(m.group("name"), Decimal(m.group("n")), m.group("n"), m.start("name"), m.end(), m.start("n"), "article"))
    for m in _GLUED.finditer(text):
        add(Cand(m.group("name"), Decimal(m.group("n")), m.group("n"), m.start("name"), m.end("n"), m.start("n"), "glued"))
    for m in _ITEM.finditer(text):
        name, start = _head(text, m.start("body"), m.start("n"), MAX_SENTENCE)
        add(Cand(name, Decimal(m.group("n")), m.group("n"), start, m.end(), m.start("n"), "item"))
    last_item = 0
    for m in _STOP_ITEM.finditer(text):
        seqs = [q for q in _ROW_SEQ.finditer(text, last_item, m.start()) if q.end() < m.start()]
        if seqs:  # (the name may wrap over a line: its lines joined)
            start = seqs[-1].end()
            name = _HEAD_END.split(re.sub(r"\s+", "", text[start : m.start()]), maxsplit=1)[0][:MAX_HEAD]
            add(Cand(name, Decimal(m.group("n")), m.group("n"), start, m.end("n"), m.start("n"), "stopitem"))
        last_item = m.end()
    for name, w, start, at, end in seq_rows(text):  # 1综合评价502健康教育…: numbered rows glued (``ruletable_seqglued``)
        add(Cand(name, Decimal(w), w, start, end, at, "seq"))
    # a closing weight's row starts after the weight before it or at its line's start, whichever is later
    heads = sorted(found.values(), key=lambda c: c.at)
    labels = labels_in(text, plain=True)
    last = 0
    for m in _CLOSING.finditer(text):
        g = next(k for k in ("n", "m", "b") if m.group(k))
        n, at = m.group(g), m.start(g)
        if AWARDS.search(text, max(0, at - 4), at) or at in found or heading_stop(text, m.start()):
            continue  # (a heading's points after its stop, (一)项目完成情况。(60分): its label's, below)
        begin = max([c.end for c in heads if c.end <= m.start()] + [last, text.rfind("\n", 0, m.start()) + 1])
        if not last and (words := list(_HEADER.finditer(text, begin, m.start()))):
            begin = words[-1].end()  # the first row after the header's words on its line (考核项目 评分内容及标准 分值 得分 …)
        # a heavier label opening the row's text (after its list mark: 二、健康教育(10分)) is its group's, printed
        # among the rows (组 织 领 导 (20 分))
        begin = max([lab.end for lab in labels if lab.start - 2 <= begin < lab.end and lab.weight > Decimal(n)
                     and not SEPARATORS.sub("", _MARKS.sub("", text[begin : max(begin, lab.start)]))] + [begin])
        # (a numbered row after the rule of the row before it: "…8分未成立的扣2分;…。2.每年至少召开4次会议…。4分": the
        # row starts at its number, the rule before it is the last row's)
        if (marks := list(_ROW_NUMBER.finditer(text, begin, m.start()))) and marks[-1].start() > begin:
            begin = marks[-1].start()
        name, start = _head(text, begin, m.start(), MAX_SENTENCE)
        add(Cand(name, Decimal(n), n, start, m.end(), at, "closing"))
        last = _bracket_end(text, m)
    for lab in labels:
        add(Cand(lab.name, lab.weight, lab.printed, lab.start, lab.end, lab.weight_at, "label"))
    return sorted(found.values(), key=lambda c: c.at)


def _bracket_end(text: str, m: re.Match[str]) -> int:
    """Where a closing weight's text ends: after it, or after the bracket it opens with its rule inside
    (…组长。(3分,…扣1分,扣完为止)2.…: the next row starts after the bracket)."""
    if not re.search(r"[(（〔]", m.group(0)) or re.search(r"[)）〕]", m.group(0)):
        return m.end()
    close = re.compile(r"[)）〕]").search(text, m.end(), m.end() + MAX_BRACKETED)
    return close.end() if close is not None and not re.search(r"[(（〔]", text[m.end() : close.start()]) else m.end()


@dataclass
class Reading:
    rows: list[Cand]
    groups: list[tuple[Cand, list[Cand], bool]]  # each group, its rows, and whether they make its weight exactly
    total: tuple[Decimal, str, int] | None
    cut: bool  # the text ends inside the last row or group
    sums: int = 0  # how many sums confirmed rows (a row's parts, a group, the total)


def _points(text: str, start: int, end: int) -> list[Decimal]:
    """The points a row's own text awards (计4分, 得2分, (3分)), not those it takes away (扣1分)."""
    return [Decimal(m.group("n") or m.group("m")) for m in _POINTS.finditer(text, start, end)]


def _span(text: str, rows: list[Cand], i: int) -> tuple[int, int]:
    """Where row ``i``'s own text stands: after its weight up to the next row (a name before its weight), or its
    text before its closing weight."""
    r = rows[i]
    if r.kind == "closing":
        return r.start, r.at
    return r.end, rows[i + 1].start if i + 1 < len(rows) else len(text)


def _groups(rows: list[Cand], heads: list[Cand], ok: set[int]) -> tuple[list[tuple[Cand, list[Cand], bool]], bool]:
    """The heads that are groups: from the last group's end, the rows that make a head's weight exactly, the head
    standing before the last of them (before its rows, or among them where a merged cell's label fell); at the end,
    a head whose rows fall short as the text ends (cut)."""
    out: list[tuple[Cand, list[Cand], bool]] = []
    p = 0
    for g in heads:
        if p >= len(rows):
            break
        run: list[Cand] = []
        total = Decimal(0)
        while p + len(run) < len(rows) and total < g.weight:
            run.append(rows[p + len(run)])
            total += run[-1].weight
        placed = (p == 0 or g.at > rows[p - 1].at) and g.at < run[-1].at
        if placed and len(run) >= 2 and total == g.weight:
            out.append((g, run, True))
            ok.update(id(r) for r in run)
            p += len(run)
        elif placed and total < g.weight and p + len(run) == len(rows) and out:
            out.append((g, run, False))
            return out, True
    return out, False


def _read(text: str, cands: list[Cand], kind: str) -> Reading | None:
    rows = [c for c in cands if c.kind == kind]
    if len(rows) < 2:
        return None
    others = [c for c in cands if c.kind != kind]
    ok: set[int] = set()
    used: set[int] = set()
    for i, r in enumerate(rows):
        lo, hi = _span(text, rows, i)
        r.parts = [c for c in others if lo <= c.at < hi and c.weight < r.weight]
        pts = _points(text, lo, hi)
        if len(r.parts) >= 2 and sum((c.weight for c in r.parts), Decimal(0)) == r.weight:
            ok.add(id(r))
            used.update(id(c) for c in r.parts)
        elif len(pts) >= 2 and sum(pts, Decimal(0)) == r.weight:
            ok.add(id(r))
    sums = len(ok)
    groups, cut = _groups(rows, [c for c in others if id(c) not in used], ok)
    sums += sum(exact for _, _, exact in groups)
    whole = None
    tops = [g.weight for g, _, _ in groups] if groups and sum(len(run) for _, run, _ in groups) == len(rows) \
        else [r.weight for r in rows]
    for stated in stated_totals(text):
        if len(tops) >= 2 and sum(tops, Decimal(0)) == stated[0]:
            ok.update(id(r) for r in rows)
            whole = stated
            sums += 1
            break
    last = rows[-1]
    if sums and id(last) not in ok and id(rows[-2]) in ok and sum((c.weight for c in last.parts), Decimal(0)) < last.weight \
            and not any(c.at > last.at and c not in last.parts for c in others):
        ok.add(id(last))  # the text ends inside the last row, before its parts make it
        cut = True
    listed = [r for r in rows if not _WHOLE_NAME.fullmatch(r.name)]
    if not sums and kind in ("label", "item", "counted") and _numbered(text, listed):
        ok.update(id(r) for r in listed)  # (1)…(25分) (2)…(35分) (3)…(20分): one list's items, each its weight in its label
        sums = 1
    if not sums and (two := nested(rows, [t[0] for t in stated_totals(text)])) is not None:  # an outline of one kind
        inner, full = two
        heads = {id(g) for g, _ in inner}
        under = {id(r) for _, run in inner for r in run}
        said = next((t for t in stated_totals(text) if t[0] == full), None)
        # (the names no group takes are rows only where the total confirms them: a cut outline's heading and tail
        # are not)
        return Reading([r for r in rows if id(r) in under or (said is not None and id(r) not in heads)],
                       [(g, run, True) for g, run in inner], said,
                       said is None, len(inner) + (said is not None))
    return Reading([r for r in rows if id(r) in ok], groups, whole, cut or whole is None, sums)


# a list item's mark right before its label: (1), 1、, 1., 一、, (一) (``ruletable_items.MARK``), or ①
_MARK_BEFORE = re.compile(rf"(?:{MARK}|(?P<circled>[①-⑳]))\s*$")
_WHOLE_NAME = re.compile(rf"(?:{WHOLES})数?")  # (考核方法(总分值100分): the whole's label, no item)


def _ordinal(m: re.Match[str]) -> tuple[str, int] | None:
    """A mark's style and number (``ruletable_items.list_number``, ① its own); a Chinese numeral without its 、 is no mark
    (统一, 第一: words that end in one)."""
    if m.group("circled"):
        return "circled", ord(m.group("circled")) - ord("①") + 1
    return None if m.group("cn") and not m.group("cnp") else list_number(m)


def _numbered(text: str, rows: list[Cand]) -> bool:
    """Whether three rows or more are the items of one list, in order from its first: each label right after its
    mark, the marks of one style numbering 1, 2, 3 … (a list's items are its rows whatever their weights add to)."""
    if len(rows) < 3:
        return False
    marks = [_MARK_BEFORE.search(text, max(0, r.start - 6), r.start) for r in rows]
    found = [o for m in marks if m is not None and (o := _ordinal(m)) is not None]
    return len(found) == len(rows) and len({style for style, _ in found}) == 1 \
        and [n for _, n in found] == list(range(1, len(rows) + 1))


_HEADING = re.compile(r"(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])\s*$")
_HEADING_NAME = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])")  # (the mark in the name)


def _groups_of(text: str, r: Reading, k: Reading) -> bool:
    """Whether reading ``r`` has groups its rows make exactly, each a row of reading ``k`` and a heading (its label
    after a Chinese numeral's mark: 一、组织管理(10分)); a row's points (1组织机构5 1.…(3分)2.…(2分)) are no rows."""
    exact = [g for g, _, made in r.groups if made]
    return bool(exact) and len(exact) == len(r.groups) and {id(g) for g in exact} <= {id(x) for x in k.rows} \
        and (all(_HEADING.search(text, max(0, g.start - 8), g.start) or _HEADING_NAME.match(g.name) for g in exact)
             or len(exact) >= 2 and _numbered_on(text, r))


def _numbered_on(text: str, r: Reading) -> bool:
    """Whether the reading's rows are numbered 1, 2, 3 … in order through all its groups (领导重视(20分)1.… 4.…
    制度建设(30分)5.… 8.…): rows of one table, never a row's own points (whose numbers start again under each)."""
    numbers = []
    for c in r.rows:
        mark = _ROW_NUMBER.search(text, max(0, c.start - 4), c.start + 1)
        numbers.append(int(re.sub(r"\D", "", mark.group())) if mark else 0)
    return numbers == list(range(1, len(numbers) + 1))


def best(text: str) -> tuple[Reading | None, list[Cand]]:
    """The reading whose kind of rows the sums confirm most (at least two rows), and every candidate found."""
    cands = candidates(text)
    if len(cands) > MAX_CANDIDATES:
        return None, cands
    readings = [r for k in KINDS if (r := _read(text, cands, k)) is not None and len(r.rows) >= 2 and r.sums]
    # a reading whose rows are all another reading's parts is of the parts (1分 items under 组织机构 6): not kept
    parts = [{id(c) for row in r.rows for c in row.parts} for r in readings]
    # (unless that reading's rows are this one's groups: its parts are the rows under them, 一、组织管理(10分) over
    # 1.…(3分,…) 2.…(3分,…), the labels' weights made by the rows either way)
    kept = [r for r in readings if not any(k is not r and all(id(x) in ps for x in r.rows) and not _groups_of(text, r, k)
                                           for k, ps in zip(readings, parts, strict=True))]
    return (max(kept, key=lambda r: len(r.rows)) if kept else None), cands


def read_rules(fr: FileRead) -> tuple[Flat, Reading | None, list[Cand]] | None:
    """A rule text's flat text, its best confirmed reading (None where no sum confirms one) and every candidate; None
    when the file is no rule text."""
    flat = _flat(fr)
    if not rule_text(flat.text):
        return None
    reading, cands = best(flat.text)
    return flat, reading, cands


def recognise(fr: FileRead) -> list[Document]:
    if (read := read_rules(fr)) is None:
        return []
    flat, reading, cands = read
    text = flat.text
    if (levelled := by_levels(flat, [c for c in cands if c.kind == "share"], stated_totals(text))) is not None:
        return [levelled]
    if reading is None:
        return []
    return [document(flat, reading, cands, (
        "评分细则的版式未能识别：按各处的“名称—分值”读取，只保留由表内算术（各行的分项之和、组的分值、合计）或连续编号的"
        "列表（(1)(2)(3)…各项标题带分值）确认的分值",
        "the rule table's layout was not recognised: (name, weight) pairs read wherever they stand, only those the "
        "table's own sums (a row's parts, its group's weight, the total) or a list numbered in order confirm kept"))]


def document(flat: Flat, reading: Reading, cands: list[Cand], method: tuple[str, str]) -> Document:
    """The rule document of a reading: its rows (name, weight, rule text after it), their groups, the total; the
    candidates of the rows' kind it did not take said in a problem."""
    text = flat.text
    group_of = {id(r): g for g, run, _ in reading.groups for r in run}
    rows: list[IndicatorRow] = []
    for k, c in enumerate(reading.rows):
        ind = IndicatorRow(source=flat.source_at(c.start))
        ind.level3 = Val(c.name, c.name, flat.source_at(c.start))
        ind.weight = Val(c.weight, c.printed, flat.source_at(c.at))
        if (g := group_of.get(id(c))) is not None:
            ind.level1 = Val(f"{g.name}({g.printed}分)", g.name, flat.source_at(g.at))
        end = reading.rows[k + 1].start if k + 1 < len(reading.rows) else min(len(text), c.end + 300)
        rule = re.sub(r"\s+", " ", text[c.end : end] if c.kind != "closing" else text[c.start : c.at]).strip(" |")
        if rule:
            ind.rule_text = Val(rule, rule, flat.source_at(c.end))
        rows.append(ind)
    heading = " ".join(t for t in text[: reading.rows[0].start].split("\n") if t)[-400:]
    closed = [f"{g.name}({g.printed}分)" for g, _, exact in reading.groups if exact]  # the groups the sums closed
    doc = rules_document(heading, flat.source_at(reading.rows[0].start), rows, closed, *method)
    doc.extra[CLOSED_LEVELS] = closed
    doc.extra[LEVELS_FROM_WEIGHTS] = True  # the rows and groups placed by their sums
    heads = [g for g, _, _ in reading.groups]  # (a group of the rows' own kind: ``ruletable_nested``)
    left = [c for c in cands if c.kind == reading.rows[0].kind and c not in reading.rows and c not in heads]
    if left:
        said = "、".join(f"“{c.name}”{c.printed}分" for c in left[:8])
        doc.problems.append(problem(f"以下分值未能由表内算术确认，未读取：{said}",
                                    f"weights no sum confirms, not read: {len(left)}", doc.source))
    # (a table read in part keeps the one whole its text states, as printed, unchecked: ``ruletable_whole``)
    whole = reading.total or (stated_whole(text, (c.weight for c in reading.rows)) if reading.cut else None)
    total = Val(whole[0], whole[1], flat.source_at(whole[2])) if whole else None
    close_by_total(doc, total, closed=not reading.cut, warn=True)
    return doc


__all__ = ["LIST_MARK", "RULE_WORDS", "WEIGHT_WORDS", "Reading", "candidates", "document", "flat_text", "read_rules", "recognise",
           "rule_text"]

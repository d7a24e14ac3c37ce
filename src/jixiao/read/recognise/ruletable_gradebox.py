"""Scoring-rule tables whose 评分标准 is a box of grade columns (优秀 | 良好 | 合格 | 不合格: the points each grade
earns), run together with no separator, as document-sharing pages give them: 基本要求(20分)5分乡镇级河长由…担任5432
5分应建立…: a group label with its weight, then each row's weight, its name (考核内容) and its grade points glued.

The header names the grade columns run together (评分标准优秀良好合格不合格); how many it names is how many grade
points a row prints. A row is read only where the table's own arithmetic confirms it: the row prints its weight
(5分, before or after its name, or glued before its grades: 55432), and its grade points, split into as many
numbers as the header has grades (or one fewer: a blank last grade), fall from the weight itself (the top grade is
the full marks). A digit run that splits so in no way or in more than one is not a row: its text stays the name's
or the rule's. The group labels (基本要求(20分)) are the rows' first level; a group the text goes on past is whole,
so its rows must make its weight (the audit checks it). A text with no total row is half read.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.core.numbers import normalize_text
from jixiao.core.records import MISSING, Document, IndicatorRow, Val
from jixiao.core.source import Source
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import close_by_total, problem
from jixiao.read.recognise.gradebands import GRADE_NAMES
from jixiao.read.recognise.ruletable_labels import rules_document
from jixiao.read.recognise.ruletable_weighttree import TOTAL
from jixiao.read.recognise.rulewords import GRADE_COLUMNS
from jixiao.read.recognise.transfer_text import Flat, flatten

_WORDS = "|".join(sorted({*GRADE_COLUMNS, *GRADE_NAMES, "好"}, key=len, reverse=True))
# the grade columns run together in the header (优秀良好合格不合格, 优 良 中 差), after the rule column's word
_COLUMNS = r"评分标准|评价标准|考核标准|评分细则|评分办法|评分方法|考核内容|评价内容|分值|分数|得分|备注|说明"
_HEAD = re.compile(rf"(?:{_COLUMNS})(?:[\s|]*(?:{_COLUMNS}))*[\s|]*(?P<grades>(?:(?:{_WORDS})[\s|]*){{3,6}})")
_GRADE = re.compile(_WORDS)
# a run of grade points: numbers or bands, with only spaces, pipes or line breaks between them
_NUM = r"\d+(?:\.\d+)?(?:[-~～—]\d+(?:\.\d+)?)?"  # a grade's points, or its band (0-2)
_RUN = re.compile(rf"(?<![\d.])(?:{_NUM})(?:[\s|]+(?:{_NUM}))*(?![\d.])")
_BAND = re.compile(r"(\d+(?:\.\d+)?)[-~～—](\d+(?:\.\d+)?)")
_PIECE = re.compile(r"(?:0|[1-9]\d*)(?:\.\d*[1-9])?")
_UNIT_AFTER = re.compile(r"\s*分|[%％]")  # the next row's weight (5432 5分), or a share
# a group's label with its weight (基本要求(20分)), its name maybe run on from the rule before (…不得分服务管理(20分))
GROUP = re.compile(r"(?P<name>[\u3400-\u9fff、“”]{2,20})[(（〔【]\s*(?P<n>\d+(?:\.\d+)?)\s*分\s*[)）〕】]")
_AWARDED = re.compile(r"(?:不?得|扣|计|加|减)分")
_LEAD_WEIGHT = re.compile(r"^[\s|]*(?P<n>\d+(?:\.\d+)?)(?:\s*分|(?=[\s|]*[\u3400-\u9fff“]))")  # 5分乡镇…, 5乡镇…
_TAIL_WEIGHT = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*分[\s|]*$")
_LIST_MARK = re.compile(r"^[\s|]*(?:\d+[.、．)）]|[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．]|[①-⑳])")
_NAME = re.compile(r"[\u3400-\u9fff]")
_NEXT_NAME = re.compile(r"[\s|]*[\u3400-\u9fff“]")
_AFTER_RUN = re.compile(r"\d[\s|]+(?!\s*分)")
MAX_NAME = 60


def _top(piece: str) -> Decimal:
    """The most a grade's points give: the number, or a band's upper end (0-2: 2)."""
    return Decimal(re.split(r"[-~～—]", piece)[-1])


def _splits(token: str, parts: int) -> list[list[str]]:
    """The ways ``token`` (digits, maybe a decimal point; or one band of points, 0-2) reads as ``parts`` numbers one
    after another."""
    if parts == 1:
        band = _BAND.fullmatch(token)
        ok = _PIECE.fullmatch(token) or band and Decimal(band.group(1)) <= Decimal(band.group(2))
        return [[token]] if ok else []
    out: list[list[str]] = []
    for k in range(1, len(token)):
        head = token[:k]
        if _PIECE.fullmatch(head) and token[k] != ".":
            out += [[head, *rest] for rest in _splits(token[k:], parts - 1)]
    return out


def _readings(run: str, count: int) -> list[list[str]]:
    """The ways a run of points reads as ``count`` numbers, its spaces kept as boundaries."""
    tokens = re.split(r"[\s|]+", run.strip())
    out: list[list[str]] = [[]]
    for j, tok in enumerate(tokens):
        left = len(tokens) - j - 1
        nxt: list[list[str]] = []
        for done in out:
            room = count - len(done) - left
            for n in range(1, room + 1):
                nxt += [[*done, *s] for s in _splits(tok, n)]
        out = nxt
    return [r for r in out if len(r) == count]


def _grades(run: str, k: int, weight: Decimal | None) -> tuple[Decimal, list[str]] | None:
    """The row's weight and grade points the run confirms: the points fall from the weight (the top grade); with no
    weight printed apart, the run must open with it glued before the grades. One reading only, else None."""
    found: set[tuple[Decimal, tuple[str, ...]]] = set()
    for count in (k, k - 1):
        if weight is not None:
            cands = [(weight, r) for r in _readings(run, count)]
        else:
            cands = [(Decimal(r[0]), r[1:]) for r in _readings(run, count + 1) if _PIECE.fullmatch(r[0])]
        for w, pts in cands:
            tops = [_top(p) for p in pts]
            if pts and tops[0] == w and all(a >= b for a, b in zip(tops, tops[1:], strict=False)) and w > 0:
                found.add((w, tuple(pts)))
    if len(found) != 1:
        return None
    top, points = found.pop()
    return top, list(points)


def _row_in(seg: str, at: int, runs: list[tuple[str, int]], k: int) -> tuple[str, re.Match[str] | None, int,
                                                                          tuple[Decimal, list[str]], int] | None:
    """The row whose text ``seg`` (at ``at``) runs up to its grade points (one of ``runs``, each with its end): its
    name, its printed weight, where its text starts, its weight and points and where they end. The text may begin
    with a run that read as no row (…9432 6分明确…): the row then starts after it."""
    gaps = list(_AFTER_RUN.finditer(seg))
    for text, start in [(seg, at), *([(seg[gaps[-1].end() :], at + gaps[-1].end())] if gaps else [])]:
        lead = _LEAD_WEIGHT.match(text)
        tail = _TAIL_WEIGHT.search(text) if lead is None else None
        said = lead or tail
        weight = Decimal(said.group("n")) if said else None
        name = text[lead.end() :] if lead else text[: tail.start()] if tail else text
        name = re.sub(r"[\s|]+", "", _LIST_MARK.sub("", name)).strip("。；;，,:：")
        if not _NAME.search(name) or len(name) > MAX_NAME or re.search(r"\d", name):
            continue
        found = next(((r, end) for run, end in runs if (r := _grades(run, k, weight)) is not None), None)
        if found is not None:
            return name, said, start, found[0], found[1]
    return None


def _rows(flat: Flat, start: int, grades: list[str]) -> tuple[list[IndicatorRow], list[str], int]:
    """The rows after the header at ``start``, the groups the text goes on past, and where the last row ends."""
    text = flat.text
    rows: list[IndicatorRow] = []
    groups: list[str] = []
    group: Val = MISSING
    pos = start
    for m in _RUN.finditer(text, start):
        # the last number may be the next row's weight (5432 5分乡镇…, 5 4 3 2 4明确…): read without it, or must be
        cut = re.search(r"[\s|]+\d+(?:\.\d+)?$", m.group(0))
        runs = [] if _UNIT_AFTER.match(text, m.end()) else [(m.group(0), m.end())]
        if cut is not None and (not runs or _NEXT_NAME.match(text, m.end())):
            runs.append((m.group(0)[: cut.start()], m.start() + cut.start()))
        if not runs:
            continue
        seg = text[pos : m.start()]
        seg_at = pos
        labels = list(GROUP.finditer(seg))
        label = labels[-1] if labels else None
        if label is not None:
            seg, seg_at = seg[label.end() :], seg_at + label.end()
        row = _row_in(seg, seg_at, runs, len(grades))
        if row is None:
            continue
        name, said, seg_at, (w, pts), run_end = row
        if label is not None:
            if group.str_ is not None:
                groups.append(group.str_)
            group = group_label(label, flat, pos)
        src = flat.source_at(seg_at)
        rule = "；".join(f"{g}{p}分" for g, p in zip(grades, pts, strict=False))
        printed = said.group("n") if said else str(w)
        rows.append(IndicatorRow(level1=group, level3=Val(name, name, src), source=src,
                                 weight=Val(w, printed, flat.source_at(said.start("n") + seg_at) if said else src),
                                 rule_text=Val(rule, rule, flat.source_at(m.start()))))
        pos = run_end
    return rows, groups, pos


def group_label(m: re.Match[str], flat: Flat, at: int) -> Val:
    """A group's label as its rows' level (服务管理(20分)), the rule's words run on before its name cut off (the unit
    of a number before it, …不得分, …扣1分)."""
    name = _AWARDED.split(m.group("name"))[-1]
    if name.startswith("分") and flat.text[at + m.start() - 1 : at + m.start()].isdigit():
        name = name[1:]
    label = f"{name}({m.group('n')}分)"
    return Val(label, label, flat.source_at(at + m.start()))


def recognise(fr: FileRead) -> list[Document]:
    flat = flatten(fr, lambda t: normalize_text(t), sep="\n")
    head = _HEAD.search(flat.text)
    if head is None:
        return []
    grades = _GRADE.findall(head.group("grades"))
    rows, groups, end = _rows(flat, head.end(), grades)
    if not rows:
        return []
    src = flat.source_at(head.start())
    heading = flat.text[max(0, head.start() - 400) : head.start()]
    doc = rules_document(
        heading, src, rows, groups,
        f"评分标准按等级分列（{'、'.join(grades)}），各行连写：分值取各行印出的、等于其最高档得分的数字",
        "a rule table whose rule is a box of grade columns, run together: each row's weight is the one it prints "
        "that its top grade confirms")
    close_rows(doc, flat, end, src)
    return [doc]


def close_rows(doc: Document, flat: Flat, end: int, src: Source) -> None:
    """Close a table run together on the total row after its last row (合计 46), where its rows make it; where they
    do not (a row not read, or the total's own mistake: not told apart) or there is none, it is half read."""
    total = TOTAL.search(flat.text, end)
    made = sum((r.weight.dec for r in doc.indicators if r.weight.dec is not None), Decimal(0))
    if total is not None and Decimal(total.group(1)) != made:
        doc.problems.append(problem(
            f"各行分值之和{made}与合计{total.group(1)}不符：可能有行未能读出，按未读完处理",
            f"the rows' weights make {made}, not the total {total.group(1)}: a row may be unread, half read", src))
        close_by_total(doc, total, flat.source_at(total.start(1)), closed=False, warn=True)
    else:
        close_by_total(doc, total, flat.source_at(total.start(1)) if total else None, warn=True)


__all__ = ["GROUP", "close_rows", "group_label", "recognise"]

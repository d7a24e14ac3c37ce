"""A ruled rule table whose PDF text came out a column at a time (``序号 | 考核项目 | 分值 | 负责单位``): the row
numbers as one run (1 2 3 4 5), then the names of those rows in the same order, then the 分值 column as a run of
bare numbers (100 16 1 3 2 2 1: the total, the group's weight, the rows'), then the next column; rows whose cells
stood on one line come out whole (6 强化宣传教育 4), and a group's label is its numeral and name (一 河湖长制基础工作).

The rows are told by their numbers (each the next one, followed by a name or the next number) and named in order by
the words that follow, as many as the numbers awaiting names (more words than that: the names were split by spaces
or another column's words ran in, and the names cannot be matched to the rows: not read); the weights are the bare numbers in the order they stand. Which number is whose is not told
by the layout but by the sums: a group's k rows and its label take k + 1 numbers of the run, one of which (the label's)
is the sum of the others; the number before the first group may be the stated total. A group whose numbers make no
such sum keeps its rows' names without weights, and every group after it too (the run's alignment is lost there).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.read.recognise.ruletable_numerals import NUMERALS
from jixiao.read.recognise.rulewords import NAME_COLUMNS, RULE_COLUMNS, SEQ_COLUMNS, WEIGHT_COLUMNS

_PAGE = re.compile(r"(?:[-—–]\s*\d{1,3}\s*[-—–])|第\s*\d{1,3}\s*页(?:\s*,?\s*共\s*\d{1,3}\s*页)?")
# a word of the text: a number (its place told apart: standing alone, or glued to the words around it) or words
_TOKEN = re.compile(r"\d+(?:\.\d+)?|[^\s\d]+")
_NAME = re.compile(r"^[\u3400-\u9fff“][\u3400-\u9fffA-Za-z“”\"()（）、·/]+$")
_CJK = re.compile(r"[\u3400-\u9fff]")
_HEADER_WORDS = frozenset((*NAME_COLUMNS, *RULE_COLUMNS, *SEQ_COLUMNS, *WEIGHT_COLUMNS, "各项", "总分", "合计",
                           "得分", "备注", "负责考核单位", "考核单位", "责任单位", "牵头单位"))
_TOTAL_WORDS = re.compile(r"总分|合计|满分|总计")
MIN_ROWS = 3
AGAIN = 3  # a row's number printed again this close after (its weight before it, equal to it): the later one


@dataclass
class Tok:
    text: str
    start: int
    alone: bool  # a number standing between spaces (a weight cell); a number glued to words is no weight
    spaced: bool  # followed by a space (a row's number glued to the words after it, 1、常年性, is a list's)


@dataclass
class Row:
    seq: int
    at: int  # where its number stands
    name: str = ""
    name_at: int = -1
    weight: Decimal | None = None
    printed: str = ""
    weight_at: int = -1


@dataclass
class Group:
    name: str
    at: int
    first: int  # the index of its first row
    rows: list[Row] = field(default_factory=list)
    weight: Decimal | None = None
    printed: str = ""
    weight_at: int = -1


@dataclass
class Runs:
    rows: list[Row]
    groups: list[Group]
    total: tuple[Decimal, str, int] | None
    confirmed: int  # the groups (or the rows together) whose sums hold


def _tokens(text: str) -> list[Tok]:
    text = _PAGE.sub(lambda m: " " * len(m.group(0)), text)
    out: list[Tok] = []
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        digit = m.group(0)[0].isdigit()
        alone = digit and (s == 0 or text[s - 1].isspace()) and (e == len(text) or text[e].isspace())
        out.append(Tok(m.group(0), s, alone, e == len(text) or text[e].isspace()))
    return out


def _is_name(t: Tok) -> bool:
    return bool(_NAME.match(t.text)) and len(_CJK.findall(t.text)) >= 2 and t.text not in _HEADER_WORDS \
        and len(t.text) <= 40


def _int(t: Tok) -> int | None:
    return int(t.text) if t.text.isdigit() and len(t.text) <= 3 else None


def _opens_row(tokens: list[Tok], k: int) -> bool:
    """Whether the number at ``k`` may be a row's: followed by a space, then a name or the next number."""
    t, nxt = tokens[k], tokens[k + 1] if k + 1 < len(tokens) else None
    n = _int(t)
    return n is not None and t.spaced and nxt is not None and (_is_name(nxt) or _int(nxt) == n + 1)


def _name_run(tokens: list[Tok], k: int) -> int:
    """How many words that may be names stand one after another from ``k``."""
    n = 0
    while k + n < len(tokens) and _is_name(tokens[k + n]):
        n += 1
    return n


def _read(tokens: list[Tok], strict: bool, defer: bool) -> tuple[list[Row], list[Group], list[Tok]]:
    """The rows (by their numbers, named in order), the group labels and the bare numbers after the first row.
    ``strict``: a number right after a bare number that is no row's is a weight too (…分值 29 9 1 3 市水利局: 3 is the
    run's, not row 3's), else the next row's number wherever a name follows it; ``defer``: the same number printed
    again just after is the row's (…法规 4 市河长办、市教4 全面…: the first 4 is a weight equal to the next row's
    number), else the first is."""
    rows: list[Row] = []
    groups: list[Group] = []
    weights: list[Tok] = []
    pending: list[Row] = []
    expected = 1
    for k, t in enumerate(tokens):
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        n = _int(t)
        after_weight = strict and bool(weights) and k > 0 and tokens[k - 1] is weights[-1]
        if n == expected and not after_weight and _opens_row(tokens, k) and not (defer and any(
                _int(o) == n and _opens_row(tokens, k + j) for j, o in enumerate(tokens[k + 1 : k + 1 + AGAIN], 1))):
            # (a row's weight equal to the next row's number, …法规 4 市河长办、市教4 全面…: the later one is the row's)
            rows.append(Row(n, t.start))
            pending.append(rows[-1])
            expected += 1
            continue
        mark = NUMERALS[min(len(groups), 9)]
        if t.text.rstrip("、.．") == mark and not pending and nxt is not None and _is_name(nxt):
            groups.append(Group(nxt.text, nxt.start, len(rows)))  # 一 河湖长制基础工作
            continue
        if t.text[:2] in (f"{mark}、", f"{mark}.", f"{mark}．") and not pending and _is_name(Tok(t.text[2:], 0, False, True)):
            groups.append(Group(t.text[2:], t.start + 2, len(rows)))  # 一、河湖长制基础工作
            continue
        if groups and t.start <= groups[-1].at < t.start + len(t.text):
            continue  # (the label's name)
        if _is_name(t) and pending:
            if not _is_name(tokens[k - 1]) and _name_run(tokens, k) != len(pending):
                return [], [], []  # (more words than names awaited: names split by spaces, or another column's)
            row = pending.pop(0)
            row.name, row.name_at = t.text, t.start
        elif t.alone and rows and not pending:
            weights.append(t)
    return rows, groups, weights


def _window(nums: list[Tok], pos: int, k: int) -> int | None:
    """The one place among the k + 1 numbers from ``pos`` whose number is the sum of the others (a group's label and
    its k rows), or None."""
    win = [Decimal(t.text) for t in nums[pos : pos + k + 1]]
    if len(win) < k + 1 or k < 2:
        return None
    whole = sum(win, Decimal(0))
    hits = [j for j, w in enumerate(win) if w > 0 and w * 2 == whole]
    return hits[0] if len(hits) == 1 else None


def _place(group: Group, nums: list[Tok], pos: int) -> int | None:
    """Give a group and its rows their numbers from ``pos`` where they make the group's weight; where the run goes
    on after them (or None)."""
    k = len(group.rows)
    j = _window(nums, pos, k)
    if j is None:
        return None
    win = nums[pos : pos + k + 1]
    head = win.pop(j)
    group.weight, group.printed, group.weight_at = Decimal(head.text), head.text, head.start
    for row, t in zip(group.rows, win, strict=True):
        row.weight, row.printed, row.weight_at = Decimal(t.text), t.text, t.start
    return pos + k + 1


def column_runs(text: str) -> Runs | None:
    """The rows of a rule table printed a column at a time, weighted where the sums place them; None when the text
    holds no such run of numbered, named rows. A number after the weights' run, or before the same number, may be a
    row's or a weight: each reading is made, the one whose sums place more kept (the first on a tie)."""
    tokens = _tokens(text)
    found = [r for strict in (True, False) for defer in (False, True)
             if (r := _runs(text, *_read(tokens, strict, defer))) is not None]
    return max(found, key=lambda r: (r.confirmed, sum(x.weight is not None for x in r.rows))) if found else None


def _runs(text: str, rows: list[Row], groups: list[Group], nums: list[Tok]) -> Runs | None:
    bounds = [g.first for g in groups] + [len(rows)]
    for g, end in zip(groups, bounds[1:], strict=False):
        g.rows = [r for r in rows[g.first : end] if r.name]
    rows = [r for r in rows if r.name]
    if len(rows) < MIN_ROWS or len({r.name for r in rows}) < len(rows) / 2:
        return None
    groups = [g for g in groups if g.rows]
    total: tuple[Decimal, str, int] | None = None
    confirmed = 0
    if groups:
        lead = next((s for s in (0, 1) if _window(nums, s, len(groups[0].rows)) is not None), None)
        if lead is None:  # (the stated total may stand first)
            return Runs(rows, groups, None, 0)
        pos = lead
        for g in groups:
            nxt = _place(g, nums, pos)
            if nxt is None:
                break
            pos = nxt
            confirmed += 1
        if lead and _TOTAL_WORDS.search(text, 0, nums[0].start):
            made = sum((g.weight for g in groups[:confirmed] if g.weight is not None), Decimal(0))
            if Decimal(nums[0].text) >= made:
                total = (Decimal(nums[0].text), nums[0].text, nums[0].start)
    else:  # no groups: the stated total before or after the rows' numbers, their sum
        ws = [Decimal(t.text) for t in nums[: len(rows) + 1]]
        if len(ws) == len(rows) + 1 and _TOTAL_WORDS.search(text):
            for head, run in ((0, nums[1 : len(rows) + 1]), (len(rows), nums[: len(rows)])):
                if ws[head] == sum((Decimal(t.text) for t in run), Decimal(0)):
                    for row, t in zip(rows, run, strict=True):
                        row.weight, row.printed, row.weight_at = Decimal(t.text), t.text, t.start
                    total = (ws[head], nums[head].text, nums[head].start)
                    confirmed = 1
                    break
    return Runs(rows, groups, total, confirmed)


__all__ = ["Group", "Row", "Runs", "column_runs"]

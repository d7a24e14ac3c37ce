"""A ruled indicator table (指标名称 | 指标涵义 | 分值) whose PDF text interleaved its cells line by line: each row's
name, its name again opening the definition beside it (良种推广率良种推广率=(…)), the row's number, its weight in
brackets, with 分 or without ((6分), (15)), and the definition's tail; a group's label is spelt out a few characters at
a time among its rows (技 … 术兴农与 … 推 … 广(30分)), its weight in brackets among theirs.

The rows are the terms the definitions define (X= …), or, where a row's text defines nothing, the term its definition
restates (受益农户数 … 按实际受益农户数填写): the column beside the name prints it again. A term run together with the
name cell's last line before it (应用率标准应用率=, 良种推广率良种推广率=) is the longest tail whose text before it ends
the way the term does.

The weights are the bracketed numbers in order. Which are the rows' and which the groups' is told by the sums only: a
group's weight is one of them that the rows standing before and after it (from the last group's end) make exactly; a
row's own text runs from the weight of the row before to its own. Where the brackets make no group, the rows' weights
are not read: ``defined_names`` gives the named rows alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

_CJK = "\u3400-\u9fff"
# a definition: the term (quotes kept: “三公经费”变动率) before its = (not ≤ ≥, not a comparison inside a rule)
_DEFINES = re.compile(rf"(?P<term>[{_CJK}“”\"](?:[{_CJK}“”\"]| (?=[{_CJK}“”\"])){{1,40}})\s*[=＝](?![=<>])")
_BRACKET = re.compile(r"[(（]\s*(?P<n>\d{1,3}(?:\.\d{1,2})?)\s*(?:分)?\s*[)）]")
_FORMULA = re.compile(r"[/×÷*\-—]|[xX]\s*100")  # a formula's operators (X= A/B×100%, X= A-B)
MAX_FORMULA = 60
_SPACED = re.compile(rf"(?<=[{_CJK}]) (?=[{_CJK}])")
_RUN = re.compile(rf"[{_CJK}]{{3,}}")
MIN_TERM = 3
MAX_TERM = 16
SHORT_TAIL = 4  # a word's tail a PDF's space broke off is shorter than this
MAX_SPAN = 400  # a row's text (its name, definition and number) at the most
MAX_GROUP = 12  # rows in one group at the most
MIN_HEAD = 4  # a header's word whose repeating starts a copy of the table (指标名称, not 指标)
MAX_COPIES = 6


@dataclass
class Weighted:
    name: str
    name_at: int
    weight: Decimal | None
    printed: str
    at: int  # where its weight's digits stand (-1: none)


@dataclass
class Group:
    weight: Decimal
    printed: str
    at: int
    rows: list[Weighted]


def term(run: str) -> str:
    """The term a definition defines, from the words run together before its = (the name cell's last line glued
    before it: 应用率标准应用率 → 标准应用率; its first line: 公务用公务用车购置运行费变动率 → 公务用车购置运行费变动率; the
    name twice: 良种推广率良种推广率 → 良种推广率), the spaces a PDF left inside the words dropped (良种推广 率良种推 广率);
    else the last word before the = (with the word before it where it is a short tail a space broke off: 受益农户 比例)."""
    joined = "".join(run.split())
    for k in range(min(len(joined), MAX_TERM), MIN_TERM - 1, -1):
        x, y = joined[-k:], joined[:-k]
        if len(y) >= 2 and any(y.endswith(x[-j:]) or y.endswith(x[:j]) for j in range(2, len(x) + 1)):
            return x
    words = run.split()
    last = "".join(words[-2:]) if len(words) >= 2 and len(words[-1]) < SHORT_TAIL else (words[-1] if words else "")
    return last if 2 <= len(last) <= MAX_TERM else ""


def _restated(seg: str) -> str:
    """The longest run of at least three characters a row's text prints twice (its name, and its definition restating
    it: 受益农户数支1 按实际受益农户数填写), or ''."""
    best = ""
    runs = [m.group(0) for m in _RUN.finditer(seg)]
    for i, r in enumerate(runs):
        for a in range(len(r)):
            for b in range(min(len(r), a + MAX_TERM), a + max(MIN_TERM, len(best) + 1) - 1, -1):
                x = r[a:b]
                if r.find(x, a + 1) >= 0 or any(x in o for o in runs[i + 1 :]):
                    best = x
                    break
    return best


def _name(text: str, lo: int, hi: int) -> tuple[str, int]:
    """A row's name from its text (``lo``..``hi``): the last term it defines, else the term it prints twice."""
    defs = [m for m in _DEFINES.finditer(text, lo, hi) if term(m.group("term"))]
    if defs:
        m = defs[-1]
        t = term(m.group("term"))
        return t, m.end("term") - len(t)
    seg = _SPACED.sub("", text[lo:hi])  # (the spaces a PDF left inside words)
    t = _restated(seg)
    return (t, lo) if t else ("", -1)


def _groups(ws: list[re.Match[str]]) -> list[tuple[int, list[int]]] | None:
    """The brackets cut into groups: each a weight (its index) and the indices of the rows that make it, standing
    before and after it from the last group's end; None where one is not made (the last one may be cut short by
    the text's end: left out)."""
    vals = [Decimal(m.group("n")) for m in ws]
    out: list[tuple[int, list[int]]] = []
    p = 0
    while p < len(vals):
        for j in range(p, min(len(vals), p + MAX_GROUP + 1)):
            before = sum(vals[p:j], Decimal(0))
            if before >= vals[j] or any(v >= vals[j] for v in vals[p:j]):
                continue
            rows, total, q = list(range(p, j)), before, j + 1
            while total < vals[j] and q < len(vals) and vals[q] < vals[j]:
                rows.append(q)
                total += vals[q]
                q += 1
            if total == vals[j] and len(rows) >= 2:
                out.append((j, rows))
                p = q
                break
        else:
            return out if out and p < len(vals) and _short(vals[p:]) else None
    return out


def _short(rest: list[Decimal]) -> bool:
    """The brackets after the last group made: a group the text ends inside (each less than the heaviest)."""
    return len(rest) <= MAX_GROUP


def weighted_groups(text: str, lo: int = 0, hi: int | None = None) -> list[Group] | None:
    """The rows of ``text[lo:hi]`` named by their definitions and weighted by the brackets, where the brackets make
    their groups; None where they do not (or name no row)."""
    hi = len(text) if hi is None else hi
    ws = list(_BRACKET.finditer(text, lo, hi))
    cut = _groups(ws)
    if not cut:
        return None
    out: list[Group] = []
    last = lo
    for j, rows in cut:
        members: list[Weighted] = []
        for k in rows:
            start = max(last, ws[k].start() - MAX_SPAN)
            name, at = _name(text, start, ws[k].start())
            if not name:
                return None
            members.append(Weighted(name, at, Decimal(ws[k].group("n")), ws[k].group("n"), ws[k].start("n")))
            last = ws[k].end()
        g = ws[j]
        out.append(Group(Decimal(g.group("n")), g.group("n"), g.start("n"), members))
        last = max(last, ws[rows[-1]].end())
    names = [r.name for g in out for r in g.rows]
    return out if len(set(names)) == len(names) else None  # (a name twice: two copies of the table read as one)


def copies(text: str, heads: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """Where each copy of a table printed more than once may stand (a preview printing its start again before the
    whole): each line; the spans cut where the first term defined is defined again; and those cut where the first of
    the header's words (``heads``) printed more than once is printed again."""
    spans: list[tuple[int, int]] = []
    lo = 0
    for part in text.split("\n"):
        spans.append((lo, lo + len(part)))
        lo += len(part) + 1
    defs = [(m.start("term"), term(m.group("term"))) for m in _DEFINES.finditer(text)]
    again = [[at for at, t in defs[1:] if t and t == defs[0][1]]] if defs else []
    found = sorted((text.find(w), w) for w in heads if len(w) >= MIN_HEAD and 1 < text.count(w) <= MAX_COPIES)
    if found:
        w = found[0][1]
        again.append([m.start() for m in re.finditer(re.escape(w), text)][1:])
    for cuts in (c for c in again if len(c) < MAX_COPIES):
        bounds = [0, *cuts, len(text)]
        spans += [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if cuts]
    return spans


def defined_names(text: str, lo: int = 0, hi: int | None = None) -> list[Weighted]:
    """The terms ``text[lo:hi]`` defines by a formula (X=(A/B)×100%, X=A-B), in order, each once, without weights."""
    seen: dict[str, Weighted] = {}
    for m in _DEFINES.finditer(text, lo, len(text) if hi is None else hi):
        t = term(m.group("term"))
        if t and t not in seen and _FORMULA.search(text, m.end(), m.end() + MAX_FORMULA):
            seen[t] = Weighted(t, m.end("term") - len(t), None, "", -1)
    return list(seen.values())


__all__ = ["Group", "Weighted", "copies", "defined_names", "term", "weighted_groups"]

"""A scoring template's notes (填报说明) that state the first level's weights in prose, without the table: ``一级指标
“项目绩效”,满分40分。…“结果”和“经济或社会效益”,各20分。…“项目管理”(60分)和“项目绩效”(40分),总分100分。``, often
copied as a run of sentence fragments (each cut at its start), in traditional script with pinyin glosses and
mojibake where quotation marks or a name were (``read.normalise`` removes the glosses it can).

The notes hold sums of their own, and only those confirm a weight:

- a named level's weight (``“名称”(N分)``, ``“名称”,满分N分``) is confirmed by its parts listed right after it with
  one weight each (``“结果”和“经济或社会效益”,各20分``: the parts counted by their separators 和 / 、 / 与 / 及, a
  garbled part's name still a part): their count times that weight makes N;
- the named levels (each name once, every mention with the same weight) are confirmed together where they make the
  total the notes state (``总分100分``).

The named levels are the rows, in the order first named, each with its weight where a sum confirms it and missing
otherwise (a name printed with a weight no sum confirms, one printed twice with two weights); the stated total is
the table's total; the table is whole only where every level is confirmed by the total. Nothing confirmed: not
read. Read in a text that says it is a rule table, as one of the fallbacks (the reading holding more is kept; not
only where nothing else was read: a 三公 statement printed before the notes would silence them).
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.core.numbers import normalize_text
from jixiao.core.records import Document, IndicatorRow, Val
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import close_by_total, problem
from jixiao.read.recognise.ruletable_confirmed import rule_text
from jixiao.read.recognise.ruletable_labels import rules_document
from jixiao.read.recognise.transfer_text import flatten

_CJK = "\u3400-\u9fff"
_NUM = r"(?P<n>\d+(?:\.\d+)?)"
# “项目绩效”(40分), “项目绩效”,满分40分, “项目绩效”为40分
_NAMED = re.compile(rf"“(?P<name>[{_CJK}]{{2,15}})”\s*(?:[(（]\s*{_NUM}\s*分\s*[)）]"
                    rf"|[,，:：]?\s*(?:满分|为|占|计)\s*(?P<m>\d+(?:\.\d+)?)\s*分)")
# “结果”和“经济或社会效益”,各20分: the parts, one weight each
_EACH = re.compile(rf"(?P<list>[^。；;!?！？]{{2,80}}?)[,，]?\s*各(?:占|为|计)?\s*{_NUM}\s*分")
_QUOTED_SEP = re.compile(r"”\s*(?:和|、|与|及|,|，)\s*“")
_TOTAL = re.compile(rf"(?:总分|总分值|满分)(?:为|是|共)?\s*{_NUM}\s*分")
NEAR = 40  # characters between a level's weight and the listing of its parts, at the most


def recognise(fr: FileRead) -> list[Document]:
    flat = flatten(fr, normalize_text, sep="\n")
    text = flat.text
    if "“" not in text or not rule_text(text):
        return []
    named: dict[str, list[tuple[Decimal, str, int, int]]] = {}  # name → (weight, printed, where, end) per mention
    for m in _NAMED.finditer(text):
        n = m.group("n") or m.group("m")
        named.setdefault(m.group("name"), []).append((Decimal(n), n, m.start("name"), m.end()))
    if not named:
        return []
    weights = {k: v[0][0] for k, v in named.items() if len({w for w, *_ in v}) == 1}  # one weight, however often
    confirmed: set[str] = set()
    for name, w in weights.items():
        for _, _, _, end in named[name]:
            each = _EACH.search(text, end, end + NEAR + 80)
            if each is not None and each.start() - end <= NEAR and _parts(each.group("list")) * Decimal(each.group("n")) == w:
                confirmed.add(name)
    totals = {Decimal(t.group("n")): t for t in _TOTAL.finditer(text)
              if not any(s <= t.start() < e for v in named.values() for _, _, s, e in v)}
    made = sum(weights.values(), Decimal(0))
    total = totals.get(made) if len(weights) == len(named) and len(named) >= 2 else None
    if total is not None:
        confirmed |= set(named)
    if not confirmed:
        return []
    rows: list[IndicatorRow] = []
    for name, mentions in named.items():
        src = flat.source_at(mentions[0][2])
        ind = IndicatorRow(source=src)
        ind.level3 = Val(name, name, src)
        if name in confirmed:
            w, printed, at, _ = mentions[0]
            ind.weight = Val(w, printed, flat.source_at(at))
        rows.append(ind)
    first = min(v[0][2] for v in named.values())
    heading = " ".join(t for t in text[:first].split("\n") if t)[-400:]
    doc = rules_document(
        heading, flat.source_at(first), rows, [],
        "评分模板的说明文字写明各一级指标的分值：只读取由其分项（各N分）或写明的总分确认的分值",
        "a template's notes state the first level's weights: only those its parts (each N) or the stated total confirm read")
    left = [n for n in named if n not in confirmed]
    if left:
        doc.problems.append(problem("以下分值未能由说明中的算术确认，未读取：" + "、".join(left[:8]),
                                    f"weights no sum in the notes confirms, not read: {len(left)}", doc.source))
    stated = total or (next(iter(totals.values())) if len(totals) == 1 else None)
    value = Val(Decimal(stated.group("n")), stated.group("n"), flat.source_at(stated.start("n"))) if stated else None
    close_by_total(doc, value, closed=total is not None, warn=True)
    return [doc]


def _parts(listing: str) -> int:
    """How many parts a listing names: quoted parts counted by the separators between their quotes (“结果”和“经济或社会
    效益”: 2, a part whose opening quote was lost still one); unquoted ones by 和 / 与 / 及 / 、 after the last comma."""
    if "”" in listing:
        return len(_QUOTED_SEP.findall(listing)) + 1
    tail = re.split(r"[,，:：]", listing.strip(" ,，"))[-1]
    return len(re.findall(r"和|与|及|、", tail)) + 1

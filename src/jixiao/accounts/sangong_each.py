"""A 三公 statement's figures said in turn ("分别为"): the names or the stages before 分别, the amounts after it, in order.

A statement may give several figures in one breath: the items with one stage ("因公出国(境)费、公务接待费、公务用车购置及
运行费预算数分别为0万元、4.5万元和8万元"), one item with both stages ("公务接待费预算、决算分别为4.5万元、3.8万元"), or the
items again with the other stage in the next clause ("，决算数分别为0万元、3.8万元和6.5万元", the items of the clause before).
The amounts pair with the names (or the stages) in the order they are listed, and only when their counts agree; a list
whose counts do not agree is not read at all (its amounts are no one item's), so no amount is taken for the item named
last before 分别 (the reading by labels would give the vehicles the first amount, 0).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jixiao.accounts.sangong import TOTAL, item_of
from jixiao.accounts.sangong_stage import stages_said

_EACH = re.compile(r"(?:分别|依次)(?:为|是)?\s*[:：]?\s*")
_NUMBER = r"\d[\d,]*(?:\.\d+)?"
_LIST = re.compile(rf"(?:{_NUMBER}\s*(?:亿元|万元|元)?\s*[、,，和及与]\s*)+{_NUMBER}\s*(?:亿元|万元|元)")
_ONE = re.compile(rf"({_NUMBER})\s*(亿元|万元|元)?")
_LEAD_STOP = re.compile(r"[。;；:：,，]")
_ITEM_START = re.compile(r"(?=公务|因公|公车)")
_WHOLE = re.compile(r"[“\"]?三公")
_NAME_START = re.compile(r"[“\"]?三公|因公|公务|公车")
_STAGE_WORDS = re.compile(r"(?:年初)?(?:预算|决算|实际支出|执行)(?:数)?|[、和及与\s]+$")


@dataclass(frozen=True)
class Each:
    """One figure said in turn: where its amount stands in the paragraph, its label, item, amount and unit."""

    start: int
    end: int
    label: str
    item: str
    amount: str
    unit: str


def _named(lead: str) -> list[tuple[str, str]]:
    """The items the lead lists, in order, each with its name as printed (without stage words)."""
    out: list[tuple[str, str]] = []
    whole = list(_WHOLE.finditer(lead))  # the 三公 total named (the last time: a heading may run into the lead)
    for part in _ITEM_START.split(lead) if not whole else [lead[whole[-1].start():]]:
        name = _STAGE_WORDS.sub("", part).strip("、和及与 ")
        if start := _NAME_START.search(name):  # (from the item's first word: no year or unit before it)
            name = name[start.start():]
        if name and (item := item_of(name)) is not None:
            out.append((name, item))
    return out


def said_in_turn(para: str) -> tuple[list[Each], list[tuple[int, int]]]:
    """The figures the paragraph says in turn, and the spans of every list after 分别 (read or not: their amounts are
    no figures of the labels before them)."""
    figures: list[Each] = []
    spans: list[tuple[int, int]] = []
    last: list[tuple[str, str, str]] = []  # the items of the list before, in its sentence
    last_end = 0
    for m in _EACH.finditer(para):
        listed = _LIST.match(para, m.end())
        if listed is None:
            continue
        spans.append((listed.start(), listed.end()))
        lead = _LEAD_STOP.split(para[max(0, m.start() - 80):m.start()])[-1]
        if "。" in para[last_end:m.start()]:
            last = []
        last_end = listed.end()
        ones = list(_ONE.finditer(para, listed.start(), listed.end()))
        unit = ones[-1].group(2) or ""
        named, stages = _named(lead), stages_said(lead)
        pairs: list[tuple[str, str, str]] = []  # (name, item, stage)
        if len(named) >= 2 and len(set(stages)) <= 1:
            pairs = [(n, i, stages[0] if stages else "") for n, i in named]
        elif len(named) == 1 and len(own := stages_said(lead[lead.rfind(named[0][0]):])) == len(ones) == 2 and \
                own[0] != own[1]:  # (the stages said after the item's name: not a heading's run into the lead)
            pairs = [(named[0][0], named[0][1], s) for s in own]
        elif not named and len(set(stages)) == 1 and last:
            pairs = [(n, i, stages[0]) for n, i, _ in last]
        if len(pairs) != len(ones):
            continue
        last = pairs if len(named) != 1 else last
        for (name, item, stage), one in zip(pairs, ones, strict=True):
            label = ("“三公”经费" if item == TOTAL else name) + stage
            figures.append(Each(one.start(1), one.end(1), label, item, one.group(1), one.group(2) or unit))
    return figures, spans

"""The complete 三公 sets a prose statement makes sentence by sentence: a total and each item once, of one stage.

A 三公 text often says some figures twice (the year's budget and its spending, last year's, a change paragraph that
names the items again), so the labels alone cannot tie all its items to its totals (``accounts.sangong_text``). Each
stated figure is of the stage its label ends in ("…支出决算"), else of the last stage its own sentence names before it
and does not compare with ("2010年“三公经费”财政拨款预算中,因公出国(境)费617万元" → 预算; never the 预算 of
"比预算减少…", "完成预算的x%"); a sentence that opens with 其中 goes on with the one before it ("…预算94.28亿元。
其中,因公出国(境)经费19.9亿元,…"). The figures of one stage on one line, and of one stage and one year (the year its
sentence gives, ``own_year``) across the lines, make a set; a set that states the total and every item once (the
vehicles as one, or by both their parts) is checked with the text's other 三公 identities. Only complete sets: a
partial one would be the labels' guess of what goes together. Gathered from lines apart, a failed identity is a
``suspect`` (``sangong_text_sums._gathered``).
"""

from __future__ import annotations

import re

from jixiao.accounts.identity import Ctx
from jixiao.accounts.model import AccountRow, clean_name
from jixiao.accounts.prose import BRACKET
from jixiao.accounts.sangong import ABROAD, PURCHASE, RECEPTION, RUNNING, TOTAL, VEHICLES
from jixiao.accounts.sangong_stage import figure_stage
from jixiao.accounts.sangong_text import _COMPARED, _YEAR, AMOUNT, _before
from jixiao.accounts.sangong_text_sums import _identities, _one_each
from jixiao.core.findings import Finding
from jixiao.core.numbers import normalize_text

_GOES_ON = re.compile(r"^[\s,，:：]*其中")
_OF_WHICH = re.compile(r"其中")


def _sentence(r: AccountRow, text_of: dict[int, str]) -> str:
    """The words of the figure's own sentence before its amount, outside brackets; a sentence that opens with 其中
    takes the one before it along."""
    before = _before(r, text_of) + r.name
    stops = [i for i, ch in enumerate(before) if ch == "。"]
    start = stops[-1] + 1 if stops else 0
    if stops and _GOES_ON.match(before[start:]):
        start = stops[-2] + 1 if len(stops) >= 2 else 0
    return BRACKET.sub("", before[start:])


def _after(r: AccountRow, text_of: dict[int, str]) -> str:
    """The words of the figure's line after its amount and unit ("（预算数）、10.3万元…")."""
    v = r.get(AMOUNT)
    line = normalize_text(text_of.get(r.source.line) or "") if r.source.line is not None else ""
    text = v.text or ""
    at = line.find(text, len(_before(r, text_of))) if text else -1
    if at < 0:
        return ""
    rest, unit = line[at + len(text):].lstrip(), r.unit or ""
    return rest[len(unit):] if unit and rest.startswith(unit) else rest


def sentence_stage(r: AccountRow, text_of: dict[int, str]) -> str | None:
    """The stage a stated figure is of, by its label, the words after its amount, its clause and its sentence
    (``accounts.sangong_stage.figure_stage``: a sentence that names both stages settles no figure of its own)."""
    return figure_stage(clean_name(r.name), _sentence(r, text_of), _after(r, text_of))


def sentence_year(r: AccountRow, text_of: dict[int, str]) -> int | None:
    """The last year the figure's sentence names before it, outside comparisons (与2012年…相比)."""
    years = _YEAR.findall(_COMPARED.sub("", _sentence(r, text_of)))
    return int(years[-1]) if years else None


def _complete(group: list[AccountRow]) -> bool:
    """The set states the total and every item once (the vehicles as one, or by both their parts)."""
    items = {r.item for r in group}
    return _one_each(group) and {TOTAL, ABROAD, RECEPTION} <= items and (
        VEHICLES in items or {PURCHASE, RUNNING} <= items)


def _listed(rows: list[AccountRow], text_of: dict[int, str]) -> list[list[AccountRow]]:
    """Each total a line states with the items its 其中 lists after it, to the end of that sentence ("“三公”经费支出为
    163.58万元,完成预算的97.06%,其中:因公出国(境)费支出52.15万元,…;公务用车运行维护费支出104.46万元,…;国内公务接待费
    支出6.96万元,…。"): a set by the sentence's own structure, whatever stage its words leave unsaid; none whose figures
    name two stages."""
    lines: dict[int, list[tuple[int, AccountRow]]] = {}
    for r in rows:
        if r.source.line is not None:
            lines.setdefault(r.source.line, []).append((len(_before(r, text_of)), r))
    out: list[list[AccountRow]] = []
    for line, placed in lines.items():
        text = normalize_text(text_of.get(line) or "")
        placed.sort(key=lambda x: x[0])
        for k, (at, total) in enumerate(placed):
            if total.item != TOTAL:
                continue
            after = [(a, r) for a, r in placed[k + 1:] if a > at]
            if not after or not _OF_WHICH.search(text, at, after[0][0]):
                continue
            stop = text.find("。", after[0][0])
            group = [total]
            for a, r in after:
                if r.item == TOTAL or stop >= 0 and a > stop:
                    break
                group.append(r)
            stages = {sentence_stage(r, text_of) for r in group} - {None}
            if len(stages) <= 1 and _one_each(group) and TOTAL in {r.item for r in group}:
                out.append(group)
    return out


def sentence_sets(ctx: Ctx, rows: list[AccountRow], text_of: dict[int, str],
                  done: list[set[int]] | None = None) -> list[Finding]:
    """The identities of every complete set of one stage on one line, and of one stage and one year across lines;
    none that a set already checked (``done``, its rows' ids) holds."""
    if not text_of:
        return []
    sets: dict[tuple[object, ...], list[AccountRow]] = {}
    for r in rows:
        stage = sentence_stage(r, text_of)
        if stage is None:
            continue
        sets.setdefault(("line", r.source.line, stage), []).append(r)
        sets.setdefault(("year", sentence_year(r, text_of), stage), []).append(r)
    for n, group in enumerate(_listed(rows, text_of)):
        sets[("listed", n, "")] = group
    out: list[Finding] = []
    seen: list[set[int]] = list(done or [])
    for key, group in sets.items():
        ids = {id(r) for r in group}
        if not (_complete(group) or key[0] == "listed") or any(ids <= d for d in seen):
            continue
        seen.append(ids)
        out += _identities(ctx, group, f"{key[1]}年{key[2]}" if key[0] == "year" and key[1] else str(key[2]))
    return out

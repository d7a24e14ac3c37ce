"""A whole a 情况说明 sentence states and the parts its 其中 lists, in every 决算/预算 text (with its tables or without).

"本年收入合计520万元,其中:一般公共预算财政拨款收入480万元,占92.31%;事业收入30万元,占5.77%;其他收入20万元,占3.85%。"
- when every part carries its share and the shares add up to 100% (within 0.1), the list is the whole list: the whole
  must be the sum of its parts (``identity.compare``, its tolerance);
- a list complete by what its words mean is the whole list too: 税收收入 and 非税收入 make a 收入 (一般公共预算收入 =
  税收收入 + 非税收入 by definition: ``error``); a list that names its rest (其他收入, 其他支出) leaves nothing out, as
  its writer says (``suspect``: a kind may have been dropped all the same);
- a sentence that begins with 其中 lists the parts of the one amount the sentence before it states ("收入合计520万元,
  较上年增长5%。其中:…");
- otherwise the list may leave some kinds out, so parts that fall short prove nothing; but parts listed under one
  其中 are parts of the whole, and parts that add up to more than the whole (beyond the rounding of every figure)
  cannot all be: ``error`` when each part states its share of the whole (the sentence is the whole's composition),
  ``suspect`` when it does not (the writer may have listed a part of a part). A sentence with a second 其中 (a
  part's own parts) is not read: its parts may overlap.
The whole is the last line the text names before 其中 and the parts the lines it names after it, up to a clause that
goes on with the sentence's own sum (",加上级补助收入…") or states a total (收入合计…)
(``accounts.notes.stated_pattern``) outside brackets (a bracket after a part lists that part's own parts), all in
the whole's unit.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
from typing import TypeVar

from jixiao.accounts.identity import Ctx, compare
from jixiao.accounts.notes import stated_pattern
from jixiao.accounts.prose import (
    BRACKET,
    CARRIED_WORDS,
    SHARE,
    Paragraphs,
    is_change,
    last_years,
    list_end,
    share_base,
)
from jixiao.accounts.prose import where as _line_of
from jixiao.accounts.text_rates import ANY_AMOUNT
from jixiao.core.findings import Finding
from jixiao.core.numbers import HUNDRED, ZERO, half_unit, names_its_parts, parse_decimal
from jixiao.core.records import Val
from jixiao.core.source import Source

M = TypeVar("M")
_ON = re.compile(r"[,，;；]\s*加|(?:合计|总计|总额|总量)(?:为|是)?\s*\d")  # a sum that goes on, or its total
_SUBPARTS = 12  # the most sub-parts a part's own list is looked for in (linear in a long list)
_SHARE_AFTER = re.compile(r"(?:\s*" + BRACKET.pattern + ")?" + SHARE)  # past the part's bracket


def whole_part_findings(ctx: Ctx, paras: Paragraphs) -> list[Finding]:
    """Every sentence's whole against the parts its 其中 lists (see the module docstring)."""
    out: list[Finding | None] = []
    for n, (text, lines) in enumerate(paras):
        before = ""
        pieces = text.split("。")
        for k, sentence in enumerate(pieces):
            # (the text's last sentence, no stop after it: an excerpt or a page cut it, its list may go on)
            cut = n == len(paras) - 1 and k == len(pieces) - 1 and bool(sentence.strip())
            out.append(_whole_and_parts(ctx, sentence, lines, before, cut))
            out.extend(_bracketed(ctx, sentence, lines))
            before = sentence
    return [f for f in out if f]


_AMOUNT_BETWEEN = re.compile(r"\d\s*[亿万]?元")


def _bracketed(ctx: Ctx, sentence: str, lines: list[tuple[str, Source]]) -> list[Finding | None]:
    """"地方一般公共预算收入完成404633万元,同比下降0.29%(税收收入199744万元、政府非税收入204889万元)": a bracket
    that gives the parts of the amount before it (no other amount between), when its words make them the whole list
    by definition (税收收入 + 非税收入)."""
    out: list[Finding | None] = []
    for b in BRACKET.finditer(sentence):
        parts = list(stated_pattern().finditer(sentence, b.start() + 1, b.end() - 1))
        wholes = [w for w in stated_pattern().finditer(sentence, max(0, b.start() - _BRACKET_REACH), b.start())
                  if not last_years(sentence, w.start(2))]
        if len(parts) != 2 or not wholes or _AMOUNT_BETWEEN.search(sentence, wholes[-1].end(), b.start()):
            continue
        w = wholes[-1]
        if any(p.group(3) != w.group(3) for p in parts) or \
                _complete_by_words(w.group(1), [p.group(1) for p in parts]) != "error":
            continue
        vals = [Val(parse_decimal(m.group(2)), m.group(2), _line_of(lines, m.group(2))) for m in (w, *parts)]
        name, names = said_name(w), [said_name(p) for p in parts]
        out.append(compare(ctx, "total_sum", (f"情况说明：{name} = " + " + ".join(names),
                                              f"the notes: {name} = the sum of the parts in its bracket"),
                           vals[0], vals[1:], vals[0].source, name, names, blame_blank=False))
    return out


_BRACKET_REACH = 60  # characters before a bracket its whole may stand in (bounded: linear in a long sentence)


_LEADS_WITH_PARTS = re.compile(r"^[\s,，:：;；]*其中")
_TAX = ("税收收入", "非税收入")


def whole_before(sentence: str, before: str, stated: Callable[[str], list[re.Match[str]]]) -> list[re.Match[str]]:
    """The whole of a sentence that begins with 其中: the one amount of this year the sentence before it states
    (``stated`` gives a text's amounts, group 2 the figure and group 3 the unit)."""
    if not _LEADS_WITH_PARTS.match(sentence):
        return []
    found = stated(before)
    # (or several, all one figure: "…财政拨款收入629.31万元,…财政拨款支出629.31万元,比2024年减少88.85万元。其中:…", 高新's)
    return found if len(found) == 1 else found[-1:] if len({(w.group(2), w.group(3)) for w in found}) == 1 else []


def _this_years(text: str) -> list[re.Match[str]]:
    return [w for w in stated_pattern().finditer(text) if not last_years(text, w.start(2))]


def _complete_by_words(whole: str, names: list[str]) -> str | None:
    """"error" when the parts make the whole by definition (税收收入 + 非税收入 = a 收入), "suspect" when the list
    names its rest (其他收入 …, its last or any part), None when its words do not say it is the whole list."""
    if len(names) == 2 and all(n.endswith(t) for n, t in zip(names, _TAX, strict=True)) and whole.endswith("收入") \
            and not whole.endswith(_TAX):
        return "error"
    if any(n.startswith("其他") and n.endswith(("收入", "支出", "收入资金", "支出资金")) for n in names):
        return "suspect"
    return None


_CLASS_WORDS = re.compile(r"(?:预算|决算)(?:数)?$")


@lru_cache(maxsize=1)
def _classes() -> frozenset[str]:
    """The names of the functional classification's 类 (the built-in list's three-digit codes)."""
    from jixiao.accounts.codes import load_codes

    codes = load_codes(2024)
    return frozenset(n for c, n in (codes.names.items() if codes else ()) if len(c) == 3 and c.startswith("2"))


def _nested(parts: list[re.Match[str]]) -> bool:
    """The list names a part and that part's own parts at one level (财政拨款收入480万元…；一般公共预算财政拨款收入
    470万元…；政府性基金预算财政拨款收入10万元…), as its own words or figures say: a part's name ends with another's,
    or a part is the sum of the two or more listed right after it. Its parts overlap, so their sum is no whole's;
    each share is checked against its part on its own (``accounts.text``)."""
    names = [p.group(1) for p in parts]
    if any(a != b and a.endswith(b) for a in names for b in names):
        return True
    if all(_CLASS_WORDS.sub("", said_name(p)) in _classes() for p in parts):
        return False  # functional classes (类: 一般公共服务支出, 教育支出 …) are siblings, never one another's parts
    return names_its_parts([parse_decimal(p.group(2)) or ZERO for p in parts], _SUBPARTS)


_WORD_BEFORE = re.compile(r"(?:[^\d\s。;；,，:：、%()（）\"]|[(（][^()（）\d一二三四五六七八九十]{1,4}[)）]){1,24}$")
# words before a line's name that are not part of it: the year said (本年度), a heading's end (收入情况), 其中
_NOT_NAME = re.compile(r"(?:本年度|本年|今年|全年|上年|年度|年|情况|其中|包括|合计|共计)")


def said_name(m: re.Match[str]) -> str:
    """A line's name as its sentence says it: the line matched (``stated_pattern``'s first group) with the words it
    ends, where it is the tail of a longer one (因公出国(境)费支出预算 matched as 支出预算); never a year's or a
    heading's words before it (本年度预算总收入 is 预算总收入)."""
    before = _WORD_BEFORE.search(m.string, max(0, m.start(1) - 40), m.start(1))
    words = before.group() if before else ""
    cut = max((w.end() for w in _NOT_NAME.finditer(words)), default=0)
    return words[cut:] + m.group(1)


def _side(name: str) -> str | None:
    """收入 or 支出, when a line's name says which (收支 says both)."""
    sides = {w for w in ("收入", "支出") if w in name}
    return sides.pop() if len(sides) == 1 else None


_FIGURE = re.compile(ANY_AMOUNT)


def _unnamed(sentence: str, at: int, parts: list[re.Match[str]], inside: list[tuple[int, int]]) -> bool:
    """An amount of the list the accounts' names did not read as a part ("其中:中央、市区级收入29814万元,乡镇本级财政收入…,
    其他收入…": 市区级收入 is no line's name): the list read is not the whole list, whatever rest it names."""
    listed = [m for m in _FIGURE.finditer(sentence, at, parts[-1].end())
              if not any(a <= m.start() < b for a, b in inside) and not last_years(sentence, m.start())
              and not share_base(sentence, m.start()) and not is_change(sentence, m.start())]
    return len(listed) > len(parts)


# a line carried in from last year (年初结转和结余, 上年结转, 使用非财政拨款结余): a part of 收入总计 only, never of this
# year's income (收入合计959.78万元,其中:财政拨款收入549.33万元…;事业收入410.45万元…;年初结转和结余200万元, 巫山's)
_CARRIED = re.compile(CARRIED_WORDS + r"|使用非财政拨款结余|用事业基金弥补")
_FINALS_CARRIED = re.compile(r"年初(?:财政拨款)?结转和?结余")  # (the 决算 template's name: never a part of its 收入合计)
_THIS_YEARS = re.compile(r"收入合计|本年收入")  # (a budget's 部门收入预算 holds its 上年结转: no cut there)


def one_side(whole: str, parts: list[M], name_of: Callable[[M], str], total: Decimal | None = None,
             value_of: Callable[[M], Decimal | None] | None = None) -> list[M]:
    """The parts up to the first of the other side than the whole's ("收入预算A万元,其中:B收入…,C收入…,支出预算D万元":
    the income's list ends before the spending, said on after a comma), or, for this year's income (收入合计, 本年收入),
    up to the first line carried in from last year named as a 决算 names it (年初结转和结余: its 收入合计 is this year's
    alone), or named otherwise when the parts before it make the whole ``total`` exactly (a 单位预算's 收入合计 may
    hold its 上年结转收入, the parts then made with it)."""
    side, this_year = _side(whole), _THIS_YEARS.search(whole) is not None
    cut = next((k for k, p in enumerate(parts) if side is not None and _side(name_of(p)) not in (None, side)
                or this_year and _CARRIED.match(name_of(p))
                and (_FINALS_CARRIED.match(name_of(p)) is not None or _makes(parts[:k], total, value_of))), len(parts))
    return parts[:cut]


def _makes(parts: list[M], total: Decimal | None, value_of: Callable[[M], Decimal | None] | None) -> bool:
    values = [value_of(p) for p in parts] if value_of is not None else []
    return total is not None and bool(values) and None not in values and sum((v or ZERO for v in values), ZERO) == total


def _exceed(whole: Val, parts: list[Val]) -> bool:
    """The parts add up to more than the whole, beyond the rounding of every figure as printed."""
    figures = [whole, *parts]
    if any(v.dec is None for v in figures):
        return False
    slack = sum((half_unit(v.text) for v in figures), ZERO)
    return sum((v.dec or ZERO for v in parts), ZERO) - (whole.dec or ZERO) > slack


def made_early(whole: Val, parts: list[Val]) -> bool:
    """The list's first few parts make the whole exactly and the two or more after them come near it once more: the
    sentence went on to another split of the whole, and no sum of them all is the whole's ("收入预算总额6488440元,其中,
    人员经费为6157140元,日常公用经费为331300元,2016年预算中财政补助收入为6404400元,其他收入为80000元", 津市五中's: by kind,
    then by source). A small rest is a part of the one list (…,事业收入986.92万元,…,其他收入0.10万元: over the whole)."""
    whole_dec = whole.dec or ZERO
    return any(sum((v.dec or ZERO for v in parts[:k]), ZERO) == whole_dec
               and 2 * sum((v.dec or ZERO for v in parts[k:]), ZERO) > whole_dec for k in range(2, len(parts) - 1))


# a clause that gives the part before it its own part ("财政拨款收入751.8万元,占…9.7%,包括一般公共预算收入751.8万元;…",
# 上犹's): no part of the whole
_SUBPART = re.compile(r"[\s,，;；:：]*(?:包括|含)")
_CLAUSE_MARK = re.compile(r"[,，;；:：、]")


# … or a list of the part's own after its amount ("其中:本年收入1486.65万元,主要是一般公共预算拨款1479.2万元,政府性基金预算
# 拨款7.45万元,…;上年结转收入1331.11万元,主要是…", 荣昌万灵's): its items, up to the semicolon that ends the part, are
# not parts of the whole
_SUBLIST = re.compile(r"[,，:：]\s*(?:主要(?:是|为|有|包括)|包括|含)")


def _in_sublist(sentence: str, lo: int, at: int) -> bool:
    """The amount at ``at`` stands after a sub-list's opening in its part's stretch (from the last semicolon, or the
    其中 at ``lo``), an amount of the part's own before the opening."""
    start = max(lo, sentence.rfind(";", lo, at), sentence.rfind("；", lo, at))
    opens = _SUBLIST.search(sentence, start, at)
    return opens is not None and _FIGURE.search(sentence, start, opens.start()) is not None


def _clause_start(sentence: str, at: int) -> int:
    """Where the clause of the amount at ``at`` begins (after the last separator before it)."""
    return max((m.end() for m in _CLAUSE_MARK.finditer(sentence, max(0, at - 40), at)), default=max(0, at - 40))


def _one_over(ctx: Ctx, w: re.Match[str], p: re.Match[str], lines: list[tuple[str, Source]]) -> Finding | None:
    """The one part a 其中 lists over its whole, beyond the rounding of both as printed ("…财政拨款支出629.31万元…。
    其中:基本支出768.93万元", 高新's): no part of a whole is more than it. Suspect: the text, not a table, ties them."""
    whole, part = (Val(parse_decimal(m.group(2)), m.group(2), _line_of(lines, m.group(2))) for m in (w, p))
    if p.group(3) != w.group(3) or not _exceed(whole, [part]):
        return None
    name, names = said_name(w), [said_name(p)]
    found = compare(ctx, "total_sum", (f"情况说明：{name}的其中一项{names[0]}超过总额",
                                       f"the notes: {names[0]}, listed under {name}, exceeds it"),
                    whole, [part], whole.source, name, names, blame_blank=False)
    return None if found is None else replace(found, severity="suspect")


def _whole_and_parts(ctx: Ctx, sentence: str, lines: list[tuple[str, Source]], before: str = "",
                     cut: bool = False) -> Finding | None:
    at = sentence.find("其中")
    if at < 0:
        return None
    # never last year's amount (比上年本年支出合计500万元, 上年财政拨款收入450万元): no whole, no part of this year's
    # nor an amount in a bracket before it ("年初预算数761.21万元(含上年结转5.01万元),其中:…", 綦江's): the bracket
    # remarks on the amount it follows, which is the whole
    said = [(b.start(), b.end()) for b in BRACKET.finditer(sentence, 0, at)]
    whole = [w for w in stated_pattern().finditer(sentence, 0, at) if not last_years(sentence, w.start(2))
             and not any(a <= w.start(2) < b for a, b in said)] or whole_before(sentence, before, _this_years)
    on = _ON.search(sentence, at)  # (…,加上级补助收入…,收入合计…: the sentence goes on past the list)
    end = on.start() if on else len(sentence)
    end = list_end(sentence, at, at, end)  # (其中:基本支出…,项目支出…),决算支出…: the list ends with its bracket
    inside = [(b.start(), b.end()) for b in BRACKET.finditer(sentence, at, end)]
    parts = [p for p in stated_pattern().finditer(sentence, at, end)
             if not any(a <= p.start() < b for a, b in inside) and not last_years(sentence, p.start(2))
             and not share_base(sentence, p.start(2))  # (占本年支出520万元的: the share's whole, no part)
             and not _SUBPART.match(sentence, _clause_start(sentence, p.start(2)))
             and not _in_sublist(sentence, at, p.start(2))]
    if not whole or not parts:
        return None
    w = whole[-1]
    parts = one_side(w.group(1), parts, lambda p: p.group(1), parse_decimal(w.group(2)), lambda p: parse_decimal(p.group(2)))
    if len(parts) == 1:
        return _one_over(ctx, w, parts[0], lines)
    if len(parts) < 2:
        return None
    if any(p.group(3) != w.group(3) for p in parts):
        return None
    shares = [_SHARE_AFTER.match(sentence, p.end()) for p in parts]
    complete = all(shares) and abs(sum((Decimal(s.group(1)) for s in shares if s), ZERO) - HUNDRED) <= Decimal("0.1") \
        and not cut  # (a list the text's end cuts is not known whole, whatever its shares say)
    by_words = None if complete or sentence.count("其中") > 1 or _unnamed(sentence, at, parts, inside) else \
        _complete_by_words(w.group(1), [p.group(1) for p in parts])

    def val(m: re.Match[str]) -> Val:
        return Val(parse_decimal(m.group(2)), m.group(2), _line_of(lines, m.group(2)))

    name, names = said_name(w), [said_name(p) for p in parts]
    what = (f"情况说明：{name} = " + " + ".join(names), f"the notes: {name} = the sum of the items listed under it")
    if complete:
        return compare(ctx, "total_sum", what, val(w), [val(p) for p in parts], _line_of(lines, w.group(2)),
                       name, names, blame_blank=False)
    if by_words and made_early(val(w), [val(p) for p in parts]):
        return None
    if by_words and not _exceed(val(w), [val(p) for p in parts]):  # (parts over the whole: said below, as any list)
        found = compare(ctx, "total_sum", what, val(w), [val(p) for p in parts], _line_of(lines, w.group(2)),
                        name, names, blame_blank=False)
        return replace(found, severity="suspect") if found and found.severity == "error" and by_words == "suspect" \
            else found
    if sentence.count("其中") > 1 or [p.group(1)[:4] for p in parts] == ["基本支出", "项目支出"]:
        return None  # (the two kinds of spending whose shares do not make 100%: ``accounts.kind_split``'s)
    if _nested(parts):
        return None
    figures = [val(m) for m in (w, *parts)]
    if not _exceed(figures[0], figures[1:]) or made_early(figures[0], figures[1:]):
        return None  # within the whole (a list may leave kinds out), or within the figures' rounding
    found = compare(ctx, "total_sum", (what[0] + "（所列各项之和超过总额）", what[1] + " (the parts exceed the whole)"),
                    figures[0], figures[1:], _line_of(lines, w.group(2)), name, names, blame_blank=False)
    return found if found is None or all(shares) or by_words == "error" else replace(found, severity="suspect")

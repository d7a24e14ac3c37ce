"""A whole and the parts its 其中 lists, whatever the text calls them: the amounts themselves, not the lines' names.

``accounts.notes_whole`` checks the lists whose whole and parts are lines the accounts tables know by name (本年收入合计,
一般公共预算财政拨款收入 …). Reports and 说明 name their wholes and parts in their own words as often ("全镇一般财政公共总
收入实现11335万元,同比增长35.24%。其中:中央、市区级收入6830万元,乡镇本级财政收入4505万元", "政府性基金收入总计3319
万元,其中本级收入103万元,上级补助收入1331万元,上年结余1885万元", "政府办公室及相关机构支出14557942.17元,…。其中行政
运行10279419.17元,…"). Here every amount counts, named by the words before it:

- the whole is the last amount of this year its sentence states before 其中 (or, in a sentence that opens with 其中,
  the one amount the sentence before it states); the parts are the amounts after 其中, up to a clause that goes on
  with the sentence's own sum (",加…") or states a new total (…支出总计N), outside brackets (a part's own parts),
  each in the whole's unit;
- never an amount said as a change or a comparison (增加/减少/增收/比上年/较预算 …), last year's, or the whole a share
  is of (占…的);
- a list whose parts carry shares that make 100% is the whole list, and so is a spending split into 基本支出 and
  项目支出 with nothing after them: the whole must be their sum; any other list may
  leave kinds out, so parts that fall short prove nothing, but parts that add up to more than the whole (beyond
  the rounding of every figure) cannot all be its parts.
A sentence with a second 其中, or a list that names a part and that part's own parts (``notes_whole._nested``), is not
read. Always ``suspect``: the parts are read by position, not by names the accounts define; only a failure is
recorded among the identities made (a list by the accounts' names is ``notes_whole``'s, made there).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from jixiao.accounts.identity import Ctx, compare
from jixiao.accounts.notes_whole import (
    _ON,
    _SUBPARTS,
    _complete_by_words,
    _exceed,
    _nested,
    made_early,
    one_side,
    whole_before,
)
from jixiao.accounts.prose import (
    BRACKET,
    CHANGE_WORDS,
    NUMBER_START,
    YEAR_WORD,
    Paragraphs,
    last_years,
    list_end,
    share_base,
)
from jixiao.accounts.prose import where as _line_of
from jixiao.core.findings import Finding
from jixiao.core.numbers import HUNDRED, ZERO, parse_decimal
from jixiao.core.records import Val

# an amount and the words before it back to the last stop (its name, kept as printed)
_AMOUNT = re.compile(r"([^\d。;；,，:：、()（）%]{0,30}?)" + NUMBER_START + r"(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)")
# words other than 其中 that open a sentence's list of its whole's parts (once in the sentence)
# (… or 分别为, or a split by the code list's classes: "支出预算总额500万元,按功能分类:一般公共服务支出300万元,…")
_LISTS = re.compile(r"包括|主要用于(?:以下|如下)?(?:几个)?(?:方面)?\s*[:：]|具体(?:如下|为|是)\s*[:：]|分别[为是]"
                    r"|按(?:支出)?(?:功能|经济)(?:科目)?分类(?:科目)?(?:划分|统计|看)?\s*[:：,，]")
_NAME_ENDS = re.compile(r"^(?:[\s度月日.．]|" + YEAR_WORD + r")+|(?:为|是|达到?|共计|完成|实现|安排)+$")


def _name(words: str) -> str:
    return _NAME_ENDS.sub("", words.strip()).strip()


def _own(sentence: str, m: re.Match[str]) -> bool:
    """An amount of the sentence's own year, stated as a figure (not a change, not last year's, not a share's whole)."""
    return not CHANGE_WORDS.search(m.group(1)) and not last_years(sentence, m.start(2)) and \
        not share_base(sentence, m.start(2))


def _amounts(sentence: str, lo: int, hi: int) -> list[re.Match[str]]:
    inside = [(b.start(), b.end()) for b in BRACKET.finditer(sentence, lo, hi)]
    return [m for m in _AMOUNT.finditer(sentence, lo, hi)
            if not any(a <= m.start(2) < b for a, b in inside) and _own(sentence, m)]


def any_list_findings(ctx: Ctx, paras: Paragraphs) -> list[Finding]:
    """Every sentence's whole against the parts its 其中 lists, by their amounts (see the module docstring)."""
    out: list[Finding] = []
    sentences = [(sentence, i, lines) for i, (text, lines) in enumerate(paras) for sentence in text.split("。") if sentence.strip()]
    before, para = "", -1
    for sentence, i, lines in _run_on(sentences):
        if i != para:
            before, para = "", i
        for piece in _pieces(sentence):
            if (f := _whole_and_parts(ctx, piece, before, lines)) is not None:
                out.append(f)
            before = piece
    return out


_OPENS = re.compile(r"[\s:：,，]*")


def _run_on(sentences: list[tuple[str, int, list]]) -> list[tuple[str, int, list]]:  # type: ignore[type-arg]
    """The sentences (each with its paragraph and lines), a list that goes on over sentences joined into the one its
    其中 opens ("…下降0.2%。其中:\n工资福利支出A元,占基本支出81.45%,…。商品和服务支出B元,占基本支出17.99%,…。"): a 其中 with
    nothing or one part after it in its sentence, and the sentences after it (in its paragraph or the next ones) that
    are each one part and its remarks, every part with its share (the mark of a list of one whole's parts, in a 说明
    that gives each class its own sentence). A sentence that is anything else (a list number, a second 其中, a part
    without its share) ends the list."""
    out: list[tuple[str, int, list]] = []  # type: ignore[type-arg]
    joining, numbered = False, 0
    for sentence, i, lines in sentences:
        n = _NUMBERED.match(sentence) if joining and "其中" not in sentence else None
        part = _numbered_part(sentence, n.end()) if n and int(n.group(1) or n.group(2)) == numbered + 1 else None
        if part is not None or joining and not numbered and "其中" not in sentence and _lone_part(sentence, 0):
            text, at, had = out[-1]
            glue = "" if text.endswith(("其中", ":", "：")) else "；"
            # (a numbered part's own remarks left out: "1.财政拨款收入364.5594万元,为一般公共预算资金")
            out[-1] = (text + glue + (part or sentence), at, had if lines is had else had + lines)
            numbered += part is not None
            continue
        numbered = 0
        at = sentence.find("其中")
        start = at + 2 + len(_OPENS.match(sentence, at + 2).group()) if at >= 0 else 0  # type: ignore[union-attr]
        joining = at >= 0 and sentence.count("其中") == 1 and (
            start == len(sentence) or _lone_part(sentence, start) is not None)
        out.append((sentence, i, lines))
    return out


# a part numbered in the list its 其中 opens, one a line ("其中:" ⏎ "1.财政拨款收入364.5594万元,为一般公共预算资金。" ⏎
# "2.事业收入50.7050万元,为…。", 甘肃张家川's 决算说明): the numbers in turn from 1
_NUMBERED = re.compile(r"\s*(?:(\d{1,2})[.、．]|[(（](\d{1,2})[)）])(?!\d)")


def _first_amount(sentence: str, lo: int) -> tuple[list[tuple[int, int, str]], re.Match[str]] | None:
    """The clauses of sentence[lo:] and the one amount of this year its first clause states, nothing but a bracket
    after its unit; None when the first clause states none, or several."""
    clauses = _clauses(sentence, lo, len(sentence))
    if not clauses:
        return None
    a, b, _ = clauses[0]
    amounts = list(_AMOUNT.finditer(sentence, a, b))
    if len(amounts) != 1 or not _own(sentence, amounts[0]) or not _TAIL.match(sentence[amounts[0].end():b]):
        return None
    return clauses, amounts[0]


def _numbered_part(sentence: str, lo: int) -> str | None:
    """The part a numbered sentence states: its first clause (``_first_amount``), when its other clauses state no
    amount of their own (remarks on what the part is); None otherwise."""
    first = _first_amount(sentence, lo)
    if first is None:
        return None
    clauses, _ = first
    if any(_own(sentence, m) for x, y, _ in clauses[1:] for m in _AMOUNT.finditer(sentence, x, y)):
        return None
    return sentence[clauses[0][0]:clauses[0][1]]


def _lone_part(sentence: str, lo: int) -> re.Match[str] | None:
    """The one part sentence[lo:] states (``_first_amount``), with its share, when all else in it is the part's
    remarks."""
    first = _first_amount(sentence, lo)
    if first is None:
        return None
    clauses, m = first
    a, b, _ = clauses[0]
    if _EXPLAINS.match(sentence[a:b]) or _LIST_NO.search(sentence[a:b]) or not _PART_SHARE.match(sentence, m.end()):
        return None
    return m if all(_remark(sentence[x:y], sentence, x) for x, y, _ in clauses[1:]) else None


_CLAUSE_STOP = re.compile(r"[;；]")


def _pieces(sentence: str) -> list[str]:
    """The sentence cut before each further whole and its own 其中 ("收入总计A万元,其中…;支出总计B万元,其中…": at the
    last ；before a 其中 with an amount between them); a 其中 with no amount of its own before it stays (a part's own
    list: the sentence is not read)."""
    cuts = [0]
    for m in re.finditer("其中", sentence):
        if m.start() <= cuts[-1]:
            continue
        stops = [s.end() for s in _CLAUSE_STOP.finditer(sentence, cuts[-1], m.start())]
        if stops and _amounts(sentence, stops[-1], m.start()) and sentence.find("其中", cuts[-1], stops[-1]) >= 0:
            cuts.append(stops[-1])
    return [sentence[a:b] for a, b in zip(cuts, [*cuts[1:], len(sentence)], strict=True)]


_SEP = re.compile(r"[，;；]|(?<!\d),|,(?!\d{3}(?!\d))")  # (never the thousands' comma of 1,196.3万元)
_PERCENT_ONLY = re.compile(r"^[^\d]*\d+(?:\.\d+)?\s*[%％]$")  # 占5.35%, 同比增长10.1%, 完成预算的98%
_LIST_NO = re.compile(r"(?:^|[^\d])\d{1,2}[、.．](?!\d)|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]")
_EXPLAINS = re.compile(r"^\s*(?:主要|用于|包括|含|即|系|指|如)")  # a clause that explains the part before it
_TAIL = re.compile(r"^\s*(?:[(（][^()（）]*[)）])?\s*$")  # after a part's unit: nothing, or a closed bracket


def _clauses(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The clauses of text[lo:hi] (start, end, the separator that ends it)."""
    out, at = [], lo
    for m in _SEP.finditer(text, lo, hi):
        out.append((at, m.start(), m.group()))
        at = m.end()
    out.append((at, hi, ""))
    return [piece for c in out if text[c[0]:c[1]].strip() for piece in _enumerated(text, *c)]


def _enumerated(text: str, lo: int, hi: int, after: str) -> list[tuple[int, int, str]]:
    """A clause of several amounts set off by 、 ("财政拨款6366万元、事业收入105852.1万元、其他收入3000万元"), cut at each 、
    that closes an amount; a 、 inside a name (中央、市区级收入29814万元) stays. One amount or none: the clause whole."""
    if len(_AMOUNT.findall(text, lo, hi)) < 2:
        return [(lo, hi, after)]
    out, at = [], lo
    for m in re.finditer("、", text[lo:hi]):
        cut = lo + m.start()
        if _AMOUNT.search(text, at, cut) and re.search(r"元\s*$", text[at:cut]):
            out.append((at, cut, "、"))
            at = cut + 1
    out.append((at, hi, after))
    return [piece for a, b, sep in out for piece in _glued(text, a, b, sep)]


def _glued(text: str, lo: int, hi: int, after: str) -> list[tuple[int, int, str]]:
    """A clause whose parts lost their separator ("文化旅游体育与传媒支出707.81万元社会保障和就业80.39万元"): cut after an
    amount's unit that the next part's name follows, up to its own amount (a name of Chinese words only; words that go
    on with the amount before it, 比上年增加12万元, are a change the list's reading then takes as no part). The cut
    keeps the clause's own separator, none of its own."""
    found = list(_AMOUNT.finditer(text, lo, hi))
    if len(found) < 2:
        return [(lo, hi, after)]
    out, at = [], lo
    for m in found[:-1]:
        nxt = _AMOUNT.match(text, m.end(), hi)
        name = nxt.group(1) if nxt else ""
        if nxt and re.fullmatch(r"[一-龥]{2,24}", name):
            out.append((at, m.end(), ""))
            at = m.end()
    out.append((at, hi, after))
    return out


def _remark(clause: str, sentence: str, at: int) -> bool:
    """A clause that goes with the figure before it: a share or rate, or a change said as an amount."""
    if _PERCENT_ONLY.match(clause.strip()):
        return True
    m = _AMOUNT.search(sentence, at, at + len(clause))
    return m is not None and not _own(sentence, m)


def _in_bracket(sentence: str, at: int) -> bool:
    """Whether ``at`` stands inside a bracket opened before it in the sentence (closed after it, or never)."""
    depth = 0
    for ch in sentence[:at]:
        depth += ch in "(（"
        depth -= ch in ")）" and depth > 0
    return depth > 0


def _list(sentence: str, lo: int, hi: int) -> list[re.Match[str]] | None:
    """The parts listed from ``lo``: the run of clauses each an amount and its name (a share, rate or change clause
    may follow each), with one separator throughout; it ends at the first other clause (a remark, "主要用于…"), a
    list number, a colon or another separator. None when a clause holds two amounts or words after its amount."""
    parts: list[re.Match[str]] = []
    sep: str | None = None
    clauses = _clauses(sentence, lo, hi)
    skip = 0
    for i, (a, b, after) in enumerate(clauses):
        clause = sentence[a:b]
        if i < skip or parts and _remark(clause, sentence, a):
            continue
        if parts and _EXPLAINS.match(clause) and (skip := _own_parts_end(sentence, clauses, i, parts[-1])):
            continue
        amounts = list(_AMOUNT.finditer(sentence, a, b))
        if parts and amounts and all(_in_bracket(sentence, x.start(2)) for x in amounts):
            continue  # "…4404.78亿元,占总支出的67%(包括一般性转移支付3030.61亿元,…)": the part's own parts, no part
        if _EXPLAINS.match(clause) or len(amounts) != 1 or _LIST_NO.search(clause) or re.search("[:：]", clause[:amounts[0].start(2) - a]
                                                                        if parts else ""):
            break
        m = amounts[0]
        if not _own(sentence, m) or not _TAIL.match(sentence[m.end():b]):
            return None if not _own(sentence, m) and not parts else parts
        parts.append(m)
        if sep is not None and after and after != sep and {after, sep} != {"，", ","}:
            break
        sep = sep or after or None
    return parts


def _own_parts_end(sentence: str, clauses: list[tuple[int, int, str]], i: int, part: re.Match[str]) -> int:
    """Where a part's own list ends, when the clauses from ``i`` on, the first one explaining the part before them
    ("一般性转移支付收入1937万元,主要是体制补助收入150万元,结算补助收入1745万元,其他一般转移支付收入42万元;专项…"),
    each state one amount in its unit and two or more of them add up to that part exactly: the figures themselves say
    they are its parts, and the list goes on after them. 0 when they do not (the list ends there, as before)."""
    whole, run = parse_decimal(part.group(2)), ZERO
    for n, (a, b, _) in enumerate(clauses[i:i + _SUBPARTS], 1):
        amounts = list(_AMOUNT.finditer(sentence, a, b))
        if len(amounts) != 1 or amounts[0].group(3) != part.group(3) or not _own(sentence, amounts[0]) or \
                whole is None:
            return 0
        run += parse_decimal(amounts[0].group(2)) or ZERO
        if run > whole:
            return 0
        if run == whole:
            return i + n if n >= 2 else 0
    return 0


# a part's share, its whole named with or without 的 ("占基本支出预算81.45%", "占比5%", "占…的75%")
_PART_SHARE = re.compile(r"(?:\s*" + BRACKET.pattern + r")?\s*(?:[,，]\s*)?占[^\d,，。;；%]{0,14}?\s*(\d+(?:\.\d+)?)\s*%")
_BLANK_SHARE = re.compile(r"\s*(?:[,，]\s*)?占[^\d,，。;；%％]{0,14}?\s*[%％]")  # 占% (its figure left out)
_KINDS = (re.compile(r"^基本支出"), re.compile(r"^项目(?:支出)?"))


def _two_kinds(sentence: str, w: re.Match[str], parts: list[re.Match[str]]) -> bool:
    """A spending split into 基本支出 and 项目支出 and nothing more said after them in the sentence: the whole by
    definition (every line of a unit's spending is one or the other; a 决算 that adds 上缴上级支出 says it after them)."""
    return "支出" in w.group(1) and len(parts) == 2 and all(
        k.match(_name(p.group(1))) for k, p in zip(_KINDS, parts, strict=True)) and not _amounts(
        sentence, parts[-1].end(), len(sentence))


def _whole_and_parts(ctx: Ctx, sentence: str, before: str, lines: list) -> Finding | None:  # type: ignore[type-arg]
    at, lead = sentence.find("其中"), 2
    if at < 0 and "其中" not in before and len(said := list(_LISTS.finditer(sentence))) == 1:
        # "收入预算总计115218.1万元,…,包括财政拨款6366万元、事业收入…、其他收入3000万元"; "…支出1264.92万元,主要用于
        # 以下方面:社会保障和就业支出67.64万元,占5.35%;…"
        at, lead = said[0].start(), len(said[0].group())
    if at < 0 or sentence.count("其中") > 1:
        return None
    wholes = _amounts(sentence, 0, at)
    wholes = wholes or whole_before(sentence, before, lambda text: _amounts(text, 0, len(text)))
    # the whole's clause is the one right before 其中, but for its share, rate or change
    if not wholes or wholes[-1].end() <= at and any(
            not _remark(sentence[a:b], sentence, a) for a, b, _ in _clauses(sentence, wholes[-1].end(), at)
            if sentence[a:b].strip(" ,，:：")):
        return None
    on = _ON.search(sentence, at + lead)
    end = on.start() if on else len(sentence)
    end = list_end(sentence, at, at, end)  # (其中:…): the list ends with its bracket
    start = at + lead + len(re.match(r"[\s:：,，]*", sentence[at + lead:]).group())  # type: ignore[union-attr]
    parts = _list(sentence, start, end)
    w = wholes[-1]
    parts = None if parts is None else one_side(_name(w.group(1)), parts, lambda p: _name(p.group(1)),
                                                parse_decimal(w.group(2)), lambda p: parse_decimal(p.group(2)))
    if parts is None or len(parts) < 2 or any(p.group(3) != w.group(3) for p in parts) or _nested(parts):
        return None
    shares = [_PART_SHARE.match(sentence, p.end()) for p in parts]
    # (a share left blank, a template's 占%, beside shares that make 100% already: that part's share is nothing)
    complete = any(shares) and all(s or _BLANK_SHARE.match(sentence, p.end()) for s, p in zip(shares, parts)) and abs(
        sum((Decimal(s.group(1)) for s in shares if s), ZERO) - HUNDRED) <= Decimal("0.1")

    def val(m: re.Match[str]) -> Val:
        return Val(parse_decimal(m.group(2)), m.group(2), _line_of(lines, m.group(2)))

    figures = [val(m) for m in (w, *parts)]
    complete = complete or _two_kinds(sentence, w, parts) or _complete_by_words(
        _name(w.group(1)), [_name(p.group(1)) for p in parts]) is not None  # (…其他收入资金23万元: the list's rest named)
    if not complete and not _exceed(figures[0], figures[1:]) or made_early(figures[0], figures[1:]):
        return None  # a list may leave kinds out: only parts over the whole prove a mistake
    name = _name(w.group(1)) or "总额"
    names = [_name(p.group(1)) or "某项" for p in parts]
    what = (f"情况说明：{name} = " + " + ".join(names) + ("" if complete else "（所列各项之和超过总额）"),
            f"the notes: {name} = the sum of the amounts listed under it" + ("" if complete else " (they exceed it)"))
    # (only a failure is recorded: a list by the accounts' own names is ``notes_whole``'s too, made once there)
    found = compare(Ctx(ctx.document, ctx.tolerance), "total_sum", what, figures[0], figures[1:], figures[0].source,
                    name, names, blame_blank=False)
    if found is None or found.severity == "info":
        return None
    return ctx.record("total_sum", what[0], replace(found, severity="suspect"))

"""The end of a project form (a page that begins inside its indicator rows) read by the grammar of its rows.

Read under a template's header (``streamheadless``), a headless block is kept only when its weights make the sum
the form leaves the indicators. The END of a form cannot: the rows above the page's first line are not there, so
its weights sum to less. Its rows still say where their columns are when they print the 指标性质 column (the 2021
templates, 四川's 部门预算项目支出绩效自评表): ``三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分``, the nature a
sign of its own (= ≥ ≤ > < 定性 定量). After the sign come the target and its unit (none for 定性: 优良中低差), then
what the row was scored with. The weight is printed when the targets are set; the actual and the score when the
year is scored, together. So one number after the target is the weight (完成值 and 得分 blank, collapsed away);
three are the actual, the weight and the score; a text (完成, 达标) before the numbers is the actual, and the
numbers after it the weight, then the score. Two numbers alone (the actual and the weight, or the weight and the
score) cannot be told apart: such a row's numbers are not read, and that is said. A sign printed inside its target's
cell (≥90%: no 指标性质 column) says less: a form may have no weight column at all (湖北's and 云南's 20-point forms), so
one number there is a weight or a score, and is not read, unless the form's total row holds one number, 100, and
no actual stands beside the row's number: then, the total weight or a full total score (each score equal to its
weight), the lone numbers are the weights either way (合计 37 over 9, 8.5 …: scores, not read). Two after an actual,
or three, are read.

What is read is said, and the block is marked half read (its first rows are not in the file): no sum over it is
checked, and its total row's one number, over rows none of which holds a score, is the total weight, never a
score."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from jixiao.core.records import HALF_READ, MISSING, Document, IndicatorRow, Val
from jixiao.read.recognise.common import problem
from jixiao.read.recognise.formspec import LEVEL1, LEVEL2, STOP_LABELS, TOTAL_LABELS, UNITS
from jixiao.read.recognise.streamtailpair import rows_by_ending
from jixiao.read.recognise.streamtailtwo import Pair, place_by_total
from jixiao.read.recognise.tokens import Token, number, token_num

HUNDRED = Decimal(100)  # the whole form's points: a total row holding 100 alone is its weight or a full score
NATURES = frozenset(("=", "＝", "≥", "≤", ">", "<", "＞", "＜", ">=", "<=", "定性", "定量"))
_ENDS = (*TOTAL_LABELS, *STOP_LABELS)


def _val(tok: Token) -> Val:
    return Val(tok.text, tok.text, tok.source)


def _end(toks: Sequence[Token]) -> int:
    """Where the rows end: the total row or the form's closing rows."""
    return next((k for k, t in enumerate(toks) if t.text.startswith(_ENDS)), len(toks))


_L1 = sorted((a for a in LEVEL1 if a.endswith("指标")), key=len, reverse=True)
_L2 = sorted((a for a in LEVEL2 if a.endswith("指标")), key=len, reverse=True)
_POINTS = re.compile(r"^[(（]\d+(?:\.\d+)?分[)）]")


def _peel(text: str, labels: list[str]) -> tuple[str, str]:
    """The level label ``text`` opens with (its printed points too: 产出指标(50分)), and the rest; ("", text) if none."""
    lab = next((a for a in labels if text.startswith(a) and len(text) > len(a)), None)
    if lab is None:
        return "", text
    points = _POINTS.match(text[len(lab):])
    lab += points.group(0) if points else ""
    return lab, text[len(lab):]


def _names(texts: list[Token]) -> tuple[Token | None, Token | None, Token | None]:
    """A row's leading texts as its first level, second level and name: the levels where the text opens with their
    labels, wherever a PDF's spaces broke the words (服务对象 满意度指标 群众满意度)."""
    if not texts:
        return None, None, None
    src = texts[0].source
    l1, rest = _peel("".join(t.text for t in texts), _L1)
    l2, rest = _peel(rest, _L2)
    return (Token(l1, src) if l1 else None, Token(l2, src) if l2 else None, Token(rest, src) if rest else None)


# A cell run together: the name, the sign and the target with its unit (足额保障率=100%, ≤10次, 年度成本≤30万元).
_GLUED = re.compile(r"^(.*?)(≥|≤|＝|=|＞|＜|>=|<=|>|<)(\d[\d.,]*)(\D{0,4})$")


def unglue(toks: Sequence[Token]) -> tuple[list[Token], set[int]]:
    """The tokens with each run-together ``name sign target unit`` split into its cells, and where the signs so split
    stand (a sign printed inside its target's cell: no 指标性质 column)."""
    out: list[Token] = []
    glued: set[int] = set()
    for t in toks:
        m = _GLUED.match(t.text) if t.text not in NATURES else None
        if m is None:
            out.append(t)
            continue
        name, sign, target, unit = m.groups()
        out.extend([Token(name, t.source)] if name else [])
        glued.add(len(out))
        out.extend(Token(x, t.source) for x in (sign, target, unit) if x)
    return out, glued



def rows_by_nature(toks: Sequence[Token], weighted: bool = False,
                   pairs: list[Pair] | None = None) -> tuple[list[IndicatorRow], int] | None:
    """The rows from the start of ``toks`` to its total row, each read after its 指标性质 sign; with the number of rows
    whose figures could not be told apart. None unless every row prints its sign (at least two rows). ``weighted``:
    the total row holds 100 alone (the total weight, or a full score whose every row's score is its weight), so a
    lone number after a sign inside its target's cell, no actual beside it, is the row's weight either way. ``pairs``
    collects the rows left with two numbers alone, for the total to place (``streamtailtwo``)."""
    toks, glued = unglue(toks)
    end = _end(toks)
    signs = [k for k in range(end) if toks[k].text in NATURES]
    if len(signs) < 2:
        return None
    rows: list[IndicatorRow] = []
    unclear = 0
    lead = 0
    for n, s in enumerate(signs):
        names = [t for t in toks[lead:s] if t.number is None]
        if not names or len(names) != s - lead:
            return None  # a number before the sign: not a row of this grammar
        stop = signs[n + 1] if n + 1 < len(signs) else end
        seg = list(toks[s + 1 : stop])
        if not seg:
            return None
        target, after = seg[0], seg[1:]
        unit = ""
        if after and after[0].number is None and after[0].text in UNITS:
            unit, after = after[0].text if target.number is not None else "", after[1:]
        sign = toks[s].text if target.number is not None and toks[s].text not in ("定性", "定量") else ""
        target = Token(f"{sign}{target.text}{unit}", target.source)  # the target as the 2020 template prints it: ≥90%
        nums = 0  # the row's figures: a text first only when numbers follow it (an actual: 完成 | 90 | 90)
        while nums < len(after) and (after[nums].number is not None or nums == 0 and len(after) > 1
                                     and after[1].number is not None):
            nums += 1
        figures, lead = after[:nums], s + 1 + (len(seg) - len(after)) + nums
        if n + 1 < len(signs):  # the texts left before the next sign are that row's level labels and name
            nxt_names = [t for t in toks[lead : signs[n + 1]] if t.number is None]
            if len(nxt_names) != signs[n + 1] - lead:
                return None
        l1, l2, name = _names(names)
        if name is None:
            return None
        row = IndicatorRow(level1=_val(l1) if l1 else MISSING, level2=_val(l2) if l2 else MISSING,
                           level3=_val(name), target=_val(target), source=name.source)
        actual_text = figures[:1] if figures and figures[0].number is None else []
        numbers = figures[len(actual_text):]
        if any(t.number is None for t in numbers) or len(numbers) > 3:
            return None
        own = s not in glued  # the sign in a 指标性质 cell of its own: the template whose every row prints its weight
        if actual_text:
            row.actual = _val(actual_text[0])
            if len(numbers) == 2 or len(numbers) == 1 and own:
                row.weight = token_num(numbers[0])
                row.score = token_num(numbers[1]) if len(numbers) == 2 else row.score
            elif numbers:
                unclear += 1
        elif len(numbers) == 1 and (own or weighted):
            row.weight = token_num(numbers[0])
        elif len(numbers) == 3:
            row.actual, row.weight, row.score = token_num(numbers[0]), token_num(numbers[1]), token_num(numbers[2])
        elif numbers:
            unclear += 1
            if pairs is not None and len(numbers) == 2:
                pairs.append((row, numbers[0], numbers[1]))
        rows.append(row)
    return rows, unclear


BY_NATURE = ("指标表没有表头：各行按指标性质（=、≥、≤、定性）之后的栏目顺序读取（指标值、度量单位、完成值、权重、得分）；"
             "只有一个数值的行为权重（完成值、得分未填）",
             "the indicator rows have no header: each read by the columns after its nature sign (target, unit, actual, "
             "weight, score); a row with one number holds its weight (actual and score blank)")
BY_ENDING = ("指标表没有表头：各行以权重、得分两个数值结束（得分不高于权重），其前为实际完成值、年度指标值和指标名称（财政部模板的栏目顺序）",
             "the indicator rows have no header: each closes in its weight and score (the score not above the weight), "
             "after its actual, target and name (the 财政部 template's column order)")


def _total_is_whole(toks: Sequence[Token]) -> bool:
    """The total row holds one number, 100 (合计 | 100, 合计100)."""
    end = _end(toks)
    if end == len(toks) or not toks[end].text.startswith(TOTAL_LABELS):
        return False
    glued = toks[end].text[len(next(a for a in TOTAL_LABELS if toks[end].text.startswith(a))):]
    nums = [t.number for t in toks[end + 1 : end + 3] if t.number is not None] if not glued else [number(glued)]
    return nums[:1] == [HUNDRED] and (len(nums) == 1 or glued != "")


def read_tail_rows(toks: list[Token], doc: Document) -> bool:
    """The end of a form read by its rows' grammar (``rows_by_nature``) into ``doc``: whether any row's weight was
    read. Its block is marked half read; what could not be placed is said."""
    first = next((k for k, t in enumerate(toks) if t.text in NATURES or _GLUED.match(t.text)), None)
    got = None
    placed = 0
    whole = False
    pairs: list[Pair] = []
    if first is not None:
        start = first
        while start > 0 and toks[start - 1].number is None and not toks[start - 1].text.startswith(_ENDS):
            start -= 1  # back over the first row's name and levels
        whole = _total_is_whole(toks)
        got = rows_by_nature(toks[start:], whole, pairs)  # (cells split: ``unglue``)
        if whole and got is not None:  # the rows whose lone number only the total's 100 made a weight
            alone = rows_by_nature(toks[start:])
            placed = sum(a.weight.value is not None for a in got[0]) - (
                sum(a.weight.value is not None for a in alone[0]) if alone else 0)
    if got is None or not any(r.weight.value is not None for r in got[0]):
        ended = rows_by_ending(toks, _end(toks))  # no sign: rows closed by their weight and score (``streamtailpair``)
        if ended is None:
            return False
        got, said = (ended, 0), BY_ENDING
    else:
        said = BY_NATURE
    rows, unclear = got
    doc.indicators.extend(rows)
    src = rows[0].source
    doc.problems.append(problem(*said, src))
    if said is BY_NATURE and whole and pairs:  # the total's 100 may allow one reading of the two-number rows
        paired = {id(r) for r, _, _ in pairs}
        known = sum((w for r in rows if id(r) not in paired and (w := r.weight.dec) is not None),
                    doc.funds["total"].weight.dec or Decimal(0))
        if (by_total := place_by_total(pairs, known, HUNDRED)) is not None:
            doc.problems.append(by_total)
            unclear -= len(pairs)
    if placed:
        doc.problems.append(problem(
            f"{placed}行指标只有一个数值，仅因合计为100而作为权重读取（若表中权重栏缺失，这些数值可能是得分）",
            f"{placed} indicator rows hold one number each, read as weights only because the total row holds 100 "
            "(were the weight column lost, they would be scores)", src))
    if unclear:
        doc.problems.append(problem(f"{unclear}行指标在指标值之后只有两个数值（完成值与权重，或权重与得分），无法区分，未读取",
                                    f"{unclear} indicator rows hold two numbers after the target (actual and weight, "
                                    "or weight and score): not told apart, not read", src))
    doc.extra.setdefault(HALF_READ, "页面从指标表中间开始，前面的指标行不在文件中")
    return True


# A target whose text before its sign is the end of the row's name (足额保障 | 率=100%: a PDF's space inside the name).
# Linear: the words run to the first sign (no sign nor digit among them), the Chinese character and the figure after
# the sign are checked apart (a pattern requiring them inside its runs backtracks quadratically on a long cell).
_NAME_END = re.compile(r"^([^\d≥≤=＝><＞＜]+)(≥|≤|＝|=|＞|＜|>=|<=|>|<)(.*)$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_DIGIT = re.compile(r"\d")


def mend_names(doc: Document) -> None:
    """Each row whose target opens with words before its sign (率=100%, 次数≤10次): those words end the row's name
    (the PDF put a space inside it: 足额保障 率=100%), the target begins at the sign."""
    for row in doc.indicators:
        m = _NAME_END.match(row.target.str_ or "")
        name = row.level3.str_
        if m is None or not name or not _CJK.search(m.group(1)) or not _DIGIT.search(m.group(3)):
            continue
        row.level3 = Val(name + m.group(1), f"{row.level3.text} {m.group(1)}", row.level3.source)
        row.target = Val(m.group(2) + m.group(3), row.target.text, row.target.source)


def closes_in_total(toks: Sequence[Token]) -> bool:
    """Rows whose weights one of the two grammars reads (by their nature signs; by their ends, ``streamtailpair``),
    then a total row: the end of a form."""
    end = _end(toks)
    if end == len(toks) or not toks[end].text.startswith(TOTAL_LABELS):
        return False
    probe = Document(type="project_self_evaluation", title=None, source=toks[0].source)
    return read_tail_rows(list(toks), probe)


def total_over_unscored(doc: Document) -> None:
    """A total row's one number over rows none of which holds a score: the total weight (the form not yet scored)."""
    if doc.total_score.dec is None or doc.total_weight.value is not None or any(
            r.score.value is not None for r in doc.indicators) or not doc.indicators:
        return
    total = doc.total_score
    doc.total_weight, doc.total_score = total, Val(None, None, total.source)
    doc.problems.append(problem(f"合计行的数值{total.text}之上各行都没有得分：读作总分值",
                                f"the total row's {total.text} stands over rows none of which has a score: read as "
                                "the total weight", total.source))


"""Score tables whose rows reached us one a line with the cells run together, the weight and the score glued
into one run of digits at the row's end (``…扣完为止。55``: 分值 5, 得分 5; ``…不得分。109.5``: 10 and 9.5),
as a table copied out of a spreadsheet or a PDF gives them.

The header line names the columns run together (一级指标二级指标三级指标评分标准分值自评得分…), the 分值 column
just before the 得分 one, the first row sometimes run on after it. Each row after it is its level labels with
their weights (投入(15分)预算配置(15分)), its name, its rule text, then the digits. A run of digits can be split
into a weight and a score in several ways (``1010``: 10 and 10, or 101 and 0): each split must give two numbers
as printed (no leading zero), a score not above its weight. Where a row admits one split it is read; where it
admits several, the split the table's own arithmetic confirms is chosen (the rows under a level label make its
weight; the rows make the 合计 row's weight and score) and recorded as chosen that way. Where none or several
fit, the row's weight and score are left missing with a located problem: never a guess.

The row's name is the words its rule repeats (预算调整率预算调整率=0…), else the words before the rule's first
sign, figure or stop (…控制率以100%为标准: 财政供养人员控制率以), said as a problem where that may hold the rule's
first words. A table whose text says it is a project's is left to the project readers.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.core.numbers import normalize_text
from jixiao.core.records import HALF_READ, MISSING, Document, IndicatorRow, Val
from jixiao.core.source import Source
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import find_year, problem
from jixiao.read.recognise.deptmark import is_department_title
from jixiao.read.recognise.gradebands import grade_after

TYPE = "dept_evaluation"
_HEADER_WORDS = sorted(("一级指标", "二级指标", "三级指标", "四级指标", "指标名称", "评价指标", "考核指标", "评分标准",
                        "评价标准", "计分标准", "评分依据", "评分办法", "指标解释", "指标说明", "分值", "权重", "标准分",
                        "自评得分", "评价得分", "得分", "扣分原因和其他说明", "扣分原因", "扣分说明", "备注", "说明",
                        "序号", "指标"), key=len, reverse=True)
_WEIGHT = ("分值", "权重", "标准分")
_SCORE = ("自评得分", "评价得分", "得分")
_TAIL_WORDS = ("扣分原因和其他说明", "扣分原因", "扣分说明", "备注", "说明")  # columns after 得分, empty in the rows
_LEVEL = re.compile(r"([\u3400-\u9fff“”\"、\s]{1,16}?)[(（](\d+(?:\.\d+)?)分[)）]")
_DIGITS = re.compile(r"(?<![\d.])(\d[\d.]*)$")
_TWO = re.compile(r"(\d+(?:\.\d+)?)[\s|]+(\d+(?:\.\d+)?)[\s|]*$")  # weight and score kept apart
_NUMBER = re.compile(r"(?:0|[1-9]\d*)(?:\.\d+)?")
_TOTAL = re.compile(r"^(?:合计|总分|总计)[:：]?")
_PROJECT = re.compile(r"项目(?:支出)?绩效|项目自评|年度资金总额|全年执行数")
_NAME_END = re.compile(r"[\d=≥≤<>＜＞≦≧。；;，,：:、（(①-⑳%％]")
MAX_WEIGHT = Decimal(100)
MAX_AMBIGUOUS = 10  # rows left doubtful in one group: beyond this the combinations are not tried


@dataclass
class _Open:
    """A level label open over the rows that follow it, with the weight of the labels read under it."""

    name: str
    weight: Decimal
    printed: str
    under: Decimal = Decimal(0)


@dataclass
class _Row:
    levels: list[tuple[str, Decimal, str]]  # (name, weight, as printed) of the level labels open for it
    name: str
    rule: str
    options: list[tuple[Decimal, Decimal]]  # the (weight, score) splits its digits admit
    digits: str
    source: Source
    guessed_name: bool = False
    chosen: tuple[Decimal, Decimal] | None = None
    by_sum: bool = False
    notes: list[str] = field(default_factory=list)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", normalize_text(text))


def _header(text: str) -> tuple[int, list[str]] | None:
    """The header's columns at the start of ``text`` (run together, separators allowed) and where it ends."""
    i, words = 0, []
    while i < len(text):
        if text[i] in " |\t":
            i += 1
            continue
        w = next((w for w in _HEADER_WORDS if text.startswith(w, i)), None)
        if w is None:
            break
        words.append(w)
        i += len(w)
    weight = next((k for k, w in enumerate(words) if w in _WEIGHT), None)
    score = next((k for k, w in enumerate(words) if w in _SCORE), None)
    if weight is None or score is None or score != weight + 1 or len(words) < 4:
        return None  # the layout read here: 分值 then 得分, side by side, glued in the rows
    return i, words


def _splits(digits: str, top: Decimal = MAX_WEIGHT) -> list[tuple[Decimal, Decimal]]:
    """Every (weight, score) the digits can be, each a number as printed, the score not above the weight."""
    out = []
    for k in range(1, len(digits)):
        w, s = digits[:k], digits[k:]
        if _NUMBER.fullmatch(w) and _NUMBER.fullmatch(s) and 0 < Decimal(w) <= top and Decimal(s) <= Decimal(w):
            out.append((Decimal(w), Decimal(s)))
    return out


def _name(rest: str) -> tuple[str, str, bool]:
    """The row's name, its rule, and whether the name was cut where the rule's first sign stands (a guess)."""
    for n in range(min(16, len(rest) // 2), 1, -1):
        if rest[n : 2 * n] == rest[:n]:
            return rest[:n], rest[n:], False  # the rule repeats the name: 预算调整率预算调整率=0
    m = _NAME_END.search(rest, 2)
    end = m.start() if m else len(rest)
    return rest[:end], rest[end:], True


def _row(text: str, levels: list[_Open], src: Source) -> _Row | None:
    """One line as a row (None: no digits end it). The level labels at its head go into ``levels``, the open
    labels: a label right after another goes under it; after rows, the innermost is closed and the label goes under the first open one it still fits in."""
    chained = False
    while (m := _LEVEL.match(text)) is not None:
        name, printed = re.sub(r"\s+", "", m.group(1)), m.group(2)
        w = Decimal(printed)
        if not chained and levels:
            levels.pop()  # rows were read under the innermost: it is closed
        while levels and levels[-1].under + w > levels[-1].weight:
            levels.pop()
        if levels:
            levels[-1].under += w
        levels.append(_Open(name, w, printed))
        chained = True
        text = text[m.end() :]
    apart = _TWO.search(text)
    if apart is not None and _NUMBER.fullmatch(apart.group(1)) and _NUMBER.fullmatch(apart.group(2)):
        options = [(Decimal(apart.group(1)), Decimal(apart.group(2)))]
        digits, body = apart.group(1) + " " + apart.group(2), text[: apart.start()]
    else:
        m = _DIGITS.search(text)
        if m is None or not text[: m.start()].strip():
            return None
        digits, body = m.group(1), text[: m.start()]
        options = _splits(digits)
    name, rule, guessed = _name(_squash(body))
    return _Row([(x.name, x.weight, x.printed) for x in levels], name, rule, options, digits, src, guessed)


def _choose(rows: list[_Row], target: Decimal | None, scores: Decimal | None = None) -> None:
    """Each row's split: the only one, else the one combination whose weights make ``target`` (and scores make
    ``scores``, when given)."""
    for r in rows:
        if len(r.options) == 1:
            r.chosen = r.options[0]
    doubtful = [r for r in rows if r.chosen is None and len(r.options) > 1]
    if not doubtful or target is None or len(doubtful) > MAX_AMBIGUOUS:
        return
    fixed_w = sum((r.chosen[0] for r in rows if r.chosen), Decimal(0))
    fixed_s = sum((r.chosen[1] for r in rows if r.chosen), Decimal(0))
    fits = [c for c in itertools.product(*(r.options for r in doubtful))
            if fixed_w + sum((x[0] for x in c), Decimal(0)) == target
            and (scores is None or fixed_s + sum((x[1] for x in c), Decimal(0)) == scores)]
    if len({c for c in fits}) == 1:
        for r, x in zip(doubtful, fits[0]):
            r.chosen, r.by_sum = x, True


def recognise(fr: FileRead) -> list[Document]:
    lines = [(normalize_text(t), s) for t, s in fr.body]
    for k, (text, src) in enumerate(lines):
        flat = text.strip(" |")
        found = _header(flat)
        if found is None:
            continue
        end, words = found
        before = [t for t, _ in lines[:k]]
        doc = _read(lines[k:], flat[end:], words, before, src)
        if doc is not None:
            return [doc]
    return []


def _read(lines: list[tuple[str, Source]], first: str, words: list[str], before: list[str],
          src: Source) -> Document | None:
    heading = " ".join(before[-6:])
    if _PROJECT.search(heading):
        return None  # a project's score table: the project and evaluation readers'
    levels: list[_Open] = []
    rows: list[_Row] = []
    total: tuple[str, Source] | None = None
    for j, (text, s) in enumerate([(first, src), *lines[1:]]):
        flat = text.strip(" |")
        if not flat:
            continue
        if _TOTAL.match(_squash(flat)):
            total = (flat, s)
            break
        row = _row(flat, levels, s)
        if row is None:
            if rows and not _LEVEL.match(flat):
                rows[-1].rule += _squash(flat)  # the rule text wrapped onto the next line
            elif rows or j == 0:
                continue
            continue
        rows.append(row)
    if len(rows) < 3 or sum(bool(r.options) for r in rows) * 4 < len(rows) * 3:
        return None  # not rows of this layout
    groups: dict[tuple[str, Decimal], list[_Row]] = {}
    for r in rows:
        if r.levels:
            groups.setdefault((r.levels[-1][0], r.levels[-1][1]), []).append(r)
    for (_, w), members in groups.items():
        _choose(members, w)
    total_w = total_s = MISSING
    grade = MISSING
    if total is not None:
        total_w, total_s, grade = _total(total[0], total[1], rows)
    _choose(rows, total_w.dec, total_s.dec)  # rows no level decided: the 合计 row's weight and score
    if any("决策" in x[0] for r in rows for x in r.levels[:1]) and not is_department_title(heading):
        return None  # 决策 / 过程 / 产出 / 效益: a project evaluation's levels (recognise.evalform)
    doc = Document(type=TYPE, title=_title(before), source=src, year=find_year(before), total_weight=total_w,
                   total_score=total_s, grade=grade)
    for r in rows:
        doc.indicators.append(_indicator(r, doc))
    by_sum = any(r.by_sum for r in rows)
    doc.problems.insert(0, problem(
        "评分表各行的单元格连在一起，分值与得分连成一串数字：按可能的拆分读取"
        + ("，多种拆分时按各级分值之和（或合计行）确定" if by_sum else ""),
        "a score table whose rows run together, weight and score glued into one run of digits: split where only "
        "one split is possible" + (", else as the level weights (or the total row) confirm" if by_sum else ""), src))
    if total is None:
        doc.extra[HALF_READ] = "评分表后没有合计或总分行"
        doc.problems.append(problem(f"评分表可能不完整：{doc.extra[HALF_READ]}",
                                    "the score table may be incomplete: no total row after it", src))
    return doc


def _indicator(r: _Row, doc: Document) -> IndicatorRow:
    above = [Val(f"{n}({p}分)", f"{n}({p}分)", r.source) for n, _, p in r.levels]
    ind = IndicatorRow(level1=above[0] if above else MISSING, level2=above[1] if len(above) > 1 else MISSING,
                       level3=Val(r.name, r.name, r.source), source=r.source)
    if r.rule:
        ind.rule_text = Val(r.rule, r.rule, r.source)
    if r.chosen is not None:
        (w, s) = r.chosen
        ind.weight, ind.score = Val(w, str(w), r.source), Val(s, str(s), r.source)
    else:
        why = "没有可行的拆分" if not r.options else "有多种拆分，各级分值之和也不能确定"
        doc.problems.append(problem(f"“{r.name}”行末的数字{r.digits}是分值与得分连在一起，{why}：分值、得分未读取",
                                    f"the digits {r.digits} ending row '{r.name}' are its weight and score run "
                                    "together and cannot be split with certainty: neither read", r.source))
    if r.guessed_name and len(r.name) > 8:
        doc.problems.append(problem(f"“{r.name}”的名称与评分标准连在一起，名称可能带有评分标准的开头",
                                    f"the name '{r.name}' runs into its rule: it may hold the rule's first words",
                                    r.source))
    return ind


def _total(text: str, src: Source, rows: list[_Row]) -> tuple[Val, Val, Val]:
    """The 合计 row's weight and score, glued like the rows' (of several splits, the one whose weight the rows
    make, when every row was split), and the grade printed after them."""
    body = _TOTAL.sub("", text).strip(" |")
    apart = re.match(r"(\d+(?:\.\d+)?)[\s|]+(\d+(?:\.\d+)?)", body)
    m = apart or re.match(r"[\d.]+", body)
    if m is None:
        return MISSING, MISSING, MISSING
    grade_at = grade_after(body, m.end())
    grade = Val(grade_at[0], grade_at[0], src) if grade_at else MISSING
    if apart is not None:
        splits = [(Decimal(apart.group(1)), Decimal(apart.group(2)))]
    else:
        splits = _splits(m.group(0), Decimal(1000))
        if len(splits) > 1 and all(r.chosen for r in rows):
            made = sum((r.chosen[0] for r in rows if r.chosen), Decimal(0))
            splits = [x for x in splits if x[0] == made] or splits
    if len(splits) != 1:
        return MISSING, MISSING, grade
    w, s = splits[0]
    return Val(w, str(w), src), Val(s, str(s), src), grade


def _title(before: list[str]) -> str | None:
    for t in reversed(before[-6:]):
        found = re.findall(r"[^\s|。；;,，、]*(?:评分表|得分表|评价表|评分细则|指标体系)", t)
        if found:
            return found[-1]
    return None


__all__ = ["TYPE", "recognise"]

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
first words. A header that prints 分值 right after the names and 得分 after the rule has each row's weight glued
to its name and its score closing its text (``scoretable_glued_rows``). A table whose text says it is a
project's is left to the project readers; one whose scores stand above their weights in more than a quarter of
its rows is not this layout, and is not read.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from jixiao.core.numbers import normalize_text
from jixiao.core.records import MISSING, Document, IndicatorRow, Val
from jixiao.core.source import Source
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import close_by_total, find_year, problem
from jixiao.read.recognise.deptmark import is_department_title, sentence
from jixiao.read.recognise.gradebands import grade_after
from jixiao.read.recognise.scoretable_glued_rows import (
    LEVEL,
    Open,
    Row,
    close,
    glued_row,
    header,
    spaced,
    splits,
    squash,
    weight_first_row,
)

TYPE = "dept_evaluation"
_TOTAL = re.compile(r"^(?:合计|总分|总计)[:：]?")
_PROJECT = re.compile(r"项目(?:支出)?绩效|项目自评|年度资金总额|全年执行数")
MAX_AMBIGUOUS = 10  # rows left doubtful in one group: beyond this the combinations are not tried

def _choose(rows: list[Row], target: Decimal | None, scores: Decimal | None = None) -> None:
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
        found = header(flat)
        if found is None:
            continue
        end, weight_first = found
        before = [t for t, _ in lines[:k]]
        doc = _read(lines[k:], flat[end:], (weight_first, spaced(flat[:end])), before, src)
        if doc is not None:
            return [doc]
    return []


def _read(lines: list[tuple[str, Source]], first: str, layout: tuple[bool, bool], before: list[str],
          src: Source) -> Document | None:
    """The rows after the header; ``layout``: whether the weight comes right after the name (else beside the
    score), and whether the cells kept a space or pipe between them (``spaced``)."""
    weight_first, cells_apart = layout
    heading = " ".join(x for x in before[-6:] if not sentence(x))
    if _PROJECT.search(heading):
        return None  # a project's score table: the project and evaluation readers'
    levels: list[Open] = []
    rows: list[Row] = []
    total: tuple[str, Source] | None = None
    for text, s in [(first, src), *lines[1:]]:
        flat = text.strip(" |")
        if not flat:
            continue
        if _TOTAL.match(squash(flat)):
            total = (flat, s)
            break
        row = (weight_first_row if weight_first else glued_row)(flat, levels, s, cells_apart)
        if row is not None:
            rows.append(row)
        elif rows and not LEVEL.match(flat):  # the rule of the row above, wrapped onto this line
            if weight_first:
                close(rows[-1], squash(flat))
            else:
                rows[-1].rule += squash(flat)
    over = sum(len(r.options) == 1 and r.options[0][1] > r.options[0][0] for r in rows)
    if len(rows) < 3 or sum(bool(r.options) for r in rows) * 4 < len(rows) * 3 or over * 4 > len(rows):
        return None  # not rows of this layout (scores above their weights: the columns are not where it says)
    groups: dict[tuple[str, Decimal], list[Row]] = {}
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
        ("评分表各行的单元格连在一起：分值紧接名称、得分在行末读取" if weight_first else
         "评分表各行的单元格连在一起，分值与得分连成一串数字：按可能的拆分读取")
        + ("，多种拆分时按各级分值之和（或合计行）确定" if by_sum else ""),
        ("a score table whose rows run together: each weight read after its name, each score at its row's end"
         if weight_first else "a score table whose rows run together, weight and score glued into one run of "
         "digits: split where only one split is possible")
        + (", else as the level weights (or the total row) confirm" if by_sum else ""), src))
    close_by_total(doc, None, closed=total is not None, warn=True)
    return doc


def _indicator(r: Row, doc: Document) -> IndicatorRow:
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


def _total(text: str, src: Source, rows: list[Row]) -> tuple[Val, Val, Val]:
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
        ways = [(Decimal(apart.group(1)), Decimal(apart.group(2)))]
    else:
        ways = splits(m.group(0), Decimal(1000))
        if len(ways) > 1 and all(r.chosen for r in rows):
            made = sum((r.chosen[0] for r in rows if r.chosen), Decimal(0))
            ways = [x for x in ways if x[0] == made] or ways
    if len(ways) != 1:
        return MISSING, MISSING, grade
    w, s = ways[0]
    return Val(w, str(w), src), Val(s, str(s), src), grade


def _title(before: list[str]) -> str | None:
    for t in reversed(before[-6:]):
        found = re.findall(r"[^\s|。；;,，、]*(?:评分表|得分表|评价表|评分细则|指标体系)", t)
        if found:
            return found[-1]
    return None


__all__ = ["TYPE", "recognise"]

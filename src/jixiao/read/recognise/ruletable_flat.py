"""Scoring-rule tables flattened one row a line with no separator at all, as a spreadsheet copied into a page
gives them (``资金支出率达到目标值95%10``: the name, its 说明, the 目标值 95%, the 分值 10).

The header line names the columns run together (评价指标评价内容指标名称指标说明目标值分值备注); each row after it
ends in the digits of its weight, glued to whatever stands before (``达到预计值210010``: 目标值 2100, 分值 10).
A row's weight is a suffix of those digits; where a row admits more than one, the placement the table's own
total (总分 / 合计 N) confirms is chosen, and recorded as chosen that way. Where none or several placements
fit, the doubtful weights are left missing with a located problem: never a guess. A row's name is what is left
once the weight, the target value, its 说明 (达到目标值) and the category labels before it (产出 数量指标) are
taken away; the category label is kept as the row's second level, and weighted level labels at a row's head
(部门决策(24分)目标设定(20分)…) are its levels, each under the one before it while its weight fits there.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from jixiao.core.records import Document, IndicatorRow, Val
from jixiao.core.source import Source
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import close_by_total, find_year, problem
from jixiao.read.recognise.scoretable_glued_rows import Open, take_levels

TYPE = "assessment_rules"
_HEADER_WORDS = ("评价指标", "评价内容", "指标名称", "指标说明", "目标值", "指标值", "分值", "权重", "备注", "一级指标",
                 "二级指标", "三级指标", "指标内容", "评分标准")
_WEIGHT_WORDS = ("分值", "权重")
_TOTAL = re.compile(r"^(?:总分|合计|总计)\s*(\d+(?:\.\d+)?)?\s*$")
_TAIL = re.compile(r"(\d+)$")
_CATEGORY = re.compile(r"(?:经济效益|社会效益|生态效益|可持续影响|服务对象满意度|满意度|数量|质量|时效|成本|制度|效益|产出|效果)指标")
_TARGET = re.compile(r"(?:≥|≤|>|<|=)?\d+(?:\.\d+)?(?:%|％)?(?:以上|以下|以内|及以上|人|个|次|项|元|万元)?$")
_SAYING = re.compile(r"(?:达到|不低于|不少于|不高于|不超过|完成|大于|小于)[^\d]{0,8}$")
_TARGET_COLUMNS = re.compile(r"目标值|指标值|指标说明|评价内容")
MAX_ROWS = 60


def _header(fr: FileRead) -> int | None:
    for k, (text, _) in enumerate(fr.body):
        t = re.sub(r"\s+", "", text)
        if (len(t) <= 60 and not re.search(r"\d", t) and any(w in t for w in _WEIGHT_WORDS)
                and sum(w in t for w in _HEADER_WORDS) >= 3):
            return k
    return None


def _candidates(before: str, digits: str, top: Decimal | None, targets: bool = True) -> list[Decimal]:
    """The weights the digits ending a row can end in: suffixes without a leading zero, above 0, at most the
    table's total; after a percent sign (95%10), or under a header with no target column, the digits are all
    the weight."""
    out = []
    whole = before.endswith(("%", "％")) or not targets
    for n in range(len(digits) if whole else 1, min(len(digits), 3) + 1):
        tail = digits[-n:]
        if tail.startswith("0"):
            continue
        v = Decimal(tail)
        if v > 0 and (top is None or v <= top):
            out.append(v)
    return out


def _name(text: str, targets: bool = True) -> tuple[str, str | None]:
    """The row's name and its category label, once the weight is gone from ``text`` (``targets``: the header has
    a 目标值 or 说明 column, whose words end the text before the weight: taken away)."""
    rest = text
    if targets:
        rest = _TARGET.sub("", rest)
        rest = _SAYING.sub("", rest) or rest
    m = next(reversed(list(_CATEGORY.finditer(rest))), None)  # the last category label: the row's own level
    if m and m.end() < len(rest):
        return rest[m.end():].strip(), m.group(0)
    return rest.strip(), None


def _place(options: list[list[Decimal]], total: Decimal | None) -> tuple[list[Decimal | None], bool]:
    """One weight per row: the only one a row admits, else the one combination whose sum is the total. Rows
    left doubtful are None. Whether the total decided."""
    if all(len(o) == 1 for o in options):
        return [o[0] for o in options], False
    if total is not None and sum(len(o) > 1 for o in options) <= 8:
        fits = [c for c in itertools.product(*options) if sum(c, Decimal(0)) == total]
        if len(fits) == 1:
            return list(fits[0]), True
    return [o[0] if len(o) == 1 else None for o in options], False


def recognise(fr: FileRead) -> list[Document]:
    k = _header(fr)
    if k is None:
        return []
    rows: list[tuple[str, Source, str]] = []  # the text before the digits, where, the digits
    total: Val | None = None
    body = fr.body[k + 1:]
    for j, (text, src) in enumerate(body):
        t = re.sub(r"\s+", "", text)
        if not t:
            continue
        if (m := _TOTAL.match(t)) is not None:
            num = m.group(1) or next((re.sub(r"\s+", "", x) for x, _ in body[j + 1 : j + 8] if x.strip()), "")
            if re.fullmatch(r"\d+(?:\.\d+)?", num):
                total = Val(Decimal(num), num, src)
            break
        tail = _TAIL.search(t)
        if tail is None or len(rows) >= MAX_ROWS:
            return []  # a line that is no row of this layout: not such a table
        rows.append((t[: tail.start()], src, tail.group(1)))
    if len(rows) < 3:
        return []
    top = total.dec if total is not None else None
    targets = bool(_TARGET_COLUMNS.search(fr.body[k][0]))
    weights, by_total = _place([_candidates(b, d, top, targets) for b, _, d in rows], top)
    doc = Document(type=TYPE, title=_title(fr, k), source=Source(fr.source.file, fr.body[k][1].line),
                   year=find_year([t for t, _ in fr.body[: k + 1]]))
    level: str | None = None
    opened: list[Open] = []  # the weighted level labels at the rows' heads (部门决策(24分)目标设定(20分)…)
    for (before, src, digits), w in zip(rows, weights):
        head = before + (digits[: len(digits) - len(str(w))] if w is not None else "")
        name, category = _name(take_levels(head if w is not None else before, opened), targets)
        level = category or level
        ind = IndicatorRow(level2=Val(level, level, src) if level else Val(None), level3=Val(name, name, src),
                           source=src)
        labels = [f"{x.name}({x.printed}分)" for x in opened]
        if labels:
            ind.level1 = Val(labels[0], labels[0], src)
            ind.level2 = Val(labels[-1], labels[-1], src) if len(labels) > 1 else ind.level2
        if w is not None:
            ind.weight = Val(w, str(w), src)
        else:
            doc.problems.append(problem(f"“{name}”行末的数字{digits}可分出多个分值，与总分核对也不能确定，未读取分值",
                                        f"the digits {digits} ending row '{name}' admit several weights and the "
                                        "total does not decide: not read", src))
        doc.indicators.append(ind)
    close_by_total(doc, total)  # without its total row the text may end inside the table: no sum checked on part
    doc.problems.insert(0, problem(
        "评分表每行的单元格连在一起（无分隔）：各行分值取行末数字" + ("，由各行分值之和等于总分确定" if by_total else ""),
        "a table whose rows run together without separators: each weight read from the digits ending its row"
        + (", chosen so that the weights add up to the total" if by_total else ""), doc.source))
    return [doc]


def _title(fr: FileRead, k: int) -> str | None:
    return next((re.sub(r"\s+", "", t) for t, _ in reversed(fr.body[:k]) if re.search(r"指标|评分|细则|考核", t)), None)

"""Department-wide forms (部门整体绩效自评表) whose cells ran together with no separator, read by their header's
column order and the form's own arithmetic.

Document previews and OCR of these forms lose every separator: the execution block's 执行率 | 执行率权重 |
执行率得分 come out as ``79.27107.93`` (glued after amounts the extraction broke: ``.32.06.579.27107.93``) and each
indicator row as its name, its unit and its numbers in one run (``森林火灾受害率%0.910010``). The column order is
the indicator header's (指标名称 | 计量单位 | 指标性质 | 指标值 | 指标权重 | 全年完成值 | 指标得分 | 说明, in any
order the header prints), so a row is read as:

* its name: the text up to its unit (计量单位) or its first figure;
* its numbers: every reading of the run as the header's number columns in order, each a well-formed number, that
  keeps the weight above 0 and within what the execution weight leaves (100 − 执行率权重), and the score within the
  weight. When all the readings left agree on the weight and the score, they are taken; when they disagree, the
  readings whose target and actual are printed alike (as many decimals, integer parts within one digit: a form
  prints ``90`` and ``100``, not ``90`` and ``1001``) are kept, and taken if they agree, the choice said; otherwise
  a weight all readings share is taken and the score is left missing, said at the row.

The execution triple is the one tail of its run that splits into a rate, a weight and a score with
score = weight × min(rate, 100%) (to the printed digits). Nothing is guessed; a block the text cuts off (no total
row) is marked half-read, so that no sum is checked on it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal

from jixiao.core.numbers import HUNDRED
from jixiao.core.records import FUNDS_ROWS, HALF_READ, Document, FundsRow, IndicatorRow, Problem, Val
from jixiao.core.source import Source
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import find_year, problem
from jixiao.read.recognise.deptmark import is_department_title
from jixiao.read.recognise.formspec import SCORE_TOTALS, STREAM_INDICATOR_COLUMNS, UNITS, alias
from jixiao.read.recognise.placement import Item, close, splits
from jixiao.read.recognise.tokens import stream
from jixiao.read.recognise.transfer_text import Flat

TYPE = "project_self_evaluation"
NUMERIC = ("target", "target2", "weight", "actual", "score", "coef")
# the 重庆 template's columns beyond the project form's: the adjusted target and the score coefficient (得分系数(%):
# score = weight × coefficient), each a number of the row
_COLUMNS = (("调整指标值", "target2"), ("调整后指标值", "target2"), ("得分系数(%)", "coef"), ("得分系数", "coef"),
            *STREAM_INDICATOR_COLUMNS)
# words of the indicator header that name no column of their own, or a text column (说明, 备注)
_FILLER = ("(分)", "全年", "调整", "说明", "备注", "指标", "年初")
_LABELS = sorted([*(a for a, _ in _COLUMNS), *_FILLER], key=len, reverse=True)
_HEADER = re.compile("(?:" + "|".join(map(re.escape, _LABELS)) + ")+")
_COLUMN = re.compile("|".join(re.escape(a) for a, _ in sorted(_COLUMNS, key=lambda x: -len(x[0]))))
_UNIT = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
_ROW = re.compile(r"(?P<name>[^\d%.]{2,40}?)(?P<unit>(?:万|千|百|亿)?(?:" + _UNIT + r"))?(?P<nature>定量指标|定性指标|定量|定性)?"
                  r"(?P<nums>\d[\d.%]*)")
_CHUNK = re.compile(r"^\d{1,2}、")  # a preview's page chunk marker at the start of a line
_END = ("评价结论", "存在问题", "改进措施", "总分", "合计")
_EXEC_LABELS = ("执行率得分", "执行率权重", "执行率", "得分", "权重")
_TITLE = re.compile(r"部门\s*整体|单位\s*整体")
_TAIL = re.compile(r"\d[\d.%]*$")


def joined(pieces: Iterable[tuple[str, Source]], sep: str = "") -> Flat:
    """Pieces of text (tokens, or lines) joined into one string by ``sep``, a preview's chunk marker dropped at the
    start of each line, with each character's source."""
    def unchunked() -> Iterator[tuple[str, Source]]:
        last_line: int | None = None
        for s, src in pieces:
            if src.line != last_line:
                s = _CHUNK.sub("", s)
                last_line = src.line
            yield s, src

    return Flat.join(unchunked(), sep)


def _shape(text: str) -> tuple[int, int]:
    t = text.rstrip("%")
    whole, _, dec = t.partition(".")
    return len(whole), len(dec)


def _alike(target: Item, actual: Item) -> bool:
    (wt, dt), (wa, da) = _shape(target.text), _shape(actual.text)
    return dt == da and abs(wt - wa) <= 1


def readings(run: str, cols: Sequence[str], most_weight: Decimal) -> list[dict[str, Item]]:
    """Every reading of a row's run as the number columns ``cols`` in order, every column filled, that the form's
    arithmetic allows (a row with blank cells gone admits too many readings of its digits: it is left unread)."""
    return [row for pieces in splits(run, len(cols)) if len(pieces) == len(cols)
            and (row := _fits(dict(zip(cols, pieces, strict=True)), most_weight)) is not None]


def _fits(row: dict[str, Item], most_weight: Decimal) -> dict[str, Item] | None:
    """The reading when the form's arithmetic allows it, else None: the weight above 0 and within what the
    execution leaves, the score within the weight, and score = weight × 得分系数 where the form has that column."""
    w, s, c = row["weight"], row["score"], row.get("coef")
    if not (0 < w.value <= most_weight) or not (0 <= s.value <= w.value):
        return None
    if c is not None and not close(s, w.value * c.value / HUNDRED):
        return None  # score = weight × 得分系数
    return row


def choose(rows: list[dict[str, Item]]) -> tuple[dict[str, Item] | None, str]:
    """The reading taken and how: "unique" (all agree on weight and score), "shape" (those printing target and
    actual alike agree), "weight" (only the weight agrees), or "" (nothing can be taken)."""
    def key(r: dict[str, Item]) -> tuple[Decimal | None, Decimal | None]:
        return (r["weight"].value if "weight" in r else None, r["score"].value if "score" in r else None)

    if not rows:
        return None, ""
    if len({key(r) for r in rows}) == 1:
        return rows[0], "unique"
    alike = [r for r in rows if "target" not in r or "actual" not in r or _alike(r["target"], r["actual"])]
    if alike and len({key(r) for r in alike}) == 1:
        return alike[0], "shape"
    kept = alike or rows
    if len({key(r)[0] for r in kept}) == 1:
        return {"weight": kept[0]["weight"]} if "weight" in kept[0] else None, "weight"
    return None, ""


def execution(run: str) -> tuple[Item, Item, Item] | None:
    """The one tail of ``run`` that reads as rate, weight and score with score = weight × min(rate, 100%)."""
    found: dict[tuple[Decimal, Decimal, Decimal], tuple[Item, Item, Item]] = {}
    for start in range(len(run)):
        if not run[start].isdigit():
            continue
        for pieces in splits(run[start:], 3):
            if len(pieces) != 3:
                continue
            rate, w, s = pieces
            if not (0 < w.value <= 50) or w.percent or s.percent:
                continue
            if close(s, w.value * min(rate.value, HUNDRED) / HUNDRED):
                found[(rate.value, w.value, s.value)] = (rate, w, s)
    return next(iter(found.values())) if len(found) == 1 else None


def recognise(fr: FileRead) -> list[Document]:
    toks = stream(fr)
    flat = joined((t.text, t.source) for t in toks)
    text = flat.text
    first = _TITLE.search(text)
    head = text.find("指标名称", first.start()) if first else -1
    if first is None or head < 0:
        return []
    title_at = [m.start() for m in _TITLE.finditer(text, 0, head)][-1]
    if not is_department_title(text[title_at : title_at + 20]):
        return []
    hm = _HEADER.match(text, head)
    if hm is None or "是否核心指标" in text[head : head + 120]:  # rows closed by 是/否: ``recognise.coreflag``
        return []
    cols = [c for c in (alias(m.group(0), _COLUMNS) for m in _COLUMN.finditer(hm.group(0))) if c]
    if re.search("权重|得分|指标值|完成值", text[hm.end() : hm.end() + 24]):
        return []  # a header word not understood stands before the rows: the columns cannot be told
    numeric = [c for c in cols if c in NUMERIC]
    if "weight" not in numeric or "score" not in numeric or len(set(numeric)) != len(numeric):
        return []  # a column named twice: its order cannot be told
    src = flat.source_at(title_at)
    problems: list[Problem] = []
    doc = Document(type=TYPE, title=None, source=src, problems=problems)
    doc.funds = {k: FundsRow() for k in FUNDS_ROWS}
    _head(doc, text, title_at, head, flat)
    _execution(doc, text[title_at:head], title_at, flat)
    most = HUNDRED - (doc.funds["total"].weight.dec or Decimal(0))
    closed = _rows(doc, text, hm.end(), numeric, most, flat)
    if not doc.indicators:
        return []
    problems.insert(0, problem("表格结构已丢失（各栏连在一起），按指标表表头的栏目顺序和表内算术关系分开读取",
                               "table structure lost (cells run together): read by the indicator header's column "
                               "order and the form's own arithmetic", src))
    if not closed:
        doc.extra.setdefault(HALF_READ, "指标表在文本中截断（没有合计或总分行）")
    return [doc]


def _head(doc: Document, text: str, title_at: int, head: int, flat: Flat) -> None:
    line_start = min((start for start in flat.starts if start <= title_at and flat.source_at(start).line
                      == flat.source_at(title_at).line), default=title_at)
    m = re.match(r"[\s《“\"]*(?:\d{1,2}、)?(.{0,40}?(?:部门|单位)\s*整体[^\d]{0,12}?(?:自评表|评价表))", text[line_start:])
    title = m.group(1) if m else "部门整体绩效自评表"
    doc.title = title
    doc.header["表名"] = Val(title, title, flat.source_at(title_at))
    unit = re.match(r"(.{2,40}?)\d{4}\s*年", title)
    if unit is not None:
        doc.header["部门"] = Val(unit.group(1), unit.group(1), flat.source_at(title_at))
    for label in SCORE_TOTALS:
        k = text.find(label, title_at, head)
        if k >= 0 and (n := re.match(r"\s*(?:\(分\))?\s*(\d+(?:\.\d+)?)", text[k + len(label):])) is not None:
            doc.total_score = Val(Decimal(n.group(1)), n.group(1), flat.source_at(k))
            break
    doc.year = find_year([title])


def _execution(doc: Document, region: str, offset: int, flat: Flat) -> None:
    """The execution block's rate, weight and score: the one tail of a run of figures after its labels that the
    arithmetic allows."""
    labels = [region.rfind(w) for w in _EXEC_LABELS if w in region]
    if not labels:
        return
    after = max(labels)
    for m in re.finditer(r"[\d.%]{5,}", region[after:]):
        run = m.group(0).lstrip(".")
        tail = _TAIL.search(run)
        got = execution(tail.group(0)) if tail else None
        if got is None:
            continue
        rate, w, s = got
        at = flat.source_at(offset + after + m.start())
        row = doc.funds["total"]
        row.rate = Val(rate.value, rate.text, at)
        row.weight = Val(w.value, w.text, at)
        row.score = Val(s.value, s.text, at)
        doc.problems.append(problem(
            f"执行率、权重、得分连在一起（{m.group(0)}），按得分＝权重×执行率分开，读作{rate.text}、{w.text}、{s.text}；预算数与执行数未能读取",
            f"rate, weight and score run together ({m.group(0)}): split by score = weight × rate as {rate.text}, "
            f"{w.text}, {s.text}; the amounts could not be read", at))
        return


def _rows(doc: Document, text: str, start: int, numeric: list[str], most: Decimal, flat: Flat) -> bool:
    """The indicator rows from ``start``; True when a total or closing label ends them (the block is whole)."""
    ends = [k for k in (text.find(w, start) for w in _END) if k >= 0]
    stop = min(ends) if ends else len(text)
    lead = re.match(r"(?:\(分\)|说明|备注)+", text[start:])
    pos = start + (lead.end() if lead else 0)
    for m in _ROW.finditer(text, pos, stop):
        name = m.group("name").strip()
        at = flat.source_at(m.start())
        ind = IndicatorRow(level3=Val(name, name, at), source=at)
        run = m.group("nums")
        if m.end() < stop and text[m.end()] == "." or run.endswith("."):
            run = run.rstrip(".")
        rows = readings(run, numeric, most)
        got, how = choose(rows)
        if got is not None:
            for field in ("target", "actual", "weight", "score"):
                if field in got:
                    setattr(ind, field, Val(got[field].value if field in ("weight", "score") else got[field].text,
                                            got[field].text, at))
        if how == "shape":
            doc.problems.append(problem(
                f"指标“{name}”的数字连在一起（{run}），有几种分法；按指标值与完成值写法一致的分法读取",
                f"indicator '{name}': its figures run together ({run}) split several ways; read the way its target "
                "and actual are printed alike", at))
        elif how in ("weight", ""):
            doc.extra[HALF_READ] = "有指标行的数字未能分开"
            doc.problems.append(problem(
                f"指标“{name}”的数字连在一起（{run}），{'只能确定分值，得分' if how == 'weight' else '分值与得分'}有几种分法，未读取",
                f"indicator '{name}': its figures run together ({run}); "
                f"{'only the weight is certain, the score' if how == 'weight' else 'weight and score'} not read", at))
        doc.indicators.append(ind)
    return bool(ends)


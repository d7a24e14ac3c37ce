"""Forms whose indicator rows end in a 是否核心指标 cell (是 / 否), read from text whose cells ran together.

The 部门整体绩效自评表 of this family prints, per indicator, 指标名称 | 计量单位 | 指标性质 | 年初指标值 | 调整指标值 |
全年完成值 | 得分系数(%) | 指标权重(分) | 指标得分(分) | 是否核心指标, and above them the execution block 执行率(%) |
执行率权重 | 执行率得分(分). When every separator is lost (a document preview, OCR) the 是/否 cell still closes each
row: a row is its name (the text before its first figure), its figures, the coefficient (a percentage), then
the weight and the score run together (``22`` → 2 and 2, ``1010`` → 10 and 10), split the one way that keeps
the weight within 100 and the score within the weight; where no split or several fit, that row's numbers
stay unread and the document says so. The execution block is read the same way (``76%107.6`` → 76%, 10, 7.6).
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.core.records import FUNDS_ROWS, HALF_READ, Document, FundsRow, IndicatorRow, Val
from jixiao.core.source import Source
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import find_year, problem
from jixiao.read.recognise.formspec import MONEY, SCORE_TOTALS, funds_column
from jixiao.read.recognise.gluedexec import RUN, glued_execution
from jixiao.read.recognise.placement import splits
from jixiao.read.recognise.tokens import Token, number, stream

TYPE = "project_self_evaluation"
CORE = "是否核心指标"
_ROW_END = re.compile(r"(?<=[\d.])([是否])")
_TAIL = re.compile(r"(?P<coef>\d+(?:\.\d+)?%)(?P<ws>\d[\d.]*)$")
_EXEC = re.compile(r"(?P<rate>\d+(?:\.\d+)?%)(?P<ws>\d[\d.]*\d)")
_LEAD = re.compile(r"^(?:绩效指标|\d{1,2}、)+")  # a merged label cell and page markers ("3、") run into a row
_NATURE = re.compile(r"定量指标|定性指标")


def _plain(text: str) -> bool:
    return number(text) is not None and not text.endswith("%")


def weight_and_score(text: str, coef: Decimal | None = None) -> tuple[str, str] | None:
    """A weight and a score run together, split the one way the row's own arithmetic allows: with the row's
    coefficient (得分系数, or the execution rate) the one split whose score is weight × coefficient; without
    it the one split keeping the score within the weight (``1010`` → 10, 10; ``107.6`` → 10, 7.6). None when
    no split or several fit (the caller says so)."""
    pairs = [(w, s) for w, s in (x for x in splits(text, 2) if len(x) == 2)
             if 0 < w.value <= 100 and 0 <= s.value <= 100 and not w.percent and not s.percent]
    if coef is not None:
        fits = [(w, s) for w, s in pairs if _close(s.text, w.value * min(coef, Decimal(100)) / 100)
                or coef > 100 and _close(s.text, w.value * coef / 100)]
    else:
        fits = [(w, s) for w, s in pairs if s.value <= w.value]
    return (fits[0][0].text, fits[0][1].text) if len(fits) == 1 else None


def _close(printed: str, exact: Decimal) -> bool:
    """Within one unit of the printed figure's last digit (rounded or truncated)."""
    places = len(printed.split(".", 1)[1]) if "." in printed else 0
    return abs(Decimal(printed) - exact) <= Decimal(1).scaleb(-places)


def recognise(fr: FileRead) -> list[Document]:
    toks = stream(fr)
    # the label whole, or cut in two by a PDF's gap (是否核心 指标): the rows are read from the tokens joined
    at = next((k for k, t in enumerate(toks) if CORE in t.text + (toks[k + 1].text if k + 1 < len(toks) else "")), None)
    if at is None:
        return []
    src = toks[at].source
    doc = Document(type=TYPE, title=None, source=Source(src.file, src.line, src.page, None, src.sheet))
    doc.funds = {k: FundsRow() for k in FUNDS_ROWS}
    before = toks[:at]
    _header(doc, before)
    _execution(doc, before)
    _rows(doc, toks[at:])
    if not doc.indicators:
        return []
    doc.problems.insert(0, problem(
        "表格结构已丢失，按“是否核心指标”一栏（是/否）分行，从文本中读取指标行",
        "table structure lost: the indicator rows split at their 是否核心指标 cell (是/否) and read from the text",
        doc.source))
    return [doc]


def _header(doc: Document, before: list[Token]) -> None:
    texts = [t.text for t in before]
    joined = "".join(texts)
    doc.year = find_year(texts)
    for k, t in enumerate(before[:-1]):
        if t.text in ("部门名称", "单位名称", "预算单位名称") and "部门" not in doc.header:
            name = re.split("联系人|联系电话", before[k + 1].text)[0]
            doc.header["部门"] = Val(name, before[k + 1].text, before[k + 1].source)
        if t.text.startswith(SCORE_TOTALS):
            nxt = next((x for x in before[k + 1 : k + 4] if number(x.text) is not None), None)
            if nxt is not None:
                doc.total_score = Val(number(nxt.text), nxt.text, nxt.source)
    head = next((k for k, t in enumerate(before[:-1]) if t.text == "主管部门"), None)
    if "部门" not in doc.header and head is not None:  # no name label: the form's department is its 主管部门
        doc.header["部门"] = Val(before[head + 1].text, before[head + 1].text, before[head + 1].source)
    if "部门整体" in joined:
        doc.title = doc.header["部门"].str_ if "部门" in doc.header else "部门整体绩效自评表"
        doc.header.setdefault("表名", Val("部门整体绩效自评表", "部门整体绩效自评表", before[0].source))


def _execution(doc: Document, before: list[Token]) -> None:
    """执行率 | 执行率权重 | 执行率得分 run together after the execution block's labels: 76%107.6."""
    first = next((k for k, t in enumerate(before) if funds_column(t.text) == "rate"), None)
    if first is None:
        return
    end = next((k for k in range(first, len(before)) if before[k].text in ("指标名称", "绩效目标")), len(before))
    region = before[first:end]
    for n, t in enumerate(region):
        apart = [x for x in region[n + 1 : n + 3] if _plain(x.text)]
        if t.text.endswith("%") and number(t.text) is not None and len(apart) == 2:  # the three cells apart
            row = doc.funds["total"]
            row.rate, row.weight, row.score = (Val(number(x.text), x.text, x.source) for x in (t, *apart))
            _amounts(row, before[max(0, first - 8) : first], region[:n])
            return
        m = _EXEC.search(t.text)
        if not m:
            continue
        row = doc.funds["total"]
        if m.start() > 0 and (t.text[m.start() - 1].isdigit() or t.text[m.start() - 1] == "."):
            # the amounts ran onto the rate too (548.24578.25573.7899.23%109.92): cut by the form's arithmetic
            _glued(doc, row, t, before[max(0, first - 8) : first])
            return
        row.rate = Val(number(m.group("rate")), m.group("rate"), t.source)
        ws = weight_and_score(m.group("ws"), number(m.group("rate")))
        if ws is not None:
            row.weight = Val(Decimal(ws[0]), ws[0], t.source)
            row.score = Val(Decimal(ws[1]), ws[1], t.source)
            doc.problems.append(problem(f"执行率、权重、得分连在一起（{m.group(0)}），读作{m.group('rate')}、{ws[0]}、{ws[1]}",
                                        f"rate, weight and score run together ({m.group(0)}): read as "
                                        f"{m.group('rate')}, {ws[0]}, {ws[1]}", t.source))
        else:
            doc.problems.append(problem(f"执行率权重与得分连在一起（{m.group('ws')}），无法分开，未读取",
                                        f"execution weight and score run together ({m.group('ws')}); not read",
                                        t.source))
        return


def _glued(doc: Document, row: FundsRow, t: Token, labels: list[Token]) -> None:
    """The execution block's amounts, rate, weight and score run together in ``t``: read by the one cut the form's
    arithmetic allows (``gluedexec``), under the block's money labels in their order; else none of them, said."""
    keys = [k for x in labels if (k := funds_column(x.text)) in MONEY]
    g = RUN.search(t.text)
    read = glued_execution(g.group("run"), g.group("ws"), keys) if g is not None and len(keys) == len(set(keys)) \
        else None
    if g is None or read is None:
        doc.problems.append(problem(f"预算数、执行数、执行率、权重与得分连在一起（{t.text}），无法按表内算术关系唯一拆开，未读取",
                                    f"amounts, rate, weight and score run together ({t.text}): no single split the "
                                    "form's arithmetic confirms; not read", t.source))
        return
    amounts, rate, (weight, score) = read
    for key, item in amounts.items():
        setattr(row, key, Val(item.value, item.text, t.source))
    row.rate = Val(rate.value, rate.text, t.source)
    row.weight, row.score = Val(Decimal(weight), weight, t.source), Val(Decimal(score), score, t.source)
    said = "、".join([*(i.text for i in amounts.values()), rate.text, weight, score])
    doc.problems.append(problem(
        f"预算数、执行数、执行率、权重与得分连在一起（{g.group(0)}），按表内算术关系（执行率 = 执行数 ÷ 预算数，"
        f"得分 = 权重 × 执行率）读作{said}",
        f"amounts, rate, weight and score run together ({g.group(0)}): read by the form's arithmetic (rate = "
        f"executed ÷ budget, score = weight × rate) as {said}", t.source))


def _amounts(row: FundsRow, labels: list[Token], values: list[Token]) -> None:
    """年初预算数 | 全年（调整）预算数 | 全年执行数 printed apart right before the rate: placed under the block's own
    labels, in their order, when there are as many plain numbers as labels (else left missing)."""
    keys = [k for t in labels if (k := funds_column(t.text)) in MONEY]
    nums = values[len(values) - len(keys) :] if keys else []
    if len(keys) != len(set(keys)) or len(nums) != len(keys) or not all(_plain(v.text) for v in nums):
        return
    for key, v in zip(keys, nums):
        setattr(row, key, Val(number(v.text), v.text, v.source))


def _rows(doc: Document, toks: list[Token]) -> None:
    text = ""
    starts: list[tuple[int, Token]] = []
    for t in toks:
        if t.text.startswith(("评价结论", "存在问题", "总分")):
            break
        starts.append((len(text), t))
        text += t.text
    text = text[text.index(CORE) + len(CORE):]
    offset = len(CORE) + starts[0][0] if starts else 0

    def source(pos: int) -> Source:
        return next(t for s, t in reversed(starts) if s <= pos + offset).source

    pos = 0
    parts = _ROW_END.split(text)
    for chunk, flag in zip(parts[::2], parts[1::2], strict=False):
        src = source(pos)
        pos += len(chunk) + len(flag)
        body = _LEAD.sub("", chunk)
        name_m = re.match(r"[^\d%]+", body)
        tail = _TAIL.search(body)
        if name_m is None or tail is None:
            doc.problems.append(problem(f"指标行“{chunk[:30]}”未能分开，未读取", f"indicator row '{chunk[:30]}' "
                                        "could not be split; not read", src))
            doc.extra[HALF_READ] = "有指标行未能读取"
            continue
        name = _NATURE.split(name_m.group(0).rstrip("%"))[0]
        ind = IndicatorRow(level3=Val(name, name, src), source=src)
        ws = weight_and_score(tail.group("ws"), number(tail.group("coef")))
        if ws is None:
            doc.problems.append(problem(f"指标“{name}”的权重与得分连在一起（{tail.group('ws')}），无法分开，未读取",
                                        f"indicator '{name}': weight and score run together ({tail.group('ws')}); "
                                        "not read", src))
            doc.extra[HALF_READ] = "有指标行的权重与得分未能分开"
        else:
            ind.weight = Val(Decimal(ws[0]), ws[0], src)
            ind.score = Val(Decimal(ws[1]), ws[1], src)
        ind.evidence = Val(flag, flag, src)  # 是否核心指标
        doc.indicators.append(ind)
    if parts[-1].strip() and len(parts) % 2 == 1 and doc.indicators:
        doc.extra.setdefault(HALF_READ, "最后一行指标未完（文本在此截断）")

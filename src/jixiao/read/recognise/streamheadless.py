"""An indicator block printed with no header row (``recognise.stream``): its columns read by the form's arithmetic.

Pages often lose the indicator block's header (一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值 | 权重 | 得分): a PDF
page break, an excerpt that begins inside the rows, a converter that dropped the row. The rows are still there,
under their level labels (产出指标, 数量指标 …), each closing in its numbers. Which number is the weight cannot be
told by position alone (指标值 100 | 完成值 97 | 权重 30 | 得分 28, or 权重 first), so each column order the
templates print (``colmodel.INDICATOR_ORDERS``) is tried as the header, and the reading is kept only when the form's
own arithmetic confirms it: the weights read sum to what the form leaves the indicators (its first levels' printed
weights; the total weight less the execution block's; 100 less the execution block's; or, where no execution block
was read, 100 less the 10 or 20 points the templates give it). When no order fits, or orders that fit read the rows
differently, nothing is read and that is said: a wrong column never reaches the audit's arithmetic.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from jixiao.core.records import COLUMNS_ASSUMED, Document, IndicatorRow, Problem, Val
from jixiao.read.recognise.common import problem, swallowed_figures
from jixiao.read.recognise.streamlevels import level1_label, level2_label
from jixiao.read.recognise.streamtotal import total_and_grade
from jixiao.read.recognise.tokens import Token

# The headers the templates print (their labels as ``formspec.STREAM_INDICATOR_COLUMNS`` reads them), right of 三级指标.
HEADERS: tuple[tuple[str, ...], ...] = (
    ("年度指标值", "实际完成值", "分值", "得分", "偏差原因"),  # 财政部 2020
    ("年度指标值", "实际完成值", "分值", "得分"),
    ("指标性质", "指标值", "度量单位", "实际完成值", "分值", "得分", "偏差原因"),  # 2021: 指标性质 | 指标值 | 度量单位
    ("指标性质", "指标值", "度量单位", "实际完成值", "分值", "得分"),
    ("分值", "年度指标值", "实际完成值", "得分", "偏差原因"),  # 安徽, 宁夏: 分值 first
    ("分值", "年度指标值", "实际完成值", "得分"),
)
# Tried when none of those fits: the score column left blank (a form filled before its scoring), a row closing at
# its weight.
WEIGHT_ONLY: tuple[tuple[str, ...], ...] = (("年度指标值", "分值"),)
# Tried last: no weight column, the scores closing the rows (三级指标 | 年初目标值(A) | 实际完成值(B) | 得分, the 20-point
# forms of 湖北 and 云南, whose first levels print their weights in their labels).
SCORE_ONLY: tuple[tuple[str, ...], ...] = (("年初目标值", "实际完成值", "得分"),)
TEMPLATE_EXECUTION = (Decimal(10), Decimal(20))  # the points the templates give the execution block
ASSUMED = "表式给预算执行"  # in how a reading was confirmed: by the points a template gives, not what the page states


def first_row(toks: Sequence[Token], start: int) -> int | None:
    """Where the rows begin: the first level label (产出指标, 数量指标 …) from ``start``."""
    for k in range(start, len(toks)):
        x = toks[k].text
        nxt = toks[k + 1].text if k + 1 < len(toks) else ""
        if level1_label(x, nxt, None, None) is not None or level2_label(x) is not None:
            return k
    return None


def room(doc: Document) -> list[tuple[Decimal, str]]:
    """What the indicators' weights must sum to, by what the form states, each with how it was known."""
    l1 = [v.dec for k, v in doc.level1_weights.items() if k != "预算执行" and v.dec is not None]
    if l1:
        return [(sum(l1, Decimal(0)), "一级指标所印分值之和")]
    total = doc.total_weight.dec
    execution = doc.funds["total"].weight.dec if "total" in doc.funds else None
    if total is not None and execution is not None:
        return [(total - execution, "总分值减预算执行分值")]
    if execution is not None:
        return [(Decimal(100) - execution, "100减预算执行分值")]
    whole = total if total is not None else Decimal(100)
    return [(whole - e, f"总分值{whole}减{ASSUMED}的{e}分") for e in TEMPLATE_EXECUTION]


def _reading(rows: list[IndicatorRow]) -> tuple[tuple[object, ...], ...]:
    """What decides between readings: each row's name, weight and score."""
    return tuple((r.level3.value, r.weight.dec, r.score.dec) for r in rows)


def _sum(rows: list[IndicatorRow], field: str) -> Decimal | None:
    """The rows' weights (or scores) summed; None when a row lacks one."""
    vals = [getattr(r, field).dec for r in rows]
    return None if any(v is None for v in vals) else sum(vals, Decimal(0))


def _scores_fit(doc: Document, rows: list[IndicatorRow]) -> bool:
    """The rows' scores sum to the form's total score less the execution block's."""
    total, got = doc.total_score.dec, _sum(rows, "score")
    execution = doc.funds["total"].score.dec if "total" in doc.funds else None
    return total is not None and got is not None and got + (execution or Decimal(0)) == total


Fit = tuple[Any, Document, list[Problem], str]


def _same_figures(fits: dict[tuple[tuple[object, ...], ...], Fit]) -> dict[tuple[tuple[object, ...], ...], Fit]:
    """Readings that read the same rows with the same weights and scores, differing only in how much of a wrapped
    name they joined back (长效机制 / 长效机制建立: one header took the line after a row as its 偏差原因's and its
    name's ends), are one reading: the one with the names joined whole kept."""
    out: dict[tuple[tuple[object, ...], ...], Fit] = {}
    for key, fit in fits.items():
        twin = next((k for k in out if len(k) == len(key) and all(
            a[1:] == b[1:] and _extends(a[0], b[0]) for a, b in zip(k, key, strict=True))), None)
        if twin is None:
            out[key] = fit
        elif (len(fit[2]), -sum(len(str(r[0])) for r in key)) < (len(out[twin][2]), -sum(len(str(r[0])) for r in twin)):
            del out[twin]  # the reading that said less, then the one with the names joined whole
            out[key] = fit
    return out


def _extends(a: object, b: object) -> bool:
    """One name the other with a wrapped piece joined (or the same): 长效机制 / 长效机制建立, and 群众满意 / 群众满意度
    where one reading also took a level label's cut end before the name (服务对象满意度指群众满意)."""
    x, y = sorted((str(a or ""), str(b or "")), key=len)
    return y.startswith(x) or len(x) >= 3 and x[:-1] in y


def _fits(toks: list[Token], k: int, doc: Document, accept: Callable[[list[IndicatorRow]], str | None],
          headers: Sequence[Sequence[str]], block: Callable[[list[Token], Document, list[Problem]], Any],
          weight_only: bool = False) -> dict[tuple[tuple[object, ...], ...], Fit]:
    """The rows from ``k`` read under each of ``headers``: the readings ``accept`` confirms (it says how), by their
    names, weights and scores, each with its reader, its document, what it said and how it was confirmed."""
    src = toks[k].source
    fits: dict[tuple[tuple[object, ...], ...], Fit] = {}
    for header in headers:
        trial = Document(type=doc.type, title=None, source=doc.source,
                         level1_weights=dict(doc.level1_weights), funds=doc.funds)
        said: list[Problem] = []
        reader = block([*toks[:k], *(Token(x, src) for x in ("三级指标", *header)), *toks[k:]], trial, said)
        reader.weight_only = weight_only
        reader.read(k)
        rows = trial.indicators
        if not rows or any(swallowed_figures(r.level3.str_ or "") for r in rows):
            continue  # a row whose name holds other cells' figures: not this order
        how = accept(rows)
        key = _reading(rows)
        if how is not None and (key not in fits or len(said) < len(fits[key][2])):
            fits[key] = (reader, trial, said, how)  # the same figures read more cleanly under another header
    return fits


def read_headless(toks: list[Token], start: int, doc: Document, problems: list[Problem],
                  block: Callable[[list[Token], Document, list[Problem]], Any]) -> Any:
    """The rows from ``start`` (no header row above them) read under each template header; kept, with what decided
    it said, when the weights of one reading (the rows' names, weights and scores) sum to what the form leaves the
    indicators. ``block`` makes the stream's indicator reader (``streamindicators.IndicatorBlock``); the one that
    read the rows kept is returned (None when none was kept)."""
    k = first_row(toks, start)
    if k is None:
        return None
    src = toks[k].source
    totals = Document(type=doc.type, title=None, source=doc.source, funds=doc.funds,
                      level1_weights=dict(doc.level1_weights))
    total_and_grade(totals, toks[k:], [])  # the total row, read ahead for the sums (the form reads it later)
    targets = room(totals)

    def by_weights(rows: list[IndicatorRow]) -> str | None:
        """The weights make the form's sum; a reading with no score beside them only when the printed total is no
        score (none, or the total weight: 合计 100)."""
        got = _sum(rows, "weight")
        printed = totals.total_score.dec
        if _sum(rows, "score") is None and printed is not None and printed not in (Decimal(100), got):
            return None
        return next((h for want, h in targets if got == want), None)

    def by_scores(rows: list[IndicatorRow]) -> str | None:
        """No weight column (the 20-point forms): every row its target, actual and score, the scores making the
        total less the execution score."""
        whole = all(r.target.value is not None and r.actual.value is not None for r in rows)
        return "总得分减预算执行得分" if whole and _scores_fit(totals, rows) and _sum(rows, "weight") is None else None

    fits = (_fits(toks, k, doc, by_weights, HEADERS, block) or _fits(toks, k, doc, by_scores, SCORE_ONLY, block)
            or _fits(toks, k, doc, by_weights, WEIGHT_ONLY, block, True))
    fits = _same_figures(fits)
    if len(fits) > 1:  # the readings the scores' sum confirms too (Σ 得分 = 总得分 − 预算执行得分), when some are
        confirmed = {key: fit for key, fit in fits.items() if _scores_fit(totals, fit[1].indicators)}
        scored = {key: fit for key, fit in fits.items() if _sum(fit[1].indicators, "score") is not None}
        fits = confirmed or scored or fits  # else a reading with every score beside its weight
    if len(fits) != 1:
        zh, en = (("按各表式的栏目顺序读取均符合分值之和，无法确定各栏", "several column orders fit their weights' sum")
                  if fits else ("按各表式的栏目顺序读取，分值之和均与表内总分不符",
                                "no column order makes their weights sum to the form's"))
        problems.append(problem(f"指标表没有表头，{zh}，指标行未读取",
                                f"the indicator rows have no header, and {en}: the rows are not read", src))
        return None
    reader, trial, said, how = next(iter(fits.values()))
    doc.indicators.extend(trial.indicators)
    doc.level1_weights.update(trial.level1_weights)
    field, zh = ("weight", "分值") if _sum(trial.indicators, "weight") is not None else ("score", "得分")
    got = _sum(trial.indicators, field)
    problems.append(problem(f"指标表没有表头，各栏按表式的栏目顺序读取：{zh}之和{got}与{how}相符",
                            f"the indicator rows have no header: their columns read by a template's order, the "
                            f"{field}s summing to {got} as the form requires", src))
    problems.extend(said)
    if ASSUMED in how:  # the columns told apart by a template's points: a difference among them is the reading's to doubt
        doc.extra[COLUMNS_ASSUMED] = how
    return reader


def total_is_weight(doc: Document, problems: list[Problem]) -> None:
    """A total row's one number read as the total score, on a form whose rows hold weights and no score (the score
    column left blank): it is the total weight when the weights (with the execution block's, or the 10 or 20 points
    the templates give it) make it."""
    total = doc.total_score
    rows = doc.indicators
    weights = _sum(rows, "weight")
    if total.dec is None or doc.total_weight.value is not None or weights is None or any(
            r.score.value is not None for r in rows):
        return
    execution = doc.funds["total"].weight.dec if "total" in doc.funds else None
    if weights + execution != total.dec if execution is not None else total.dec - weights not in TEMPLATE_EXECUTION:
        return
    doc.total_weight, doc.total_score = total, Val(None, None, total.source)
    problems.append(problem(f"合计行的数值{total.text}等于各指标分值之和加预算执行分值，而各行没有得分：读作总分值",
                            f"the total row's {total.text} is the weights' sum with the execution block's, and no row "
                            "has a score: read as the total weight", total.source))

"""What the sums of a form's weights decide when its text leaves a reading open.

A form's weights add up: the first levels' printed weights (产出指标(50分)) and the execution block's make
100, each first level's rows make its weight. Where the text cannot say where a number belongs, these sums
can: a label that is both a first and a second level (满意度指标) is a second level while its first level's
rows do not yet make its weight; a table without a total row is still whole when every first level's rows
make its weight; the rows' two numbers after a unit are 完成值 and 分值 (a form not scored), or 分值 and 得分 (its
完成值 blank), when only that reading makes the weights add up; a funds block without a weight under first
levels that make 100 scores execution among its indicators. Each choice made this way is recorded on the
document.
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.core.records import (
    EXECUTION_AS_INDICATOR,
    HALF_READ,
    MISSING,
    Document,
    IndicatorRow,
    Problem,
    Val,
)
from jixiao.read.recognise.common import problem
from jixiao.read.recognise.formspec import FUNDS_ROW_ZH
from jixiao.read.recognise.tokens import Token, number

EXECUTION = "预算执行"  # the execution block's key among the first-level weights
NO_TOTAL_ROW = "指标表后没有总分或合计行"  # why a stream reading calls its indicator table half read
# extra: rows read in the header's order because no reading made the weights add up (``by_header``): the sums of
# the two readings (as 分值 and 得分, as 完成值 and 分值), the total weight and where the first such row stands
UNPLACED_SUMS = "weights_unplaced_sums"


def level_rows(doc: Document, name: str) -> Decimal:
    """The weights of the rows read under the first level ``name``."""
    return sum((i.weight.dec or Decimal(0) for i in doc.indicators if (i.level1.str_ or "").startswith(name)),
               Decimal(0))


def room_left(doc: Document, level1: str) -> bool:
    """The first level ``level1`` (its label) prints a weight that its rows read so far do not make yet."""
    name = next((a for a in doc.level1_weights if level1.startswith(a)), None)
    w = doc.level1_weights[name].dec if name is not None else None
    return w is not None and level_rows(doc, name or "") < w


def levels_whole(doc: Document) -> bool:
    """Without a total row the table is still whole when its first levels' printed weights make 100 with
    the execution block's, and every first level's rows make its weight (the 自评得分 is in the header)."""
    weights = {k: v.dec for k, v in doc.level1_weights.items() if k != EXECUTION}
    if not weights or any(w is None for w in weights.values()):
        return False
    fw = doc.funds["total"].weight.dec or Decimal(0)
    return sum((w for w in weights.values() if w is not None), fw) == 100 and all(
        level_rows(doc, k) == w for k, w in weights.items())


def execution_as_indicator(doc: Document, problems: list[Problem]) -> None:
    """A funds block without a weight of its own, under first levels whose printed weights make 100 (决策 /
    过程 / 产出 / 效益): the form scores execution among its indicators (预算执行率), and says so."""
    weights = [v.dec for k, v in doc.level1_weights.items() if k != EXECUTION]
    if doc.funds["total"].weight.value is not None or not weights or any(w is None for w in weights):
        return
    if sum((w for w in weights if w is not None), Decimal(0)) == 100:
        doc.extra[EXECUTION_AS_INDICATOR] = True
        problems.append(problem(
            "资金表没有分值栏，一级指标的分值之和为100：预算执行作为指标之一计分，总分即指标得分之和",
            "the funds block has no weight and the first levels' weights make 100: execution is scored as an "
            "indicator, and the total is the sum of the indicators' scores", doc.source))


def funds_row_is_total(doc: Document) -> None:
    """A 分值 of 100 (the whole form's) in the funds block is never the execution block's: its indicators share
    the same 100. When the form scores execution among its indicators (a row 预算执行率) or its indicators alone
    make that weight, the funds row's 分值 and 得分 are the form's total weight and score (湖北鄂州's layout): read
    so, execution as an indicator, and said. Otherwise the 100 is a slip of the form or of the text: said and
    not read, so that no sum is checked against it (江西上饶)."""
    whole = doc.total_weight.dec if doc.total_weight.dec is not None else Decimal(100)
    if doc.extra.get(EXECUTION_AS_INDICATOR):
        return
    row = doc.funds.get("total")
    w = row.weight.dec if row is not None else None
    weights = [i.weight.dec for i in doc.indicators]
    scored_as_row = any("执行率" in (i.level3.str_ or "") for i in doc.indicators)
    alone = bool(weights) and all(x is not None for x in weights) and sum(x for x in weights if x is not None) == w
    if row is not None and w == whole and (scored_as_row or alone):
        where = row.weight.source
        if alone and doc.extra.get(HALF_READ) == NO_TOTAL_ROW:
            del doc.extra[HALF_READ]  # the total row was not missing: it is the funds row, and the rows make its weight
            doc.problems = [p for p in doc.problems if NO_TOTAL_ROW not in p.message]
        if doc.total_weight.value is None:
            doc.total_weight = row.weight
        if doc.total_score.value is None and row.score.value is not None:
            doc.total_score = row.score
        row.weight, row.score = MISSING, MISSING
        doc.extra[EXECUTION_AS_INDICATOR] = True
        doc.problems.append(problem(
            f"资金行的分值{w}即全表总分{whole}，预算执行作为指标之一计分：资金行的分值与得分读作全表的总分值与总分",
            f"the funds row's weight {w} is the whole form's {whole} and execution is scored among the indicators: "
            "the funds row's weight and score are read as the form's total weight and score", where))
        return
    for key, r in doc.funds.items():
        if r.weight.dec is not None and r.weight.dec >= whole:
            doc.problems.append(problem(
                f"{FUNDS_ROW_ZH.get(key, key)}行的分值{r.weight.text}是整张表的分值，不可能是预算执行一项的分值，未读取",
                f"the {key} row's weight {r.weight.text} is the whole form's; it cannot be the execution block's, "
                "not read", r.weight.source))
            r.weight = Val(None, None, r.weight.source)


def by_weight_sum(doc: Document, pending: list[tuple[IndicatorRow, Token, Token, Problem]],
                  problems: list[Problem]) -> bool:
    """Rows whose two numbers (after their unit, or closing a row one cell short) could be 完成值 and 分值 (the
    得分 cell blank: a form not scored) or 分值 and 得分 (the 完成值 cell blank). One column model holds for the
    rows of a table, so they are placed together: by the one reading whose weights, with every other row's and
    the execution block's, make the total weight (printed, or 100); where both do, each row's two numbers being
    equal (11 11), by the total score (the scores make it, or it is made without them). Recorded as chosen so;
    True when the rows were placed whole. Where both readings give each row the same weight and nothing tells
    the score from the 完成值, the weights are read and the other number left unplaced; both with different
    weights: the rows stay unread (their problems stand); neither: ``by_header``."""
    if not pending:
        return True
    placed = {id(ind) for ind, _, _, _ in pending}
    others = [i.weight.dec for i in doc.indicators if id(i) not in placed]
    firsts = [number(first.text) for _, first, _, _ in pending]
    seconds = [number(second.text) for _, _, second, _ in pending]
    if any(w is None for w in others) or any(x is None for x in (*firsts, *seconds)):
        return False
    base = sum((w for w in others if w is not None), doc.funds["total"].weight.dec or Decimal(0))
    total = doc.total_weight.dec if doc.total_weight.dec is not None else Decimal(100)
    as_weight_score = base + sum((x for x in firsts if x is not None), Decimal(0)) == total
    as_actual_weight = base + sum((x for x in seconds if x is not None), Decimal(0)) == total
    if as_weight_score and as_actual_weight and firsts == seconds:  # 11 11: the total score tells 得分 from 完成值
        scores = [i.score.dec for i in doc.indicators if id(i) not in placed]
        if doc.total_score.dec is not None and all(x is not None for x in scores):
            got = sum((x for x in scores if x is not None), doc.funds["total"].score.dec or Decimal(0))
            as_weight_score = got + sum((x for x in seconds if x is not None), Decimal(0)) == doc.total_score.dec
            as_actual_weight = got == doc.total_score.dec
    if not (as_weight_score or as_actual_weight):
        return by_header(doc, pending, problems, base, total)
    if as_weight_score and as_actual_weight and firsts != seconds:
        return False
    for ind, first, second, said in pending:
        if as_weight_score and as_actual_weight:  # 95 95: the weight either way; 完成值 or 得分, the sums cannot say
            ind.weight = Val(number(second.text), second.text, second.source)
            zh = f"{second.text}为分值，{first.text}是完成值还是得分无法确定，未读取"
            en = f"{second.text} weight; {first.text} actual or score, not told"
        elif as_actual_weight:  # 完成值 then 分值; the score is not in the text
            ind.actual = Val(first.text, first.text, first.source)
            ind.weight = Val(number(second.text), second.text, second.source)
            zh = f"{first.text}为完成值、{second.text}为分值，得分未读到"
            en = f"{first.text} actual, {second.text} weight, score not read"
        else:
            ind.weight = Val(number(first.text), first.text, first.source)
            ind.score = Val(number(second.text), second.text, second.source)
            zh, en = f"{first.text}为分值、{second.text}为得分", f"{first.text} weight, {second.text} score"
        problems[problems.index(said)] = problem(
            f"指标“{ind.level3.str_}”的两个数值按分值之和（{total}）确定：{zh}",
            f"indicator '{ind.level3.str_}': its two numbers placed by the sum of the weights ({total}): {en}",
            said.source)
    return not (as_weight_score and as_actual_weight)


def by_header(doc: Document, pending: list[tuple[IndicatorRow, Token, Token, Problem]], problems: list[Problem],
              base: Decimal, total: Decimal) -> bool:
    """Rows whose two numbers no reading makes add up (the weights make the total neither as 分值 and 得分 nor as
    完成值 and 分值): the form's own arithmetic fails whichever cell is blank, a mistake to report, not a reason to
    read nothing. The numbers fill the header's columns in order, the blank cell the one whose reading leaves the
    weights nearer the total (a weight printed one point high makes 101 read as 完成值 and 分值; read as 分值 and 得分
    the 完成值 95 would be a weight, 185): 得分 (完成值 then 分值) or 完成值 (分值 then 得分). Where both are as near,
    where a score would stand above its weight, or where no other row was read, nothing tells and the rows stay
    unread (False). Each row says how it was read, and the form that its weights make the total under neither
    reading: the audit's sum of the weights then reports the mistake."""
    placed = {id(ind) for ind, _, _, _ in pending}
    if not any(i.weight.value is not None for i in doc.indicators if id(i) not in placed):
        return False  # no other row read: the sums say little
    pairs = [(number(first.text) or Decimal(0), number(second.text) or Decimal(0)) for _, first, second, _ in pending]
    sums = [base + sum((p[k] for p in pairs), Decimal(0)) for k in (0, 1)]
    off = [abs(x - total) for x in sums]
    if off[0] == off[1]:
        return False
    scored = off[0] < off[1]  # 分值 then 得分 (the 完成值 blank)
    if scored and any(score > weight for weight, score in pairs):
        return False  # a score above its weight: no reading
    for ind, first, second, said in pending:
        if scored:
            ind.weight = Val(number(first.text), first.text, first.source)
            ind.score = Val(number(second.text), second.text, second.source)
            zh, en = f"{first.text}为分值、{second.text}为得分", f"{first.text} weight, {second.text} score"
        else:
            ind.actual = Val(first.text, first.text, first.source)
            ind.weight = Val(number(second.text), second.text, second.source)
            zh, en = f"{first.text}为完成值、{second.text}为分值", f"{first.text} actual, {second.text} weight"
        problems[problems.index(said)] = problem(
            f"指标“{ind.level3.str_}”的两个数值按表头栏目顺序读取：{zh}（分值之和不能确定哪一栏空白）",
            f"indicator '{ind.level3.str_}': its two numbers read in the header's order: {en} (the weights' sum "
            "cannot tell which cell is blank)", said.source)
    first = pending[0][1]
    doc.extra[UNPLACED_SUMS] = (sums[0], sums[1], total, first.source)
    problems.append(problem(
        f"有指标行末尾只有两个数值，读作分值和得分时分值之和为{sums[0]}，读作完成值和分值时为{sums[1]}，"
        f"都不等于{total}：表内分值不合，按表头栏目顺序读取",
        f"rows end in two numbers: read as weight and score the weights sum to {sums[0]}, as actual and weight to "
        f"{sums[1]}, neither {total}: the form's weights do not add up; read in the header's order", first.source))
    return True


def unscored_runs(doc: Document, glued: list[IndicatorRow], problems: list[Problem]) -> None:
    """Rows whose cells ran together, their 分值 and 得分 cut from one run of digits by the cells' shape (1010 as 10
    and 10): a form that left its 得分 column blank ends each row in its weight alone (11, never 1 and 1). The
    sums decide: where the weights so cut do not make the total weight (printed, or 100) with the execution
    block's, or under each first level with such rows its printed weight (产出指标(40分)), and the runs read
    whole as weights do, the runs are the weights and those rows unscored; recorded as chosen so."""
    if not glued:
        return
    cut = {id(i) for i in glued}
    runs = {id(i): (i.weight.text or "") + (i.score.text or "") for i in glued}
    whole = {k: number(r) for k, r in runs.items()}
    if any(w is None for w in whole.values()):
        return

    def fits(rows: list[IndicatorRow], base: Decimal, want: Decimal) -> bool:
        """The runs read whole make ``want`` with ``base`` and the other rows, and cut they do not."""
        if any(i.weight.dec is None for i in rows):
            return False
        as_cut = sum((i.weight.dec or Decimal(0) for i in rows), base)
        as_whole = sum((whole[id(i)] or Decimal(0) if id(i) in cut else i.weight.dec or Decimal(0) for i in rows), base)
        return as_cut != want and as_whole == want

    total = doc.total_weight.dec if doc.total_weight.dec is not None else Decimal(100)
    by_level: dict[str, list[IndicatorRow]] = {}
    for ind in doc.indicators:
        name = next((a for a in doc.level1_weights if (ind.level1.str_ or "").startswith(a)), None)
        by_level.setdefault(name or "", []).append(ind)
    levels = {k for k, rows in by_level.items() if any(id(i) in cut for i in rows)}
    whole_table = fits(doc.indicators, doc.funds["total"].weight.dec or Decimal(0), total)
    each_level = "" not in levels and all(
        (w := doc.level1_weights[k].dec) is not None and fits(by_level[k], Decimal(0), w) for k in levels)
    if not (whole_table or each_level):
        return
    for ind in glued:
        ind.weight = Val(whole[id(ind)], runs[id(ind)], ind.weight.source)
        ind.score = Val(None, None, ind.score.source)
    shown = "、".join(list(runs.values())[:3]) + ("…" if len(runs) > 3 else "")
    sums = f"分值之和{total}" if whole_table else "各一级指标的分值"
    problems.append(problem(
        f"连在一起的指标行末尾的数字（{shown}）读作分值、得分栏空白：拆成分值和得分时不合{sums}，整个读作分值时相合",
        f"the figures ending the indicator rows run together ({shown}) read as weights, the 得分 column blank: cut "
        f"into weight and score they do not make the weights' sums ({'total' if whole_table else 'first levels'}), "
        "read whole they do", glued[0].source))


def over_level(doc: Document, problems: list[Problem]) -> None:
    """A row's weight above its first level's printed weight (产出指标(25分) over a row read as 43) is no weight of
    that row: a figure of cells run together or misplaced. Its weight and score are left missing, said where they
    stood, never kept to look trustworthy."""
    for ind in doc.indicators:
        name = next((a for a in doc.level1_weights if (ind.level1.str_ or "").startswith(a)), None)
        cap = doc.level1_weights[name].dec if name is not None else None
        w = ind.weight.dec
        if cap is None or w is None or w <= cap:
            continue
        problems.append(problem(
            f"指标“{ind.level3.str_}”读到的分值{ind.weight.str_}大于其一级指标{name}的分值{cap}，分值和得分未读取",
            f"indicator '{ind.level3.str_}': the weight read, {ind.weight.str_}, is above its first level {name}'s "
            f"weight {cap}; weight and score not read", ind.weight.source or ind.source))
        ind.weight = Val(None, None, ind.weight.source)
        ind.score = Val(None, None, ind.score.source)


def lone_figures(doc: Document, lone: list[IndicatorRow], problems: list[Problem]) -> None:
    """Rows that held one figure under 分值 and 得分 columns, read as their weight: where other rows hold scores, a
    blank cell vanished and the figure may as well be the score. Kept only when the first level's weights
    confirm it (its rows then make its printed weight) or the score column is blank throughout; else missing."""
    if not any(i.score.value is not None for i in doc.indicators):
        return  # no row holds a score: the form's 得分 column is blank, its one figure per row the weight
    for ind in lone:
        name = next((a for a in doc.level1_weights if (ind.level1.str_ or "").startswith(a)), None)
        cap = doc.level1_weights[name].dec if name is not None else None
        if ind.weight.value is None or cap is not None and level_rows(doc, name or "") == cap:
            continue
        problems.append(problem(
            f"指标“{ind.level3.str_}”只有一个数值{ind.weight.str_}，其他指标有分值和得分：是分值还是得分无法确定，未读取",
            f"indicator '{ind.level3.str_}' holds one figure, {ind.weight.str_}, where other rows hold a weight and a "
            "score: weight or score cannot be told; not read", ind.weight.source or ind.source))
        ind.weight = Val(None, None, ind.weight.source)

"""A project's evaluation score table (项目支出绩效评价评分表, 决策 / 过程 / 产出 / 效益), read by meaning.

The table is found by its header (一级指标 … 分值 … 得分, the labels read even when OCR slipped: 考值参分 for
参考分值, 预匏数 for 预算数) and by its first levels, which are an evaluation's (决策, 过程 or 管理, 投入) and not a
self-evaluation form's (产出指标 / 效益指标 only). Its rows are read by their weights (``evaltree``), whatever the
layout the text reached us in: one cell a line, flattened, run together. The funds block (年度资金总额 with its
run-together amounts placed by the form's arithmetic, or the report form's 计划投资额 / 实际使用情况), the
project's name and the total (自评得分 98, 总分 100 94, 总体得分95分) are read by their labels. The first levels'
weights become the document's, so the audit checks that they make 100 and that no level's scores pass its weight;
a table the text cuts short is marked half read, and what could not be read is said.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.core.numbers import normalize_text
from jixiao.core.records import FUNDS_ROWS, HALF_READ, NO_REASON_COLUMN, Document, FundsRow, IndicatorRow, Val
from jixiao.read.base import FileRead
from jixiao.read.recognise import evaltree, evaltree_cells, report
from jixiao.read.recognise.common import find_year, problem, squash
from jixiao.read.recognise.levelsum import execution_as_indicator
from jixiao.read.recognise.ocrslips import find_near, mend_digits, near
from jixiao.read.recognise.placement import place
from jixiao.read.recognise.reportwords import grade_said
from jixiao.read.recognise.transfer_text import Flat, flatten

TYPE = "project_self_evaluation"
LEVELS = ("一级指标", "二级指标", "三级指标")
WEIGHT = ("参考分值", "指标分值", "考核分值", "分值", "权重", "标准分")
SCORE = ("自评得分", "评价得分", "自评分", "得分")
OTHER = ("未完成原因分析及改进措施", "偏差原因分析及改进措施", "未完成原因", "扣分原因", "原因分析", "改进措施", "备注",
         "指标评价内容", "评分标准", "评价标准", "指标解释", "具体指标", "评价要点", "评分依据", "全年实际值", "实际完成值",
         "实际值", "完成值", "年度指标值", "指标值", "目标值")
HEADER = (*LEVELS, *WEIGHT, *SCORE, *OTHER)
# the first levels of an evaluation (not of a self-evaluation form, whose first levels are 产出 / 效益 / 满意度 only)
EVALUATION = re.compile(r"决策|项目管理|项目过程|过程管理|投入")
_PROSE = re.compile(r"[^。；;！]*(?:[。；;！]|如下\s*[:：])")  # a sentence, or the clause that opens what follows
DEPARTMENT = re.compile(r"部门整体|整体支出|部门(?:决策|管理|产出|效益|履职)")
FIRST_LEVELS = ("项目决策", "项目过程", "项目管理", "项目产出", "项目效益", "项目绩效", "项目投入")  # OCR'd ones mended
TOTAL = re.compile(r"(自评得分|自评总分|综合评价得分|综合得分|评价得分|总体得分|总得分|总分|合计)\s*[:：]?\s*(?:为\s*)?"
                   r"(\d+(?:\.\d+)?)(?:(?:\s*分\s*|\s+)(\d+(?:\.\d+)?))?(?![\d.]*\s*(?:万|元|%|年))")
FUNDS_LABELS = {  # the funds block's column labels, in the order a form prints them
    "年初预算数": "initial_budget", "调整预算数": "annual_budget", "全年预算数": "annual_budget",
    "全年执行数": "executed", "分值": "weight", "执行率": "rate", "得分": "score",
}
_NUMBERS = re.compile(r"\d[\d.,%]*(?:\s+\d[\d.,%]*)*")  # a funds row's numbers, apart or run together
_GRADE_REACH = 80  # characters after the total within which its grade stands
_REACH = 160  # characters after 年度资金总额 within which its column labels and numbers stand
_HEADER_REACH = 200  # characters after 一级指标 within which the header's labels stand


def _fold(text: str) -> str:
    return mend_digits(normalize_text(text).replace("|", " "))  # full width folded, ① kept (a list marker)


def recognise(fr: FileRead) -> list[Document]:
    t = flatten(fr, _fold, " ")
    head = _header(t.text)
    if head is None:
        return []
    start, body_start, per_level, reasons, criteria, levels, glued = head
    end = _body_end(t.text, body_start)
    body = t.text[body_start:end]
    before = _PROSE.sub(" ", t.text[max(0, start - 300) : start])  # (a page's sentences name no form: 我单位对项目支出和
    # 部门整体支出开展了绩效自评……现将有关情况公开如下：)
    if not EVALUATION.search(body[:600]) or DEPARTMENT.search(before + t.text[start : body_start + 600]):
        return []  # not an evaluation's levels, or a department's (部门决策, 部门整体: the department readers' own)
    cs = evaltree_cells.cells(body, body_start)
    first = next((c for c in cs if c.kind != "text"), None)
    marker_first = first is not None and first.kind == "marker" and not evaltree_cells.clean_name(
        "".join(c.text for c in cs[: cs.index(first)]))
    tree = evaltree.Reader(cs, per_level, marker_first, criteria, levels, glued).read()
    if len(tree.leaves) < 2 or _scores_off_rows(fr, t, tree):
        return []
    doc = _document(fr, t, start, end, tree)
    if not reasons:
        doc.extra[NO_REASON_COLUMN] = True
    return [doc]


def _scores_off_rows(fr: FileRead, t: Flat, tree: evaltree.Tree) -> bool:
    """Most scores were taken from a line after their row's where the table gives a row a line of its own (the line
    of each row's weight holds three cells or more between pipes): a blank 得分 column, each "score" the next row's
    weight (a rule table, 评分标准 with 得分 left blank, its empty cells collapsed). Not a score table then."""
    cells = {s.line: x.count("|") for x, s in fr.body if s.line is not None}
    for table in fr.tables:
        for row in table.rows:
            if row and row[0].source.line is not None:
                cells[row[0].source.line] = max(cells.get(row[0].source.line, 0), len(row) - 1)
    scored = [leaf for leaf in tree.leaves if leaf.score_pos is not None]
    off = 0
    for leaf in scored:
        w, sc = t.source_at(leaf.weight_pos).line, t.source_at(leaf.score_pos or 0).line
        off += w is not None and sc is not None and sc != w and cells.get(w, 0) >= 2
    return bool(scored) and off * 2 > len(scored)


CRITERIA = ("指标评价内容", "评分标准", "评价标准", "指标解释", "具体指标", "评价要点", "评分依据")
REASON = ("未完成原因分析及改进措施", "偏差原因分析及改进措施", "未完成原因", "扣分原因", "原因分析", "改进措施")


def _header(text: str) -> tuple[int, int, bool, bool, bool, int, bool] | None:
    """(where 一级指标 stands, where the rows begin, whether every level has its own weight column, whether the
    table has a column for the reasons of lost points, whether it has a column of criteria, how many levels,
    whether 得分 is run together with the 分值 before it: the rows' two figures glued as well)."""
    at = find_near(text, ("一级指标",))
    if at is None:
        return None
    h = at[0]
    digit = re.compile(r"\d").search(text, h)
    stop = min(digit.start() if digit else len(text), h + _HEADER_REACH)
    found: list[tuple[int, str]] = []
    k = h
    while k < stop:
        hit = find_near(text, HEADER, k, stop)
        if hit is None:
            break
        found.append(hit)
        k = hit[0] + len(hit[1])
    labels = [lab for _, lab in found]
    if not any(lab in WEIGHT for lab in labels) or not any(lab in SCORE for lab in labels):
        return None
    body = found[-1][0] + len(found[-1][1])
    paren = re.compile(r"\s*[(（][^()（）\d]{0,12}[)）]").match(text, body)  # 得分(B) … 措施(说明)
    body = paren.end() if paren else body
    second = next((p for p, lab in found if lab == "二级指标"), None)
    per_level = second is not None and any(lab in WEIGHT and p < second for p, lab in found)
    pairs = zip(found, found[1:])
    glued = any(a in WEIGHT and b in SCORE and p + len(a) == q for (p, a), (q, b) in pairs)  # 分值得分, run together
    return (h, body, per_level, any(lab in REASON for lab in labels),
            any(lab.startswith(CRITERIA) or lab.endswith("标准") for lab in labels),
            max(2, sum(1 for lab in labels if lab in LEVELS)), glued and not per_level)


def _body_end(text: str, start: int) -> int:
    """Where the score table's rows end: at its total row, the next form's header or name, else the text's end."""
    nxt = re.compile(r"项目名称|一级指标|(?:合计|总分|总计)\s*\d").search(text, start)
    return nxt.start() if nxt else len(text)


def _val(value: Decimal | None, text: str, t: Flat, pos: int | None) -> Val:
    return Val(value, text, t.source_at(pos)) if pos is not None else Val(None)


def _document(fr: FileRead, t: Flat, start: int, end: int, tree: evaltree.Tree) -> Document:
    src = t.source_at(start)
    problems = [problem("从项目评价得分表读取（决策、过程、产出、效益按分值逐级相加）",
                        "read from a project evaluation score table (levels by their weights)", src)]
    doc = Document(type=TYPE, title=None, source=src, problems=problems)
    doc.funds = {k: FundsRow() for k in FUNDS_ROWS}
    for r in tree.roots:  # 顼目产出 is 项目产出
        r.name = next((k for k in FIRST_LEVELS if r.name and near(r.name, k)), r.name)
    for leaf in tree.leaves:
        l1 = leaf.path[0].name if leaf.path else None
        l2 = leaf.path[1].name if len(leaf.path) > 1 else None
        doc.indicators.append(IndicatorRow(
            level1=Val(l1, l1, t.source_at(leaf.path[0].pos)) if l1 else Val(None),
            level2=Val(l2, l2, t.source_at(leaf.path[1].pos)) if l2 else Val(None),
            level3=Val(leaf.name, leaf.name, t.source_at(leaf.pos)),
            weight=_val(leaf.weight, str(leaf.weight), t, leaf.weight_pos),
            score=_val(leaf.score, str(leaf.score), t, leaf.score_pos),
            source=t.source_at(leaf.pos)))
    named = bool(tree.roots) and all(r.name for r in tree.roots)
    if named and sum((r.weight for r in tree.roots), Decimal(0)) == 100:
        doc.level1_weights = {str(r.name): Val(r.weight, f"{r.weight}", t.source_at(r.pos)) for r in tree.roots}
    elif tree.roots:
        tree.doubt = True
        problems.append(problem(
            "一级指标的分值未读全或相加不为100，不按一级指标核对", "the first levels' weights were not all read or do "
            "not make 100; not checked by first level", src))
    for ind in doc.indicators if tree.doubt else []:  # a score above its weight in a doubtful reading: not read
        if ind.score.dec is not None and ind.weight.dec is not None and ind.score.dec > ind.weight.dec:
            problems.append(problem(
                f"“{ind.level3.str_}”读到的得分{ind.score.text}高于分值{ind.weight.text}，而评分表未能完整读取：得分未读取",
                f"'{ind.level3.str_}': the score read is above its weight in a table not read whole; not read",
                ind.score.source))
            ind.score = Val(None, None, ind.score.source)
    for zh, en, pos in tree.notes:
        problems.append(problem(zh, en, t.source_at(pos)))
    _funds(doc, t, start)
    _total(doc, t, start, end)
    name = report.NAME.search(t.text, 0, start)
    if name is not None:
        doc.header["项目名称"] = Val(name.group(1), name.group(1), t.source_at(name.start(1)))
        doc.title = name.group(1)
    doc.year = find_year([t.text[:400]])
    execution_as_indicator(doc, problems)
    if tree.cut or tree.doubt or doc.total_score.value is None:
        doc.extra[HALF_READ] = ("评分表未读完（文本在表中截断，或有层级的分值未读全）" if tree.cut or tree.doubt
                                else "评分表后没有总分")
        problems.append(problem(f"指标表可能不完整：{doc.extra[HALF_READ]}",
                                "the score table may be incomplete", src))
    return doc


def _funds(doc: Document, t: Flat, start: int) -> None:
    """年度资金总额 and its columns before the table (numbers placed by the form's arithmetic), else the
    amounts the report form states (计划投资额 570 … 实际使用情况 395.86)."""
    total = doc.funds["total"]
    at = find_near(t.text, ("年度资金总额",), 0, start)
    if at is not None:
        base = at[0] + len(at[1])
        window = t.text[base : min(start, base + _REACH)]
        digit = re.compile(r"\d").search(window)
        labels = window[: digit.start()] if digit else window  # the column labels stand before the numbers
        cols: list[str] = []
        k = 0
        while (hit := find_near(labels, FUNDS_LABELS, k)) is not None:
            if FUNDS_LABELS[hit[1]] not in cols:
                cols.append(FUNDS_LABELS[hit[1]])
            k = hit[0] + len(hit[1])
        run = _NUMBERS.match(window, digit.start()) if digit else None
        placed = place(run.group(0).split(), cols) if cols and run is not None else None
        if placed is not None and run is not None and placed.how == "label order":
            doc.problems.append(problem(
                f"年度资金总额行的数值“{run.group(0)}”与栏目对不上（没有一种放法合乎表内算术），未读取",
                f"the funds row's numbers '{run.group(0)}' fit no placement under its columns; not read",
                t.source_at(base + run.start())))
            return
        if placed is not None and run is not None:
            pos = base + run.start()
            for key, item in placed.values.items():
                setattr(total, key, Val(item.value, item.text, t.source_at(pos)))
            if placed.how != "as printed":
                doc.problems.append(problem(
                    f"年度资金总额行的数值“{run.group(0)}”按表内算术关系放入各栏（{placed.how}）",
                    f"the funds row's numbers '{run.group(0)}' placed by the form's arithmetic ({placed.how})",
                    t.source_at(pos)))
            return
    b = report.BUDGET.search(t.text, 0, start)
    e = report.EXECUTED.search(t.text, b.end(), min(start, b.end() + _REACH * 2)) if b is not None else None
    if b is not None and e is not None:
        total.annual_budget = report.amount(b, t)[0]
        total.executed = report.amount(e, t)[0]


def _total(doc: Document, t: Flat, start: int, end: int) -> None:
    """The total: a 总分 / 合计 row after the rows (分值 then 得分, or 得分 alone), else a 自评得分 stated before."""
    after = [m for m in TOTAL.finditer(t.text, start, min(len(t.text), end + 40)) if m.group(1) in ("总分", "合计")]
    before = [m for m in TOTAL.finditer(t.text, 0, start) if m.group(1) not in ("总分", "合计")]
    m = after[-1] if after else before[0] if before else None
    if m is None:
        return
    two = m.group(3) is not None
    score_at = 3 if two else 2
    value = Decimal(m.group(score_at))
    if value > 100 and not two:  # 合计10096: the rows' weights (100) and the score run together
        whole = sum((i.weight.dec or Decimal(0) for i in doc.indicators), Decimal(0))
        digits, head = m.group(2), f"{whole.normalize():f}"
        rest = digits[len(head):]
        if not digits.startswith(head) or not rest or rest.startswith("0") or Decimal(rest) > whole:
            return
        at = m.start(2)
        doc.total_weight = Val(whole, head, t.source_at(at))
        doc.total_score = Val(Decimal(rest), rest, t.source_at(at))
        doc.problems.append(problem(f"{m.group(1)}“{digits}”读作分值{head}、得分{rest}（按各行分值之和）",
                                    f"{m.group(1)} '{digits}' read as weight {head} and score {rest} (the rows' "
                                    "weights sum)", t.source_at(at)))
    elif value > 100:
        return
    else:
        doc.total_score = Val(value, m.group(score_at), t.source_at(m.start(score_at)))
        if two:
            doc.total_weight = Val(Decimal(m.group(2)), m.group(2), t.source_at(m.start(2)))
    doc.extra["total_label"] = m.group(1)
    grade = grade_said(t.text, m.end(), min(len(t.text), m.end() + _GRADE_REACH))  # (评价等级 | 优)
    if grade is not None:
        doc.grade = Val(squash(grade.group(1)), grade.group(1), t.source_at(grade.start(1)))

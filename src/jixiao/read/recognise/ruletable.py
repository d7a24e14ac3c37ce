"""Scoring-rule tables (评分细则, 考核细则, 评价指标体系) and department score tables whose rows reached us as table
rows (pipes, xlsx, docx, HTML), read by a column model: the header row names the columns by meaning (levels or
the indicator's name, 分值, 评分标准 / 考核内容及评分标准, 指标解释, 得分, 序号) wherever they stand, and each row's
cells are placed under them. A row shorter than the header lost its leading merged cells (rowspans): its cells
are aligned to the header from the right and the levels above carry down. A row with no weight and no name
continues the rule text of the row above. The 合计 row gives the printed total.

What the table does not print stays missing (a weight cell that is not a number is a located problem), and a
table of another reader's family is left to it: indicator codes (recognise.dept), seed 000's 考核指标 table
(recognise.assessment), a project form's block.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.core.numbers import parse_decimal
from jixiao.core.records import FUNDS_ROWS, MISSING, NO_REASON_COLUMN, Document, FundsRow, IndicatorRow, Val
from jixiao.core.source import Source
from jixiao.core.table import Cell, Table
from jixiao.read.base import FileRead
from jixiao.read.recognise import assessment
from jixiao.read.recognise.common import close_by_total, find_year, problem
from jixiao.read.recognise.common import squash as _squash
from jixiao.read.recognise.deptmark import (
    heading_names_department,
    names_targets_and_actuals,
)
from jixiao.read.recognise.gradebands import grade_after
from jixiao.read.recognise.labeltree import PROJECT_ANCHORS
from jixiao.read.recognise.ruletable_columns import Header, cell_text, cell_val, header, place
from jixiao.read.recognise.ruletable_csv import csv_tables
from jixiao.read.recognise.ruletable_grid import grid_tables
from jixiao.read.recognise.ruletable_pipes import pipe_tables
from jixiao.read.recognise.rulewords import (
    EXPLAIN_COLUMNS,
    GRADE_LABEL,
    NAME_COLUMNS,
    RULE_COLUMNS,
    SUBTOTAL,
    TOTAL_WORDS,
    clause_name,
    field,
)
from jixiao.read.recognise.scoregroups import fold_groups

_TITLE_WORDS = re.compile(r"评分|细则|评价|考核|考评|指标体系|检查|督查|评定|评估|验收")
_SENTENCE_MARKS = re.compile(r"[，,。；;：:]")
_TABLE_NAME = re.compile(r"(?:表|细则|标准|办法|体系|方案)(?:[(（][^()（）]*[)）])?$")
_CODED = re.compile(r"^[A-Z]\d{0,4}(?![A-Za-z\d])")
def _read(table: Table, hd: Header, file: str) -> tuple[list[IndicatorRow], Val, Val, list[str], bool]:
    names = hd.names
    carried: dict[int, Val] = {}
    subs: dict[int, Val] = {}  # rows read as items of a name merged over them: the shared name
    rows: list[IndicatorRow] = []
    problems: list[str] = []
    total_w = total_s = MISSING
    closed = False
    subtotals: list[tuple[list[Cell], int]] = []  # each section's sums, and the rows read before it
    for raw in table.rows[hd.row + 1 :]:
        if all(c.blank for c in raw):
            continue
        first = _squash(raw[0].text) if raw else ""
        if any(SUBTOTAL.match(_squash(c.text)) for c in raw[:2]):
            subtotals.append((raw, len(rows)))
            continue  # a section's sums: no row
        if first in TOTAL_WORDS or any(_squash(c.text) in TOTAL_WORDS for c in raw[:2]):
            nums = [c for c in raw if parse_decimal(c.text.removesuffix("分")) is not None]
            if nums:
                total_w = cell_val(nums[0])
                total_s = cell_val(nums[1]) if len(nums) > 1 else MISSING
            closed = True
            break
        cells = place(raw, hd)

        def at(field: str, cells: list[Cell | None] = cells) -> Cell | None:
            k = hd.col(field)
            return cells[k] if k is not None else None

        weight = cell_val(at("weight"))
        leaf_cell = cells[names[-1]]
        leaf, rule = cell_text(leaf_cell), cell_text(at("rule"))
        if not leaf and weight is MISSING:  # a wrapped line of the row above: its rule text goes on
            if rows and rule:
                prev = rows[-1]
                joined = (prev.rule_text.text or "") + rule
                prev.rule_text = Val(joined, joined, prev.rule_text.source)
            continue
        for k in names[:-1]:
            c = cells[k]
            if c is not None and cell_text(c):
                carried[k] = _level(c, cells, hd.weight_of(k))
                for deeper in names[names.index(k) + 1 : -1]:
                    carried.pop(deeper, None)
        above = [carried.get(k, MISSING) for k in names[:-1]]
        src = next((c.source for c in cells if c is not None), Source(file))
        explain = cell_text(at("explain"))
        ind = IndicatorRow(
            level1=above[0] if above else MISSING, level2=above[-1] if len(above) > 1 else MISSING,
            level3=Val(leaf, leaf, leaf_cell.source if leaf_cell else src) if leaf else MISSING,
            weight=weight, score=cell_val(at("score")),
            rule_text=Val(rule, rule, src) if rule else MISSING,
            evidence=Val(explain, explain, src) if explain else MISSING,
            source=src,
        )
        if not leaf and leaf_cell is not None and leaf_cell.merged and rule and weight.dec is not None and rows \
                and rows[-1].rule_text.str_ and (rows[-1].level3.str_ or id(rows[-1]) in subs):
            for r in (rows[-1], ind) if id(rows[-1]) not in subs else (ind,):  # items of one name, each weighed
                _sub_row(r, rows[-1].level3 if id(rows[-1]) not in subs else subs[id(rows[-1])])
                subs[id(r)] = r.level2 if r.level4.str_ is None else r.level3
        if weight.value is None:
            problems.append(f"“{leaf or '?'}”的分值未能读出：{weight.text or '空'}")
        rows.append(ind)
    if not closed and (sub := _whole_subtotal(subtotals, rows)) is not None:
        total_w, closed = sub, True
    return rows, total_w, total_s, problems, closed


def _whole_subtotal(subtotals: list[tuple[list[Cell], int]], rows: list[IndicatorRow]) -> Val | None:
    """A table without its total row whose one 小计 row closes it, after every row, and whose rows' weights make
    that 小计 (小计分值 | 30): the table is that one section, the 小计 its total. Several sections, a row after it,
    or weights that do not make it: a section's sums only, the table half read as before."""
    if len(subtotals) != 1 or subtotals[0][1] != len(rows) or not rows:
        return None
    nums = [c for c in subtotals[0][0][1:3] if parse_decimal(c.text.removesuffix("分")) is not None]
    ws = [r.weight.dec for r in rows]
    if not nums or any(w is None for w in ws):
        return None
    sub = cell_val(nums[0])
    return sub if sub.dec == sum((w for w in ws if w is not None), Decimal(0)) else None


def _sub_row(row: IndicatorRow, shared: Val) -> None:
    """A row under a name merged over several rows, each with its own weight and rule (环境卫生 | (1)有环卫管理机构…
    | 20, then | (2)中心镇… | 20): the shared name is its level, the row is named by its rule's first clause."""
    name, _ = clause_name(row.rule_text.str_ or "")
    own = Val(name, name, row.rule_text.source)
    if row.level2.str_ is None:
        row.level2, row.level3 = shared, own
    else:
        row.level3, row.level4 = shared, own


def _level(cell: Cell, cells: list[Cell | None], wk: int | None) -> Val:
    """A level's label, with the weight its own 分值 column prints (投入 | 20 → 投入(20分)) unless the label has one:
    then the value names both, the text is the label as printed and the source is the weight's cell (what the
    audit's sum check of the level cites is that weight)."""
    text = cell_text(cell)
    weight = cell_val(cells[wk]) if wk is not None else MISSING
    if weight.dec is not None and not re.search(r"[(（]\s*\d+(?:\.\d+)?\s*分?\s*[)）]$", text):
        label = f"{text}({weight.text.removesuffix('分') if weight.text else weight.dec}分)"
        return Val(label, text, weight.source or cell.source)
    return Val(text, text, cell.source)


def _grade(table: Table, hd: Header, body: list[tuple[str, Source]]) -> Val:
    """The grade a score table prints in its total row after the figures (合计 | 100 | 92 | 优), or in a row of its
    own under it (评价等级 | 良好), in the table or on the lines just after it: missing where it prints none."""
    rows = table.rows[hd.row + 1 :]
    at = next((k for k, r in enumerate(rows) if any(_squash(c.text) in TOTAL_WORDS for c in r[:2])), None)
    if at is None:
        return MISSING
    total = rows[at]
    last = max((k for k, c in enumerate(total) if parse_decimal(c.text.removesuffix("分")) is not None), default=0)
    for cells in (total[last + 1 :], *(r for r in rows[at + 1 : at + 3] if GRADE_LABEL.search(r[0].text))):
        texts = [c for c in cells if not c.blank]
        found = grade_after(" | ".join(c.text for c in texts)) if texts else None
        if found is not None:
            cell = next((c for c in texts if found[0] in c.text), texts[0])
            return Val(found[0], found[0], cell.source)
    end = max((c.source.line or 0 for c in total), default=0)
    for text, src in [(t, s) for t, s in body if (s.line or 0) > end][:3]:
        found = grade_after(text.strip(" |")) if GRADE_LABEL.search(text) else None
        if found is not None:
            return Val(found[0], found[0], src)
    return MISSING


def recognise(fr: FileRead) -> list[Document]:
    # box-drawn: ruletable_grid; a quote-all CSV export whose rows the page ran together: ruletable_csv
    out = _recognise(fr, [*fr.tables, *(grid_tables(fr) + csv_tables(fr) if fr.format == "text" else [])])
    if fr.format == "text" and (not out or any(_unplaced(doc) for doc in out)):
        # pipe rows broken over lines (ruletable_pipes): read by the header's columns from the stream of cells; kept
        # over the lines' reading where that left weights unread and the stream places more weights and scores
        rebuilt = _recognise(fr, pipe_tables(fr), rebuilt=True)
        if not out or _placed(rebuilt) > _placed(out):
            out = rebuilt
            for doc in out:
                if _serials_as_weights(doc):
                    doc.extra["rows_rebuilt"] = True  # (its sums are checked as suspects: audit.assessment)
                doc.problems.insert(0, problem("表格的行在文本中被拆散：按表头的列（名称、分值、评分标准、得分）重新组行",
                                               "the table's rows were broken in the text: rebuilt by the header's columns",
                                               doc.source))
    return out


def _serials_as_weights(doc: Document) -> bool:
    """Whether rows rebuilt from broken text may have taken the 序号 column for weights: the header names a 序号 and
    the weights read hold two row numbers in turn (… 5, 6 …, or 1 … 2 … 3 between the true weights)."""
    hd = header(doc.tables[0]) if doc.tables else None
    head = doc.tables[0].rows[hd.row] if hd is not None else []
    if not any(_squash(c.text) == "序号" for c in head):
        return False
    ws = [int(w) for r in doc.indicators if (w := r.weight.dec) is not None and w == w.to_integral_value() and 0 < w <= 99]
    return any(b == a + 1 for a, b in zip(ws, ws[1:])) or any(
        ws.index(k) < ws.index(k + 1) < ws.index(k + 2) for k in range(1, 8) if {k, k + 1, k + 2} <= set(ws))


def _unplaced(doc: Document) -> bool:
    """Whether the lines were not the table's rows: a row's weight cell holds no number (its cells fell under other
    columns: the header's last columns on the next line, a row's score on the next row's), or the header's line
    holds a number (the first row run onto it)."""
    hd = header(doc.tables[0]) if doc.tables else None
    head = doc.tables[0].rows[hd.row] if hd is not None else []
    return any(r.weight.dec is None and r.weight.text for r in doc.indicators) or any(
        parse_decimal(c.text.strip().removesuffix("分")) is not None for c in head)


def _project(fr: FileRead, rows: list[IndicatorRow]) -> bool:
    """Whether a file's text names a project's form (项目名称, 年度资金总额 …) or a table's first levels a project's
    evaluation (决策, 项目决策 …)."""
    texts = [t for t, _ in fr.body] + [c.text for t in fr.tables for row in t.rows for c in row]
    return any(a in t for t in texts for a in PROJECT_ANCHORS) or any(
        _squash(r.level1.text or "").startswith(("决策", "项目")) for r in rows)


PROJECT = "project_self_evaluation"
# the first levels of a project's evaluation (决策 / 过程 / 产出 / 效益, 项目决策 …), never a department's (部门决策)
_EVALUATED = re.compile(r"^(?:项目)?(?:决策|过程|管理|投入|产出|效益|绩效)")


def _evaluated_project(rows: list[IndicatorRow]) -> bool:
    """Whether a scored table's first levels are a project evaluation's: 决策 and 过程 (or 管理, 投入) among them."""
    firsts = {_squash(r.level1.text or "") for r in rows}
    return any(f.startswith(("决策", "项目决策")) for f in firsts) and sum(bool(_EVALUATED.match(f)) for f in firsts) >= 2


def _placed(docs: list[Document]) -> int:
    """How many weights and scores a reading placed under their columns."""
    return sum((r.weight.dec is not None) + (r.score.dec is not None) for d in docs for r in d.indicators)


def _recognise(fr: FileRead, tables: list[Table], rebuilt: bool = False) -> list[Document]:
    """The score and rule tables among ``tables``; ``rebuilt``: rebuilt from the text's stream of cells, a scored
    table with a 评分标准 column is a department's unless the file names a project's form or its first levels a
    project's evaluation (``_project``), as ``scoretable`` reads such text (``evalform`` reads a project's)."""
    out: list[Document] = []
    for table in tables:
        hd = header(table)
        if hd is None or assessment._header(table) is not None:
            continue  # seed 000's 考核指标 | 二级指标 | 分值 | 评分标准: recognise.assessment's
        if names_targets_and_actuals("".join(c.text for c in table.rows[hd.row])):
            continue  # 年度指标值 | 实际完成值: a self-evaluation form's indicator block, the form readers'
        rows, total_w, total_s, problems, closed = _read(table, hd, fr.source.file)
        named = [r for r in rows if r.level3.str_]
        if len(named) < 2 or sum(r.weight.dec is not None for r in named) * 2 < len(named):
            continue
        if len(named) == 2 and not all(r.weight.dec is not None and (r.rule_text.str_ or hd.col("rule") is None)
                                       for r in named):
            continue  # two rows are a table where both print their weight and their rule
        if sum(bool(_CODED.match(r.level3.str_ or "")) for r in named) * 2 >= len(named):
            continue  # indicator codes: recognise.dept
        above = [c.text for row in table.rows[: hd.row] for c in row if c.text.strip() and field(c.text) is None]  # a title
        before = [*table.preamble, *above, *(t for t, _ in fr.body if t)][:40]
        scored = sum(r.score.dec is not None for r in named)
        if (scored or hd.col("rule") is None) and any(_squash(t).startswith(PROJECT_ANCHORS) for t in table.preamble):
            continue  # a project form's indicator block; a project's 评分标准 table without scores is a rule table
        if scored == 0:
            kind = "assessment_rules"
        elif scored * 2 >= len(named) and (heading_names_department(before)
                                           or any("部门" in (r.level1.str_ or "") for r in named)
                                           or (rebuilt and hd.col("rule") is not None and not _project(fr, named))):
            kind = "dept_evaluation"
        elif scored * 2 >= len(named) and _evaluated_project(named) and not heading_names_department(before):
            kind = PROJECT  # a project's (or a transfer's) evaluation scored by its levels (决策 / 过程 / 产出 / 效益)
        else:
            continue
        titled = [t for t in reversed([*table.preamble, *above]) if _TITLE_WORDS.search(t)]
        # a title is no sentence (考核总分为100分,考核采取…: a line of the text above the table, not its name)
        # … and names a table (…评定表, …考核细则, …评估标准) before a form's field (评定日期)
        plain = [t for t in titled if not _SENTENCE_MARKS.search(t)]
        title = next((t for t in plain if _TABLE_NAME.search(t)), plain[0] if plain else titled[0] if titled else None)
        grade = _grade(table, hd, fr.body) if kind != "assessment_rules" else MISSING
        doc = Document(type=kind, title=_squash(title) if title else None, grade=grade,
                       source=Source(fr.source.file, table.source.line), year=find_year(table.preamble),
                       indicators=named, total_weight=total_w, total_score=total_s if kind != "assessment_rules"
                       else MISSING, tables=[table])
        if kind == PROJECT:
            doc.funds = {k: FundsRow() for k in FUNDS_ROWS}  # a score table prints no funds block
            if not any("原因" in c.text for c in table.rows[hd.row]):
                doc.extra[NO_REASON_COLUMN] = True  # no 扣分原因 column: no reason can be missing from it
        fold_groups(doc)  # group rows (一、… 30 | 1、… 15 | 2、… 15) become their rows' level
        doc.problems.append(problem("按表头列名读取的评分表（分值、评分标准、得分各列按列名对位）",
                                    "a scoring table read by its column labels", doc.source))
        doc.problems += [problem(p, p, doc.source) for p in problems]
        close_by_total(doc, total_w, closed=closed)  # the text may end inside the table: no sum checked on part of it
        out.append(doc)
    return out


__all__ = ["EXPLAIN_COLUMNS", "NAME_COLUMNS", "RULE_COLUMNS", "recognise"]  # the header's words: despace reads them here

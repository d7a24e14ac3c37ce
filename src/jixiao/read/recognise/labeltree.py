"""Indicator tables whose weights are printed in the labels (相关性(5分), 部门决策(25分)): department score tables
and scoring-rule tables (评价指标体系, 评分细则), read by meaning in any layout text gives them.

The table is found by its header: two or more level columns (一级指标 / 二级指标 / 三级指标 …) and a weight or
score column (分值, 权重, 得分 …), wherever the words stand (cells, one line, split by a wrap: ``一级指 标``).
After it the text is a stream of atoms: weighted labels (a name and ``(N分)``), plain labels (a short name
right before a number), numbers and texts. The tree is rebuilt from the labels' weights: a label is a leaf
when numbers follow it (its weight and score columns), when it is the last label of a table row, or when it
stands at the header's deepest level; otherwise it opens a group that the following weights fill. The numbers
after a leaf fill the header's number columns in order (分值, then 得分). A table with scores is a department
score table (``dept_evaluation``) when the document says it is a department's; a table with no score at all
is a scoring-rule table (``assessment_rules``), read into records that ``framework draft`` turns into a draft.

Nothing is guessed: a weight or score not printed is missing; a label's weight that its group's leaves do not
make is left to the audit's tree checks, which see the labels' weights.

The atoms and the header are read in ``labeltree_atoms``, the tree is rebuilt in ``labeltree_build``; this
module tells which tables are its own and makes their documents.
"""

from __future__ import annotations

import re

from jixiao.core.records import HALF_READ, MISSING, NO_REASON_COLUMN, Document, IndicatorRow, Val
from jixiao.core.source import Source
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import find_year, problem, squash
from jixiao.read.recognise.deptmark import (
    heading_names_department,
    names_targets_and_actuals,
)
from jixiao.read.recognise.labeltree_atoms import LEVEL_WORDS, Atom, Header, atoms, find_header
from jixiao.read.recognise.labeltree_build import Node, Tree, build, plain_labels

# Document.extra key: some levels were told by the weights alone, so a level's sum that fails may be a misplacement
LEVELS_FROM_WEIGHTS = "levels_from_weights"
PROJECT_ANCHORS = ("项目名称", "年度资金总额", "项目资金", "年度总体目标", "实施单位", "资金总额")
DEPARTMENT = re.compile(r"部门|履职|机关")  # a first level of a department's evaluation (部门决策, 履职效能)
EVALUATION = re.compile(r"^项目(决策|管理|过程|产出|效益|绩效)")  # a first level of a project's evaluation
_REASONS = re.compile(r"原因|措施|说明|备注")
_CODED = re.compile(r"^[A-Z]\d{0,4}(?![A-Za-z\d])")


def _label(node: Node | None) -> Val:
    """A group's label as the audit's tree checks read it: its weight in it (部门决策(25分)), unless the table was
    cut before the group was whole (``cut``)."""
    if node is None:
        return MISSING
    text = f"{node.name}({node.weight}分)" if node.weight is not None and not node.leaf and not node.cut \
        else node.name
    return Val(text if node.name else None, text, node.source)  # a level whose name was lost: no group


def _indicator(node: Node) -> IndicatorRow:
    above = node.path()[:-1]
    rule = "".join(node.rule)
    return IndicatorRow(
        level1=_label(above[0]) if above else MISSING, level2=_label(above[-1]) if len(above) > 1 else MISSING,
        level3=Val(node.name or None, node.name, node.source), weight=node.weight_val, score=node.score,
        rule_text=Val(rule, rule, node.source) if rule else MISSING, source=node.source,
    )


def _from_levels(hd: Header) -> str:
    """The header's words from its first level column on (the run before it may hold a goal's prose)."""
    joined = squash("".join(hd.texts))
    first = min((joined.find(w) for w in LEVEL_WORDS if w in joined), default=0)
    return joined[first:]


def _document(fr: FileRead, at: list[Atom], hd: Header, tree: Tree, start: int) -> Document | None:
    leaves = tree.leaves
    in_label = sum(n.in_label and n.weight is not None for n in leaves)
    if len(leaves) < 3 or not any(n.weight is not None for n in tree.roots):
        return None
    if sum(bool(_CODED.match(n.name)) for n in leaves) * 2 >= len(leaves):
        return None  # rows anchored on indicator codes (A11, B1041): recognise.dept reads them
    if ("weight" in hd.numbers and hd.rules) or ("weight" not in hd.numbers and in_label * 2 < len(leaves)):
        return None  # a 分值 column beside the rules: the other readers' family (recognise.scoretable, dept)
    if names_targets_and_actuals(_from_levels(hd)):
        return None  # targets and actuals: a (department's) self-evaluation form, read with its funds elsewhere
    scored = sum(n.score.value is not None for n in leaves)
    before = [a.text for a in at[max(0, hd.end - 80) : hd.end] if a.kind == "text"]
    if any(squash(t).startswith(PROJECT_ANCHORS) or len(squash(t)) <= 15 and any(w in squash(t) for w in
           PROJECT_ANCHORS) for t in before):
        return None  # a project form's indicator block (a label, not a word in a report's sentence): not ours
    if scored * 2 >= len(leaves):
        if heading_names_department(before) or any(DEPARTMENT.search(n.name) for n in tree.roots):
            kind = "dept_evaluation"
        elif any(EVALUATION.match(n.name) for n in tree.roots) and in_label * 2 >= len(leaves):
            kind = "project_self_evaluation"  # a project evaluation's score sheet (项目决策(20分) | 项目过程 …) with
            # its weights in the labels; with 分值 columns per level it is ``evalform``'s, which reads its funds too
        else:
            return None  # a project's score table of another kind: the project readers' own
    elif scored == 0:
        kind = "assessment_rules"
    else:
        return None
    open_groups = [n for n in tree.stack if n.remaining] if not tree.closed else []
    for n in open_groups:
        n.cut = True
    src = at[hd.end - 1].source
    title = next((t for t in reversed(before) if re.search(r"(评分|评价|得分|考核|指标体系)[表细]|指标体系", t)), None)
    doc = Document(type=kind, title=squash(title) if title else None,
                   source=Source(src.file, src.line, src.page, None, src.sheet),
                   year=find_year(before), indicators=[_indicator(n) for n in leaves],
                   total_score=tree.total_score, total_weight=tree.total_weight)
    lines = {a.source.line for a in at[hd.end - len(hd.texts) : start]}
    doc.tables = [t for t in fr.tables if any(c.source.line in lines for r in t.rows for c in r)]  # claimed
    doc.problems.append(problem(
        "按标签读取的指标表：权重印在指标名称中（如“相关性(5分)”），层级由各级权重的加总还原",
        "an indicator table read by its labels: the weights printed in the names (相关性(5分)), the levels "
        "rebuilt from how the weights add up", doc.source))
    if open_groups:
        names = "、".join(n.name or f"({n.weight}分)" for n in open_groups)
        doc.problems.append(problem(f"表格在“{names}”中截断：其分值之和不予核对", f"the table ends inside "
                                    f"'{names}': its weights are not summed", open_groups[-1].source))
    for n in leaves:
        if n.weight is None:
            doc.problems.append(problem(f"“{n.name}”的分值未能读出", f"the weight of '{n.name}' could not be read",
                                        n.source))
    if tree.by_weights:
        doc.extra[LEVELS_FROM_WEIGHTS] = True
    if not tree.closed and kind != "assessment_rules":
        doc.extra[HALF_READ] = "评分表后没有合计或总分行"
    if kind == "project_self_evaluation" and not _REASONS.search(_from_levels(hd)):
        doc.extra[NO_REASON_COLUMN] = True  # no 偏差原因 column: no reason can be missing from it
    return doc


def recognise(fr: FileRead) -> list[Document]:
    """The weighted-label tables of a file, each a document."""
    at = atoms(fr)
    out: list[Document] = []
    k = 0
    labelled = False  # the atoms after a header with a weight column looked at once, not once a header (quadratic)
    while k < len(at):
        hd = find_header(at, k)
        if hd is None:
            break
        labelled = labelled or plain_labels(at, hd)
        tree, end = build(at, hd)
        doc = _document(fr, at, hd, tree, end)
        if doc is not None:
            out.append(doc)
        k = max(end, hd.end)
    return out

"""Scoring tables whose weights stand in the labels (业务指标(70分) 目标设定情况(10分) 依据的充分性(3分) …), read
from the file's text whatever became of its table: run together with no separator (document-preview pages),
one cell per line, a label written one character per line (项 / 目 / 组 / 织 / (8分)), pipes or not.

The labels are found by their weight ``(N分)`` and the name before it (``ruletable_names``); the tree is rebuilt
from them by meaning, not by position (``ruletable_weighttree``): a label directly followed by another opens a
group, a label followed by text is a row, and each goes under the innermost open group whose weight it still
fits. The text after a row is its 评分标准; a number standing alone at its end (已完成2) is its score, and a
row whose text holds several such numbers has no score read (a located problem, never a guess).

A table with scores is a department score table (``dept_evaluation``) only where the text says it is a
department's; without scores it is a scoring-rule table (``assessment_rules``, for ``framework draft``). A
table not closed by a total row (合计 / 总分) is marked half-read, so no sum is checked on part of it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.core.numbers import normalize_text
from jixiao.core.records import CLOSED_LEVELS, MISSING, Document, IndicatorRow, Val
from jixiao.core.source import Source
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import close_by_total, find_year, problem
from jixiao.read.recognise.deptmark import is_department_title, names_targets_and_actuals, sentence
from jixiao.read.recognise.gluedtotal import glued_total
from jixiao.read.recognise.gradebands import grade_after
from jixiao.read.recognise.labeltree import (
    LEVELS_FROM_WEIGHTS,  # Document.extra: levels placed by their weights
)
from jixiao.read.recognise.reportsections import self_scored
from jixiao.read.recognise.ruletable_names import (
    COMPARED,
    LABEL,
    LEAD_WEIGHT,
    LEVEL_WEIGHTS_HEAD,
    PLAIN,
    PLAIN_SHARE,
    QUANTITY_UNITS,
    Label,
    labels_in,
)
from jixiao.read.recognise.ruletable_weighttree import (
    LIST_MARKS,
    SEPARATORS,
    TOTAL,
    Node,
    collapse_tiers,
    label_tree,
    leaves_of,
    plausible,
    within,
)
from jixiao.read.recognise.ruletable_whole import stated_whole
from jixiao.read.recognise.rulewords import EXPLAIN_COLUMNS, RULE_COLUMNS
from jixiao.read.recognise.transfer_text import Flat, flatten

TYPE_SCORED = "dept_evaluation"
TYPE_RULES = "assessment_rules"
# a project self-evaluation form's funds block: such a file is the project readers', whatever labels it has
_PROJECT = re.compile(r"年度资金总额|全年执行数|全年预算数|年初预算数")
_SCORING = re.compile(r"评分|评价|考核|考评|绩效|指标|得分|分值")
_RULE_COLUMN = re.compile("|".join((*RULE_COLUMNS, *EXPLAIN_COLUMNS)))
_SCORE_WORD = re.compile(r"得分|自评分|评分(?!标准|细则|办法|方法|依据|说明|要点|规则)")
# a number standing alone in a row's text: after a Chinese character or a separator, before one or the end,
# not a quantity (2分, 50%, 3个, 2009年) and not part of a formula (X15, 15/20)
# (after a percent sign too: a % closes the number before it, …×100%8 is 100% and then 8; or …100%.5)
_ALONE = re.compile(r"(?:(?<=[\u3400-\u9fff\s|:：。；;，,)）%％])|(?<=[%％][.。oO]))(\d+(?:\.\d+)?)(?=[\u3400-\u9fff\s|]|$)")
_QUANTITY = re.compile(rf"[分%％{QUANTITY_UNITS}]")
_OWN_WEIGHT = re.compile(rf"(?:{LABEL.pattern})[\s|;；,，]*$")
_NEXT_MARK = re.compile(rf"(?:[\s|]*(?:{LIST_MARKS.pattern}))+[\s|]*$")
RULE_WORDS = re.compile(r"[得扣计减]\s*\d|不得分|满分|酌情|扣完")
_LEVEL_HEAD = re.compile(r"[一二三四]级[\s|]*指[\s|]*标")  # a level's column in the header
_COLUMN_MARKS = re.compile(r"(?:考评|考核|评价|自评)?得分|分值|总分|满分")  # a header cell's full marks, no indicator


def _ruled(text: str, labels: list[Label], leaves: list[Node]) -> int:
    """How many rows are followed by words of a scoring rule (得5分, 扣1分, 不得分, 满分, 酌情)."""
    order = {id(lab): k for k, lab in enumerate(labels)}
    n = 0
    for node in leaves:
        k = order[id(node.label)]
        end = labels[k + 1].start if k + 1 < len(labels) else len(text)
        n += bool(RULE_WORDS.search(text, node.label.end, end))
    return n


def _flat_text(fr: FileRead) -> Flat:
    return flatten(fr, lambda t: normalize_text(t), sep="\n")


def _score(tail: str, first: bool = False) -> tuple[str | None, int, bool]:
    """The score standing alone at the end of a row's text (``first``: at its start, where the header prints
    得分 before the rule's column): (its text, its offset in ``tail``, whether the text holds several numbers
    that could each be a score)."""
    # not a quantity (2分, 3个), nor the number a comparison of the rule is about (超过0.5, 达到90)
    alone = [m for m in _ALONE.finditer(" " + tail) if not _QUANTITY.match(" " + tail, m.end())
             and not COMPARED.search(" " + tail, max(0, m.start(1) - 3), m.start(1))]
    if first:
        lead = alone[0] if alone and not SEPARATORS.sub("", tail[: alone[0].start() - 1]) else None
        return (lead.group(1), lead.start(1) - 1, False) if lead else (None, -1, False)
    if not alone:
        return None, -1, False
    last = alone[-1]
    if SEPARATORS.sub("", tail[last.end() - 1 :]):
        return None, -1, False  # text follows the last number: it is the rule's, not a score
    return last.group(1), last.start(1) - 1, len(alone) > 1


def score_first(header: str) -> bool:
    """Whether a header prints the score's column before the rule's (… 三级指标 得分 评分标准)."""
    cols = header[header.rfind("指标") + 2 :] if "指标" in header else ""
    score, rule = _SCORE_WORD.search(cols), _RULE_COLUMN.search(cols)
    return score is not None and rule is not None and score.start() < rule.start()


def _val(text: str, flat: Flat, pos: int) -> Val:
    return Val(text, text, flat.source_at(pos))


def _row(node: Node, flat: Flat, tail_end: int, first: bool = False,
         seq: int | None = None, scores: bool = True) -> tuple[IndicatorRow, str | None]:
    """The indicator row of leaf ``node`` and the problem its text gave, if any (``seq``: the 序号 the next row
    opens with, where the header has that column: a number closing the text that is it is no score; ``scores``:
    whether the table has a score at all)."""
    path = [node]
    while path[0].parent is not None:
        path.insert(0, path[0].parent)
    lab = node.label
    src = flat.source_at(lab.start)
    above = [_val(f"{n.label.name}({n.label.printed}分)", flat, n.label.start) for n in path[:-1]]
    leaf = _val(lab.name, flat, lab.start)
    ind = IndicatorRow(source=src)
    ind.weight = Val(lab.weight, lab.printed, flat.source_at(lab.weight_at))
    if len(above) >= 3:
        ind.level1, ind.level2, ind.level3, ind.level4 = above[0], above[1], above[2], leaf
    else:
        ind.level1 = above[0] if above else MISSING
        ind.level2 = above[1] if len(above) > 1 else MISSING
        ind.level3 = leaf
    # the next row's list mark (2. / (3) / 第4项) is not this row's, nor its own weight closing its text
    tail = _OWN_WEIGHT.sub("", _NEXT_MARK.sub("", flat.text[lab.end : tail_end]))
    if seq is not None:
        tail = re.sub(rf"(?:^|(?<=[\s|])){seq}[\s|]*$", "", tail)
    score, at, several = _score(tail, first) if scores else (None, -1, False)
    note = None
    if several:
        note = f"“{lab.name}”的文字中有多个单独的数字，未能确定哪个是得分"
    elif score is not None:
        ind.score = Val(Decimal(score), score, flat.source_at(lab.end + at))
        tail = tail[at + len(score) :] if first else tail[:at]
    rule = SEPARATORS.sub(" ", tail).strip(" |").lstrip(":：、,，。;；").strip()
    if rule:
        ind.rule_text = _val(rule, flat, lab.end)
    return ind, note


def _total(doc: Document, flat: Flat, after: int) -> bool:
    m = TOTAL.search(flat.text, after)
    if m is None:
        return False
    first, second = m.group(1), m.group(2)
    if doc.type == TYPE_SCORED and second is None:  # the one figure of a score table's 总分 is its score
        full = sum((i.weight.dec or Decimal(0) for i in doc.indicators), Decimal(0))
        weight, score = glued_total(first, full)  # (合计5850: the weight and the score run together)
        src = flat.source_at(m.start(1))
        if weight is not None:
            doc.total_weight = Val(Decimal(weight), weight, src)
        if score is not None:
            doc.total_score = Val(Decimal(score), score, src)
        else:
            doc.problems.append(problem(
                f"总分“{first}”大于各指标分值之和{full}，且分不出分值与得分，未读取",
                f"the total '{first}' is above the rows' weights together ({full}) and splits into no weight and "
                "score: not read", src))
    else:
        close_by_total(doc, m, flat.source_at(m.start(1)))
        if second is not None and doc.type == TYPE_SCORED:
            doc.total_score = Val(Decimal(second), second, flat.source_at(m.start(2)))
    grade = grade_after(flat.text, m.end()) if doc.type == TYPE_SCORED else None
    if grade:  # 总分 94 优 / 总分94 评价等级：优 / 评价等级：A
        doc.grade = Val(grade[0], grade[0], flat.source_at(grade[1]))
    return True


def recognise(fr: FileRead) -> list[Document]:
    """The table read by its weighted labels; where those labels are only its levels, the rows under them carrying
    weights printed after their names without brackets (资金到位率10分…得分9.5), read with those too."""
    flat = _flat_text(fr)
    found, roots = _read(flat)
    columns = len(LEVEL_WEIGHTS_HEAD.findall(flat.text))
    if columns >= 2 and columns == len(_LEVEL_HEAD.findall(flat.text)):
        # every level's weight in a 分值 column of its own: the bracketed weights are the rules' sub-scores
        # (目标明确(1分)，目标量化(2分)), where the bare ones alone make a tree as deep as the header's levels whose
        # sums confirm it
        bare, bare_roots = _read(flat, only_bare=True)
        if bare and within(bare_roots) and _exact(bare_roots) >= 2 and _depth(bare_roots) == columns:
            return bare
    if len(LEAD_WEIGHT.findall(flat.text)) >= 2:  # weights after their rows' 评价要点 (a 共性指标 table)
        led = _recognise(flat, lead=True)
        if sum(len(d.indicators) for d in led) > sum(len(d.indicators) for d in found):
            for d in led:
                d.problems.insert(1, problem(
                    "分值印在各行“评价要点：”或计算公式之后（分值单元格并入了指标说明）：按此读取，各级分值之和核对；"
                    "名称与指标解释连在一起时取至第一个标点", "each row's weight printed after the lead of its points "
                    "or its formula (the weight cell spliced into the explanation), checked by the levels' sums; a name "
                    "run into its explanation taken up to the first punctuation", d.source))
            return led
    if not found and (PLAIN.search(flat.text) or PLAIN_SHARE.search(flat.text)):  # no brackets (1、…标准分60分)
        return _recognise(flat, plain=True, items=True)
    if not found or not PLAIN.search(flat.text):
        return found
    also = _recognise(flat, plain=True)
    levels = {re.sub(r"\(\d+(?:\.\d+)?分\)$", "", v.str_ or "") for d in also for i in d.indicators
              for v in (i.level1, i.level2)}
    rows = {i.level3.str_ for d in found for i in d.indicators}
    # kept where the rows of the bracketed labels were levels over rows whose weights have no brackets
    return also if rows <= levels and sum(len(d.indicators) for d in also) > len(rows) else found


_WHOLE_TITLE = re.compile(r"(?:评分标准|考核标准|评分细则|考核细则|评分办法|考核办法)\s*[(（]?\s*$")


def _whole_label(text: str, labels: list[Label]) -> Label | None:
    """The first label, named as the table's rules themselves (一、考核评比内容及评分标准(100分)) and heavier than every
    label after it: the table's whole, its points the stated total; None otherwise."""
    if len(labels) < 4 or not _WHOLE_TITLE.search(text[max(0, labels[0].weight_at - 20) : labels[0].weight_at]):
        return None
    return labels[0] if all(lab.weight < labels[0].weight for lab in labels[1:]) else None


def _depth(nodes: list[Node]) -> int:
    return max((1 + _depth(n.children) for n in nodes), default=0)


def _exact(nodes: list[Node]) -> int:
    """How many groups of the tree their rows make exactly (the sums that confirm a reading)."""
    return sum((bool(n.children) and n.used() == n.label.weight) + _exact(n.children) for n in nodes)


def _recognise(flat: Flat, plain: bool = False, items: bool = False, lead: bool = False) -> list[Document]:
    return _read(flat, plain, items, lead)[0]


def _read(flat: Flat, plain: bool = False, items: bool = False, lead: bool = False,
          only_bare: bool = False) -> tuple[list[Document], list[Node]]:
    """``items``: the weights without brackets are read only as list items' (``labels_in``), and kept only where
    the sums confirm the tree (a group's rows make its weight, or the first levels make 100); ``lead``: the
    weights after their rows' points lead read too (``labels_in``), kept only where the sums confirm the tree."""
    text = flat.text
    if _PROJECT.search(text) or self_scored(text):
        return [], []  # (a report walking its scheme's outline, each part self-scored: the report readers')
    labels = labels_in(text, bare=len(LEVEL_WEIGHTS_HEAD.findall(text)) >= 2, plain=plain, items=items, lead=lead,
                       only_bare=only_bare)
    labels = [lab for lab in labels if not _COLUMN_MARKS.fullmatch(lab.name)]  # 得分(100分): a column's full marks
    whole = _whole_label(text, labels)
    if whole is not None:
        labels = labels[1:]  # (一、考核内容及评分标准(100分): the table's whole, no group of its rows)
    if len(labels) < 3:
        return [], []
    before = text[: labels[0].start]
    if not _SCORING.search(text) or names_targets_and_actuals(before[-200:]):
        return [], []  # 年度指标值 | 实际完成值 before the labels: a self-evaluation form's indicator block
    led = {m.start("n") for m in LEAD_WEIGHT.finditer(text)} if lead else set()
    roots = label_tree(text, labels, frozenset(k for k, lab in enumerate(labels) if led and lab.weight_at not in led))
    collapse_tiers(roots, labels[-1])
    leaves = leaves_of(roots)
    if lead and not (plausible(roots) or within(roots) and sum(lab.weight_at in led for lab in labels) >= 3):
        return [], []  # (the rows' weights stand where the points lead puts them: a tree within its weights is kept)
    if not lead and not plausible(roots) and (items or _ruled(text, labels, leaves) < 3):
        return [], []
    if lead:  # a level whose rows the text does not reach (cut off) is no row
        leaves = [n for n in leaves if not n.group]
    order = {id(lab): k for k, lab in enumerate(labels)}
    first = score_first(before[-80:])
    rows: list[IndicatorRow] = []
    notes: list[tuple[str, Source]] = []
    numbered = "序号" in SEPARATORS.sub("", before[-300:])
    # a text that never speaks of a score (得分, 自评分) has none: a number closing a row's text is the next row's
    # number or a page's (…作为参考指标。42空气质量…), not a score
    scores = _SCORE_WORD.search(before + text[labels[0].end :]) is not None
    for j, node in enumerate(leaves):
        k = order[id(node.label)]
        end = labels[k + 1].start if k + 1 < len(labels) else len(text)
        total = TOTAL.search(text, node.label.end, end)
        ind, note = _row(node, flat, total.start() if total else end, first, j + 2 if numbered else None, scores)
        rows.append(ind)
        if note:
            notes.append((note, ind.source or flat.source_at(node.label.start)))
    scored = sum(r.score.dec is not None for r in rows)
    over = sum(r.score.dec is not None and r.weight.dec is not None and r.score.dec > r.weight.dec for r in rows)
    # (the sentences before it left out, a page's whole text on one line too: …请在文库上搜索。 1、部门整体…评分表一级指标…)
    heading = " ".join(t for t in re.split(r"\n|(?<=[。；;！])", before) if t.strip() and not sentence(t))[-400:]
    if scored * 2 >= len(rows) and _SCORE_WORD.search(before + text[labels[0].end :]) and over * 4 <= len(rows):
        if not is_department_title(heading):
            return [], []  # a project's score table: the project and report readers'
        kind = TYPE_SCORED
    elif scored == 0:
        kind = TYPE_RULES
    else:
        return [], []  # some rows scored and some not: not read as either
    src = flat.source_at(labels[0].start)
    doc = Document(type=kind, title=rule_title(heading), source=src, year=find_year([heading]), indicators=rows)
    doc.extra[LEVELS_FROM_WEIGHTS] = True
    doc.extra[CLOSED_LEVELS] = _past(roots, order, len(labels))
    closed = _total(doc, flat, labels[-1].end)
    what = "评分表" if kind == TYPE_SCORED else "评分细则表（只有分值和评分标准，没有得分）"
    doc.problems.append(problem(f"{what}的表格结构已丢失：按标签中的分值（如“目标设定(10分)”）和各级分值之和重建指标层级",
                                "table structure lost: the levels rebuilt from the weights printed in the labels "
                                "and their sums", src))
    doc.problems += [problem(n, n, s) for n, s in notes]
    # (a rule table read without its total row keeps the one whole its text states, as printed, unchecked)
    said = None if closed or kind != TYPE_RULES else (
        (whole.weight, whole.printed, whole.weight_at) if whole is not None
        else stated_whole(text, (lab.weight for lab in labels)))
    close_by_total(doc, Val(said[0], said[1], flat.source_at(said[2])) if said else None, closed=closed, warn=True)
    return [doc], roots


def _past(nodes: list[Node], order: dict[int, int], count: int) -> list[str]:
    """The groups (as their rows print them, 项目立项(12分)) the labels go on past: a later label stands after all of
    theirs, so their rows were read whole even where the table has no total row."""
    out: list[str] = []
    for n in nodes:
        if n.children:
            last = max(order[id(x.label)] for x in [n, *leaves_of(n.children)])
            if last < count - 1:
                out.append(f"{n.label.name}({n.label.printed}分)")
            out += _past(n.children, order, count)
    return out


def rule_title(heading: str) -> str | None:
    """The title of a rule or score table among the words before it (…评分细则, …考核表), if any."""
    found = re.findall(r"[^\s|。；;,，、]{0,40}(?:评分表|得分表|指标表|指标体系|评分细则|考核标准|评价表|考核表|考核细则"
                       r"|考核办法|考评办法|评分办法)", heading)  # (bounded: a long run without a stop is no title)
    return found[-1] if found else None


def rules_document(heading: str, src: Source, rows: list[IndicatorRow], closed: list[str], zh: str,
                   en: str) -> Document:
    """A scoring-rule document read from running text: its title and year from the words before the table
    (``heading``), its rows, the groups the reading saw close (``CLOSED_LEVELS``), and the note saying how it was read."""
    doc = Document(type=TYPE_RULES, title=rule_title(heading), source=src, year=find_year([heading]), indicators=rows)
    doc.extra[CLOSED_LEVELS] = closed
    doc.problems.append(problem(zh, en, src))
    return doc


__all__ = ["RULE_WORDS", "TYPE_RULES", "TYPE_SCORED", "recognise", "rule_title", "rules_document"]

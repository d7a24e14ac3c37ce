"""Recognisers: each turns a ``FileRead`` into the documents of its type it finds there.

Every module here but the helpers (``common``, ``funds``, ``indicators``, ``bands``, ``formspec``, ``tokens``,
``placement``, ``verdict``, ``deptmark``, ``deptembed``, ``evaltree``, ``ocrslips``) has ``recognise(fr)``; the dispatcher (``jixiao.read``) calls the table
recognisers, in this order, on every file, and the text-stream readers (``FALLBACKS``) when those found
no whole form.
"""

from __future__ import annotations

from collections.abc import Callable

from jixiao.core.records import Document
from jixiao.read.base import FileRead
from jixiao.read.recognise import (
    accounts,
    accounts_heading,
    assessment,
    bylabels,
    coreflag,
    dept,
    deptreport,
    deptrun,
    evalform,
    labeltree,
    policy,
    project,
    prose_figures,
    report,
    ruletable,
    ruletable_cellpairs,
    ruletable_confirmed,
    ruletable_flat,
    ruletable_gradebox,
    ruletable_interleaved,
    ruletable_items,
    ruletable_labels,
    ruletable_lists,
    ruletable_namerun,
    ruletable_notes,
    ruletable_numbered,
    ruletable_pairs,
    ruletable_percent,
    ruletable_printed,
    ruletable_seqline,
    ruletable_stated,
    ruletable_stops,
    ruletable_tiers,
    ruletable_wrapped,
    scoretable,
    scoretable_glued,
    scoretable_levelcols,
    stream,
    transfer,
    transfer_stated,
)

Recogniser = Callable[[FileRead], list[Document]]
LAST_RESORT = "bylabels"  # the fallback tried only when no reading before it read a figure

RECOGNISERS: tuple[tuple[str, Recogniser], ...] = (
    ("project_self_evaluation", project.recognise),
    ("policy_self_evaluation", policy.recognise),
    # weights printed in the labels (相关性(5分)): department score and rule tables
    ("label_tree", labeltree.recognise),
    ("dept_evaluation", dept.recognise),
    ("final_accounts", accounts.recognise),
    ("assessment_rules", assessment.recognise),
    ("rule_table", ruletable.recognise),
    # rows run together whose rule is a box of grade columns (…担任5432), each weight confirmed as its top grade: a
    # table reading (before the readers of text by anchors, which take the grade points for weights and scores)
    ("rule_gradebox", ruletable_gradebox.recognise),
)

# Fallbacks that read a budget's or final accounts' figures from any text: tried only where no reading of another
# type was made (a project's report whose form was half read stays the project's)
ACCOUNTS_ONLY = frozenset(("prose_figures",))

# Readers of the text stream by anchors, tried (in order; the first wins a tie) when no table recogniser found
# a whole form; the reading that holds the most is kept (``jixiao.read.documents.recognise_documents``).
FALLBACKS: tuple[tuple[str, Recogniser], ...] = (
    ("transfer", transfer.recognise),  # 转移支付 forms and reports: only files that say they are one
    ("stream", stream.recognise),
    # a score table whose levels carry their weights in columns of their own (一级指标 | 分值 | 二级指标 | 分值 | …),
    # its cells one a line or its rows flattened: each row's name-and-weight pairs, placed where the level sums hold
    ("scoretable_levelcols", scoretable_levelcols.recognise),
    # a score table's rows run together one a line, the weight and score glued (…扣完为止。55) or the weight
    # glued to the name (目标制定10评价…9): before ``scoretable``, whose reading of such rows ties it
    ("scoretable_glued", scoretable_glued.recognise),
    ("scoretable", scoretable.recognise),
    ("evalform", evalform.recognise),  # a project evaluation's score table (决策 / 过程 / 产出 / 效益)
    # weights printed in the labels, the table's structure lost (run together, one character a line)
    ("ruletable_labels", ruletable_labels.recognise),
    # rows run together without separators (an xlsx copied as text): weights placed by the total
    ("ruletable_flat", ruletable_flat.recognise),
    # rows run along one line of PDF text: a weight read where it is its rule's top grade
    ("ruletable_tiers", ruletable_tiers.recognise),
    # numbered rows run together, each its name, its weight and its rule (1.组织管理10分…): told by their numbering
    ("ruletable_items", ruletable_items.recognise),
    # rules written as a numbered list (一、财务状况〔5分〕 1.…〔0.5分〕；2.…): items told by their numbering
    ("ruletable_lists", ruletable_lists.recognise),
    # numbered rows run together, each weight glued to the next row's number, confirmed by the row's top grade
    ("ruletable_seqline", ruletable_seqline.recognise),
    # cells PDF text wrapped over lines (1.试点 / 目标和 / 规划 …要求。 5 1.…，2分；): the weight where the header
    # puts it, checked by the points its rule awards and its group's weight
    ("ruletable_wrapped", ruletable_wrapped.recognise),
    # rows that are sentences with the weight glued after the stop (…议事日程。10(2)…), under weighted group labels
    # whose weights their rows must make
    ("ruletable_stops", ruletable_stops.recognise),
    # name–weight pairs kept apart by spaces under group labels (食品卫生30分 四不制度 2 留验制度 4): read where the
    # groups' pairs make their weights
    ("ruletable_pairs", ruletable_pairs.recognise),
    # rows numbered by their group (3.1 道路。… | 0~7), the header on a page before: read where the groups' sums hold
    ("ruletable_numbered", ruletable_numbered.recognise),
    # a header naming the row and its rule but no weight (考核项目 | 考核内容 | 评分标准), each rule stating the row's
    # whole points (本项4分): read by that pattern, no sum confirming it
    ("ruletable_stated", ruletable_stated.recognise),
    # a table run together whose header names one name column, the weight and the rule (考核内容分值评分标准成立领导小组
    # 4分…。制定实施方案6分…): rows cut at the stops where a name and its weight with 分 follow, no sum confirming it
    ("ruletable_namerun", ruletable_namerun.recognise),
    ("coreflag", coreflag.recognise),
    # a department's form run together without 是/否 flags: rows split by the header's columns and the arithmetic
    ("deptrun", deptrun.recognise),
    # a department's evaluation report (部门整体支出绩效自评报告), before a project's: a tie is the department's
    ("deptreport", deptreport.recognise),
    ("report", report.recognise),
    # a budget's or final accounts' figures stated in prose, whatever the wording: the last reading of such a text,
    # before the page of headings alone (which holds no figure: a tie is this reading's)
    ("prose_figures", prose_figures.recognise),
    # a 部门预算/决算 page holding only its title and the 说明's opening: the weakest reading, kept when no other
    ("accounts_heading", accounts_heading.recognise),
    # the last resort: a form's figures found by their labels' meaning wherever they stand, placed by its arithmetic
    (LAST_RESORT, bylabels.recognise),
    # a transfer or special fund stated in prose in no wording the transfer reader knows, read only where nothing
    # else was: its amounts by what their sentences say of them (allocated, spent), only where one is sure
    ("transfer_stated", transfer_stated.recognise),
    # a rule table one cell a line without its header (name / bare weight / formula / grades …, labels (4分) / 资金到位):
    # weights kept where a group's rows make its label's weight
    ("ruletable_cellpairs", ruletable_cellpairs.recognise),
    # weights printed as percentage shares after the names (建成率( 50%)): read where a level's shares make 100%; it
    # competes with the readings above (the label readers take a rule sentence's 按 100 分计 for a row's weight)
    ("ruletable_percent", ruletable_percent.recognise),
    # a template's notes stating the first level's weights in prose (“项目绩效”(40分)…“结果”和“效益”,各20分…总分100分):
    # read where the parts listed after a level or the stated total confirm them (beside a 三公 statement too)
    ("ruletable_notes", ruletable_notes.recognise),
    # a rule table in no layout the readers above know: (name, weight) pairs wherever they stand, kept only where
    # the table's own sums confirm them (a row's parts, its group, the total); read only where nothing else was
    ("ruletable_confirmed", ruletable_confirmed.recognise),
    # a rule table whose PDF text interleaved its columns (the 序号 run, the names, the 分值 run; or cells line by line,
    # rows named by their definitions X=…): weights where the groups' sums place them, else the names alone, said so
    ("ruletable_interleaved", ruletable_interleaved.recognise),
    # the last: a rule table no sum confirms, each name with the weight its label prints, said to be unconfirmed;
    # read only where no reader before it read anything of the file
    ("ruletable_printed", ruletable_printed.recognise),
)
# Fallbacks that read a file only where no other reader read a figure of it: generic readers of what a text states,
# never in place of a reading by a layout's own labels
ONLY_ALONE = frozenset({"transfer_stated", "ruletable_confirmed", "ruletable_interleaved"})
# … and the one that reads a rule table's weights unconfirmed: only where no reader read a document of another type
# or a weight of a rule table (never beside a 三公 statement, never on a part of a file)
ONLY_EMPTY = frozenset({"ruletable_printed"})

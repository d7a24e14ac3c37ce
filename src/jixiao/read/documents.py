"""The documents one file holds: the recognisers (``recognise.RECOGNISERS``) run in order on a file read, then
the second readings that keep whichever reading holds more — the text as a stream of tokens, a project
evaluation's score table, a rule table by its labels, a transfer form's funds, the text by its anchors
(``recognise.FALLBACKS``), a department's report, forms bound into final accounts, a form's leading tail.
``_content`` is how much a reading holds, the measure each choice compares.
"""

from __future__ import annotations

import re

from jixiao.core.records import ACCOUNT_TYPES, Document
from jixiao.read.base import FileRead, safely
from jixiao.read.recognise.ruletable_labels import TYPE_RULES


def recognise_documents(fr: FileRead) -> list[Document]:
    """The recognisers, in order, on one file's tables, until the documents found hold every table of the
    file (then nothing is left for the others: a file of project forms is not searched for score tables,
    a quarter of the audit's time). A recogniser that fails is a located problem (``base.safely``)."""
    from jixiao.read.recognise import RECOGNISERS

    docs: list[Document] = []
    for name, fn in RECOGNISERS:
        if (docs and fr.tables and _claimed(fr, docs) and not any(_partial(d) for d in docs)
                and (any(d.type != "project_self_evaluation" or is_evaluated(d) for d in docs) or not _budget_page(fr))):
            break  # (forms with targets alone on a page that says it is a budget's: its target tables, its readers too)
        docs.extend(safely(fr, name, fn))
    docs = _targets_over_forms(fr, docs)
    # a 三公 statement printed beside a form (before it, on the same page): the form is read on as if the statement were
    # not there (its table reading judged, its text read by anchors where that reading is partial), the statement kept
    statements = [d for d in docs if d.type == "sangong"] if any(d.type != "sangong" for d in docs) else []
    docs = [d for d in docs if d.type != "sangong"] if statements else docs
    evaluated: list[Document] | None = None  # the file read as a project evaluation, once
    if docs and all(d.type == "assessment_rules" for d in docs):
        # a project evaluation's rows run together, its 得分 read as rule text
        evaluated = safely(fr, "evalform", _evalform)
        docs = _evaluation(evaluated, docs, every_row_scored=True)
    if (docs and fr.format == "text" and all(d.type == "project_self_evaluation" for d in docs)
            and not all(_whole(d) for d in docs)):
        # text whose table rows came out damaged (cells collapsed, rows broken) may read better as a stream of
        # tokens by anchors: both readings are made, and the one that holds more is kept, form by form
        from jixiao.read.fuller import fuller
        from jixiao.read.recognise import stream

        docs = fuller(docs, safely(fr, "stream", stream.recognise), _content)
    if docs and all(d.type == "project_self_evaluation" for d in docs) and not all(_whole(d) for d in docs):
        found = safely(fr, "evalform", _evalform) if evaluated is None else evaluated
        docs = _evaluation(found, docs)  # a 决策 / 过程 / 产出 / 效益 score table whose rows the table reading lost
    if docs:  # a score or rule table read in part by its table: read again by its labels, the fuller kept
        from jixiao.read.recognise.ruletable_second import second_reading

        docs = second_reading(fr, docs, _content)
    if docs:  # a transfer form's funds columns are not the project form's: the transfer reader gives them
        from jixiao.read.recognise.transfer import complete, over_target_table
        from jixiao.read.recognise.transfer_beside import with_allocation

        # (and the allocation table printed beside a transfer's form, kept on the form's document)
        docs = with_allocation(fr, over_target_table(fr, complete(fr, docs)))
    if all(_partial(d) or _hollow(d) for d in docs):  # no table held a whole form: read the text by its anchors
        from jixiao.read.recognise import FALLBACKS, LAST_RESORT, ONLY_ALONE, ONLY_EMPTY

        for name, fn in FALLBACKS:
            if name in ONLY_EMPTY and any(d.type != TYPE_RULES or any(i.weight.value is not None for i in d.indicators)
                                          for d in docs):
                continue  # (the labels' weights unconfirmed: for a rule table no reader read a weight of, never in
                # place of a reading of another type)
            if (name == LAST_RESORT or name in ONLY_ALONE) and any(_content(d) > (d.title is not None) for d in docs):
                # the reading by labels alone is for a form no reader read a figure of; a generic reader of what a
                # text states, for a file no reader read a figure of
                continue
            if name in ONLY_ALONE and any(d.type in ACCOUNT_TYPES for d in docs):
                continue  # (… nor in place of a budget's or final accounts' reading: their figures are not a form's)
            found = safely(fr, name, fn)
            if (sum(map(_content, found)) > sum(map(_content, docs)) or not docs and _said(found)) and _may_replace(name, docs):
                docs = found
            elif _stated_accounts(found) and docs and all(_bare_form(d) for d in docs) and not _of_performance(fr):
                docs = found  # a text of a budget's lines, not a form for the amounts a sentence of it mentions
        from jixiao.read.recognise.deptreporttable import over_table

        # a department's report whose execution stands in a small table: the report's reading, the table's funds
        docs = safely(fr, "deptreporttable", lambda f: over_table(f, docs)) or docs
    from jixiao.read.stated_funds import stated_funds

    docs = [stated_funds(fr, d) for d in docs]  # a report's or a form's funds its reader lost: as its sentences state them
    if not any(d.type == "sangong" for d in docs):
        docs = [*statements, *docs]
    from jixiao.read.complement import beside_statements

    docs = beside_statements(fr, docs, _content)  # a file read as 三公 statements alone: what else its text holds
    if docs and all(d.type in ACCOUNT_TYPES for d in docs):
        # a department's evaluation report stating its 收支 with their parts is not the accounts they look like
        from jixiao.read.recognise import deptreport

        docs = safely(fr, "deptreport", deptreport.recognise) or docs
    from jixiao.read.recognise.scorefunds import with_funds

    # a department's score table opening with its funds block: the score table's rows, the block's confirmed total
    docs = safely(fr, "scorefunds", lambda f: with_funds(f, docs), docs)
    from jixiao.read.recognise.deptembed import embedded_forms, with_base

    # a form bound into a final account (附件：部门整体支出绩效自评表) after the accounts' own pages; the department's
    # 基础数据表 kept on its form, or its document when the file has no form
    docs = safely(fr, "deptembed", lambda f: with_base(f, docs + embedded_forms(f, docs)), docs)
    from jixiao.read.recognise.scoretable_levelcols import beside

    # a department's 指标表 (its levels' weights in columns of their own) after its 基础数据表 or a 三公 table
    docs = safely(fr, "scoretable_levelcols", lambda f: beside(f, docs), docs)
    from jixiao.read.recognise.deptanchor import by_anchor, with_ledger

    # a file titled a department-wide form (部门整体支出绩效自评表) that no form reader read is that department's form,
    # never the final account or 三公 table its 收支 look like, nor "not recognised"; the one department form or
    # report of a file keeps its 收支 lines (收入合计 / 支出合计 and their parts)
    docs = safely(fr, "deptanchor", lambda f: with_ledger(f, by_anchor(f, docs)), docs)
    from jixiao.read.leadtail import with_leading_tail
    from jixiao.read.recognise.levelsum import funds_row_is_total

    # the end of a form opening the file before the next form's title: read alone, a form of its own
    docs = with_leading_tail(fr, docs, recognise_documents)
    for d in docs:  # whatever recogniser read a project form, its sums decide what its funds row's points are
        if d.type == "project_self_evaluation":
            funds_row_is_total(d)
    return docs


def _targets_over_forms(fr: FileRead, docs: list[Document]) -> list[Document]:
    """A budget's 项目绩效目标表 (its title says 部门预算…绩效目标表, ``accounts.targets``) read in the project layout too:
    a target table has targets and no execution, no actual and no score, so a project form read from the file that
    holds none of these is the target table misread, and the budget's reading stands alone. A self-evaluation form
    bound with a budget keeps its reading (its scores or its execution say what it is)."""
    budget = [d for d in docs if d.type == "budget_disclosure" and "预算" in (d.title or "") and {
        t.kind for t in getattr(d.extra.get("accounts"), "tables", None) or []} == {"target_funds"}]
    # … or, on a page that says it is a 部门/单位预算 (or prints a budget's table titles), the budget's 说明 or tables with
    # its project's target table: the form holds targets alone, the budget is the file's
    # (its tables read, the template's own or the 说明's figures)
    stated = [d for d in docs if d.type == "budget_disclosure" and getattr(d.extra.get("accounts"), "stage", None)
              == "budget" and any(t.kind in _BUDGET_OWN for t in getattr(d.extra.get("accounts"), "tables", None) or [])
              and _budget_page(fr)]
    if not budget and not stated:
        # … or a project's target table read as one (its funds read by their labels) beside a project form of which
        # nothing but targets was read: the same table, the form's reading is the misreading. A department's target form
        # (部门整体…, a 部门名称 header) stays the department's
        read = [d for d in docs if d.type == "budget_disclosure" and "部门整体" not in (d.title or "") and any(
            t.kind == "target_funds" and t.rows for t in getattr(d.extra.get("accounts"), "tables", None) or [])]
        if not read:
            return docs
        return [d for d in docs if d.type != "project_self_evaluation" or _of_department(d) or evaluated_on(fr, d)]
    return [d for d in docs if d.type != "project_self_evaluation" or is_evaluated(d)]


def _of_department(doc: Document) -> bool:
    """A form that says it is a department's: 部门整体 in its title, or a 部门 / 部门名称 header."""
    return "部门整体" in (doc.title or "") or any(re.match(r"^部门(?:[(（]单位[)）])?(?:名称)?$", k) for k in doc.header)


_BUDGET_PAGE = re.compile(r"(?:部门|单位)预算")
# a budget's own tables, read (its 说明's figures, the template's tables): beside them a form holding targets alone is
# the budget's target table
_BUDGET_OWN = frozenset(("notes", "summary", "fiscal_summary", "income", "expenditure", "gp_expenditure", "gp_basic",
                         "gov_fund", "soe_capital", "three_public"))
_OPENING = 40  # lines: where a page says what it is
_PROSE = 200  # lines of prose whose words may say it is a budget's 说明


def _budget_page(fr: FileRead) -> bool:
    """The page says it is a department's or unit's budget (部门预算, 单位预算) in its opening lines, or it prints a
    budget's own table under its title (收支总表, 财政拨款收支总表, 一般公共预算支出表, “三公”经费支出表 …: a line or a
    row's only cell that ``accounts_titles.title_stage`` reads as a budget table's title): a page that never names
    itself, holding a budget's tables with a project's target table, is the budget's."""
    if any(_BUDGET_PAGE.search(x.replace(" ", "")) for x, _ in fr.body[:_OPENING]):
        return True
    from jixiao.read.base import once

    return once(fr, "budget_titles", lambda: _budget_titles(fr))


def _budget_titles(fr: FileRead) -> bool:
    """… or the page's prose is a budget's 说明 by its own words (收入预算, 支出预算总计, 预算安排 more than 决算:
    ``accounts.notes.stage_of_text``)."""
    from jixiao.accounts.notes import stage_of_text
    from jixiao.read.recognise.accounts_titles import title_stage

    if fr.body and stage_of_text(fr.body[:_PROSE]) == "budget":
        return True
    titles = [x for x, _ in fr.body]
    for t in fr.tables:
        titles += t.preamble
        titles += [cells[0] for cells in ([c.text for c in row if c.text.strip()] for row in t.rows) if len(cells) == 1]
    return any(len(x) <= 60 and (found := title_stage(x)) is not None and found[1] == "budget" for x in titles)


def evaluated_on(fr: FileRead, doc: Document) -> bool:
    """``is_evaluated``, scores alone counting only on a page that says 得分, 自评, 评分 or an actual: on one that never
    does, a target table's 分值 column was read as the form's scores ("出差人数 正向 = 8 4": target 8, 4 points)."""
    if _measured(doc):
        return True
    if not is_evaluated(doc):
        return False
    from jixiao.accounts.targets import EVALUATION
    from jixiao.read.base import once

    return once(fr, "evaluation_words", lambda: any(EVALUATION.search(x) for x, _ in fr.body) or any(
        EVALUATION.search(c.text) for t in fr.tables for row in t.rows for c in row))


def _measured(doc: Document) -> bool:
    """A project form holding an executed amount or an actual value."""
    return (any(r.executed.value is not None for r in doc.funds.values())
            or any(i.actual.value is not None for i in doc.indicators))


def is_evaluated(doc: Document) -> bool:
    """A project form that holds something only an evaluation has: an executed amount, an actual, a score."""
    return (_measured(doc) or any(i.score.value is not None for i in doc.indicators)
            or doc.total_score.value is not None)


def _may_replace(name: str, docs: list[Document]) -> bool:
    """A fallback of ``recognise.ACCOUNTS_ONLY`` (figures in prose) replaces no reading of another type: a project's
    report whose form was half read stays the project's."""
    from jixiao.read.recognise import ACCOUNTS_ONLY

    return name not in ACCOUNTS_ONLY or all(d.type in ACCOUNT_TYPES for d in docs)


_STATED_LINES = 3  # lines of a budget's or final accounts' a text must state to be read as theirs over a bare form
_BARE = 2  # the funds figures of a form read from a sentence or two (上级下达转移支付资金320.00万元)


_PERFORMANCE = re.compile(r"绩效|评价|自评|监控|监测|考核")


def _of_performance(fr: FileRead) -> bool:
    """The text speaks of performance (a project's or a transfer's report): its amounts are the form's."""
    return any(_PERFORMANCE.search(x) for x, _ in fr.body)


def _bare_form(doc: Document) -> bool:
    """A form read from a text for an amount or two a sentence mentions: no title, no indicator, no score."""
    return doc.type in ("project_self_evaluation", "transfer") and doc.title is None and not doc.indicators \
        and doc.total_score.value is None and _content(doc) <= _BARE


_INCOME_WHOLE = re.compile(r"收入(?:合计|总计)")
_SPENDING_WHOLE = re.compile(r"支出(?:合计|总计)")


def _stated_accounts(found: list[Document]) -> bool:
    """Budget or final-accounts readings that hold three lines' figures or more, among them the accounts' own two
    wholes (收入合计 or 收入总计, and 支出合计 or 支出总计): a statement of 收支, not an announcement of funds."""
    if not found or not all(d.type in ACCOUNT_TYPES for d in found):
        return False
    names = [r.name for d in found if (acc := d.extra.get("accounts")) is not None for t in acc.tables
             for r in t.rows if any(v.value is not None for v in r.values.values())]
    return len(names) >= _STATED_LINES and any(_INCOME_WHOLE.search(x) for x in names) and any(
        _SPENDING_WHOLE.search(x) for x in names)


def _evalform(fr: FileRead) -> list[Document]:
    from jixiao.read.recognise import evalform

    return evalform.recognise(fr)


def _evaluation(found: list[Document], docs: list[Document], every_row_scored: bool = False) -> list[Document]:
    """The file read as a project evaluation's score table (``recognise.evalform``: ``found``, a failure giving
    nothing and the first reading kept) in place of ``docs``: kept when that reading is whole where the other is
    not, or holds more; with ``every_row_scored`` (in place of a rule table's reading), only when each of its three
    rows or more has its weight and its score, which a rule table has not."""
    from jixiao.core.records import HALF_READ

    if every_row_scored:
        scored = bool(found) and all(len(d.indicators) >= 3 and all(
            i.weight.value is not None and i.score.value is not None for i in d.indicators) for d in found)
        return found if scored and sum(map(_content, found)) > sum(map(_content, docs)) else docs
    whole = bool(found) and not any(HALF_READ in d.extra for d in found)
    if whole and any(HALF_READ in d.extra for d in docs) or sum(map(_content, found)) > sum(map(_content, docs)):
        return found
    return docs


def _claimed(fr: FileRead, docs: list[Document]) -> bool:
    """Every table of the file belongs to a document already found."""
    held = {id(t) for d in docs for t in d.tables}
    return all(id(t) in held for t in fr.tables)


def _partial(doc: Document) -> bool:
    """A project form recognised by its name row of which no indicator row could be read."""
    return doc.type == "project_self_evaluation" and not doc.indicators


def _whole(doc: Document) -> bool:
    """A form its table reading left nothing to say about: funds, every indicator's weight and score, the total,
    and not one problem. Its text is not read a second time as a stream (that second reading was half the cost
    of auditing a well-formed text form)."""
    from jixiao.core.records import HALF_READ

    total = doc.funds.get("total")
    return (not doc.problems and HALF_READ not in doc.extra and doc.total_score.value is not None
            and total is not None and total.executed.value is not None and bool(doc.indicators)
            and all(i.weight.value is not None and i.score.value is not None for i in doc.indicators))


def _hollow(doc: Document) -> bool:
    """A final-accounts or budget document none of whose tables holds one figure nor says it is empty (本表无数据):
    its tables' labels were taken for an account's rows (a project form printed after a 决算's 目录, its cells one a
    line). It does not stop the text from being read by its anchors; the fuller reading is kept."""
    acc = doc.extra.get("accounts")
    if doc.type not in ("final_accounts", "budget_disclosure") or acc is None:
        return False
    return not any(t.statement is not None or any(v.value is not None for r in t.rows for v in r.values.values())
                   for t in acc.tables)


def _said(found: list[Document]) -> bool:
    """Project forms read by the text's anchors that hold no figure but say why (only the end of a form, its numbers
    not placeable): recognised for what they are, rather than the file ending 'not recognised'."""
    return bool(found) and all(d.type == "project_self_evaluation" and d.problems for d in found)


def _content(doc: Document) -> int:
    """How much of a form was read: its funds values, its indicator rows (one for the row, one for each of its
    weight and score read, so that a row whose cells fell out of line counts less), total and name."""
    from jixiao.core.records import FUNDS_COLUMNS

    funds = sum(getattr(r, k).value is not None for r in doc.funds.values() for k in FUNDS_COLUMNS)
    rows = sum(1 + (i.weight.value is not None) + (i.score.value is not None) for i in doc.indicators)
    return funds + rows + (doc.total_score.value is not None) + (doc.title is not None)

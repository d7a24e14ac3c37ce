"""Self-evaluation forms bound into a final account or a budget disclosure (部门决算 / 部门预算).

Many departments publish their 部门整体支出绩效自评表 (and their 项目支出绩效自评表) as an annex of the 部门决算
page: the page opens with the accounts' 目录, its tables and 情况说明, and the form follows ("附件1 2022年度部门整体
支出绩效自评表"). The accounts reader claims such a file as final accounts, so the text-stream readers, which run
only when no table recogniser found a document, never looked at the form: it was lost without a word.

``embedded_forms`` reads the text once more by the form's anchors when every document found is an accounts
document (``recognise.stream``, and the readers of forms whose cells ran together: ``deptrun``, ``coreflag``; the
reading holding the most is kept), and adds the forms found there. A form is taken only when it was read (funds or
indicator rows) under its own name label (部门名称, 项目名称 …): a table of contents that merely lists
"部门整体支出绩效自评表" gives nothing.
"""

from __future__ import annotations

from jixiao.core.records import Document
from jixiao.read.base import FileRead

ACCOUNTS = ("final_accounts", "budget_disclosure", "sangong")
FORMS = ("project_self_evaluation", "policy_self_evaluation", "dept_evaluation")
_FORM_WORDS = ("绩效自评表", "绩效自评", "整体支出绩效", "绩效目标表", "绩效监控表", "运行监控表")


def _read(doc: Document) -> bool:
    funds = any(getattr(r, c).value is not None for r in doc.funds.values()
                for c in ("initial_budget", "annual_budget", "executed", "rate", "score"))
    return funds or bool(doc.indicators)


def embedded_forms(fr: FileRead, docs: list[Document]) -> list[Document]:
    """The self-evaluation forms in a file whose documents are all accounts (决算, 预算, 三公) documents, read from
    its text by their anchors; none when the file names no such form or holds none that could be read."""
    if not docs or any(d.type not in ACCOUNTS for d in docs):
        return []
    if not any(w in text for text, _ in fr.body for w in _FORM_WORDS) and not any(
            w in c.text for t in fr.tables for row in t.rows for c in row for w in _FORM_WORDS):
        return []
    from jixiao.read.documents import evaluated_on
    from jixiao.read.recognise import coreflag, deptrun, stream

    # beside a budget alone, a form holding targets and no execution, actual or score is the budget's target table
    budget = all(d.type == "budget_disclosure" or getattr(d.extra.get("accounts"), "stage", None) == "budget"
                 for d in docs)
    readings = [[d for d in fn(fr) if d.type in FORMS and _read(d) and (evaluated_on(fr, d) or not budget)]
                for fn in (stream.recognise, deptrun.recognise, coreflag.recognise)]
    return max(readings, key=lambda docs: sum(map(_held, docs)))  # the first of those holding the most


def _held(doc: Document) -> int:
    """How much of a form was read: its funds figures and its indicators' weights and scores."""
    funds = sum(getattr(r, c).value is not None for r in doc.funds.values()
                for c in ("initial_budget", "annual_budget", "executed", "rate", "weight", "score"))
    return funds + sum((i.weight.value is not None) + (i.score.value is not None) for i in doc.indicators)


def with_base(fr: FileRead, docs: list[Document]) -> list[Document]:
    """The 部门整体支出绩效评价基础数据表 of the file (``recognise.deptbase``), if it has one: kept on the department's
    form found beside it (its table and figures, for the audit's checks), or, when the file has no form at all,
    as the department's document of its own (the file is a department's, never "not recognised")."""
    if not any("基础数据表" in "".join(text.split()) for text, _ in fr.body) and not any(
            "基础数据表" in "".join(c.text.split()) for t in fr.tables for row in t.rows for c in row):
        return docs  # (gaps a PDF leaves inside the words taken out)
    from jixiao.read.recognise.deptbase import BASE, read_base

    base = read_base(fr)
    if base is None:
        return docs
    forms = [d for d in docs if d.type in FORMS]
    dept = [d for d in forms if "部门" in d.header or "部门整体" in (d.title or "")]
    if dept:
        dept[0].tables.append(base.tables[0])
        dept[0].extra[BASE] = base.extra[BASE]
        dept[0].problems.extend(base.problems[1:])  # rows of the base table that could not be read
        return docs
    return docs if forms else [*docs, base]

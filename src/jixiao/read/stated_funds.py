"""A project's reading that lost its funds, given the amounts its file's sentences state.

A project's evaluation report may state its funds in no wording the report reader knows ("下达至我区的直达资金总量
19.56亿元…支出金额4.54亿元"); a special fund's form run onto one line may give its funds block as labels no form reader
knows (四川: "年度金额(提前下达):208万元 资金使用情况(万元)合计:109.8万元"), its indicators read. Such a reading takes the
budget, spending and rate the reader of any fund stated in prose reads (``recognise.transfer_stated``), where that
reader is sure of a budget and, for a report, the spending it reads is confirmed by the rate the text states (a rate
the amounts do not give leaves the report's funds missing, as the report reader leaves them). The reading's own
score, grade and indicators stay; its notes say the figures came from the sentences.
"""

from __future__ import annotations

from jixiao.core.records import FUNDS_COLUMNS, HALF_READ, Document
from jixiao.read.base import FileRead, safely


def stated_funds(fr: FileRead, doc: Document) -> Document:
    """``doc`` with the budget, spending and rate its file's sentences state, where its own reading has none (a rate
    alone aside) and the reader of a fund stated in prose is sure of a budget; else ``doc`` as it was."""
    from jixiao.read.recognise import transfer_stated
    from jixiao.read.recognise.report import UNREAD, UNREAD_FUNDS

    report = doc.extra.get(HALF_READ) == UNREAD_FUNDS
    form = fr.format == "text" and bool(doc.indicators) and doc.total_score.value is None  # (a form's funds block lost)
    if doc.type != "project_self_evaluation" or not (report or form) or any(
            getattr(r, k).value is not None for r in doc.funds.values() for k in FUNDS_COLUMNS if k != "rate"):
        return doc  # (a rate alone the report states is no reading of its funds)
    found = safely(fr, "transfer_stated", transfer_stated.recognise)
    total = found[0].funds.get("total") if len(found) == 1 else None
    # (sure of its budget: the spending, where it read one, confirmed by the rate the text states; a rate the
    # amounts do not give leaves the report's funds missing, as the report reader leaves them)
    if total is None or total.annual_budget.value is None or (
            total.executed.value is not None and total.rate.value is None and report):
        return doc
    doc.funds = found[0].funds
    doc.problems = [*found[0].problems, *(p for p in doc.problems if not p.message.startswith(UNREAD))]
    if report:
        doc.extra[HALF_READ] = "报告没有指标表，只有文字陈述"  # (its indicators and total not a table's: not checked as one)
    return doc

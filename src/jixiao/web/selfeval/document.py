"""A stored project form as the core's ``Document`` (for the audit's checks and the official xlsx export).

The mapping is explicit, one field to one field. Scores, the execution rate and the total are the scoring
engine's (the web never takes a score typed by hand); each row's source is ``表单:行号`` so that a finding
points back to its row.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from jixiao.audit.common import percent
from jixiao.core.numbers import fmt_plain, parse_decimal
from jixiao.core.records import Document, FundsRow, IndicatorRow, Val
from jixiao.core.source import Source
from jixiao.frameworks.model import Framework
from jixiao.scoring import ScoreResult
from jixiao.scoring.engine import EXECUTION_CODE

FORM_FILE = "表单"


def row_source(n: int) -> Source:
    return Source(FORM_FILE, line=n)


def text_val(value: Any, source: Source | None = None) -> Val:
    text = "" if value is None else str(value)
    return Val(text or None, text or None, source)


def num_val(value: Any, source: Source | None = None) -> Val:
    text = "" if value is None else str(value)
    return Val(parse_decimal(text), text or None, source)


def dec_val(value: Decimal | None, source: Source | None = None) -> Val:
    return Val(value, None if value is None else fmt_plain(value), source)


def execution_rate(data: Mapping[str, Any], fw: Framework) -> Decimal | None:
    """全年执行数 ÷ 全年预算数 × 100, rounded as the framework rounds rates."""
    funds = data.get("funds") or {}
    rate = percent(parse_decimal(str(funds.get("executed") or "")), parse_decimal(str(funds.get("annual_budget") or "")))
    return None if rate is None else fw.rounding.rate.apply(rate)


def to_document(data: Mapping[str, Any], result: ScoreResult, year: int | None) -> Document:
    fw = result.framework
    funds = data.get("funds") or {}
    at = Source(FORM_FILE, cell="funds")
    execution = next((i for i in result.indicators if i.code == EXECUTION_CODE), None)
    total = FundsRow(
        initial_budget=num_val(funds.get("initial_budget"), at),
        annual_budget=num_val(funds.get("annual_budget"), at),
        executed=num_val(funds.get("executed"), at),
        weight=dec_val(execution.weight if execution else None, at),
        rate=dec_val(execution_rate(data, fw), at),
        score=dec_val(execution.score if execution else None, at),
    )
    scores = {i.code: i.score for i in result.leaves()}
    rows = []
    for n, item in enumerate(data.get("indicators") or [], start=1):
        src = row_source(n)
        rows.append(IndicatorRow(
            level1=text_val(item.get("level1"), src), level2=text_val(item.get("level2"), src),
            level3=text_val(item.get("name"), src), target=text_val(item.get("target"), src),
            actual=text_val(item.get("actual"), src), weight=num_val(item.get("weight"), src),
            score=dec_val(scores.get(str(n)), src), deviation_note=text_val(item.get("deviation_note"), src),
            source=src,
        ))  # fmt: skip
    header = {k: text_val(v) for k, v in (data.get("header") or {}).items()}
    if not (header.get("项目名称") and header["项目名称"].value):
        header["项目名称"] = text_val(data.get("title"))
    return Document(
        type="project_self_evaluation",
        title=str(data.get("title") or ""),
        source=Source(FORM_FILE),
        year=year,
        money_unit=data.get("money_unit") or fw.money_unit,
        header=header,
        funds={"total": total},
        indicators=rows,
        total_score=dec_val(result.total),
        total_weight=dec_val(fw.total_weight),
        grade=text_val(result.grade),
    )


def data_from_document(doc: Document) -> dict[str, Any]:
    """A read project form (``jixiao.read``) as the data of a web form: the values as the document gives
    them (text), the scores left to the engine."""
    total = doc.funds.get("total")
    funds = {} if total is None else {
        k: getattr(total, k).text or getattr(total, k).str_ or "" for k in ("initial_budget", "annual_budget", "executed")
    }
    rows = []
    level1 = level2 = ""
    for ind in doc.indicators:
        level1 = ind.level1.str_ or level1
        level2 = ind.level2.str_ or level2
        rows.append({
            "level1": level1, "level2": level2, "name": ind.level3.str_ or "",
            "target": ind.target.text or ind.target.str_ or "", "actual": ind.actual.text or ind.actual.str_ or "",
            "weight": ind.weight.text or ind.weight.str_ or "", "score": ind.score.text or ind.score.str_ or "",
            "deviation_note": ind.deviation_note.str_ or "",
        })
    return {
        "title": doc.title or doc.header.get("项目名称", text_val(None)).str_ or "",
        "money_unit": doc.money_unit,
        "header": {k: v.str_ or "" for k, v in doc.header.items()},
        "funds": funds,
        "indicators": rows,
        "published": {"total": doc.total_score.str_, "grade": doc.grade.str_},
    }

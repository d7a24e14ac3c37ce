"""The rows of a scoring-rule table for ``framework draft`` (``read.draft``), each a leaf with its path of
level names, its weight, 评分标准 and 标准值: from the document a recogniser read from the file (the
department score table's rows, or a rule table read by its labels), or from a table whose header names
indicator levels and a 分值/权重 column. Labels carry down blank cells; a level's printed weight
("产出指标(50分)") is kept apart from its name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from jixiao.core.numbers import normalize_text, parse_decimal
from jixiao.core.source import Source
from jixiao.core.table import Table
from jixiao.read.base import FileRead
from jixiao.read.recognise.rulewords import Columns
from jixiao.read.recognise.rulewords import field as column_field

_STANDARD = re.compile(r"^(?:标准值|目标值|指标值)$")
_LABEL_WEIGHT = re.compile(r"[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]")
_TOTALS = ("合计", "总计", "总分")


@dataclass
class Leaf:
    path: list[str]  # names from the first level down to this leaf
    weight: Decimal | None
    rule_text: str = ""
    standard: str = ""
    code: str | None = None
    source: Source | None = None
    printed: dict[int, Decimal] = field(default_factory=dict)  # level → weight printed in its label


def _label(text: str) -> tuple[str, Decimal | None]:
    """A level label without its printed weight ("产出指标(50分)" → 产出指标, 50) and the spaces a PDF left."""
    text = normalize_text(text)
    m = _LABEL_WEIGHT.search(text)
    name = _LABEL_WEIGHT.sub("", text).strip()
    return re.sub(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])", "", name), (Decimal(m.group(1)) if m else None)


def from_documents(fr: FileRead, kind: str = "dept_evaluation") -> tuple[list[Leaf], str | None, Decimal | None]:
    """Rows of the first document of ``kind`` recognised in the file (``assessment_rules``: a rule table read
    from its text by its labels, when no table holds one; seed 000's tables carry their own draft), its title and
    the total it prints (总分/合计, None when it prints none)."""
    from jixiao.read.documents import recognise_documents

    for doc in recognise_documents(fr):
        if doc.type != kind or "draft_framework" in doc.extra or not doc.indicators:
            continue
        leaves: list[Leaf] = []
        for row in doc.indicators:
            # a level whose name was lost keeps its printed weight ("(20分)"): a node the user names
            levels = [t for v in (row.level1, row.level2, row.level3, row.level4) if (t := v.str_ or v.text)]
            labels = [_label(t) for t in levels]
            leaves.append(Leaf([n for n, _ in labels], row.weight.dec, row.rule_text.str_ or "",
                               row.standard.str_ or "", row.code.str_, row.source,
                               {k: w for k, (_, w) in enumerate(labels) if w is not None}))
        return leaves, doc.title, doc.total_weight.dec
    return [], None, None


def table_header(table: Table) -> tuple[int, dict[str, Any]] | None:
    """The header row, by the rule readers' vocabulary (``rulewords.field``): its level or name columns (first
    level first), weight columns, rule and standard columns."""
    for r, row in enumerate(table.rows[:8]):
        texts = [re.sub(r"\s+", "", normalize_text(c.text)) for c in row]
        cols = Columns([column_field(t) for t in texts])
        weights = [c for c, f in enumerate(cols.fields) if f == "weight"]
        if not cols.names or not weights:
            continue
        return r, {
            "levels": cols.names,
            "weights": weights,
            "rule": cols.col("rule"),
            "standard": next((c for c, t in enumerate(texts) if _STANDARD.match(t)), None),
        }
    return None


_TITLE = re.compile(r"评分|细则|指标体系|考核|考评|评价")


def title_above(table: Table, header: int) -> str | None:
    """The table's title where the table holds it (a row of one cell above the header: | 某某考核评分细则 |) or
    the text just before it says it; None where neither does."""
    for row in reversed(table.rows[:header]):
        cells = [c.text.strip() for c in row if c.text.strip()]
        if len(cells) == 1 and _TITLE.search(cells[0]):
            return cells[0]
    return next((t.strip() for t in reversed(table.preamble) if _TITLE.search(t)), None)


def from_table(table: Table, start: int, cols: dict[str, Any]) -> list[Leaf]:
    def cell(row: list[Any], c: int | None) -> str:
        return row[c].text.strip() if c is not None and c < len(row) else ""

    levels: list[int] = cols["levels"]
    leaf_weight = max(cols["weights"])  # the deepest weight column is the leaf's
    carried = [""] * len(levels)
    leaves: list[Leaf] = []
    for row in table.rows[start + 1 :]:
        texts = [cell(row, c) for c in levels]
        if _is_total(row) or any(t.replace(" ", "") in _TOTALS for t in texts):
            continue
        for k, t in enumerate(texts):
            if t:
                carried[k] = t
                carried[k + 1 :] = [""] * (len(levels) - k - 1)
        weight = parse_decimal(cell(row, leaf_weight).rstrip("分"))
        if not texts[-1] and weight is None:  # a wrapped line of the row above
            if leaves and cell(row, cols["rule"]):
                leaves[-1].rule_text += cell(row, cols["rule"])
            continue
        labels = [_label(t) for t in carried if t]
        leaves.append(Leaf([n for n, _ in labels], weight, cell(row, cols["rule"]), cell(row, cols["standard"]),
                           None, row[levels[-1]].source if levels[-1] < len(row) else None,
                           {k: w for k, (_, w) in enumerate(labels) if w is not None}))
    return leaves


def table_total(table: Table, start: int, cols: dict[str, Any]) -> Decimal | None:
    """The total the table prints on its 合计/总分 row (the number in a weight column), None when it prints none."""
    for row in table.rows[start + 1 :]:
        if _is_total(row):
            values = [parse_decimal(row[c].text.strip().rstrip("分")) for c in cols["weights"] if c < len(row)]
            numbers = [d for c in row if (d := parse_decimal(c.text.strip().rstrip("分"))) is not None]
            # a row whose blank cells collapsed holds its one number away from the weight column
            return next((v for v in values if v is not None), numbers[0] if len(numbers) == 1 else None)
    return None


def _is_total(row: list[Any]) -> bool:
    """A 合计/总计/总分 row: one of its first three cells says so."""
    return any(re.sub(r"\s+", "", c.text) in _TOTALS for c in row[:3])

"""A project form whose table structure was lost in extraction (every cell on body lines, separated by spaces):
only its labelled scalars are read (header fields, funds rows, 总分, 评分等级), and it says its indicator rows were not."""

from __future__ import annotations

import re

from jixiao.core.numbers import parse_decimal
from jixiao.core.records import FUNDS_ROWS, Document, FundsRow, Problem, Val
from jixiao.core.source import Source
from jixiao.read.base import FileRead
from jixiao.read.recognise.colmodel import ORDERS
from jixiao.read.recognise.common import find_year, money_unit, norm, problem
from jixiao.read.recognise.formspec import FUNDS_ROW_ZH, funds_column
from jixiao.read.recognise.funds import funds_key
from jixiao.read.recognise.placement import Item, judge

_SCALAR = re.compile(r"(项目名称|主管部门|实施单位)\s*[:：]?\s*(.+?)(?=\s+(?:项目名称|主管部门|实施单位)|$)")


def flattened(fr: FileRead, doc_type: str) -> list[Document]:
    """Forms whose table structure was lost in extraction (every cell on body lines, separated by spaces):
    only the labelled scalars are recovered — header fields, funds rows, 总分, 评分等级 — and the document
    says that its indicator rows could not be read."""
    body = fr.body
    starts = [k for k, (t, _) in enumerate(body) if norm(t.split()[0] if t.split() else "").startswith("项目名称")]
    docs = []
    for n, k in enumerate(starts):
        lines = body[k : starts[n + 1] if n + 1 < len(starts) else len(body)]
        doc = _flattened_form(lines, [t for t, _ in body[max(0, k - 3) : k]], doc_type)
        if doc is not None:
            docs.append(doc)
    return docs


def _template_order(values: list[str]) -> tuple[str, ...] | None:
    """The columns of a funds row whose header is lost: the one template order (``colmodel.ORDERS``, with or without
    年初预算数) that holds as many columns as the row has numbers and that the row's arithmetic does not contradict
    (a percentage under 分值, 8.30 as 执行率 of 5429.52 ÷ 6541.59); None when none or several do."""
    items = [Item(t, v) for t in values if (v := parse_decimal(t)) is not None]
    if len(items) != len(values):
        return None
    fits = {order for full in ORDERS for order in (full, full[1:]) if len(order) == len(items)
            and judge(dict(zip(order, items, strict=True)))[0] == 0}
    return fits.pop() if len(fits) == 1 else None


def _flattened_form(lines: list[tuple[str, Source]], before: list[str], doc_type: str) -> Document | None:
    problems: list[Problem] = []
    doc = Document(type=doc_type, title=None, source=lines[0][1], problems=problems)
    doc.funds = {k: FundsRow() for k in FUNDS_ROWS}
    columns: list[str] = []
    found = False
    for text, src in lines:
        tokens = text.split()
        head = norm(tokens[0])
        if head.startswith(("项目名称", "主管部门", "实施单位")):
            for m in _SCALAR.finditer(text):
                doc.header[m.group(1)] = Val(m.group(2).strip(), m.group(2), src)
        elif head.startswith("项目资金"):
            doc.money_unit = money_unit([text])
            columns = [k for t in tokens if (k := funds_column(norm(t))) is not None]
        elif (key := funds_key(head)) is not None:
            found = True
            values = tokens[1:]
            order = columns if len(columns) == len(values) else _template_order(values)
            if order is None:
                problems.append(problem(f"{FUNDS_ROW_ZH[key]}行有 {len(values)} 个数值，无法与栏目对应，未读取",
                                        f"{key} row has {len(values)} values that do not line up; not read", src))
                continue
            for col, t in zip(order, values):
                d = parse_decimal(t)
                setattr(doc.funds[key], col, Val(d, t, src))
        elif head.startswith("总分") and len(tokens) >= 3:
            found = True
            doc.total_weight = Val(parse_decimal(tokens[-2]), tokens[-2], src)
            doc.total_score = Val(parse_decimal(tokens[-1]), tokens[-1], src)
        elif head.startswith("评分等级") and len(tokens) >= 2:
            doc.grade = Val(tokens[1], tokens[1], src)
    if not found:
        return None
    name = doc.header.get("项目名称")
    doc.title = name.str_ if name else None
    doc.year = find_year(before + [t for t, _ in lines[:3]])
    doc.money_unit = doc.money_unit or money_unit(before)
    if not columns:
        problems.append(problem("资金表头缺失，资金行按表式的标准栏目顺序读取",
                                "funds header missing: rows read in the form's standard column order", doc.source))
    problems.append(problem("表格结构已丢失（纯文本），仅读取了带标签的数值；指标行未读取",
                            "table structure lost (flattened text): only labelled values read, not the indicator rows",
                            doc.source))
    return doc

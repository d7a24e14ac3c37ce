"""部门整体支出绩效自评表 — the year's funds row (年度资金总额) and its two rows by purpose (其中：基本支出 / 项目支出):
in each amount column (年初预算数, 全年预算数, 全年执行数) the two parts make the total.

Read by the labels wherever they stand: the amounts are the numbers printed after a row's label (rates and
dashes passed over), as many as the header has amount columns. The check is made only where the form has no
other part holding an amount (a row 其他… beside the two would be a third; one printed blank holds nothing),
and is an ``error`` only where another column of the same rows adds up exactly, which confirms that the
amounts were placed in their columns; where no column adds up the parts may be read out of place, and nothing
is said.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from jixiao.audit.common import finding, mentions, num
from jixiao.audit.dept_splits import Text, pieces
from jixiao.core.findings import Finding
from jixiao.core.numbers import parse_decimal
from jixiao.core.source import Source
from jixiao.core.table import Table

NamedAt = Callable[[Source], str]

TOTAL = "年度资金总额"
PARTS = ("基本支出", "项目支出")
AMOUNT_COLUMNS = (("年初预算数", "年初预算"), ("全年预算数", "调整后预算数", "全年预算"), ("全年执行数", "预算执行数", "执行数"))
_DASH = re.compile(r"^[-—–/／]+$")
_RATE = re.compile(r"^-?\d[\d,]*(?:\.\d+)?%$")
_STOP = re.compile(r"年度总体目标|绩效目标|一级指标|绩效指标")
_WINDOW = 40


def _label_at(text: str, label: str) -> int | None:
    """The end of ``label`` in ``text`` when it stands as a row label (at the start, or after 其中：)."""
    m = re.search(rf"(?:^|\s)(?:其中\s*[:：]?\s*)?{label}\s*[:：]?(?=\s|$|\d)", text)
    return m.end() if m else None


def _amounts(items: list[Text], k: int, start: int, n: int) -> list[tuple[Decimal, str, Source]] | None:
    """The first ``n`` amounts after position ``start`` of piece ``k``: numbers up to the next text."""
    out: list[tuple[Decimal, str, Source]] = []
    first = True
    for text, src in items[k:]:
        words = (text[start:] if first else text).split()
        first = False
        for w in words:
            w = w.strip("|")
            if not w or _DASH.match(w) or _RATE.match(w):
                continue
            value = parse_decimal(w)
            if value is None:
                return out if len(out) == n else None
            out.append((value, w, src))
            if len(out) == n:
                return out
    return out if len(out) == n else None


def _columns(items: list[Text]) -> list[str]:
    """The amount columns the header before the total row names (年初预算数, 全年预算数, 全年执行数), in order."""
    joined = re.sub(r"\s+", "", "".join(t for t, _ in items))
    return [names[0] for names in AMOUNT_COLUMNS if any(w in joined for w in names)]


def check_dept_funds(tables: list[Table], body: list[Text], name_at: NamedAt) -> list[Finding]:
    if not mentions(tables, body, TOTAL, *PARTS):
        return []  # no 年度资金总额 split by purpose in the file (a project form): nothing to check
    items = pieces(tables, body, squash=False)
    out: list[Finding] = []
    for k, (text, _) in enumerate(items):
        at = _label_at(text, TOTAL)
        if at is None:
            continue
        columns = _columns(items[max(0, k - 20) : k + 1])
        n = len(columns)
        if n < 2:
            continue
        total = _amounts(items, k, at, n)
        end = next((j for j in range(k + 1, min(len(items), k + _WINDOW)) if _STOP.search(items[j][0])),
                   min(len(items), k + _WINDOW))
        block = items[k + 1 : end]
        if total is None or _other_rows(block):
            continue
        parts = []
        for label in PARTS:
            j = next((j for j, (t, _) in enumerate(block) if _label_at(t, label) is not None), None)
            got = _amounts(block, j, _label_at(block[j][0], label) or 0, n) if j is not None else None
            if got is None:
                break
            parts.append(got)
        if len(parts) != len(PARTS):
            continue
        out += _compare(total, parts, columns, name_at)
    return out


def _other_rows(block: list[Text]) -> bool:
    """A row under the total other than the two parts that holds an amount: a third part (or a layout the check
    cannot be sure of). A third row printed blank (其他 with no amount after it) holds nothing and is passed over."""
    pending = False  # a label other than the parts' was read, and no amount yet after it
    for text, _ in block:
        for w in text.split():
            w = w.strip("|:：")
            if not w or _DASH.match(w):
                continue
            if _RATE.match(w) or parse_decimal(w) is not None:
                if pending:
                    return True
                continue
            pending = re.sub(r"^其中[:：]?", "", w) not in PARTS and w != "其中"
    return False


def _compare(total: list[tuple[Decimal, str, Source]], parts: list[list[tuple[Decimal, str, Source]]],
             names: list[str], name_at: NamedAt) -> list[Finding]:
    n = len(names)
    sums = [sum((p[i][0] for p in parts), Decimal(0)) for i in range(n)]
    right = [i for i in range(n) if sums[i] == total[i][0]]
    if not right or len(right) == n:
        return []  # nothing adds up: the parts may be out of place (or a third part), never an error
    out = []
    for i in range(n):
        if i in right:
            continue
        terms = " + ".join(f"{label} {p[i][1]}" for label, p in zip(PARTS, parts))
        src = total[i][2]
        out.append(finding(
            "dept_funds_parts", "error", name_at(src), src,
            f"{TOTAL}的{names[i]}为{total[i][1]}，而{terms} = {num(sums[i])}（同表其他列相符）",
            f"{TOTAL} {names[i]} is {total[i][1]}, but {terms} = {num(sums[i])} (the other columns agree)",
            total[i][0], sums[i], TOTAL,
        ))
    return out

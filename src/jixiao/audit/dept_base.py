"""部门整体支出绩效评价基础数据表 (``read.recognise.deptbase``): the table's own arithmetic.

- 控制率 = 实际在职人数 ÷ 编制数 × 100%, to the rate's printed digits;
- in each column, 三公经费 = 公务用车购置和维护经费 + 出国经费 + 公务接待, and 公务用车购置和维护经费 = 公车购置 +
  公车运行维护 (the template's own 其中: the whole list). The 公用经费's 其中 lists only some items and is not summed.

A sum is checked only where every term of it was read; a difference is an ``error`` (the table's figures were read
under their own labels and columns).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from jixiao.audit.common import doc_name, finding
from jixiao.core.findings import Finding
from jixiao.core.numbers import HUNDRED
from jixiao.core.records import Document, Val
from jixiao.read.recognise.deptbase import base_of, rows_of

SUMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("三公经费", ("公务用车购置和维护经费", "出国经费", "公务接待")),
    ("公务用车购置和维护经费", ("公车购置", "公车运行维护")),
)
COLUMNS = ("上年决算数", "本年预算数", "本年决算数")


def check_dept_base(doc: Document) -> list[Finding]:
    base = base_of(doc)
    if base is None:
        return []
    name = doc_name(doc)
    out: list[Finding] = []
    staff = base.get("staff")
    if isinstance(staff, tuple) and all(isinstance(v, Val) and v.dec is not None for v in staff):
        posts, people, rate = (v.dec for v in staff)
        assert posts is not None and people is not None and rate is not None
        text = staff[2].text or ""
        places = len(text.rstrip("%").split(".", 1)[1]) if "." in text else 0
        exact = people / posts * HUNDRED if posts else None
        if exact is not None and abs(rate - exact) >= Decimal(1).scaleb(-places):
            got = exact.quantize(Decimal(1).scaleb(-places))
            out.append(finding(
                "dept_base_rate", "error", name, staff[2].source,
                f"基础数据表的控制率{text}与实际在职人数{people}÷编制数{posts}={got}%不符。",
                f"the base table's control rate {text} is not staff {people} ÷ posts {posts} = {got}%.",
                text, f"{got}%", "控制率"))
    rows = rows_of(base)
    for whole, parts in SUMS:
        if whole not in rows or not all(p in rows for p in parts):
            continue
        for col in range(len(COLUMNS)):
            w = _at(rows[whole], col)
            terms = [_at(rows[p], col) for p in parts]
            if w is None or w.dec is None or any(t is None or t.dec is None for t in terms):
                continue
            total = sum((t.dec for t in terms if t is not None and t.dec is not None), Decimal(0))
            if total != w.dec:
                out.append(finding(
                    "dept_base_sum", "error", name, w.source,
                    f"基础数据表“{whole}”（{COLUMNS[col]}）{w.text}与其各项之和{total}"
                    f"（{' + '.join(f'{p} {t.text}' for p, t in zip(parts, terms) if t is not None)}）不符。",
                    f"the base table's '{whole}' ({COLUMNS[col]}) {w.text} is not the sum of its items {total}.",
                    w.text, str(total), whole))
    return out


def _at(values: Sequence[Val], col: int) -> Val | None:
    return values[col] if col < len(values) else None

"""项目绩效目标表: the project's funds whole against its sources, where the template lists every source.

A target table states the project's money as a whole and its sources (``targets.read_targets`` reads them by
label). Three templates list the sources completely, so the whole is their sum by definition:

- 年度资金总额 = 财政拨款 + 上年结转 + 其他资金 (the self-evaluation form's funds lines, 安徽 and others; printed
  其中：当年财政拨款 and 上年结转资金 too);
- 项目总投资 = 中央补助安排 + 省级财政安排 [+ 市级财政安排] [+ 县级财政安排] + 其他资金 (甘肃);
- 总额 = 财政拨款 + 自有资金 + 其他, and 财政拨款 = 上级财政资金 + 本级财政 (湖南's 资金总额及构成).

The check is made only where the rows read after the whole are exactly one template's sources (each once, none
else between), so a source the reading missed or a template not known makes no finding; a whole that is not the
sum is then an ``error`` as any table's total is (``identity.compare``: within the rounding of the figures as printed,
nothing).
"""

from __future__ import annotations

import re

from jixiao.accounts.identity import Ctx, compare
from jixiao.accounts.model import AccountRow, AccountTable
from jixiao.core.findings import Finding

AMOUNT = "金额"
# (the whole's names, the sources that must all be there, the sources that may be)
TEMPLATES: tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (("年度资金总额", "资金总额", "项目资金总额"), ("财政拨款", "上年结转", "其他资金"), ()),
    (("项目总投资",), ("中央补助安排", "省级财政安排", "其他资金"), ("市级财政安排", "县级财政安排")),
    (("总额", "资金总额"), ("财政拨款", "自有资金", "其他"), ()),
)
# the parts of a source printed under it (其中: 上级财政资金 / 本级财政): the source is their sum
NESTED = {"财政拨款": ("上级财政资金", "本级财政")}
_PREFIX = re.compile(r"^(?:[(（]?[一二三四五六七八九十\d]+[)）、.．])?\s*(?:其中\s*[:：])?\s*")


# the same lines as the self-evaluation form prints them (其中：当年财政拨款, 上年结转资金)
_SAME = {"当年财政拨款": "财政拨款", "上年结转资金": "上年结转"}


def _printed(r: AccountRow) -> str:
    return _PREFIX.sub("", r.name).strip()


def _name(r: AccountRow) -> str:
    return _SAME.get(_printed(r), _printed(r))


def _sum(ctx: Ctx, t: AccountTable, whole: AccountRow, parts: list[AccountRow]) -> Finding | None:
    names = [_printed(p) for p in parts]
    return compare(ctx, "total_sum", (f"{t.name}：{_printed(whole)} = " + " + ".join(names),
                                      f"project funds: {_printed(whole)} = the sum of its sources"),
                   whole.get(AMOUNT), [p.get(AMOUNT) for p in parts], whole.source, _printed(whole), names,
                   blame_blank=False)


def check_target_whole(ctx: Ctx, t: AccountTable) -> list[Finding]:
    rows = t.rows
    out: list[Finding | None] = []
    for i, whole in enumerate(rows):
        for wholes, needed, optional in TEMPLATES:
            if _name(whole) not in wholes:
                continue
            parts: list[AccountRow] = []
            for r in rows[i + 1:]:
                n = _name(r)
                if n in needed or n in optional:
                    parts.append(r)
                elif not any(n in sub for sub in NESTED.values()):
                    break
            names = [_name(p) for p in parts]
            if len(set(names)) == len(names) and set(needed) <= set(names):
                out.append(_sum(ctx, t, whole, parts))
                out.extend(_nested(ctx, t, rows, parts))
                break
    return [f for f in out if f]


def _nested(ctx: Ctx, t: AccountTable, rows: list[AccountRow], parts: list[AccountRow]) -> list[Finding | None]:
    """A source whose own parts follow it (财政拨款: 其中 上级财政资金, 本级财政), each once: the source is their sum."""
    out: list[Finding | None] = []
    for p in parts:
        subs = NESTED.get(_name(p))
        if not subs:
            continue
        k = rows.index(p)
        under = [r for r in rows[k + 1 : k + 1 + len(subs)] if _name(r) in subs]
        if sorted(_name(r) for r in under) == sorted(subs):
            out.append(_sum(ctx, t, p, under))
    return out

"""A 三公 table whose rows name units of their own: the identities on its figures are not proven.

Some tables print the unit in a row's label where it differs from the table's ("单位:元" over the items, "合计(万元)
| 18.5" for the total), or give a few rows in another unit ("公务用车运行费(元)"). Adding a 万元 total to 元 items
reports a false "18.5 ≠ 185000"; converting by the label is a guess the page does not make sure (the label may name
the whole table's unit). So a sum among rows in different units stands as ``suspect`` (the units named), never as
an ``error``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from jixiao.accounts.model import AccountRow, AccountTable
from jixiao.core.findings import Finding
from jixiao.core.numbers import normalize_text

_UNIT = re.compile(r"[(（]\s*(亿元|万元|千元|元)\s*[)）]|单位[:：]\s*(亿元|万元|千元|元)")


def row_unit(r: AccountRow) -> str | None:
    m = _UNIT.search(normalize_text(r.name))
    return (m.group(1) or m.group(2)) if m else None


def mixed_units(t: AccountTable) -> list[str]:
    """The units the table's item rows are in, when they are more than one (a row's own, else the table's)."""
    units = {row_unit(r) or t.unit or "万元" for r in t.rows if r.item}
    return sorted(units) if len(units) > 1 else []


def unproven(f: Finding | None, units: list[str]) -> Finding | None:
    """A sum's error among rows in several units, as a suspect that names them."""
    if f is None or f.severity != "error" or not units:
        return f
    named = "、".join(units)
    return replace(f, severity="suspect", message=f.message + f"（表中各行的单位不一：{named}，等式未必成立）",
                   message_en=f.message_en + f" (the rows are in different units: {named}; the identity may not apply)")

"""A line a report names with its scope: the verb between them (全区完成一般公共预算收入, 某区累计完成财政总收入) and an
aside after the scope (全区(含甲园区、乙度假区,下同)完成…) are no part of the name: 全区一般公共预算收入, 某区财政总收入.
Before, the aside's comma cut the name (下同)完成一般公共预算收入) and the verb stayed in it. A stage alone after the
verb (完成年初预算数) stays as printed, the line before it's. Invented figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_path
from layouts.files import write


def _rows(tmp_path: Path, lines: list[str]) -> dict[str, Decimal]:
    (doc,) = read_path(write(tmp_path, "\n".join(lines) + "\n", "report.txt")).documents
    return {r.name: r.values["金额"].dec for t in doc.extra["accounts"].tables for r in t.rows}


@pytest.mark.parametrize("verb", ["完成", "累计完成", "实现"])
def test_a_scope_and_its_aside_name_the_line(tmp_path: Path, verb: str) -> None:
    rows = _rows(tmp_path, [
        "2031年某区和区级预算执行情况", "一、2031年某区预算执行情况",
        f"2031年,全区(含甲园区、乙度假区,下同){verb}一般公共预算收入2316460万元,为预算的103.9%,同比增长9.0%。"
        f"其中:某区{verb}一般公共预算收入1817837万元,为预算的102.9%;甲园区{verb}财政总收入296544万元。",
        "全区一般公共预算支出合计2745379万元,为预算的98.6%。"])
    assert rows.get("全区一般公共预算收入") == Decimal("2316460")
    assert rows.get("某区一般公共预算收入") == Decimal("1817837")
    assert rows.get("甲园区财政总收入") == Decimal("296544")
    assert not any(")" in name or "完成" in name or "实现" in name for name in rows)

"""预算情况说明 wordings met on fresh pages (session 44's X set, 重庆荣昌's 单位预算), with invented figures:

- a budget's 财政拨款 spending over its income by a carry-over the text states ("其中:一般公共预算拨款本年收入1144.25万元,
  上年结转21.54万元", 清升's): no imbalance (before: a false "预算收支平衡" suspect); a gap no stated carry-over makes is
  still one;
- a part followed by its own list ("其中:本年收入1486.65万元,主要是一般公共预算拨款1479.2万元,政府性基金预算拨款7.45万元,…;
  上年结转收入1331.11万元,主要是…", 万灵's): the items after 主要是, up to the semicolon, are the part's, not the whole's
  (before: a false "parts exceed the whole", 3487.90 of 2817.75); a part over the whole alone is still found."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths


def _found(tmp_path: Path, lines: list[str]) -> list[tuple[str, str, str | None, str | None]]:
    p = tmp_path / "budget.txt"
    p.write_text("\n".join(["东山县第一小学2031年单位预算情况说明", *lines]) + "\n", encoding="utf-8")
    return [(f.kind, f.severity, f.reported, f.recomputed)
            for f in audit_paths([str(p)]).findings if f.severity in ("error", "suspect")]


@pytest.mark.parametrize(("carried", "found"), [("20.50", []), ("10.50", [("balance", "suspect", "1000.00", "1020.50")])])
def test_a_carry_over_the_text_states_fills_the_gap(tmp_path: Path, carried: str, found: list[object]) -> None:
    lines = [f"(一)收入预算:2031年年初预算数{1000 + Decimal(carried)}万元,其中:一般公共预算拨款本年收入1000.00万元,"
             f"上年结转{carried}万元;其他收入0万元。",
             "三、一般公共预算财政拨款支出预算情况说明",
             "2031年一般公共预算财政拨款收入1000.00万元,一般公共预算财政拨款支出1020.50万元,比2030年减少9.43万元。"]
    assert _found(tmp_path, lines) == found


def _nested(this_year: str) -> list[str]:
    return [f"(一)收入预算:2031年收入合计2000.00万元,其中:本年收入{this_year}万元,主要是一般公共预算拨款1190.00万元,政府性基金预算"
            "拨款10.00万元,事业收入0万元;上年结转收入800.00万元,主要是一般公共预算拨款500.00万元,政府性基金预算拨款300.00万元。"]


def test_a_parts_own_list_is_not_the_wholes(tmp_path: Path) -> None:
    assert _found(tmp_path, _nested("1200.00")) == []
    assert _found(tmp_path, _nested("2100.00")) == [("total_sum", "suspect", "2000.00", "2100.00")]


@pytest.mark.parametrize(("carried", "found"), [("100.00", []), ("150.00", [("total_sum", "suspect", "1000.00", "1050.00")])])
def test_a_budgets_income_may_hold_its_carry_over(tmp_path: Path, carried: str, found: list[object]) -> None:
    """A 单位预算's 收入合计 with its 上年结转 among the parts (the parts before it short of the whole): summed with it
    (a 决算's 年初结转和结余 never is: ``test_notes_fresh_u``)."""
    text = f"2031年收入合计1000.00万元,其中:财政拨款收入600.00万元,事业收入300.00万元,上年结转{carried}万元。"
    assert _found(tmp_path, [text]) == found

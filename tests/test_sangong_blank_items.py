"""A 三公 table whose text does not mark its cells, some items printing no figure (湖南岳阳县's 预算情况表: 因公出国(境)
费用 and 公务用车购置 left blank, a figure a row): a blank cannot be told from a cell lost in extraction, so the sum is
checked with those items as blank and a failure is a suspect that says so — never silence, never an error."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.core.findings import Finding


def _table(total: str, reception: str = "150000", running: str = "100000", vehicles: str = "100000") -> str:
    return "\n".join([
        "示例县2017年度部门“三公”经费预算情况表",
        "示例县文化馆2017年度部门“三公”经费预算情况表",
        "    单位:元",
        "项目 2016年执行数 2017年预算数",
        f"一、支出合计   {total}",
        "1、因公出国(境)费用    ",
        f"2、公务接待费   {reception}",
        f"3、公务用车费   {vehicles}",
        f"其中:(1)公务用车运行维护费   {running}",
        "(2)公务用车购置    ",
        "二、相关统计数    ",
        "1.因公出国(境)团组数(个)   0",
        "4.公务用车保有量(辆)   1",
    ]) + "\n"


def _sums(tmp_path: Path, text: str) -> list[Finding]:
    p = tmp_path / "sangong.txt"
    p.write_text(text, encoding="utf-8")
    return [f for f in audit_paths([str(p)]).findings if f.kind == "three_public"]


def test_items_that_make_the_total_with_the_blanks_say_nothing(tmp_path: Path) -> None:
    assert _sums(tmp_path, _table("250000")) == []


@pytest.mark.parametrize(("total", "reception", "recomputed"), [("250010", "150000", "250000"),
                                                                ("250000", "160000", "260000")])
def test_a_sum_that_fails_with_the_blanks_is_a_suspect_naming_them(tmp_path: Path, total: str, reception: str,
                                                                   recomputed: str) -> None:
    fs = _sums(tmp_path, _table(total, reception))
    assert [(f.severity, f.reported, f.recomputed) for f in fs] == [("suspect", total, recomputed)]
    assert "因公出国(境)费用一栏没有数字，按空白计" in fs[0].message
    assert "taken as blank" in fs[0].message_en


def test_the_vehicles_subtotal_against_its_running_cost_with_the_purchase_blank(tmp_path: Path) -> None:
    fs = _sums(tmp_path, _table("250000", running="100010"))
    assert [(f.severity, f.reported, f.recomputed) for f in fs] == [("suspect", "100000", "100010")]
    assert "公务用车购置及运行费 = 购置费 + 运行费" in fs[0].message
    assert "（(2)公务用车购置一栏没有数字，按空白计" in fs[0].message  # the next line's 二、相关统计数 is no wrap of it

"""The 2021 central transfer's regional self-evaluation form as a county publishes it, each figure beside its label,
two to a line (四川遂宁经开区: 转移支付预算数(A) 5.8万 预算执行率(B/A) 100% ⏎ 转移支付执行数(B) 5.8万): no column
header over a row, no 年度资金总额 row. The budget, spending and rate are read by their own labels (before: "a form
whose structure is lost beyond reading", not recognised); a printed rate the figures do not give is the audit's error;
the indicator table not read is said (figures invented)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path

_TEXT = """2022年中央对地方专项转移支付区域绩效目标自评表
填报类型:整体□  区域√  项目□
单位名称 某市某局某分局 联系人及电话 张某,00000000000
预算
执行
情况
(万元)
 转移支付预算数(A) {budget}{unit} 预算执行率(B/A) {rate}%
 转移支付执行数(B) {spent}{unit}
年度
目标
完成
情况
预期目标 目标实际完成情况
 目标1:完成抽检工作
一级
指标
二级指标 三级指标 指标值 完成值
数量指标 指标1.药品抽验品种 ≥3 4
"""


def _write(tmp_path: Path, budget: str, spent: str, rate: str, unit: str = "万") -> Path:
    p = tmp_path / "t.txt"
    p.write_text(_TEXT.format(budget=budget, spent=spent, rate=rate, unit=unit), encoding="utf-8")
    return p


@pytest.mark.parametrize("unit", ["万", "万元"])
def test_figures_beside_their_labels_are_read(tmp_path: Path, unit: str) -> None:
    docs = read_path(_write(tmp_path, "12.4", "11.16", "90", unit)).documents
    assert len(docs) == 1 and docs[0].extra.get("form") == "transfer"
    row = docs[0].funds["total"]
    assert (row.annual_budget.value, row.executed.value, row.rate.value) == (
        Decimal("12.4"), Decimal("11.16"), Decimal("90"))
    assert docs[0].money_unit == "万元"
    assert any("绩效指标表未能读取" in p.message for p in docs[0].problems)


def test_a_rate_the_figures_do_not_give_is_found(tmp_path: Path) -> None:
    found = [f for f in audit_paths([str(_write(tmp_path, "12.4", "11.16", "100"))]).findings
             if f.severity == "error"]
    assert any("90.00%" in f.message and "100%" in f.message for f in found), [f.message for f in found]

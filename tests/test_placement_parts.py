"""A part of the funds (其中：当年财政拨款 …) is never more than their total: a sub-row's digits run together are
cut only where every amount stays within its total's, and left unread when no cut is consistent; a sub-row printed
apart is read as printed, so that a real mistake in it is still found."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.audit import audit_paths
from jixiao.read.recognise.placement import Item, judge, place

TOTAL = {"annual_budget": Item("30", Decimal(30)), "executed": Item("30", Decimal(30)), "rate": Item("100%", Decimal(100))}
COLUMNS = ["annual_budget", "executed", "rate"]


def test_a_part_above_its_total_is_contradicted() -> None:
    assert judge({"annual_budget": Item("303030", Decimal(303030))}, TOTAL)[0] == 1
    assert judge({"annual_budget": Item("30", Decimal(30))}, TOTAL)[0] == 0


def test_a_parts_rate_of_thousands_of_percent_is_digits_run_together() -> None:
    assert judge({"rate": Item("3030100%", Decimal(3030100))}, TOTAL)[0] == 1


def test_run_together_digits_of_a_part_no_cut_makes_consistent_are_not_read() -> None:
    """湖北新洲 (dev, its labels wrapped: the 年初预算数 column lost): 其中：当年财政拨款 303030100% was cut into 303030,
    10 and 0% (10 ÷ 303030 is 0.0033%), and the audit called the sub-rows' sum wrong against the total's 30."""
    got = place(["303030100%"], COLUMNS, TOTAL)
    assert got.values == {} and got.how == "label order"


def test_yet_a_part_printed_apart_is_read_as_printed(tmp_path: Path) -> None:
    """The rule chooses among cuts of digits run together; numbers printed apart are read as printed, and a part
    above its total (a real mistake) is still found."""
    got = place(["40", "30", "75%"], COLUMNS, TOTAL)
    assert {k: v.text for k, v in got.values.items()} == {"annual_budget": "40", "executed": "30", "rate": "75%"}
    text = ("项目名称 示例经费 主管部门 示例局 项目资金（万元） 全年预算数 全年执行数 分值 执行率 得分 "
            "年度资金总额 30 30 10 100% 10 其中：当年财政拨款 40 30 上年结转资金 其他资金 "
            "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 "
            "产出指标 数量指标 培训人次 ≥100人次 120人次 90 90 总分 100 100\n")
    path = tmp_path / "f.txt"
    path.write_text(text, encoding="utf-8")
    kinds = {f.kind for f in audit_paths([str(path)]).findings if f.severity == "error"}
    assert "funds_sum" in kinds

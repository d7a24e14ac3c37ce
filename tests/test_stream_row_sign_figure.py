"""An indicator row cut by the page's end right after its target (完成…资金 | = | 100 |): its one number follows a
comparison sign, so it is the target's figure, never the row's weight. Before, it was read as a weight of 100 (said
as "one number, read as the weight"), a row the form does not hold. A row whose one number follows its name stays
read as its weight. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.read import read_path

FORM = ("部门预算项目支出绩效自评表(2023年度) | ||||||||||\n项目名称 | 2023年设备购置补助资金项目 | |||||||||\n"
        "主管部门 | 某县司法局 | 实施单位 | 某县司法局 | |||||||\n"
        "预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 | ||\n"
        "总额 | 0.00 | 3.36 | 3.36 | 100.00% | 10 | 10 | | |||\n"
        "绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |\n")


@pytest.mark.parametrize("sign", ["=", "≥", "≤"])
def test_a_figure_after_a_sign_is_no_weight(tmp_path: Path, sign: str) -> None:
    path = tmp_path / "form.txt"
    path.write_text(FORM + f"产出指标 | 质量指标 | 完成设备购买并按要求支付资金 | {sign} | 100 |\n", encoding="utf-8")
    (doc,) = read_path(path).documents
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == []
    assert any("紧跟比较符" in p.message for p in doc.problems)


def test_a_lone_figure_after_the_name_stays_the_weight(tmp_path: Path) -> None:
    path = tmp_path / "form.txt"
    path.write_text(FORM + "产出指标 | 质量指标 | 完成设备购买并按要求支付资金 | 45 |\n", encoding="utf-8")
    (doc,) = read_path(path).documents
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == [("完成设备购买并按要求支付资金", 45)]

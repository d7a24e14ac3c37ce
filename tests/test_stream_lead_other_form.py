"""A page whose text starts with the end of one form (its rows, 合计 | 100, 评价结论, 存在问题, 改进措施, the
signatures) and then holds the next form, cut before its own total row: the 合计 above the second form's title is
the first form's, never the second's total. Before, the second form's title block (the dozen tokens above its
项目名称, where a 自评总分 may stand) reached back into the first form's 合计 row and took its 100 for the second
form's score. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.read import read_path

FIRST_END = ("绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |\n"
             "产出指标 | 经济成本指标 | 成本控制数 | ≤ | 30 | 万元 | 完成 | 90 | 90 | ||\n"
             "合计 | {total} | |||||||||\n评价结论 | 按管理办法将资金支付给项目施工方。 | |||||||||\n存在问题 | 无 | |||||||||\n"
             "改进措施 | 无 | |||||||||\n项目负责人:张三 | 财务负责人:李四 | |||||||||\n")
SECOND = ("部门预算项目支出绩效自评表(2023年度) | ||||||||||\n项目名称 | 2023年设备购置补助资金项目 | |||||||||\n"
          "主管部门 | 某县司法局 | 实施单位 | 某县司法局 | |||||||\n"
          "预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 | ||\n"
          "总额 | 0.00 | {budget} | {budget} | 100.00% | 10 | 10 | | |||\n"
          "绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |\n"
          "产出指标 | 数量指标 | 购置设备数量 | = | 13 | 台 | 13 | 45 | 45 | |\n")


@pytest.mark.parametrize(("total", "budget"), [("100", "3.36"), ("98", "12.50")])
def test_the_total_above_a_forms_title_is_not_its_own(tmp_path: Path, total: str, budget: str) -> None:
    path = tmp_path / "forms.txt"
    path.write_text(FIRST_END.format(total=total) + SECOND.format(budget=budget), encoding="utf-8")
    docs = read_path(path).documents
    second = [d for d in docs if d.source.line and d.source.line > 8]
    assert len(second) == 1
    assert second[0].funds["total"].annual_budget.text == budget
    assert second[0].total_score.value is None

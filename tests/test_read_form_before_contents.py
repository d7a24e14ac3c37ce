"""Another unit's project form printed before a government's budget report that opens with its 目录: the file is cut
where the report's 目录 begins (``sections._contents_from``), not at the first entry that reads like a title, and an
entry naming the budget's own transfers (二、2023年转移支付预算情况说明) is the budget's, not a transfer's title."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_path

FORM = ["项目支出绩效自评表", "| 项目名称 | 档案数字化加工 |", "| 主管部门 | 县档案馆 | 实施单位 | 县档案馆 |",
        "| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
        "| 年度资金总额 | 20.00 | 20.00 | 18.00 | 10 | 90.00% | 9.0 |",
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
        "| 产出指标 | 数量指标 | 加工卷数 | ≥2000卷 | 2100卷 | 50 | 50 |",
        "| 效益指标 | 社会效益指标 | 查阅便利度 | 提高 | 提高 | 30 | 30 |",
        "| 满意度指标 | 服务对象满意度指标 | 查档群众满意度 | ≥90% | 95% | 10 | 10 |",
        "| 总分 | | | | | 100 | 99.0 |", ""]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_budget_report_after_a_form_keeps_its_contents_and_figures(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    income = Decimal(rng.randrange(100000, 900000)) / 100
    tax = (income * Decimal(rng.randrange(50, 80)) / 100).quantize(Decimal("0.01"))
    report = "关于示例县2022年预算执行情况和2023年预算草案的报告"
    lines = [*FORM, "目录", "第一部分 报告", "第二部分 预算表格", "一、2022年全县一般公共预算收支执行情况表",
             "二、2023年转移支付预算情况说明", "三、2023年全县一般公共预算收支预算情况表", report,
             "一、2022年预算执行情况",
             f"2022年全县一般公共预算收入完成{income}万元，其中：税收收入{tax}万元，非税收入{income - tax}万元。"]
    p = tmp_path / "page.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["project_self_evaluation", "budget_disclosure"]
    budget = docs[1]
    assert budget.title == report and budget.source.line == len(FORM) + 1
    stated = {r.name: r.get("金额").dec for t in budget.extra["accounts"].tables for r in t.rows}
    assert income in stated.values() and tax in stated.values()

"""A 项目绩效目标批复表 whose header is 项目 | 指标值 | 绩效金额 and whose indicators are a tree of 产出指标 / 数量指标 …
with no 一级指标 or 绩效指标 heading them, one cell a line (宁夏石嘴山's 疾控中心 2020): read as the budget's target
table with the project's amount (before: not recognised, "no form anchor found"). Figures invented."""

from __future__ import annotations

from pathlib import Path

from jixiao.audit import audit_paths

_TABLE = """关于东山市疾病预防控制中心2031年项目支出预算绩效目标公开情况的说明
2031年东山市疾病预防控制中心共设置项目支出预算绩效目标1个,涉及财政拨款资金50万元。
东山市疾病预防控制中心2031年项目绩效目标批复表
单位:元
项目
指标值
绩效金额
东山市疾病预防控制中心
免疫规划疫苗采购项目
500000
产出指标
数量指标(必填)
疫苗使用率
100%
时效指标(必填)
疫苗提供及时率
100%
满意度指标
服务对象满意度指标(必填)
服务对象满意度
95%
"""


def test_the_approved_table_is_read_with_its_amount(tmp_path: Path) -> None:
    p = tmp_path / "target.txt"
    p.write_text(_TABLE, encoding="utf-8")
    result = audit_paths([str(p)])
    (doc,) = result.files[0].documents
    assert doc.type == "budget_disclosure"
    rows = {r.name: r.get("金额") for t in doc.extra["accounts"].tables for r in t.rows}
    assert rows["免疫规划疫苗采购项目"].text == "500000"
    assert not [f for f in result.findings if f.kind == "not_recognised"]

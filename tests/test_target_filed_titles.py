"""A 项目支出绩效目标表 filed under another word (…项目支出绩效目标审批表, 绩效目标审核表, 绩效目标确认表: 重庆奉节's template,
its funds by label, its first-level blocks worth points) is a budget's target table, never a project self-evaluation
whose total score is missing (figures invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path

_TEXT = """2024年某乡道路硬化项目支出绩效目标{filed}表
日期:2023-12-28
2024年某乡道路硬化项目支出绩效目标{filed}表
(   2024年度)
预算单位: 某县某乡人民政府

金额单位:万元
项目名称 2024年某乡道路硬化项目 项目分类 基础设施类
实施单位 某乡 项目负责人 张某 联系电话 00000000000
年度主要目标 硬化村道2.4公里。
项目资金
预算执行
10分
项目总预算 48 财政资金预算分类 一般公共预算
当年年度预算 48
其中:财政资金 45 财政资金科目代码 21305
其中:其它资金 3
年度预算执行率 100% 分值 10分
年度绩效目标(90分) 一级指标 二级指标 三级指标 指标值 分值 指标解释
成本指标(0-20)分 经济成本指标 项目建设成本 ≤48万元 10
产出指标
(40-50)分
数量指标 硬化道路长度 ≥2.4公里 30
质量指标 验收合格率 100% 20
效益指标 社会效益指标 受益群众人数 ≥600人 20
满意度指标 服务对象满意度 群众满意度 ≥95% 10
"""


@pytest.mark.parametrize("filed", ["审批", "审核", "确认"])
def test_a_target_table_filed_under_another_word_is_the_budgets(tmp_path: Path, filed: str) -> None:
    p = tmp_path / "target.txt"
    p.write_text(_TEXT.format(filed=filed), encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["budget_disclosure"]
    rows = {r.name: r.get("金额").dec for r in docs[0].extra["accounts"].tables[0].rows}
    assert rows["项目总预算"] == 48 and rows["其中:财政资金"] == 45 and rows["其中:其它资金"] == 3
    result = audit_paths([str(p)])
    assert not [f for f in result.findings if f.severity in ("error", "suspect")], [f.message for f in result.findings]


_ARRANGED = """绩效目标表
资金名称 省级业务主管部
门 资金类型 实施周期
某某发展专项资金 某省某厅 专项资金 2021年-2023年
一般公共预算安排{amount}万元
资金需求(万
2022年金额
元) 用途范围
支持某地新建学校三所。
三级指标 新建学校 工程质量达标率(%)
年度目标值
3 100%
"""


@pytest.mark.parametrize("amount", ["52600", "1280.5"])
def test_an_amount_said_with_anpai_is_read(tmp_path: Path, amount: str) -> None:
    p = tmp_path / "target.txt"
    p.write_text(_ARRANGED.format(amount=amount), encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["budget_disclosure"]
    rows = {r.name: str(r.get("金额").dec) for r in docs[0].extra["accounts"].tables[0].rows}
    assert rows == {"一般公共预算": amount}

"""A 决算's 项目绩效自评综述, one paragraph a project opened by its heading ("(一)某某事业发展工作经费绩效自评综述:项目全年预算数
…万元,执行数为…万元,资金执行率为…%"): the project read from the paragraph is named by its heading (湖北 2019's layout,
invented figures)."""

from __future__ import annotations

from pathlib import Path

from jixiao.read import read_path

TEXT = """2031年度某某会绩效评价工作开展情况
一、预算绩效管理工作开展情况
根据预算绩效管理要求,单位组织对2031年度项目支出全面开展绩效自评,共涉及项目2个,资金2100.00万元。
二、部门决算中项目绩效自评结果
(一)某某事业发展工作经费绩效自评综述:项目全年预算数1200.00万元,执行数为1080.00万元,资金执行率为90.00%。
主要产出和效益:较好地完成了志愿服务、应急救护工作。
发现的问题及原因:个别指标目标值设置不够精确。
"""


def test_the_summary_heading_names_the_project(tmp_path: Path) -> None:
    p = tmp_path / "report.txt"
    p.write_text(TEXT, encoding="utf-8")
    doc = next(d for d in read_path(p).documents if d.type == "project_self_evaluation")
    assert doc.title == "某某事业发展工作经费"
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec, t.rate.text) == (1200, 1080, "90.00%")

"""A project's report in prose whose title the page lost (a disclosure site's index block first: 索引号, 发布机构 …),
its outline a project report's (一、项目概况 … 二、项目预期目标): its amounts are the project's, never a budget's
stated lines. Read as the project's (its 110.56 the budget), not as a budget disclosure (江西南昌东湖区扬子洲镇 2017's
layout; figures invented)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_path

_TEXT = """索引号: | A25010-0000-0000-0000 | 主题分类: | |
发布机构: | 某区某镇 | 生成日期: | 2019-07-11 14:44 |
文件编号: | 有效性: | 有效 | |
公开范围: | 面向全社会 | 公开方式: | 主动公开 |
一、{part}
为做好防汛工作,确保人民群众生命财产安全,区政府下拨防汛相关工作经费{total}万元至我镇。
(一)项目实施依据
经区政府研究,同意向某镇拨付2018年防汛工作相关经费{total}万元,其中:渠道清杂经费40.5万元,应急抢险经费8万元,排涝站维修费和电费{rest}万元,专款专用。
二、项目预期目标
(一)项目预期总目标
某镇2018年度防汛工作有序开展,保障全镇安全度汛。
(二)项目预期目标完成情况(包括目标完成、项目完成、资金进度的对比情况)
2018年度防汛工作有序开展,实现全镇安全度汛。
三、绩效评价工作情况
(一)绩效评价目的
主要是加强专项资金绩效管理,强化支出责任和效率,提高财政资金使用效益。
"""


@pytest.mark.parametrize(("part", "total", "rest"), [("项目概况", "96.3", "47.8"), ("项目基本情况", "120", "71.5")])
def test_a_project_reports_outline_makes_it_the_projects(tmp_path: Path, part: str, total: str, rest: str) -> None:
    p = tmp_path / "r.txt"
    p.write_text(_TEXT.format(part=part, total=total, rest=rest), encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["project_self_evaluation"]
    assert docs[0].funds["total"].annual_budget.value == Decimal(total)

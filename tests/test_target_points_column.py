"""A 项目绩效目标表 whose indicator rows print 分值 beside the 目标值 (内蒙古乌海's template: 指标性质 | 指标方向 | 目标值 |
计量单位 | 分值): the project reader takes the points for scores, the form for an evaluated one, and the target table
keeps a second reading with suspicions of its own ("没有实际完成值，却得4分"). On a page that never says 得分, 自评, 评分
or an actual, scores alone are the target table's points: the budget's reading stands alone (figures invented)."""

from __future__ import annotations

from pathlib import Path

from jixiao.audit import audit_paths
from jixiao.read import read_path

_TEXT = """某某市场管理经费项目绩效目标表
(2022年)
项目名称 某某市场管理经费
项目类别 (31)部门预算项目
主管部门 (101)某市某局(部门)
实施单位 (101001)某市某局
投入目标 (万元) 资金来源 年初安排金额(万元)
资金总额 6
其中: 财政拨款数 6
其他资金 0
年度目标 目标1:聘用人员2人 目标2:2022年12月31日前完成
绩效指标(权重分值90分,其中产出指标权重分值50分,效益指标权重分值30分,满意度指标权重分值10分) 一级指标 二级指标 三级指标 指标性质 指标方向 目标值 计量单位 分值 备注
产出指标 数量指标 聘用人数 正向 = 2 8
产出指标 数量指标 巡查次数 正向 = 24 人/次 12
产出指标 质量指标 工作任务完成率 正向 = 100 % 10
产出指标 成本指标 年度预算总成本 反向 = 6 万元 20
效益指标 社会效益指标 市场秩序 正向 = 100 % 30
满意度指标 服务对象满意度指标 商户满意度 正向 = 90 % 10
"""


def test_points_beside_targets_are_no_scores(tmp_path: Path) -> None:
    p = tmp_path / "target.txt"
    p.write_text(_TEXT, encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["budget_disclosure"]
    rows = {r.name: r.get("金额").dec for r in docs[0].extra["accounts"].tables[0].rows}
    assert rows["资金总额"] == 6 and rows["其他资金"] == 0
    found = audit_paths([str(p)]).findings
    assert not [f for f in found if f.severity in ("error", "suspect")], [f.message for f in found]

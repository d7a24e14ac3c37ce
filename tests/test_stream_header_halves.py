"""A self-evaluation form whose indicator header is printed over two rows, the lower halves of two labels after the
upper row (年度 | 实际 | 分值 | 得分 | 偏差原因分析及改进措施, then 指标值 | 完成值: 裕安区's 市级文物保护专项经费绩效自评表, a page
of session 47). Read as one row, the header put 分值 before 指标值 and no row was read ("分值不在末尾"). Now a label
after the weight that completes an upper half printed before it (年度 + 指标值) takes that half's place
(``streamindicators._upper_halves``), and the rows are read. Invented figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_path
from layouts.files import write

_ROWS = [("产出指标", "数量指标", "指标1:培训人数", "500人", "520人", "20", "20"),
         ("产出指标", "质量指标", "指标1:考核合格率", "≥95%", "90%", "20", "18"),
         ("产出指标", "时效指标", "指标1:完成时间", "2023年12月", "2023年11月", "20", "20"),
         ("效益指标", "社会效益指标", "指标1:技能提升", "明显提升", "明显提升", "20", "20"),
         ("满意度指标", "服务对象满意度指标", "指标1:学员满意度", "≥90%", "95%", "10", "10")]


def _text(halves: bool) -> str:
    head = ("绩效指标 一级指标 二级指标 三级指标 年度 实际 分值 得分 偏差原因分析及改进措施\n指标值 完成值" if halves else
            "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施")
    rows = [" ".join(r) + (" 培训组织不足" if r[5] != r[6] else "") for r in _ROWS]
    return "\n".join([
        "示例县职业技能培训经费绩效自评表(2023年度)", "项目名称 职业技能培训经费",
        "主管部门 示例县人社局   实施单位 示例县人社局", "项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
        "(万元) 年度资金总额 50 50 48 10 96% 9.6", "其中:当年财政拨款 50 50 48 10 96% 9.6",
        "年度总体目标 预期目标 实际完成情况", "完成500人的技能培训。 完成520人的技能培训。",
        head, *rows, "总分 100 97.6",
    ]) + "\n"


@pytest.mark.parametrize("halves", [True, False])
def test_header_halves_joined(tmp_path: Path, halves: bool) -> None:
    docs = [d for d in read_path(write(tmp_path, _text(halves))).documents if d.type == "project_self_evaluation"]
    assert len(docs) == 1
    got = [(i.level3.str_, i.target.str_, i.actual.str_, i.weight.dec, i.score.dec) for i in docs[0].indicators]
    assert got == [(r[2], r[3], r[4], Decimal(r[5]), Decimal(r[6])) for r in _ROWS]

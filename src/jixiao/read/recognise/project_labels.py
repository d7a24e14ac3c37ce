"""The labels of the project self-evaluation form (项目支出绩效自评表) its readers share: its type, header fields,
goal and grade labels, its name row (项目名称 under its other labels) and its title rows."""

from __future__ import annotations

import re

from jixiao.read.recognise.common import Row, find_year
from jixiao.read.recognise.formspec import GRADE_LABELS as FORM_GRADES

TYPE = "project_self_evaluation"
HEADER_LABELS = ("项目名称", "主管部门", "实施单位", "项目负责人", "联系电话", "项目单位", "预算单位", "主管单位")
GOAL_LABELS = ("年度总体目标", "年度目标", "总体目标", "预期目标", "实际完成情况")
GRADE_LABELS = (*FORM_GRADES, "等级")  # (the table's own cell: 等级 alone is the grade's label too)
Located = tuple[int, Row]  # (table index, row)


def is_title_row(label: str) -> bool:
    return "自评表" in label or "评价表" in label or (find_year([label]) is not None and len(label) <= 12)


# The name row under its other labels: 专项资金名称, 项目（政策）名称, 资金名称 … (never 政策名称: a policy form).
_NAME = re.compile(r"^(?:项目|专项资金|专项|资金)(?:\([^)]{1,4}\))?名称")


def name_label(label: str) -> bool:
    """项目名称 or one of its other labels (专项资金名称, 项目(政策)名称), alone or with its value after a colon."""
    return _NAME.match(label) is not None and len(label.split(":", 1)[0]) <= 10

"""Whether a title names a department-wide form (部门整体支出绩效自评表) in any of the wordings provinces use:
部门整体 / 单位整体 / 部门（单位）整体 / 整体支出绩效 / 机关整体. The project-layout readers ask it of the text
before a form, so that a department's form read in the project layout says it is a department's."""

from __future__ import annotations

import re

_DEPARTMENT = re.compile(r"(?:部门|单位|机关)\s*(?:[(（]\s*(?:单位|部门)\s*[)）])?\s*整体|整体支出绩效|整体绩效自评")


def is_department_title(text: str) -> bool:
    return _DEPARTMENT.search(text) is not None

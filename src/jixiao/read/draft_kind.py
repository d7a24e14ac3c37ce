"""What a scoring table is, for a draft framework's ``kind``, by the words of its own title: never assumed.

- a department-wide evaluation (部门整体支出绩效评价指标体系, 单位整体…评分表) → ``dept``;
- an assessment (考核评分细则, 目标考核, 考评办法; 部门预算绩效管理考核 is an assessment of departments) →
  ``assessment``; a department's evaluation (部门绩效评价评分表) → ``dept``; an inspection's sheet (检查评分表,
  督查, 评定表, 验收) → ``assessment``;
- anything else (项目支出绩效评价指标体系, 政策…, 评分细则 with no word of whose it is, no title read) is left for the
  user: ``kind: TODO`` with a comment saying what the title says. A project or policy evaluation's fixed tree is
  scored as a tree (``dept``), while ``project``/``policy`` frameworks score forms whose indicators come from each
  form: which the user means, the table cannot say.
"""

from __future__ import annotations

import re

_WHOLE = re.compile(r"部门整体|单位整体|整体支出|整体绩效")
_ASSESSMENT = re.compile(r"考核|考评")  # 部门预算绩效管理考核评分细则: an assessment of departments
# an inspection's score sheet (检查评分表, 督查考评, 外观质量评定表, 验收评分): the units inspected are assessed
_INSPECTION = re.compile(r"检查|督查|督导|评定|验收")
_DEPT = re.compile(r"部门(?:预算)?(?:支出)?绩效(?:自评|评价)")
_OTHER = re.compile(r"项目|政策|专项|资金")


def table_kind(title: str | None) -> tuple[str | None, str]:
    """(the kind the title states, or None; the comment saying why, in Chinese and English)."""
    t = re.sub(r"\s+", "", title or "")
    if not t:
        return None, "表名未读出，无法判断表的类别 / no title read: what the table is cannot be told"
    if _WHOLE.search(t):
        return "dept", f"表名“{t}”写明是部门（单位）整体评价 / the title names a department-wide evaluation"
    if _ASSESSMENT.search(t):
        return "assessment", f"表名“{t}”写明是考核 / the title names an assessment"
    if _DEPT.search(t):
        return "dept", f"表名“{t}”写明是部门绩效评价 / the title names a department's evaluation"
    if _INSPECTION.search(t):
        return "assessment", f"表名“{t}”写明是检查、评定或验收 / the title names an inspection"
    what = "项目或政策评价的指标树" if _OTHER.search(t) else "评分表"
    return None, (f"表名“{t}”是{what}，未写明类别：按固定指标树评分填 dept，考核填 assessment / the title does not "
                  "say: dept scores a fixed tree, assessment an assessment")


__all__ = ["table_kind"]

"""Whether a title names a department-wide form (部门整体支出绩效自评表) in any of the wordings provinces use:
部门整体 / 单位整体 / 部门（单位）整体 / 整体支出绩效 / 机关整体. The project-layout readers ask it of the text
before a form, so that a department's form read in the project layout says it is a department's; ``unit_form``
asks it of the form's own cells when the heading is not on the page.

``names_targets_and_actuals`` tells a self-evaluation form's indicator header (年度指标值 … 实际完成值) from a
score table's: the score-table readers (``labeltree``, ``ruletable``) leave such a table to the form readers,
which read it with the form's funds (a department's form with its weights in the labels was read as a score
table, its funds lost and its execution score missing from the sum: a false ``total_sum`` error)."""

from __future__ import annotations

import re

from jixiao.read.recognise.formspec import STREAM_INDICATOR_COLUMNS, alias

_DEPARTMENT = re.compile(r"(?:部门|单位|机关)\s*(?:[(（]\s*(?:单位|部门)\s*[)）])?\s*整体|整体支出绩效|整体绩效自评")


def is_department_title(text: str) -> bool:
    return _DEPARTMENT.search(text) is not None


_SENTENCE_LONG = 40  # characters: a longer line with a comma is a sentence, not a heading


def sentence(text: str) -> bool:
    """A line of prose (a page's opening: 我单位对项目支出和部门整体支出开展了绩效自评，现将…公开如下), never a form's
    heading, whatever form it names."""
    s = text.strip()
    return bool(re.search(r"[。；;！]", s)) or len(s) > _SENTENCE_LONG and bool(re.search(r"[，,]", s))


def heading_names_department(lines: list[str]) -> bool:
    """Whether the lines before a table, its sentences left out (``sentence``), name a department-wide form."""
    return is_department_title(" ".join(x for x in lines if not sentence(x)))


_PROJECT_TITLE = re.compile(r"项目(?:支出)?绩效|项目自评")


def department_heading(before: list[str]) -> bool:
    """Whether the words before a form's name label (its heading, and the 填报单位 / 填报日期 / 金额单位 line that
    often stands between) name a department-wide form, with no project form's title after that name."""
    text = "".join(x for x in before if not sentence(x))
    found = list(_DEPARTMENT.finditer(text))
    return bool(found) and not _PROJECT_TITLE.search(text, found[-1].end())


_UNIT_NAMES = ("部门名称", "单位名称", "预算单位名称", "部门(单位)名称", "单位(部门)名称", "部门", "单位")


def unit_form(name_label: str, texts: list[str]) -> bool:
    """Whether a form filed under a unit's name label (单位名称, 部门名称 — not a project's 项目名称) names
    department-wide spending in its own cells (部门整体支出总额, 单位整体支出): a department's form whose heading
    was left off the page."""
    return name_label in _UNIT_NAMES and is_department_title("".join(texts))  # joined: 部门 | 整体支出 | 总额


def departments(before: list[str], name_label: str, texts: list[str]) -> bool:
    """Whether a form read from the text is a department's: the words before it name one (``department_heading``),
    or its own cells name department-wide spending under a unit's name label (``unit_form``)."""
    return department_heading(before) or unit_form(name_label, texts)


_TARGET = ("年度指标值", "指标值", "目标值")
_ACTUAL = ("实际完成值", "全年实际值", "完成值", "实际值")


def names_targets_and_actuals(header: str) -> bool:
    """Whether a header's words name the year's target and what was achieved: a self-evaluation form's indicator
    block, never a score table."""
    text = re.sub(r"\s+", "", header)
    return any(w in text for w in _TARGET) and any(w in text for w in _ACTUAL)


def unscored(header: list[str]) -> bool:
    """Whether an indicator header's labels name targets and actuals and neither 分值 nor 得分: a block that scores
    nothing (a department's 部门整体支出绩效指标 ending in a 自评结论), not one whose figures were lost."""
    kinds = {alias(t, STREAM_INDICATOR_COLUMNS) for t in header}
    return names_targets_and_actuals("".join(header)) and kinds.isdisjoint(("weight", "score"))

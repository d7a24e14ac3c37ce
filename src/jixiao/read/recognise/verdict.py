"""Why a file gave no document: never silent.

Every file read ends in documents recognised or in one located ``Problem`` saying why none was: the file
is empty, its PDF pages have no text layer, it carries a form's anchors but its table structure is lost
beyond reading, or no form anchor was found at all. The anchors are the labels that open or mark each
document type (项目名称, 绩效指标, 年度指标值, 预算执行情况 …); they are looked for in every cell and body
line, whatever the layout.
"""

from __future__ import annotations

import re
import unicodedata

from jixiao.core.records import Problem
from jixiao.read.base import FileRead
from jixiao.read.recognise.formspec import MARKS, NAME_LABELS
from jixiao.read.recognise.rulewords import EXPLAIN_COLUMNS, NAME_COLUMNS, SCORE_RULE_COLUMNS

# (anchor, the document family it marks); matched on text with white space removed and full width folded.
# The form anchors are the project layout's own labels (``formspec``) and the score tables' column labels.
# A rule or score table names its columns in other words (考核内容 | 考核标准 | 分值): those words, with a weight's.
_RULE_ANCHORS = (*SCORE_RULE_COLUMNS, *EXPLAIN_COLUMNS, *NAME_COLUMNS[:6], "指标体系", "分值", "权重", "标准分")
_FORM_ANCHORS = (*NAME_LABELS, *MARKS, "二级指标", "绩效自评", "自评表", *_RULE_ANCHORS)
_ACCOUNTS_ANCHORS = ("功能分类科目", "收入支出决算", "财政拨款收入", "决算表", "预算表", "三公")
ANCHORS: tuple[tuple[str, str], ...] = (
    *((a, "form") for a in dict.fromkeys(_FORM_ANCHORS)), *((a, "accounts") for a in _ACCOUNTS_ANCHORS))
FAMILY_ZH = {"form": "绩效表", "accounts": "决算/预算表"}
FAMILY_EN = {"form": "performance form", "accounts": "accounts/budget table"}
_MAX_CHARS = 2_000_000  # anchors are looked for in at most this much text (a huge file is not read twice over)


def _squashed(fr: FileRead) -> str:
    parts: list[str] = []
    size = 0
    for t in fr.texts():  # (a blank cell adds nothing)
        parts.append(t)
        size += len(t)
        if size > _MAX_CHARS:
            break
    text = unicodedata.normalize("NFKC", "".join(parts))
    return "".join(text.split())


def not_recognised(fr: FileRead) -> Problem:
    """The located reason a file that was read gave no document."""
    text = _squashed(fr)
    if not text:
        no_layer = [p for p in fr.problems if "文字层" in p.message]
        if no_layer:
            return Problem("未能识别：页面没有文字层（扫描件），无法读取", fr.source,
                           "not recognised: pages without a text layer (scanned), nothing to read")
        if any("上限" in p.message for p in fr.problems):  # its tables or lines refused (``read.limits``): not empty
            return Problem("未能识别：文件的表格或文字超过读取上限，未读取（见同一文件的上限问题），其余为空", fr.source,
                           "not recognised: the file's tables or lines are beyond a reading limit and were not read "
                           "(see the file's limit problem); the rest is empty")
        return Problem("未能识别：文件为空", fr.source, "not recognised: empty file")
    from jixiao.read.recognise.deptreport import heading

    if (head := heading(text)) is not None:  # a department's report that states no budget and spending
        return Problem(f"未能识别：是部门整体支出绩效评价报告（{head.group(0)}），但文中没有可读取的预算数与执行数",
                       fr.source, "not recognised: a department's evaluation report, but it states no budget and "
                       "spending that could be read")
    from jixiao.read.recognise.ruletable_unconfirmed import unconfirmed

    if (rules := unconfirmed(fr)) is not None:  # a rule table whose weights no sum confirms: what was found, unread
        return Problem(f"未能识别：{rules[0]}", fr.source, f"not recognised: {rules[1]}")
    if (alloc := _allocation(fr, text)) is not None:  # a 分配表 no reader read: which it is, and what it lacks
        return alloc
    found = [(a, fam) for a, fam in ANCHORS if a in text]
    families = {fam for _, fam in found}
    if len(found) >= 2:
        fam = "form" if "form" in families else "accounts"
        names = "、".join(a for a, f in found if f == fam)
        return Problem(
            f"未能识别：是{FAMILY_ZH[fam]}（含“{names}”），但表格结构已损坏到无法读取",
            fr.source,
            f"not recognised: a {FAMILY_EN[fam]} ({names}), but its table structure is lost beyond reading",
        )
    return Problem("未能识别：没有找到任何表式标志（项目名称、绩效指标、预算执行情况等）", fr.source,
                   "not recognised: no form anchor found (项目名称, 绩效指标, 预算执行情况 …)")


_TITLE_LINE = 80  # characters of a line that may be a 分配表's title


def _allocation(fr: FileRead, text: str) -> Problem | None:
    """A file holding a fund's allocation table (…资金分配表, …安排表) that no reader read: named, with what it lacks
    (no 合计 row: the text often ends inside the table), never "no form anchor"."""
    from jixiao.read.recognise.transfer_alloc import ALLOC_TABLE

    title = next((t.strip() for t in fr.texts() if len(t.strip()) <= _TITLE_LINE and re.search(ALLOC_TABLE, t)), None)
    if title is None:
        return None
    if not re.search(r"合计|总计", text):
        return Problem(f"未能识别：是资金分配表（{title}），但表中没有合计行（文本可能在表中截断），各行未读取", fr.source,
                       f"not recognised: an allocation table ({title}), but it has no 合计 row (the text may end "
                       "inside the table); its rows were not read")
    return Problem(f"未能识别：是资金分配表（{title}），但表格结构已损坏到无法读取", fr.source,
                   f"not recognised: an allocation table ({title}), but its table structure is lost beyond reading")

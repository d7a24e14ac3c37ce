"""Perturbations of a form's words: the labels other provinces' templates print for the same column or field, and
the title left off the page. The figures, the indicator names and the accounts' row labels (the ground truth's keys)
are unchanged; only a cell that is, as a whole, one of the labels below is replaced.

- ``synonyms``: 年初预算数 → 年初预算, 全年执行数 → 全年实际支出, 分值 → 权重, 得分 → 自评得分, 年度指标值 → 年度目标值 …
- ``untitled``: the document's first line with text dropped when it is a title (short, no cell, no figure).
"""

from __future__ import annotations

import re

from bench.perturb_tables import Lines, per_line

SYNONYMS = {
    "年初预算数": "年初预算", "全年预算数": "全年预算", "全年执行数": "全年实际支出", "执行率": "预算执行率",
    "分值": "权重", "权重": "分值", "得分": "自评得分", "年度指标值": "年度目标值", "实际完成值": "全年实际完成值",
    "偏差原因分析及改进措施": "偏差原因及改进措施", "一级指标": "一级", "二级指标": "二级", "三级指标": "三级",
    "指标值": "目标值", "评分标准": "评分办法", "指标解释": "指标说明", "预算数": "预算金额", "决算数": "决算金额",
    "科目名称": "项目", "功能分类科目编码": "科目编码", "项目名称": "项目全称", "主管部门": "主管单位",
    "实施单位": "项目实施单位",
}
_CELL = re.compile(r"(\s*\|\s*|\t| {2,})")


def _swap(line: str) -> str:
    parts = _CELL.split(line)
    for k in range(0, len(parts), 2):  # the cells (the separators stand at odd places)
        word = parts[k].strip()
        if word in SYNONYMS:
            parts[k] = parts[k].replace(word, SYNONYMS[word])
    return "".join(parts)


def synonyms(text: str) -> str:
    """Each cell that is one of ``SYNONYMS``'s labels as a whole printed in another template's words."""
    return "\n".join(_swap(x) for x in text.split("\n"))


_TITLE_MAX = 50


def untitled(text: str) -> Lines:
    """The first line with text dropped when it is a title: short, no table cell, no amount, no sentence, not a
    numbered section's heading (一、基本情况)."""
    lines = text.split("\n")
    first = next((k for k, x in enumerate(lines) if x.strip()), None)
    if first is None:
        return per_line(text, lambda _, x: [x])
    s = lines[first].strip()
    title = (len(s) <= _TITLE_MAX and "|" not in s and "\t" not in s and not re.search(r"\d[\d,]*\.\d|[。；，]", s)
             and re.search(r"表|说明|报告|公开|细则|标准|体系|情况", s) is not None
             and not re.match(r"[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|\d+[、.．]", s))  # (a section's)
    return per_line(text, lambda k, x: [] if title and k == first else [x])


WORDS = {"synonyms": synonyms, "untitled": untitled}

"""Whether a text's 三公 figures are the whole of what it is about, or one section of a budget's or accounts' 说明.

A 三公 statement on its own ("2018年“三公”经费预算情况说明") is a ``sangong`` document; a 部门预算/决算 说明 that also
speaks of its other spending or revenue ("(一)基本支出预算收支增减情况", "2018年项目支出预算较上年减5万元") is that
说明, of its stage (``budget_disclosure`` / ``final_accounts``), even where its only figures a reader places are the
三公 ones (its other sections state changes only). Told by meaning: lines that name 基本支出, 项目支出 or 收入 with
预算/决算 and no 三公 word (bare 支出 is the 三公 text's own word: "一般公共预算财政拨款支出决算中…").
"""

from __future__ import annotations

import re

# a line on a class of spending, or on revenue, with its stage, within a clause ("基本支出预算", "收入决算")
_CLASS_STAGE = re.compile(r"(?:基本支出|项目支出|收入)[^。，,;；]{0,6}(?:预算|决算)|(?:预算|决算)[^。，,;；]{0,6}收入")
_SANGONG_WORDS = re.compile(r"三公|公务|因公|出国")
_LEAST = 2  # such lines: one may be the 三公 section's own heading run on


def of_wider(lines: list[str]) -> bool:
    """Whether the text speaks of its budget's or accounts' spending or revenue beyond the 三公 figures: two lines or
    more naming 基本支出, 项目支出 or 收入 with 预算/决算 and no 三公 word."""
    return sum(bool(_CLASS_STAGE.search(x)) and not _SANGONG_WORDS.search(x) for x in lines) >= _LEAST


def sangong_kind(stage: str | None, lines: list[str]) -> str:
    """The document type of a text read for its 三公 figures only: ``sangong``, or the 说明's own (by ``stage``) where
    the 三公 figures are a section of a wider 说明."""
    if stage is None or not of_wider(lines):
        return "sangong"
    return "budget_disclosure" if stage == "budget" else "final_accounts"

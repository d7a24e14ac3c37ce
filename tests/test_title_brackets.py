"""A title's brackets are text (关于转发《提前下达…分配方案》的通知 is shown as printed, never ≤…≥), while 》 or 《 alone
before a number is still OCR's ≥ or ≤ (》90%); a year's report or plan in brackets is the text's own subject, whose
words say its stage (现将《2023年…预算调整方案(草案)》汇报如下), a cited rule's title is not (按照《地方预决算公开操作规程》)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.stagewords import own_words
from jixiao.core.numbers import normalize_text
from jixiao.read import read_path
from layouts.files import write


@pytest.mark.parametrize(("raw", "want"), [
    ("关于转发《提前下达2023年度资金分配方案》的通知", "关于转发《提前下达2023年度资金分配方案》的通知"),
    ("根据《预算法》2014年修正", "根据《预算法》2014年修正"),
    ("满意度》90%", "满意度≥90%"),
    ("成本《 5万元", "成本≤ 5万元"),
    ("《2023年预算》》90%", "《2023年预算》≥90%"),
])
def test_brackets_and_signs(raw: str, want: str) -> None:
    assert normalize_text(raw) == want


def test_a_notice_s_title_keeps_its_brackets(tmp_path: Path) -> None:
    text = ("关于转发《提前下达2023年度衔接推进乡村振兴补助资金分配方案》的通知\n"
            "现将省财政厅提前下达给我区2023年衔接推进乡村振兴补助资金918万元予以公示,公示期为10天。\n")
    (doc,) = read_path(write(tmp_path, text)).documents
    assert doc.title is not None and "《" in doc.title and "≤" not in doc.title and "≥" not in doc.title


def test_a_year_s_report_in_brackets_is_the_text_s_own() -> None:
    own = "审议了财政厅提请的《关于2007年预算执行情况和2008年预算草案的报告》"
    assert "预算草案" in own_words(own)
    assert "决算" not in own_words("按照《地方预决算公开操作规程》的要求,现将部门预算公开如下")

"""A 三公 news item states its fall's rate with 达到 between the word and the figure: "2016年省级“三公”经费支出2.29亿元,
比上年减少支出0.88亿元,降幅达到38.7%" (福建省财政厅's 2016 statement, a page of session 45: 38.7% is the fall divided by
this year, 0.88 ÷ 2.29; over last year, 0.88 ÷ 3.17, it is 27.8%). Before, 达到 stopped the rate from being read
with its change, and the mistake went unsaid. Now the rate is read (``sangong_claims._THEN_RATE``; the accounts
text's ``text_rates`` reads 降幅达 the same way) and checked. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from layouts.files import audited

_TABLE = ["示例省2023年度省级一般公共预算财政拨款“三公”经费支出决算表", "单位:亿元",
          "项目 | 预算数 | 决算数 |", "合计 | 0.80 | 0.60 |", "因公出国(境)费 | 0.10 | 0.05 |",
          "公务接待费 | 0.20 | 0.15 |", "公务用车购置及运行费 | 0.50 | 0.40 |", ""]


def _said(rate: str, word: str = "达到") -> list[str]:
    return [*_TABLE, "(二)“三公”经费支出决算情况说明。",
            f"2023年省级“三公”经费支出0.60亿元,比上年减少支出0.20亿元,降幅{word}{rate}。"]


@pytest.mark.parametrize("word", ["达到", "达"])
def test_a_rate_over_this_year_is_an_error(tmp_path: Path, word: str) -> None:
    _doc, found = audited(tmp_path, _said("33.3%", word))  # 0.20 ÷ 0.60: the fall over this year
    got = [(f.kind, f.severity, f.reported, f.recomputed) for f in found]
    assert got == [("text_growth", "error", "33.3%", "25.0%")]  # 0.20 ÷ (0.60 + 0.20)


def test_the_right_rate_is_clean(tmp_path: Path) -> None:
    _doc, found = audited(tmp_path, _said("25%"))
    assert [(f.kind, f.severity) for f in found] == []

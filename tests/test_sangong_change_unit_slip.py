"""A 三公 statement whose change is printed in the wrong unit: "因公出国(境)费支出4.1万元,与2019年度预算相比,减少2.9元,
下降41%" (宣城市妇联's 2018 statement, a fresh page of session 46, prints 减少2.7元 beside 3.3万元 and a budget of 6).
The figures agree in 万元; only the unit slipped. Before, two errors were raised: the change compared as 2.9 元, and
the rate recomputed over 2.9 元 as 0%. Now one suspect says the unit seems a slip, and the rate is not reported. A
change whose digits are wrong stays an error. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from layouts.files import audited

_TABLE = ["示例县妇联2019年度一般公共预算财政拨款“三公”经费支出决算表", "单位:万元",
          "项目 | 预算数 | 决算数 |", "合计 | 15.2 | 11.9 |", "因公出国(境)费 | 7 | 4.1 |",
          "公务接待费 | 3.2 | 3 |", "公务用车购置及运行费 | 5 | 4.8 |", ""]


def _said(change: str) -> list[str]:
    return [*_TABLE, "(二)“三公”经费支出决算具体情况说明。",
            f"1.因公出国(境)费支出4.1万元,与2019年度预算相比,减少{change},下降41%,下降的原因是出访批次减少。"]


def test_a_slipped_unit_is_one_suspect(tmp_path: Path) -> None:
    _doc, found = audited(tmp_path, _said("2.9元"))
    got = [(f.kind, f.severity, f.reported, f.recomputed) for f in found]
    assert got == [("text_compare", "suspect", "2.9元", "2.9万元")]


def test_the_right_unit_is_clean(tmp_path: Path) -> None:
    _doc, found = audited(tmp_path, _said("2.9万元"))
    assert [(f.kind, f.severity) for f in found] == []


@pytest.mark.parametrize("change", ["2.5元", "2.5万元"])
def test_wrong_digits_stay_an_error(tmp_path: Path, change: str) -> None:
    _doc, found = audited(tmp_path, _said(change))
    assert ("text_compare", "error") in [(f.kind, f.severity) for f in found]

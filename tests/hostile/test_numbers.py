"""Numbers invented from non-numbers: only the forms documents use are read; the rest stays text with a problem."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import hostile_files as h
import pytest
from hypothesis import given
from hypothesis import strategies as st

from jixiao.core.numbers import normalize_text, parse_decimal
from jixiao.core.records import Document
from jixiao.read import read_path


@pytest.mark.parametrize(("text", "value"), [
    ("10", "10"), ("１０", "10"), ("1,984.00", "1984.00"), ("2，270.00", "2270.00"), ("-1,234", "-1234"),
    ("2, 000", "2000"), ("2. 00", "2.00"), ("100. 00%", "100.00"), ("99.44%", "99.44"), ("1 0", "10"),
    ("１，９８４．００", "1984.00"), ("12,345,678.9", "12345678.9"),
])
def test_forms_documents_use(text: str, value: str) -> None:
    assert parse_decimal(text) == Decimal(value) and str(parse_decimal(text)) == value


@pytest.mark.parametrize("text", [
    "١٠", "۱۰", "१०", "①⓪", "⑩", "❶", "1,9,8,4.00", "1,0", "12,34", "1,2345", "1,984,00", ",984", "1e5",
])
def test_other_forms_are_not_numbers(text: str) -> None:
    assert parse_decimal(text) is None


def test_enclosed_digits_stay_in_normalised_text() -> None:
    assert normalize_text("①是否将目标细化 ２０２３ 年") == "①是否将目标细化 2023 年"


def _weight_written(tmp_path: Path, weight: str) -> Document:
    """The one form of ``hostile_files.forms`` read back with its first indicator's weight 10.00 printed as ``weight``."""
    text = h.forms(1)
    row = next(line for line in text.splitlines() if "时尚创意交流活动\t" in line)
    path = tmp_path / "form.txt"
    path.write_text(text.replace(row, row.replace("\t10.00\t", f"\t{weight}\t", 1)), encoding="utf-8")
    (doc,) = read_path(path).documents
    return doc


@pytest.mark.parametrize("weight", ["①⓪", "١٠", "1,0"])
def test_a_weight_written_so_stays_text_with_a_problem(tmp_path: Path, weight: str) -> None:
    doc = _weight_written(tmp_path, weight)
    ind = doc.indicators[0]
    assert (ind.weight.value, ind.weight.text) == (None, weight)
    assert f"指标“时尚创意交流活动”的分值“{weight}”不是数字" in [p.message for p in doc.problems]


@given(st.integers(min_value=-10**15, max_value=10**15), st.integers(min_value=0, max_value=4))
def test_grouped_numbers_read_back(n: int, places: int) -> None:
    d = Decimal(n).scaleb(-places)
    assert parse_decimal(format(d, ",f")) == d


@pytest.mark.parametrize(("mark", "code"), [("\u200b", "U+200B"), ("\u200f", "U+200F"), ("\u202e", "U+202E"),
                                            ("\ufeff", "U+FEFF")])
def test_a_figure_split_by_an_invisible_character_is_not_read_and_the_character_is_named(
        tmp_path: Path, mark: str, code: str) -> None:
    """1​0.00 with a zero-width space (or a direction mark, an override, a BOM) inside prints as 10.00: it is no
    number (never 10.00 nor 0.00), and the problem names the character, without which it read “10.00”不是数字."""
    doc = _weight_written(tmp_path, f"1{mark}0.00")
    ind = doc.indicators[0]
    assert ind.weight.value is None
    said = [p.message for p in doc.problems if "时尚创意交流活动" in p.message and "分值" in p.message]
    assert said == [f"指标“时尚创意交流活动”的分值“1{mark}0.00”不是数字（含不可见字符 {code}）"]

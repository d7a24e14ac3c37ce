"""A change's rate in the words reports vary it by (``accounts.text_rates._GROWTH``): 增长了 (幼儿园 2017's "增加20.53万元,
增长了9.02%"), 上升, 整体下降 (白云 2013's "减少1049.02萬元,整體下降12.27%"), 较上年增长 after the amount's change, a
semicolon between; a rate in 个百分点 is no rate of change of the amount and stays unchecked. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from layouts.files import findings

_HEAD = ("某单位2030年部门决算情况说明\n一、收入支出决算总体情况说明\n"
         "2030年度收入总计500万元,支出总计500万元。本年收入合计400万元,本年支出合计450万元。\n")


def _growth(tmp_path: Path, line: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.severity, f.reported, f.recomputed) for f in findings(tmp_path, _HEAD + line + "\n")
            if f.kind == "text_growth"]


@pytest.mark.parametrize("words", ["增长了{r}%", "上升{r}%", "整体增长{r}%", "较上年增长{r}%"])
@pytest.mark.parametrize(("rate", "found"), [("25", []), ("35", [("suspect", "35%", "25%")])])
def test_a_rate_in_other_words_is_checked(tmp_path: Path, words: str, rate: str, found: list[object]) -> None:
    line = "2030年支出决算100万元,比上年增加20万元," + words.format(r=rate) + "。"
    assert _growth(tmp_path, line) == found


def test_a_rate_after_a_semicolon_is_the_same_lines(tmp_path: Path) -> None:
    assert _growth(tmp_path, "2030年支出决算100万元,比上年增加20万元;增长35%。") == [("suspect", "35%", "25%")]


def test_percentage_points_are_no_rate_of_change(tmp_path: Path) -> None:
    assert _growth(tmp_path, "2030年支出决算100万元,比上年增加20万元,增长35个百分点。") == []


def test_a_change_said_of_both_budget_sides_at_once(tmp_path: Path) -> None:
    """"收、支预算总额各增加50万元,增长15%": each side's 预算总额 is the line (50 ÷ (500 − 50) = 11%, to the print)."""
    line = "2030年收入预算总额500万元,支出预算总额500万元,与上年相比收、支预算总额各增加50万元,增长15%。"
    assert _growth(tmp_path, line) == [("suspect", "15%", "11%")]


@pytest.mark.parametrize(("rate", "found"), [("25", []), ("35", [("suspect", "35%", "25%")])])
def test_a_rate_with_last_years_figure_said_after_this_years(tmp_path: Path, rate: str, found: list[object]) -> None:
    """"基本支出100万元,上年为80万元,同比增长25%": no change printed, the rate is of the two figures
    (``text_prior._SAID_PRIOR_RATE``)."""
    assert _growth(tmp_path, f"2030年基本支出100万元,上年为80万元,同比增长{rate}%。") == found

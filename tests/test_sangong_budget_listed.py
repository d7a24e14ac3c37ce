"""A 三公 statement in prose that lists the year's budget by item under its total ("“三公”经费预算为120.5万元,其中:
因公出国(境)费30万元、公务用车运行维护费80.5万元、国内公务接待费10万元") and then each item's spending with its completion
of the budget (云南昆明市人大 2016's wording): the items' budgets are the sentence's (预算), so each completion rate is
checked against them, a rate that no rounding of the text's figures gives found, one that some rounding gives (the
text's 80.5 stands for 80.45 to 80.55) no suspicion. Two years' figures are never paired (figures invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths

_TEXT = ("一、“三公”经费财政拨款支出决算总体情况\n"
         "2019年,某市某委“三公”经费预算为120.5万元,其中:因公出国(境)费30万元、公务用车运行维护费80.5万元、国内公务接待费"
         "10万元。“三公”经费支出为100.42万元,完成预算的83.34%,其中:因公出国(境)费支出{abroad}万元,完成预算的{rate}%,"
         "因公出国(境)费支出较2018年减少5.1万元;公务用车运行维护费支出70.2万元,完成预算的87.19%,;国内公务接待费支出"
         "6.12万元,完成预算的61.2%。\n")


def _found(tmp_path: Path, abroad: str = "24.1", rate: str = "80.33") -> list[str]:
    p = tmp_path / "s.txt"
    p.write_text(_TEXT.format(abroad=abroad, rate=rate), encoding="utf-8")
    return [f.message for f in audit_paths([str(p)]).findings if f.severity in ("error", "suspect")]


def test_rates_the_figures_give_raise_nothing(tmp_path: Path) -> None:
    # 24.1 ÷ 30 = 80.33%; 70.2 ÷ 80.5 = 87.20%, and 87.19% with the budget 80.51; 6.12 ÷ 10 = 61.2%
    assert _found(tmp_path) == []


@pytest.mark.parametrize(("abroad", "rate"), [("24.1", "90.33"), ("27.1", "80.33")])
def test_a_rate_no_rounding_gives_is_found(tmp_path: Path, abroad: str, rate: str) -> None:
    found = _found(tmp_path, abroad, rate)
    assert any(f"{rate}%" in m and "因公出国" in m for m in found), found


def test_another_years_budget_is_not_this_years(tmp_path: Path) -> None:
    p = tmp_path / "s.txt"
    p.write_text("某部2019年“三公经费”财政拨款支出决算数500万元,其中,因公出国(境)费200万元,公务用车购置及运行费202.3万元,"
                 "公务接待费97.7万元。\n某部2019年“三公经费”财政拨款决算中,“公务用车购置及运行费”较2019年预算少支出30万元。\n"
                 "某部2020年“三公经费”财政拨款预算数400万元,其中:公务用车购置及运行费预算250万元。\n", encoding="utf-8")
    found = [f for f in audit_paths([str(p)]).findings if f.severity in ("error", "suspect")]
    assert found == [], [f.message for f in found]

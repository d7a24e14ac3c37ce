"""A budget-execution report's completion rate said of the year's planned budget, both amounts printed ("农林水事务支出
699万元,完成年初预算计划1528万元的48%", 揭东 霖磐 2020's half-year report): recomputed as the other completion rates
are (``accounts.text_rates``): 699 ÷ 1528 = 45.75%, printed 48%, an error; a rate the amounts give is none, and a
last-digit difference (3.8% for 3.87%) only an ``info``. Before session 52 the word 计划 hid the rate from the check."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths

TEXT = ("示例镇2031年上半年财政预算执行情况报告\n"
        "一、一般公共预算支出情况\n"
        "1-6月一般公共预算支出4661万元,完成年初预算计划14246万元的32.7%。\n"
        "1、一般公共服务支出822万元,完成年初预算计划1338万元的61%。\n"
        "2、社会保障和就业支出59万元,完成年初预算计划1525万元的{social}%。\n"
        "3、农林水事务支出699万元,完成年初预算计划1528万元的{farm}%。\n")


def _rates(tmp_path: Path, social: str, farm: str) -> list[tuple[str, str]]:
    p = tmp_path / "report.txt"
    p.write_text(TEXT.format(social=social, farm=farm), encoding="utf-8")
    return [(f.severity, f.row) for f in audit_paths([str(p)]).findings if f.kind == "text_percent"]


def test_a_rate_of_the_plan_no_amount_gives_is_an_error(tmp_path: Path) -> None:
    assert _rates(tmp_path, "3.9", "48") == [("error", "农林水事务支出预算完成率")]


@pytest.mark.parametrize(("social", "found"), [("3.9", []), ("3.8", [("info", "社会保障和就业支出预算完成率")])])
def test_the_rates_the_amounts_give(tmp_path: Path, social: str, found: list[tuple[str, str]]) -> None:
    assert _rates(tmp_path, social, "46") == found

"""Two lines' figures said for two years, then one change for both ("2031年度收入总计453.13万元,支出总计453.13万元,
2030年度收入总计400.22万元,支出总计400.22万元,与2030年度相比,收入、支出总计各增加52.91万元", 海南儋州's 决算 说明;
``accounts.text_pairs``): as written nothing is found; each of the five figures planted off is found at the change's
line, once (ten units of its last place off: beyond any rounding; invented figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from layouts.files import one

SENTENCE = ("{y}年度收入总计{a}万元,支出总计{b}万元,{p}年度收入总计{c}万元,支出总计{d}万元,与{p}年度相比,收入、支出总计"
            "各{w}{e}万元,{w2}{r}%。")
CASES = [dict(y=2031, p=2030, a="453.13", b="453.13", c="400.22", d="400.22", w="增加", e="52.91", w2="增长", r="13.22"),
         dict(y=2028, p=2027, a="1210.5", b="1210.5", c="1388.7", d="1388.7", w="减少", e="178.2", w2="下降", r="12.83")]


def _found(tmp_path: Path, figures: dict[str, object]) -> list[tuple[str, str, int | None]]:
    text = ["2031年度部门决算情况说明", "一、收入支出决算总体情况说明", SENTENCE.format(**figures)]
    return [(f.kind, f.severity, f.location.line if f.location else None)
            for f in check_accounts(one(tmp_path, "\n".join(text), "final_accounts")) if f.severity != "info"]


@pytest.mark.parametrize("case", CASES)
def test_the_pair_as_written_holds(tmp_path: Path, case: dict[str, object]) -> None:
    assert _found(tmp_path, case) == []


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("planted", ["a", "b", "c", "d", "e"])
def test_each_figure_planted_off_is_found_once(tmp_path: Path, case: dict[str, object], planted: str) -> None:
    figures = dict(case)
    x = Decimal(str(figures[planted]))
    figures[planted] = str(x + Decimal(10).scaleb(x.as_tuple().exponent))  # ten units of its last place
    found = _found(tmp_path, figures)
    assert ("text_compare", "error", 3) in found and len([f for f in found if f[0] == "text_compare"]) == 1, found

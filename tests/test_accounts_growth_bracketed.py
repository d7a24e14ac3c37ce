"""A line whose name holds a bracket (因公出国(境)费) has its change's rate checked against its own amount: the text's
brackets are blanked before the change is read, so the name was read as 因公出国()费 and never found beside the amount
(青岛市政协 2015's 因公出国(境)费 went unchecked). A rate the figures' rounding gives, each printed with decimals, is a
尾差 however many units off it prints; the finding names the line as printed (``accounts.text_rates._growth``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from layouts.files import findings

_TEXT = ("青岛市某单位2015年部门决算公开补充说明\n"
         "一、“三公”经费增减情况\n"
         "1、2015年因公出国(境)费{amount}万元,较2014年相比增加11.99万元,增幅{rate}%。主要用于2个团组的出国(境)费用。\n"
         "2、2015年公务接待费支出117万元,较2014年相比增加13.63万元,增幅13.19%。\n")


def _growth(tmp_path: Path, amount: str, rate: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(x.severity, x.row, x.reported, x.recomputed)
            for x in findings(tmp_path, _TEXT.format(amount=amount, rate=rate)) if x.kind == "text_growth"]


def test_a_wrong_rate_of_a_bracketed_line_is_found_under_its_printed_name(tmp_path: Path) -> None:
    # 11.99 ÷ (30.88 − 11.99) = 63.47%, printed 63.84%
    assert _growth(tmp_path, "30.88", "63.84") == [("suspect", "因公出国(境)费增减率", "63.84%", "63.47%")]


@pytest.mark.parametrize("rate", ["63.81", "63.84"])
def test_a_rate_within_the_rounding_of_its_figures_is_no_mistake(tmp_path: Path, rate: str) -> None:
    # 11.99 ÷ (30.78 − 11.99) = 63.81%; as rounded, 11.985…11.995 ÷ (30.775…30.785 less them) spans 63.75%–63.87%
    found = _growth(tmp_path, "30.78", rate)
    assert found == ([] if rate == "63.81" else [("info", "因公出国(境)费增减率", "63.84%", "63.81%")])

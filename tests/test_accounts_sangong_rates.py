"""A 三公 item's change said with its rate (``accounts.sangong_rates``), on generated pages (``layouts.sangong_rates``):
the rate is the change over this year's figure less the change, the figure being the sentence's own, the table's or the
one the text states elsewhere; a rate planted ten units of its last place off is found at its line (an error where the
figure is the sentence's or the table's, suspected where the text states it elsewhere); the correct pages, whose rates
are computed from unrounded figures, give no finding."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.accounts.sangong_rates import rate_fits
from jixiao.core.numbers import half_unit
from jixiao.read import read_path
from layouts.files import write
from layouts.sangong_rates import LAYOUTS, SAID, invent


def _found(tmp_path: Path, lines: list[str]) -> list[tuple[str, str, int | None]]:
    p = write(tmp_path, "\n".join(lines) + "\n", "sangong.txt")
    (doc,) = read_path(p).documents
    return [(f.kind, f.severity, f.location.line if f.location else None)
            for f in check_accounts(doc) if f.severity != "info"]


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("layout", LAYOUTS)
def test_rates_that_hold_give_no_finding(tmp_path: Path, layout: str, seed: int) -> None:
    assert _found(tmp_path, invent(seed, layout).lines) == []


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("item", sorted(SAID))
@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_planted_rate_is_found_at_its_line(tmp_path: Path, layout: str, item: str, seed: int) -> None:
    page = invent(seed, layout, item)
    severity = "suspect" if layout == "list" else "error"
    assert _found(tmp_path, page.lines) == [("text_growth", severity, page.planted_line)]


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_planted_rate_in_a_wrapped_sentence_is_found_on_it(tmp_path: Path, layout: str, seed: int) -> None:
    page = invent(seed, layout, "公务接待费").wrapped()
    assert page.planted_line is not None and page.planted_last is not None
    (found,) = _found(tmp_path, page.lines)
    assert found[:2] == ("text_growth", "suspect" if layout == "list" else "error")
    assert found[2] is not None and page.planted_line <= found[2] <= page.planted_last


def test_the_rounding_of_the_printed_figures_is_allowed() -> None:
    """0.14 of 5.40 is 2.6%, printed "减少0.1万元" of "5.3万元": within the printed figures' rounding, no mistake;
    a whole percent of a small change too (0.1 of 5.4 万元 may be 1% to 3%); 12% of it is none."""
    half = rate_fits
    assert half("2.6", *_printed("0.1"), *_printed("5.3"), down=True)
    assert half("3", *_printed("0.1"), *_printed("5.3"), down=True)
    assert half("1", *_printed("0.1"), *_printed("5.3"), down=True)
    assert half("12", *_printed("0.1"), *_printed("5.3"), down=True) is False
    # figures in 元 to the 分: 313272.50 of 378272.50 is 82.8165…%: half up (82.82) and truncation (82.81) pass,
    # a rate no rounding gives (82.83, a tenth off) does not
    assert half("82.82", *_printed("313272.50"), *_printed("65000.00"), down=True)
    assert half("82.81", *_printed("313272.50"), *_printed("65000.00"), down=True)
    assert half("82.83", *_printed("313272.50"), *_printed("65000.00"), down=True) is False
    assert half("82.92", *_printed("313272.50"), *_printed("65000.00"), down=True) is False
    # a base that may be nothing gives no rate to judge
    assert half("50", *_printed("1"), *_printed("1"), down=False) is None


def _printed(figure: str) -> tuple[Decimal, Decimal]:
    return Decimal(figure), half_unit(figure)


@pytest.mark.parametrize("word", ["压缩", "压减"])
def test_a_rate_said_as_a_cut_is_the_changes(tmp_path: Path, word: str) -> None:
    """国资委's "预算数为2841.78万元,比去年预算数减少52万元,压缩1.8%": 压缩/压减 after a fall is its rate (52 ÷ 2893.78 =
    1.80%); one point off is an error at its line."""
    def text(rate: str) -> list[str]:
        return ["“三公”经费预算情况说明", f"2031年“三公”经费预算数为2841.78万元,比去年预算数减少52万元,{word}{rate}%。"]
    assert _found(tmp_path, text("1.8")) == []
    assert _found(tmp_path, text("2.8")) == [("text_growth", "error", 2)]

"""A whole text gone through OCR (``degrade.ocr_digits``: 10 read as ``IO``, a 0 after a digit as ``O``, in every
number of the page, not only in the targets) reads the figures of the clean text and finds the same mistakes:
amounts with their decimals (``IO0.0O``), numbers ending in 0 (``2O``, ``3OO``) and a cell holding ``IO`` alone
are mended (``normalise_forms.mend_slips``); letters that may be a word are left as printed."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.core.records import Document
from jixiao.read.normalise_forms import mend_slips
from layouts import degrade, render
from layouts.files import one
from layouts.grid import VARIANTS
from layouts.grid import rows as grid_rows
from layouts.model import invent as invent_project
from layouts.sangong import invent, notes, rows


def test_numbers_with_points_and_ending_in_zero_are_mended() -> None:
    assert mend_slips("| IO | IO0.0O | 2706.8O | 3O 2OO 1.O5 IO.5 9O% |") == \
        "| 10 | 100.00 | 2706.80 | 30 200 1.05 10.5 90% |"
    assert mend_slips("2O21年IO月") == "2021年IO月"  # IO inside the line's words: may be a word (IO口)


def test_words_and_formulas_stay_as_printed() -> None:
    kept = "IO个 IO口 IOT ISO9001 No.1 v1.0 O2O =1+2l 1.2l Logo"
    assert mend_slips(kept) == kept


def _sangong(seed: int, model: str, plant: tuple[str, ...] = ()) -> str:
    s = invent(seed, model, plant)
    title = ["东湖县2021年“三公”经费预算", "一、2021年“三公”经费支出预算表", "单位:万元"]
    return "\n".join([*title, render.pipes(rows(s)).rstrip("\n"), *notes(s)]) + "\n"


def _stated(doc: Document) -> dict[tuple[str, str, str], Decimal | None]:
    return {(t.kind, r.name, c): r.get(c).dec for t in doc.extra["accounts"].tables for r in t.rows for c in t.columns}


def _errors(path: Path) -> set[tuple[str, str | None]]:
    return {(f.kind, f.row) for f in audit_paths([str(path)]).findings if f.severity == "error"}


@pytest.mark.parametrize(("seed", "model", "figures"), [(3, "single", 6), (5, "yoy", 23), (8, "by_source", 24)])
def test_a_sangong_table_read_through_ocr_reads_as_the_clean_one(tmp_path: Path, seed: int, model: str,
                                                                  figures: int) -> None:
    text = _sangong(seed, model)
    slipped = degrade.ocr_digits(text)
    assert slipped != text
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    clean, read = one(tmp_path / "a", text, "sangong"), one(tmp_path / "b", slipped, "sangong")
    assert sum(v is not None for v in _stated(clean).values()) == figures  # the clean table is read whole
    assert _stated(read) == _stated(clean)
    assert _errors(tmp_path / "b" / "form.txt") == set()


def test_a_sangong_mistake_is_still_found_through_ocr(tmp_path: Path) -> None:
    one(tmp_path, degrade.ocr_digits(_sangong(11, "single", ("total",))), "sangong")
    assert _errors(tmp_path / "form.txt") == {("three_public", "合计")}


@pytest.mark.parametrize("variant", ["anhui", "no_initial", "national"])
def test_a_project_form_read_through_ocr_reads_as_the_clean_one(tmp_path: Path, variant: str) -> None:
    p = invent_project(7, mistake="total")
    text = render.row_lines(grid_rows(p, VARIANTS[variant]))
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    clean, read = one(tmp_path / "a", text), one(tmp_path / "b", degrade.ocr_digits(text))
    assert [(i.level3.value, i.weight.dec, i.score.dec) for i in clean.indicators] == \
        [(i.name, i.weight, i.score) for i in p.indicators]  # the clean form is read whole
    assert (clean.funds["total"].annual_budget.dec, clean.funds["total"].executed.dec) == (p.budget, p.executed)
    figures = [(i.level3.value, i.weight.dec, i.score.dec, i.target.value) for i in clean.indicators]
    assert [(i.level3.value, i.weight.dec, i.score.dec, i.target.value) for i in read.indicators] == figures
    assert {k: (r.annual_budget.dec, r.executed.dec) for k, r in read.funds.items()} == \
        {k: (r.annual_budget.dec, r.executed.dec) for k, r in clean.funds.items()}
    assert {k for k, _ in _errors(tmp_path / "b" / "form.txt")} == {"total_sum"}


def test_letters_run_on_after_a_percent_sign_are_the_next_cells_number() -> None:
    """A row's cells run together (年度资金总额 … 执行率 得分): the score after the rate's % sign is a number of its
    own, its OCR letters mended like any cell's; letters ending in I or l stay."""
    assert mend_slips("年度资金总额12.512.512.51O1OO%IO按收入性质分") == "年度资金总额12.512.512.510100%10按收入性质分"
    assert mend_slips("执行率95%IO得分") == "执行率95%10得分"
    assert mend_slips("比例5%Il") == "比例5%Il"


@pytest.mark.parametrize("variant", ["anhui", "national"])
@pytest.mark.parametrize("shape", ["run_together", "one_run"])
@pytest.mark.parametrize("seed", [5, 8])
def test_a_form_run_together_read_through_ocr_reads_its_funds(tmp_path: Path, variant: str, shape: str,
                                                              seed: int) -> None:
    """A budget spent whole (执行率 100%, 得分 10 printed bare): run together, the score after the % sign is IO."""
    p = invent_project(seed)
    p.executed, p.rate, p.exec_score = p.budget, Decimal(100), p.exec_weight
    p.current, p.carried = (p.current[0], p.current[1], p.current[1]), (p.carried[0], p.carried[1], p.carried[1])
    text = getattr(render, shape)(grid_rows(p, VARIANTS[variant]))
    assert "%IO" in degrade.ocr_digits(text)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    clean, read = one(tmp_path / "a", text), one(tmp_path / "b", degrade.ocr_digits(text))
    t = clean.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec, t.score.dec) == (p.budget, p.executed, p.exec_score)
    got = read.funds["total"]
    assert (got.annual_budget.dec, got.executed.dec, got.rate.dec, got.weight.dec, got.score.dec) == \
        (t.annual_budget.dec, t.executed.dec, t.rate.dec, t.weight.dec, t.score.dec)

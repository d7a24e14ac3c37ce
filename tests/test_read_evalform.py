"""Project evaluation score tables (决策 / 管理 / 产出 / 效益) in the layouts published text gives them, with
OCR's slips: the figures are read by their weights, the planted mistakes found, nothing false flagged
(generator ``tests/layouts/evalscore.py``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.audit import audit_paths
from jixiao.read.recognise.evaltree import Reader
from jixiao.read.recognise.evaltree_cells import cells
from jixiao.read.recognise.ocrslips import mend_digits, near
from layouts.evalscore import (
    EvalForm,
    explained_rows,
    invent_eval,
    leaf_rows,
    ocr,
    per_level_criteria_rows,
    per_level_rows,
)
from layouts.files import write
from layouts.render import RENDERERS, one_run

LEAF_LAYOUTS = {"pipes": RENDERERS["pipes"], "flattened": RENDERERS["flattened"],
                "cell_lines": RENDERERS["cell_lines"], "one_run": one_run}
PER_LEVEL_LAYOUTS = {k: RENDERERS[k] for k in ("pipes", "flattened", "cell_lines", "row_lines")}


def _audit(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    result = audit_paths([str(write(tmp_path, text))])
    assert len(result.documents) == 1, [p.message for d in result.documents for p in d.problems]
    (doc,) = result.documents
    return result, doc


def _rows_match(doc, f: EvalForm, upto: int | None = None) -> None:  # type: ignore[no-untyped-def]
    rows = f.rows[:upto]
    assert [(i.weight.dec, i.score.dec) for i in doc.indicators] == [(r.weight, r.score) for r in rows]
    assert all(r.name in (i.level3.str_ or "") for i, r in zip(doc.indicators, rows))
    assert [i.level1.str_ for i in doc.indicators] == [r.level1 for r in rows]


@pytest.mark.parametrize("layout", sorted(PER_LEVEL_LAYOUTS))
def test_per_level_weights_are_read_by_their_sums(tmp_path: Path, layout: str) -> None:
    f = invent_eval(3)
    result, doc = _audit(tmp_path, PER_LEVEL_LAYOUTS[layout](per_level_rows(f)))
    _rows_match(doc, f)
    assert [i.level2.str_ for i in doc.indicators] == [r.level2 for r in f.rows]
    assert {k: v.dec for k, v in doc.level1_weights.items()} == f.level_weights()
    assert (doc.funds["total"].annual_budget.dec, doc.funds["total"].executed.dec) == (f.budget, f.executed)
    assert (doc.total_weight.dec, doc.total_score.dec, doc.grade.str_) == (Decimal(100), f.total, f.grade)
    assert doc.title == f.name
    assert [x.message for x in result.findings if x.severity == "error"] == []
    assert not [x for x in result.findings if x.kind in ("cannot_verify", "missing_reason")]


@pytest.mark.parametrize("layout", ["flattened", "cell_lines", "one_run"])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_per_level_weights_with_criteria_before_the_score(tmp_path: Path, layout: str, script: str) -> None:
    """The template 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 具体指标 | 评价标准 | 自评得分, as published in
    traditional script too: a name and its weight at the third level is a row, its score after the criteria."""
    from layouts import degrade

    f = invent_eval(12)
    text = LEAF_LAYOUTS[layout](per_level_criteria_rows(f))
    result, doc = _audit(tmp_path, degrade.traditional(text) if script == "traditional" else text)
    assert [(i.weight.dec, i.score.dec) for i in doc.indicators] == [(r.weight, r.score) for r in f.rows]
    assert {k: v.dec for k, v in doc.level1_weights.items()} == f.level_weights()
    assert doc.total_score.dec == f.total and not doc.extra.get("indicators_incomplete")
    assert [x.message for x in result.findings if x.severity == "error"] == []


@pytest.mark.parametrize("layout", sorted(LEAF_LAYOUTS))
@pytest.mark.parametrize("damaged", [False, True])
def test_leaf_weights_with_levels_in_labels(tmp_path: Path, layout: str, damaged: bool) -> None:
    f = invent_eval(8)
    text = LEAF_LAYOUTS[layout](leaf_rows(f))
    if damaged:
        text = ocr(text)
        assert "IO" in text and "预匏数" in text and "考值参分" in text
    result, doc = _audit(tmp_path, text)
    _rows_match(doc, f)
    t = doc.funds["total"]
    assert (t.initial_budget.dec, t.annual_budget.dec, t.executed.dec) == (f.budget, f.budget, f.executed)
    assert {k: v.dec for k, v in doc.level1_weights.items()} == f.level_weights()
    assert doc.total_score.dec == f.total
    assert [x.message for x in result.findings if x.severity == "error"] == []


@pytest.mark.parametrize("layout", ["flattened", "cell_lines", "one_run"])
def test_criteria_between_weight_and_score_are_text(tmp_path: Path, layout: str) -> None:
    """评价标准 with points of its own ((1分), 计2分) between the weight (4分) and the score."""
    f = invent_eval(9)
    result, doc = _audit(tmp_path, LEAF_LAYOUTS[layout](explained_rows(f)))
    _rows_match(doc, f)
    assert doc.total_score.dec == f.total and not doc.extra.get("indicators_incomplete")
    assert [x.message for x in result.findings if x.severity == "error"] == []


@pytest.mark.parametrize("mistake", ["total", "score_over_weight"])
@pytest.mark.parametrize("layout", ["pipes", "one_run"])
def test_planted_mistakes_are_found(tmp_path: Path, mistake: str, layout: str) -> None:
    f = invent_eval(5, mistake)
    result, _ = _audit(tmp_path, LEAF_LAYOUTS[layout](leaf_rows(f)))
    errors = {x.kind for x in result.findings if x.severity == "error"}
    assert errors == ({"total_sum"} if mistake == "total" else {"score_bounds"})


@pytest.mark.parametrize("layout", ["cell_lines", "one_run"])
def test_a_cut_table_total_above_what_its_rows_allow_is_a_suspect(tmp_path: Path, layout: str) -> None:
    f = invent_eval(6, "cut_total_high")
    result, doc = _audit(tmp_path, LEAF_LAYOUTS[layout](leaf_rows(f)))
    _rows_match(doc, f, f.cut_after)
    lost = sum((r.weight - r.score for r in f.rows[: f.cut_after]), Decimal(0))
    assert lost > 1  # the planted total (99) is above 100 - lost
    (bound,) = [x for x in result.findings if x.kind == "total_bound"]
    assert bound.severity == "suspect" and bound.row in ("自评得分", "总分") and bound.recomputed == str(100 - lost)
    assert [x for x in result.findings if x.severity == "error"] == []
    assert {x.kind for x in result.findings if x.kind == "cannot_verify"} == {"cannot_verify"}  # Σ not checked


def test_a_cut_table_whose_total_fits_is_not_flagged(tmp_path: Path) -> None:
    f = invent_eval(6, "cut_total_high")
    f.total = Decimal(100) - sum((r.weight - r.score for r in f.rows[: f.cut_after]), Decimal(0))
    result, _ = _audit(tmp_path, one_run(leaf_rows(f)))
    assert not [x for x in result.findings if x.kind == "total_bound" or x.severity == "error"]


def test_a_weight_run_into_its_target_is_split_by_the_actual_value() -> None:
    text = "项目产出(20分)数量指标(10分)保障人数102370人2370人IO成本指标(10分)办公成本415万元15万元4"
    tree = Reader(cells(mend_digits(text)), per_level=False, marker_first=False).read()
    assert [(x.name, x.weight, x.score) for x in tree.leaves] == [
        ("保障人数", Decimal(10), Decimal(10)), ("办公成本", Decimal(4), Decimal(4))]
    assert any("102370人" in zh and "分值10" in zh for zh, _, _ in tree.notes)
    assert tree.cut  # 成本指标 (10) holds 4 points of rows: the text was cut


def test_ocr_slips_are_mended_only_among_digits() -> None:
    assert mend_digits("得分IO 1O0% 2O21年 PDF lOO FIO O2O平台") == "得分10 100% 2021年 PDF 100 FIO O2O平台"
    assert near("年初预匏数", "年初预算数") and near("考值参分", "参考分值") and not near("二级指标x", "一级指标")
    assert not near("分数", "分值")  # two characters: no slip is read as the label


def test_targets_read_through_ocr_slips() -> None:
    from jixiao.core.target import parse_target

    assert [(t.op, t.value) for t in map(parse_target, ("1OO%", "≥9O%", "IOO%"))] == [
        ("=", Decimal(100)), (">=", Decimal(90)), ("=", Decimal(100))]
    assert parse_target("O2O平台").op == "qualitative"


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000), st.sampled_from(sorted(LEAF_LAYOUTS)))
def test_any_invented_form_reads_whole_and_clean(seed: int, layout: str) -> None:
    from jixiao.core.source import Source
    from jixiao.read.base import FileRead
    from jixiao.read.recognise.evalform import recognise

    f = invent_eval(seed)
    text = LEAF_LAYOUTS[layout](leaf_rows(f))
    fr = FileRead(source=Source("x.txt"), format="text",
                  body=[(line, Source("x.txt", line=n + 1)) for n, line in enumerate(text.splitlines())])
    (doc,) = recognise(fr)
    assert [(i.weight.dec, i.score.dec) for i in doc.indicators] == [(r.weight, r.score) for r in f.rows]
    assert doc.total_score.dec == f.total


# ---------------------------------------------------------------- names and figures printed apart (稷山)


@pytest.mark.parametrize("mistake", [None, "total"])
def test_names_and_figures_printed_apart_are_paired_by_the_arithmetic(tmp_path: Path, mistake: str | None) -> None:
    from layouts.apart import apart_text
    from layouts.model import invent

    p = invent(4, mistake=mistake)
    result, doc = _audit(tmp_path, apart_text(p))
    assert [(i.weight.dec, i.score.dec) for i in doc.indicators] == [(r.weight, r.score) for r in p.indicators]
    assert all(r.name in (i.level3.str_ or "") for i, r in zip(doc.indicators, p.indicators))
    assert (doc.total_weight.dec, doc.total_score.dec) == (p.total_weight, p.total)
    assert any("分开印出" in x.message for x in doc.problems)
    errors = {x.kind for x in result.findings if x.severity == "error"}
    assert errors == ({"total_sum"} if mistake else set())


def test_figures_apart_that_do_not_add_up_are_not_paired(tmp_path: Path) -> None:
    from layouts.apart import apart_text
    from layouts.model import invent

    p = invent(4)
    p.indicators[-1].weight += 5  # the weights no longer make 100 with the execution block's: no pairing
    result, doc = _audit(tmp_path, apart_text(p))
    # the rows printed whole are read; the first row's and the moved rows' names and figures are not paired
    assert [i.level3.str_ for i in doc.indicators] == [f"指标1:{r.name}" for r in p.indicators[1:-3]]
    assert not any("分开印出" in x.message for x in doc.problems)
    assert [x for x in result.findings if x.severity == "error"] == []


def test_a_grade_that_does_not_fit_the_total_is_found(tmp_path: Path) -> None:
    f = invent_eval(3)
    assert f.grade == "优"
    text = RENDERERS["cell_lines"](per_level_rows(f)).replace("\n优\n", "\n良\n")
    result, doc = _audit(tmp_path, text)
    assert doc.grade.str_ == "良"
    assert {x.kind for x in result.findings if x.severity == "error"} == {"grade"}


# ---------------------------------------------------------------- the older report forms (岳阳): detail and balance


@pytest.mark.parametrize("mistake", [None, "detail_sum", "balance"])
@pytest.mark.parametrize("layout", ["cell_lines", "flattened"])
def test_report_form_detail_and_balance(tmp_path: Path, mistake: str | None, layout: str) -> None:
    from layouts.reportform import ITEMS, report_rows

    rows, fig = report_rows(2, mistake)
    result, doc = _audit(tmp_path, RENDERERS[layout](rows))
    (table,) = doc.tables
    assert [r[0].text for r in table.rows] == [*ITEMS, "支出合计"] and table.rows[-1][1].text == str(fig["total"])
    found = {(x.kind, x.severity) for x in result.findings if x.kind in ("detail_sum", "funds_balance")}
    # a 实际支出 of 1 more than the items (as the 支出合计 says) no longer leaves the printed balance either
    expected = {None: set(), "detail_sum": {("detail_sum", "error"), ("funds_balance", "suspect")},
                "balance": {("funds_balance", "suspect")}}
    assert found == expected[mistake]
    assert [x.kind for x in result.findings if x.severity == "error"] == (["detail_sum"] if mistake == "detail_sum" else [])


def test_points_are_a_weight_only_where_they_read_as_one() -> None:
    kinds = [(c.kind, c.text) for c in cells("资金分配 8 分配办法 2 2 绩效目标 4分 资金使用 每项计2分; 扣1分，")]
    assert kinds == [("text", "资金分配"), ("plain", "8"), ("text", "分配办法"), ("plain", "2"), ("plain", "2"),
                     ("text", "绩效目标"), ("points", "4分"), ("text", "资金使用每项计2分;扣1分，")]


_NOTICE = ("根据县财政局《关于开展2023年度预算绩效自评工作的通知》要求，我单位对上年度项目支出和部门整体支出开展了"
           "绩效自评，形成了自评报告和自评表，现将有关情况公开如下：")


@pytest.mark.parametrize("layout", ["pipes", "flattened", "one_run"])
def test_a_pages_opening_sentence_naming_the_department_is_no_heading(tmp_path: Path, layout: str) -> None:
    """The page opens with the notice it was made for, which names 部门整体支出 in a sentence: the score table
    under it is still the project's evaluation, every row read (the department words of a sentence are no form's
    heading)."""
    f = invent_eval(5)
    result, doc = _audit(tmp_path, _NOTICE + "\n" + LEAF_LAYOUTS[layout](leaf_rows(f)))
    _rows_match(doc, f)

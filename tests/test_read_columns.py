"""Project forms whose columns come in other orders and under other labels (分值/权重, 全年预算数/调整后预算数,
全年执行数/实际执行数, 执行率/预算执行率 …), and headers with a label the reader does not know: every figure is read
by the label over its column and the column model the header states, never by one template's positions, and a
column the reader cannot name is never read as empty nor lets its numbers move under another label (generators
in ``tests/layouts/columns.py``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.audit import audit_paths
from jixiao.core.records import Document
from layouts.columns import (
    FUNDS_LABELS,
    FUNDS_ORDERS,
    INDICATOR_LABELS,
    INDICATOR_ORDERS,
    Columns,
    labelled,
    pick,
    rows,
)
from layouts.files import one as _one
from layouts.files import write as _write
from layouts.model import MISTAKES, Project, invent
from layouts.render import RENDERERS, tabs

LAYOUTS = {**RENDERERS, "tabs": tabs}
SOME = ("pipes", "tabs", "pipes_collapsed", "row_lines", "cell_lines", "flattened")
EXPECTED = {"rate": "execution_rate", "total": "total_sum", "score_over_weight": "score_bounds"}


def _read_right(doc: Document, p: Project, c: Columns) -> None:
    t, cur = doc.funds["total"], doc.funds["current_year"]
    fields = [k for k, _ in c.funds]
    assert (t.annual_budget.dec, t.executed.dec, t.weight.dec, t.rate.dec, t.score.dec) == (
        p.budget, p.executed, p.exec_weight, p.rate, p.exec_score)
    assert t.initial_budget.dec == (p.initial if "initial" in fields else None)
    assert (cur.annual_budget.dec, cur.executed.dec) == (p.current[1], p.current[2])
    assert [(i.level3.value, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (i.name, i.weight, i.score) for i in p.indicators]
    assert doc.total_score.dec == p.total


def _errors(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    result = audit_paths([str(_write(tmp_path, text, "audit.txt"))])
    return [(f.kind, f.message) for f in result.findings if f.severity == "error"]


@pytest.mark.parametrize("layout", SOME)
@pytest.mark.parametrize(("field", "label"), [(k, x) for k, labels in FUNDS_LABELS.items() for x in labels])
def test_every_funds_label(tmp_path: Path, field: str, label: str, layout: str) -> None:
    """实际执行数 was not a label of the 全年执行数 column: the table lost the sub-rows and the audit summed them
    as blank (three false ``funds_sum`` errors); the text reader lost the whole block."""
    p = invent(7)
    c = labelled(FUNDS_ORDERS[0], INDICATOR_ORDERS[0], flabels={field: label})
    text = LAYOUTS[layout](rows(p, c))
    _read_right(_one(tmp_path, text), p, c)
    assert _errors(tmp_path, text) == []


@pytest.mark.parametrize("layout", SOME)
@pytest.mark.parametrize(("field", "label"), [(k, x) for k, labels in INDICATOR_LABELS.items() for x in labels])
def test_every_indicator_label(tmp_path: Path, field: str, label: str, layout: str) -> None:
    """目标值, 实际值 and 自评得分 were not labels of the text reader's indicator columns (rows misread or none)."""
    p = invent(7)
    c = labelled(FUNDS_ORDERS[0], INDICATOR_ORDERS[0], ilabels={field: label})
    _read_right(_one(tmp_path, LAYOUTS[layout](rows(p, c))), p, c)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 100_000), layout=st.sampled_from(SOME))
def test_any_order_and_labels_read_whole_and_audit_clean(tmp_path: Path, seed: int, layout: str) -> None:
    p, c = invent(seed), pick(seed)
    text = LAYOUTS[layout](rows(p, c))
    _read_right(_one(tmp_path, text), p, c)
    assert _errors(tmp_path, text) == []


@pytest.mark.parametrize("mistake", MISTAKES)
@pytest.mark.parametrize("layout", ["pipes", "row_lines", "flattened"])
def test_mistakes_are_found_whatever_the_columns(tmp_path: Path, layout: str, mistake: str) -> None:
    p = invent(12, mistake=mistake)
    c = labelled(FUNDS_ORDERS[1], INDICATOR_ORDERS[1], flabels={"executed": "实际执行数", "rate": "预算执行率"},
                 ilabels={"weight": "权重", "target": "年度目标值"})
    assert {k for k, _ in _errors(tmp_path, LAYOUTS[layout](rows(p, c)))} == {EXPECTED[mistake]}


@pytest.mark.parametrize("layout", SOME)
@pytest.mark.parametrize(("field", "label"), [("executed", "使用数"), ("budget", "计划数"), ("rate", "完成比例")])
def test_a_funds_label_not_understood_is_read_by_the_column_model(tmp_path: Path, field: str, label: str,
                                                                 layout: str) -> None:
    """One label the reader does not know, where the header lacks exactly the field the templates' order puts
    there: read as that field, and said."""
    p = invent(9)
    c = labelled(FUNDS_ORDERS[0], INDICATOR_ORDERS[0], flabels={field: label})
    doc = _one(tmp_path, LAYOUTS[layout](rows(p, c)))
    _read_right(doc, p, c)
    assert any(f"资金表头的栏目“{label}”未能识别，按表式的栏目顺序读作" in x.message for x in doc.problems)


def _hebei(arrived: str = "90.00") -> list[list[str]]:
    """河北: 预算数 | 到位数 | 执行数 | 分值 | 执行率 | 得分 — a column (到位数) no template field names."""
    return [["项目支出绩效自评表（2020年度）"], ["项目名称", "示例项目"], ["主管部门", "示例局", "实施单位", "示例中心"],
            ["项目资金（万元）", "预算数", "到位数", "执行数", "分值", "执行率", "得分"],
            ["年度资金总额", "100.00", arrived, "80.00", "10.00", "80.00%", "8.00"],
            ["其中：当年财政拨款", "100.00", arrived, "80.00", "", "", ""],
            ["上年结转资金", "", "", "", "", "", ""],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["", "产出指标", "数量指标", "培训人次", "≥100人次", "120人次", "90.00", "90.00"],
            ["总分", "", "", "", "", "", "100.00", "98.00"]]


@pytest.mark.parametrize("layout", SOME)
def test_a_column_no_label_names_keeps_its_numbers(tmp_path: Path, layout: str) -> None:
    """Read in the template's six columns, 到位数 90 became the budget and the audit called the rate 80% wrong
    (80 ÷ 90); its numbers are now left unread where they stand and the others read under their own labels."""
    text = LAYOUTS[layout](_hebei())
    doc = _one(tmp_path, text)
    t, cur = doc.funds["total"], doc.funds["current_year"]
    assert (t.initial_budget.value, t.annual_budget.dec, t.executed.dec, t.rate.dec, t.score.dec) == (
        None, Decimal("100.00"), Decimal("80.00"), Decimal("80.00"), Decimal("8.00"))
    assert (cur.annual_budget.dec, cur.executed.dec) == (Decimal("100.00"), Decimal("80.00"))
    assert _errors(tmp_path, text) == []


@pytest.mark.parametrize("layout", ["pipes", "tabs", "row_lines"])
def test_a_rate_mistake_beside_an_unnamed_column_is_found(tmp_path: Path, layout: str) -> None:
    """The rate recomputed on the budget and the spending under their own labels (80 ÷ 100), not on 到位数."""
    rows_ = _hebei()
    rows_[4][5] = "85.00%"
    result = audit_paths([str(_write(tmp_path, LAYOUTS[layout](rows_)))])
    assert [(f.kind, f.reported, f.recomputed) for f in result.findings if f.severity == "error"] == [
        ("execution_rate", "85.00%", "80.00%")]


def test_sub_rows_whose_numbers_went_unread_are_not_summed_as_blank(tmp_path: Path) -> None:
    """The table's reading of a sub-row printed with numbers that could not be placed (one beyond the header's last
    column): not a row printed blank, which holds zero, so the sub-rows' sum is not checked as if it were whole."""
    from jixiao.audit.funds import check_sub_rows
    from jixiao.read import read_file
    from jixiao.read.recognise import project

    p = invent(7)
    grid = rows(p, labelled(FUNDS_ORDERS[0], INDICATOR_ORDERS[0]))
    assert grid[5][0] == "其中：当年财政拨款"
    grid[5].append("9.99")
    width = max(map(len, grid))
    (doc,) = project.recognise(read_file(_write(tmp_path, tabs([r + [""] * (width - len(r)) for r in grid]))))
    assert doc.funds["total"].executed.dec == p.executed and doc.funds["current_year"].executed.value is None
    assert "current_year" not in doc.extra.get("blank_funds_rows", [])
    assert [f.kind for f in check_sub_rows(doc)] == ["funds_sum_incomplete"] * 3


INDICATOR_UNKNOWN = [("target", "计划值"), ("actual", "完成情况"), ("weight", "满分"), ("score", "实得分")]


@pytest.mark.parametrize("layout", SOME)
@pytest.mark.parametrize("order", [0, 1])
@pytest.mark.parametrize(("field", "label"), INDICATOR_UNKNOWN)
def test_an_indicator_label_not_understood_is_read_by_the_column_model(tmp_path: Path, field: str, label: str,
                                                                      order: int, layout: str) -> None:
    """满分 over the weights: the table read no weight, the text no row; 计划值 / 完成情况: the text read a
    qualitative row's target as its name. Now the label is read as the one field the header lacks there."""
    p = invent(5)
    c = labelled(FUNDS_ORDERS[0], INDICATOR_ORDERS[order], ilabels={field: label})
    doc = _one(tmp_path, LAYOUTS[layout](rows(p, c)))
    _read_right(doc, p, c)
    assert any(f"指标表头的栏目“{label}”未能识别，按表式的栏目顺序读作" in x.message for x in doc.problems)


@pytest.mark.parametrize("mistake", MISTAKES)
@pytest.mark.parametrize("layout", ["tabs", "cell_lines", "flattened"])
def test_mistakes_are_found_under_labels_not_understood(tmp_path: Path, layout: str, mistake: str) -> None:
    p = invent(14, mistake=mistake)
    c = labelled(FUNDS_ORDERS[0], INDICATOR_ORDERS[0], flabels={"executed": "使用数"}, ilabels={"weight": "满分"})
    assert {k for k, _ in _errors(tmp_path, LAYOUTS[layout](rows(p, c)))} == {EXPECTED[mistake]}


@pytest.mark.parametrize("layout", [*SOME, "lone_pipes", "trailing_pipes"])
def test_a_form_cut_before_its_indicators_after_a_list_of_forms(tmp_path: Path, layout: str) -> None:
    """安徽滁州: the page lists its forms (序号 | 项目名称 | 备注), then the first form, its labels with their
    qualifiers (全年预算数(A), 执行率(B/A), 年度资金总额:), cut after its goals. The form's marks were matched only
    bare, so the text reader did not take it for a form: nothing read, or the page not recognised."""
    p = invent(21)
    c = labelled(FUNDS_ORDERS[0], INDICATOR_ORDERS[0],
                 flabels={"budget": "全年预算数（A）", "executed": "全年执行数（B）", "rate": "执行率（B/A）"})
    grid = rows(p, c)
    grid[4][0] = "年度资金总额："
    listing = [["本单位项目绩效自评表清单"], ["序号", "项目名称", "备注"], ["1", "示例项目自评表", ""], ["2", "另一项目自评表", ""]]
    doc = _one(tmp_path, LAYOUTS[layout](listing + grid[:10]))
    t = doc.funds["total"]
    assert doc.title == p.name
    assert (t.annual_budget.dec, t.executed.dec, t.weight.dec, t.rate.dec, t.score.dec) == (
        p.budget, p.executed, p.exec_weight, p.rate, p.exec_score)
    assert doc.indicators == []


def _wrapped(grid: list[list[str]]) -> list[list[str]]:
    """Every header label longer than three characters broken after its second (年初 / 预算数, 自评 / 得分)."""
    out = [list(r) for r in grid]
    for r in (3, 10):
        out[r] = [x if len(x) <= 3 or k == 0 else x[:2] + "\n" + x[2:] for k, x in enumerate(out[r])]
    return out


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 100_000), layout=st.sampled_from(["row_lines", "cell_lines", "pipes"]))
def test_a_wrapped_header_gives_right_figures_or_none(tmp_path: Path, seed: int, layout: str) -> None:
    """Labels wrapped over lines (the reader may not put them together again): every funds figure read is the
    form's, and nothing is called wrong. Seed 5 (…执行率 | 自评得分 | 分值, wrapped) was read in the template's
    order with 83.00% as 分值 and the sub-rows' amounts under 得分: false execution_rate and funds_sum errors."""
    p, c = invent(seed), pick(seed)
    text = LAYOUTS[layout](_wrapped(rows(p, c)))
    truth = {"annual_budget": p.budget, "executed": p.executed, "weight": p.exec_weight, "rate": p.rate,
             "score": p.exec_score}
    result = audit_paths([str(_write(tmp_path, text))])
    (doc,) = result.documents  # the form is always found; of its figures, those read are the form's
    t = doc.funds["total"]
    got = {k: getattr(t, k).dec for k in truth if getattr(t, k).dec is not None}
    assert got.items() <= truth.items()
    if layout == "pipes":  # the cells stand apart: every figure is read
        assert got == truth
    assert [(f.kind, f.message) for f in result.findings if f.severity == "error"] == []


@pytest.mark.parametrize("layout", ["row_lines", "cell_lines"])
def test_a_wrapped_header_read_in_no_template_order(tmp_path: Path, layout: str) -> None:
    p, c = invent(5), pick(5)
    assert [k for k, _ in c.funds][3:] == ["rate", "score", "weight"]
    assert _errors(tmp_path, LAYOUTS[layout](_wrapped(rows(p, c)))) == []

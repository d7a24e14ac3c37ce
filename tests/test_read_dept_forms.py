"""Department-wide self-evaluation forms (部门整体支出绩效自评表) in every layout published text gives them: the
two splits of the year's funds (按收入性质分 / 按支出性质分) are read and held against each other and against their
parts; a planted mistake is found, a consistent form gives no finding (generators in ``tests/layouts/deptform``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.audit.dept_splits import check_dept_splits
from jixiao.core.findings import Finding
from jixiao.core.source import Source
from layouts.deptform import DEPT_MISTAKES, dept_rows, invent_dept, purpose_rows
from layouts.render import RENDERERS, one_run, run_together

LAYOUTS = {**RENDERERS, "run_together": run_together, "one_run": one_run}


def _audit(tmp_path: Path, text: str) -> list[Finding]:
    p = tmp_path / "dept.txt"
    p.write_text(text, encoding="utf-8")
    return list(audit_paths([str(p)]).findings)


def _splits(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.kind.startswith("dept_split")]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_consistent_department_form_gives_no_split_finding(tmp_path: Path, layout: str) -> None:
    form = invent_dept(3)
    found = _audit(tmp_path, LAYOUTS[layout](dept_rows(form)))
    assert _splits(found) == []
    assert not [f for f in found if f.severity == "error"]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("seed", [1, 2])
def test_the_two_splits_that_differ_are_an_error(tmp_path: Path, layout: str, seed: int) -> None:
    form = invent_dept(seed, "split_mismatch")
    found = _splits(_audit(tmp_path, LAYOUTS[layout](dept_rows(form))))
    assert [(f.kind, f.severity, f.row) for f in found] == [("dept_split_mismatch", "error", "按支出性质分")]
    f = found[0]
    assert (Decimal(f.reported or ""), Decimal(f.recomputed or "")) == (form.spending_total, form.income_total)
    assert "104.45" in f.message
    assert f.location is not None and f.location.line is not None


@pytest.mark.parametrize("layout", ["pipes", "cell_lines", "run_together"])
def test_a_part_that_does_not_add_up_is_suspect_and_never_an_error(tmp_path: Path, layout: str) -> None:
    form = invent_dept(5, "split_parts")
    found = _splits(_audit(tmp_path, LAYOUTS[layout](dept_rows(form))))
    assert [(f.kind, f.severity, f.row) for f in found] == [("dept_split_parts", "suspect", "按支出性质分")]
    assert Decimal(found[0].recomputed or "") == form.spending_total + 10
    assert DEPT_MISTAKES == ("split_mismatch", "split_parts")


def test_a_split_without_its_number_is_missing_not_zero() -> None:
    body = [("按收入性质分:2030.12", Source("f.txt", 1)), ("按支出性质分:", Source("f.txt", 2)),
            ("其中:基本支出:900.47", Source("f.txt", 3)), ("项目支出:", Source("f.txt", 4))]
    assert check_dept_splits([], body, lambda s: "f") == []


def test_unconfirmed_splits_that_differ_are_only_suspect() -> None:
    """No part read on either side: the difference may be a misreading, so it is never an error."""
    body = [("按收入性质分:2030.12", Source("f.txt", 1)), ("按支出性质分:1925.67", Source("f.txt", 2))]
    found = check_dept_splits([], body, lambda s: "f")
    assert [(f.kind, f.severity, f.reported, f.recomputed) for f in found] == [
        ("dept_split_mismatch", "suspect", "1925.67", "2030.12")]


@pytest.mark.parametrize("title", ["部门整体支出绩效自评表", "单位整体支出绩效自评表", "部门（单位）整体支出绩效自评表"])
@pytest.mark.parametrize("layout", ["pipes", "cell_lines", "flattened", "lone_pipes"])
def test_a_department_form_in_the_project_layout_says_it_is_a_departments(tmp_path: Path, title: str,
                                                                         layout: str) -> None:
    """Whatever the province calls it (部门整体 / 单位整体 / 部门（单位）整体), the record names its unit as the
    department's, so that it is never taken for a project's form."""
    from jixiao.read import read_path

    form = invent_dept(3)
    rows = dept_rows(form)
    rows[0], rows[1] = [f"{form.year}年度{title}"], ["单位名称", form.unit]
    p = tmp_path / "dept.txt"
    p.write_text(LAYOUTS[layout](rows), encoding="utf-8")
    (doc,) = read_path(p).documents
    assert doc.header["部门"].value == form.unit
    assert (doc.funds["total"].annual_budget.dec, doc.funds["total"].executed.dec) == (form.budget, form.executed)


@pytest.mark.parametrize("layout", ["pipes", "pipes_collapsed", "cell_lines", "row_lines", "trailing_pipes",
                                    "lone_pipes"])
def test_the_rows_by_purpose_make_the_total_in_every_amount_column(tmp_path: Path, layout: str) -> None:
    form = invent_dept(6)
    assert [f for f in _audit(tmp_path, LAYOUTS[layout](purpose_rows(form))) if f.kind == "dept_funds_parts"] == []
    found = [f for f in _audit(tmp_path, LAYOUTS[layout](purpose_rows(form, "purpose_parts")))
             if f.kind == "dept_funds_parts"]
    assert [(f.severity, f.row, f.reported, f.recomputed) for f in found] == [
        ("error", "年度资金总额", str(form.executed), str(form.executed + 10))]
    assert "全年执行数" in found[0].message


@pytest.mark.parametrize("layout", ["flattened", "run_together", "one_run"])
def test_rows_by_purpose_that_cannot_be_told_apart_give_no_finding(tmp_path: Path, layout: str) -> None:
    """Numbers run together or the whole form on one line: the amounts cannot be placed, so nothing is said
    about them (never an error on a reading the form's columns do not confirm)."""
    form = invent_dept(6)
    found = _audit(tmp_path, LAYOUTS[layout](purpose_rows(form, "purpose_parts")))
    assert [f for f in found if f.kind == "dept_funds_parts" or f.severity == "error"] == []


def test_a_third_part_under_the_total_stops_the_check() -> None:
    from jixiao.audit.dept_funds import check_dept_funds

    lines = ["年初预算数 全年预算数 全年执行数", "年度资金总额 30 30 25", "其中：基本支出 10 10 10", "项目支出 20 20 10",
             "其他支出 0 0 5"]
    body = [(t, Source("f.txt", k + 1)) for k, t in enumerate(lines)]
    assert check_dept_funds([], body, lambda s: "f") == []  # a third part: the two need not make the total
    assert [(f.reported, f.recomputed) for f in check_dept_funds([], body[:4], lambda s: "f")] == [("25", "20")]


@pytest.mark.parametrize("layout", ["pipes", "pipes_collapsed", "cell_lines", "flattened", "lone_pipes", "row_lines",
                                    "trailing_pipes"])
def test_the_unit_under_its_department_or_unit_label(tmp_path: Path, layout: str) -> None:
    """部门（单位）名称, the label many provinces print on the department-wide form: the form is read (it was not
    recognised at all), as a department's, its funds and indicators with it."""
    from jixiao.read import read_path

    form = invent_dept(4)
    rows = purpose_rows(form)
    rows[0], rows[1] = ["部门（单位）整体支出绩效自评表"], ["部门（单位）名称", form.unit]
    rows += [["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
             *[["", l1, l2, name, "≥90%", "95%", f"{w}", f"{s}"] for l1, l2, name, w, s in form.indicators]]
    p = tmp_path / "dept.txt"
    p.write_text(LAYOUTS[layout](rows), encoding="utf-8")
    (doc,) = read_path(p).documents
    assert doc.header["部门"].value == form.unit
    assert (doc.funds["total"].annual_budget.dec, doc.funds["total"].executed.dec) == (form.budget, form.executed)
    assert [(i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (name, w, s) for _, _, name, w, s in form.indicators]


@pytest.mark.parametrize("layout", ["cell_lines", "trailing_pipes", "lone_pipes", "row_lines", "flattened"])
def test_the_reason_columns_label_wrapped_over_three_lines(tmp_path: Path, layout: str) -> None:
    """偏差原因 / 分析及 / 改进措施: the last column's label broken into three cells (a converted page) is one
    column; the indicator rows are read (none were: the header stopped at 分析及)."""
    from jixiao.read import read_path

    form = invent_dept(8)
    rows = dept_rows(form)
    k = next(i for i, r in enumerate(rows) if r[:1] == ["年度绩效指标"])
    rows[k] = [*rows[k], "偏差原因", "分析及", "改进措施"]
    p = tmp_path / "dept.txt"
    p.write_text(LAYOUTS[layout](rows), encoding="utf-8")
    (doc,) = read_path(p).documents
    assert [(i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (name, w, s) for _, _, name, w, s in form.indicators]

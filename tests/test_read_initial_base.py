"""Forms with no 全年预算数 column whose header makes the 年初预算数 the rate's base (历城 2019: 年初预算数(A) |
全年执行数(B) | 分值 | 执行率(B/A) | 得分 | 得分计算方法): the rate and the score are checked against it, so a
misprinted rate is found; without the (A) and (B/A) marks nothing is taken as the base."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.files import one, write
from layouts.grid import _n
from layouts.model import Project, invent
from layouts.render import RENDERERS


def _rows(p: Project, marked: bool = True) -> list[list[str]]:
    a, b, ba = ("(A)", "(B)", "(B/A)") if marked else ("", "", "")
    rule = "执行率*该指标分值，最高不得超过分值上限。"
    out = [
        ["区级部门预算项目支出绩效自评表"], [f"（{p.year}年度）"],
        ["项目名称", p.name, "主管部门", p.dept], ["项目实施单位", p.unit],
        ["项目预算执行情况（10分）", f"年初预算数{a}", f"全年执行数{b}", "分值", f"执行率{ba}", "得分", "得分计算方法"],
        ["年度资金总额", _n(p.budget), _n(p.executed), _n(p.exec_weight), f"{p.rate:.2f}%", _n(p.exec_score), rule],
        ["其中：财政拨款", _n(p.budget), _n(p.executed), "-", "-", "-"],
        ["其他资金", "-", "-", "-"],
        ["一级指标", "二级指标", "三级指标", "预期指标值(A)", "实际完成指标值(B)", "分值", "得分", "未完成原因", "得分计算方法"],
    ]
    last = ""
    for i in p.indicators:
        out.append([i.level1 if i.level1 != last else "", i.level2, i.name, i.target, i.actual, _n(i.weight),
                    _n(i.score)])
        last = i.level1
    out.append(["总分", _n(p.total_weight), _n(p.total)])
    return out


@pytest.mark.parametrize("layout", ["row_lines", "cell_lines"])
def test_the_initial_budget_is_the_rates_base(tmp_path: Path, layout: str) -> None:
    p = invent(61)
    doc = one(tmp_path, RENDERERS[layout](_rows(p)), "project_self_evaluation")
    t = doc.funds["total"]
    assert (t.initial_budget.dec, t.annual_budget.dec, t.executed.dec, t.rate.dec, t.score.dec) == (
        p.budget, p.budget, p.executed, p.rate, p.exec_score)
    assert any("以年初预算数(A)为基数" in x.message for x in doc.problems)
    result = audit_paths([str(write(tmp_path, RENDERERS[layout](_rows(p)), "b.txt"))])
    assert not [f for f in result.findings if f.severity == "error"], [f.message for f in result.findings]


def test_a_misprinted_rate_on_that_base_is_found(tmp_path: Path) -> None:
    p = invent(62, mistake="rate")
    result = audit_paths([str(write(tmp_path, RENDERERS["row_lines"](_rows(p))))])
    assert {f.kind for f in result.findings if f.severity == "error"} == {"execution_rate"}


def test_without_the_marks_no_base_is_taken(tmp_path: Path) -> None:
    p = invent(63, mistake="rate")
    text = RENDERERS["row_lines"](_rows(p, marked=False))
    doc = one(tmp_path, text)
    assert doc.funds["total"].annual_budget.value is None
    result = audit_paths([str(write(tmp_path, text, "b.txt"))])
    assert not [f for f in result.findings if f.severity == "error"]

"""A funds row whose blank cells before its label collapsed away (``| 总额 | 84.12 | 91.62 | 91.62 | 100.00% | 10 |``
under ``| 预算执行情况（10分）| 年度预算数（万元）| 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 |``):
its values stand as far right of its label as the header's columns stand right of the header's label column. Read
by position they were one column off (the rate under 预算执行数, so 执行数 = 100.00). Generated pages of several
四川 forms, as search excerpts give them (the previous form's tail, whole forms, the next form cut inside its funds
block), blank cells collapsed, scored or not, the 原因 note filled or not: every form's figures read, no false
error, a planted rate mistake found."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts import sichuan
from layouts.files import write
from layouts.render import pipes_collapsed

NOTE = "1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）；2.其他资金包括：社会投入资金。"


def _form(seed: int, scored: bool, note: bool, mistake: str | None = None) -> tuple[sichuan.Sichuan, list[list[str]]]:
    f = sichuan.invent(seed, mistake)
    rows = sichuan.rows(f, True, scored)
    rows[1][1] = f"51000021R{seed:010d}-示例项目{seed}"
    if note:
        rows[7][-1] = NOTE  # the 总额 row's 原因 cell
    return f, rows


def _page(cut: int, scored: bool, note: bool, mistake: str | None = None) -> tuple[list[sichuan.Sichuan], str]:
    forms = [_form(s, scored, note, mistake if s == 12 else None) for s in (11, 12, 13)]
    head = next(k for k, r in enumerate(forms[0][1]) if r[0].startswith("绩效指标"))
    rows = forms[0][1][head + 1:] + forms[1][1] + forms[2][1][:cut]
    return [f for f, _ in forms], pipes_collapsed(rows)


@pytest.mark.parametrize("cut", [6, 8, 9, 12])
@pytest.mark.parametrize("scored", [False, True])
@pytest.mark.parametrize("note", [False, True])
def test_each_form_on_the_page_reads_its_funds_by_the_label(tmp_path: Path, cut: int, scored: bool, note: bool) -> None:
    forms, text = _page(cut, scored, note)
    result = audit_paths([str(write(tmp_path, text))])
    f = forms[1]
    (doc,) = [d for d in result.documents if "示例项目12" in (d.title or "")]
    t = doc.funds["total"]
    assert (t.initial_budget.dec, t.annual_budget.dec, t.executed.dec) == (f.initial, f.budget, f.executed)
    assert (t.rate.text, t.weight.dec, t.score.dec) == (f.rate, Decimal(10), Decimal(10) if scored else None)
    part = doc.funds["current_year"]
    assert (part.annual_budget.dec, part.executed.dec) == (f.budget, f.executed)
    assert {r.level3.str_: r.weight.dec for r in doc.indicators} == f.weights
    said = [p.message for p in doc.problems if "标签前的空白单元格已丢失" in p.message]
    assert all("（符合表内算术关系）" in m for m in said)
    if cut >= 8:  # the next form, cut after its 总额 row, still has its own funds
        (nxt,) = [d for d in result.documents if "示例项目13" in (d.title or "")]
        assert nxt.funds["total"].executed.dec == forms[2].executed
    assert not [x.kind for x in result.findings if x.severity == "error"]


@pytest.mark.parametrize("note", [False, True])
def test_a_wrong_rate_in_a_shifted_row_is_read_and_found(tmp_path: Path, note: bool) -> None:
    """95.00% printed where 执行数 = 预算数: the arithmetic does not confirm the row, but the percent stood under
    预算执行数 as printed, so the row is still read by its label and the audit finds the rate."""
    forms, text = _page(9, True, note, mistake="rate")
    result = audit_paths([str(write(tmp_path, text))])
    (doc,) = [d for d in result.documents if "示例项目12" in (d.title or "")]
    t = doc.funds["total"]
    assert (t.executed.dec, t.rate.text) == (forms[1].executed, "95.00%")
    errors = [x for x in result.findings if x.severity == "error"]
    assert {x.kind for x in errors} == {"execution_rate"}
    said = [p.message for p in doc.problems if "标签前的空白单元格已丢失" in p.message]
    assert said and all("表内算术关系不符，由审核指出" in m for m in said[:1])  # not "the arithmetic agrees"

"""四川's 部门预算项目支出绩效自评表 (``tests/layouts/sichuan.py``): 执行率 before 权重 in the funds block, 总额 as its
total row, 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分, often published before scoring (完成值, 得分 blank, 合计 the
total weight), with or without its indicator header row; read in every separator, no false error, a planted rate
mistake found."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts import render, sichuan
from layouts.files import write as _write
from layouts.render import RENDERERS

LAYOUTS = ["pipes", "pipes_collapsed", "row_lines", "cell_lines", "lone_pipes", "trailing_pipes"]


@pytest.mark.parametrize("scored", [False, True])
@pytest.mark.parametrize("header", [True, False])
@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_sichuan_form_reads_its_funds_weights_and_total(tmp_path: Path, layout: str, header: bool,
                                                           scored: bool) -> None:
    f = sichuan.invent(3)
    result = audit_paths([str(_write(tmp_path, RENDERERS[layout](sichuan.rows(f, header, scored))))])
    (doc,) = result.documents
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec, t.weight.dec) == (f.budget, f.executed, Decimal(10))
    assert {r.level3.str_: r.weight.dec for r in doc.indicators} == f.weights
    assert doc.total_weight.dec == Decimal(100)
    assert doc.total_score.dec == (Decimal(100) if scored else None)
    assert not [x.kind for x in result.findings if x.severity == "error"]


@pytest.mark.parametrize("header", [True, False])
@pytest.mark.parametrize("layout", ["pipes", "row_lines", "cell_lines"])
def test_a_rate_mistake_in_the_sichuan_form_is_found(tmp_path: Path, layout: str, header: bool) -> None:
    f = sichuan.invent(4, "rate")
    result = audit_paths([str(_write(tmp_path, RENDERERS[layout](sichuan.rows(f, header))))])
    assert {x.kind for x in result.findings if x.severity == "error"} == {"execution_rate"}


@pytest.mark.parametrize("scored", [False, True])
@pytest.mark.parametrize("header", [True, False])
@pytest.mark.parametrize("layout", [*LAYOUTS, "flattened", "run_together"])
def test_without_its_funds_header_no_reading_makes_an_error(tmp_path: Path, layout: str, header: bool,
                                                           scored: bool) -> None:
    """Both header rows lost: what the arithmetic does not confirm is not read, and nothing misread is checked (the
    run-together 总额321.9370.44370.44100.00%1010 was split in label order into a 执行率 error)."""
    text = getattr(render, layout)(sichuan.rows(sichuan.invent(3), header, scored, funds_header=False))
    result = audit_paths([str(_write(tmp_path, text))])
    assert not [x.kind for x in result.findings if x.severity == "error"]


@pytest.mark.parametrize("layout", ["pipes_collapsed", "row_lines", "cell_lines", "lone_pipes"])
def test_without_its_funds_header_the_total_row_is_placed_by_a_template_order(tmp_path: Path, layout: str) -> None:
    """总额 | 321.9 | 370.44 | 370.44 | 100.00% | 10 | 10 with no header: 四川's order (执行率 before 权重) is the one under
    which the rate is a rate and the numbers agree."""
    f = sichuan.invent(3)
    result = audit_paths([str(_write(tmp_path, RENDERERS[layout](sichuan.rows(f, True, True, funds_header=False))))])
    (doc,) = result.documents
    t = doc.funds["total"]
    assert (t.initial_budget.dec, t.annual_budget.dec, t.executed.dec, t.rate.dec, t.weight.dec, t.score.dec) == (
        f.initial, f.budget, f.executed, Decimal(100), Decimal(10), Decimal(10))

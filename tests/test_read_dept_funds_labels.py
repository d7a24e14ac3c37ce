"""Department forms whose funds block is labelled as some templates label it: its title naming the department's
spending (部门整体支出预算执行情况: cut into words, its middle one names a total row, yet no number follows it: the
block's title, not its row), and its total row the bare 合计 under a header ending in 得分 (not the label 得分合计).
(joined by the token stream, by the spaces taken out of labels and by the lines a wrap cut rejoined: none of them
joins the two now). The row is read under its columns in either template order, and a planted rate is found
(generator in ``tests/layouts/deptfunds``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.deptfunds import ORDERS, DeptFunds, dept_funds_rows
from layouts.files import one, write
from layouts.render import RENDERERS

FORM = DeptFunds(Decimal("512.40"), Decimal("563.80"), Decimal("548.15"))


def _funds(doc_total: object) -> tuple[object, ...]:
    return tuple(getattr(doc_total, c).dec for c in ("initial_budget", "annual_budget", "executed", "weight", "rate",
                                                     "score"))


def _want(f: DeptFunds) -> tuple[Decimal, ...]:
    return (f.initial, f.budget, f.executed, Decimal(10), f.rate, f.score)


@pytest.mark.parametrize("layout", sorted(RENDERERS))
@pytest.mark.parametrize("order", sorted(ORDERS))
def test_a_title_naming_the_departments_spending_is_no_total_row(tmp_path: Path, layout: str, order: str) -> None:
    doc = one(tmp_path, RENDERERS[layout](dept_funds_rows(FORM, "部门整体支出预算执行情况", "年度资金总额", order)))
    assert _funds(doc.funds["total"]) == _want(FORM)


@pytest.mark.parametrize("layout", sorted(RENDERERS))
@pytest.mark.parametrize("order", sorted(ORDERS))
def test_a_bare_total_row_under_a_header_ending_in_its_score(tmp_path: Path, layout: str, order: str) -> None:
    doc = one(tmp_path, RENDERERS[layout](dept_funds_rows(FORM, "年度部门整体支出预算（万元）", "合计", order)))
    assert _funds(doc.funds["total"]) == _want(FORM)


@pytest.mark.parametrize("layout", ["pipes", "cell_lines"])
def test_a_planted_rate_is_found(tmp_path: Path, layout: str) -> None:
    f = DeptFunds(FORM.initial, FORM.budget, FORM.executed, planted="rate")
    text = RENDERERS[layout](dept_funds_rows(f, "部门整体支出预算执行情况", "合计", "rate_first"))
    errors = {x.kind for x in audit_paths([str(write(tmp_path, text))]).findings if x.severity == "error"}
    assert "execution_rate" in errors

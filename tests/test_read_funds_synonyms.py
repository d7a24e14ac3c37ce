"""A funds header's budget and spending columns under the other words forms use for them (本年预算数, 当年预算,
预算安排数; 累计支出, 已支出, 本年支出, 实际使用, 使用金额, 实际拨付, 预算执行金额): read by their meaning, the row's
numbers under them in every text layout, and a planted rate still found (generators in ``tests/layouts``). Without a
年初预算数 column the column model cannot tell two unknown labels apart by their order (年初, 全年 or 执行 all fit
before 分值): only their meaning places them."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.files import one, write
from layouts.grid import VARIANTS, rows
from layouts.model import invent
from layouts.render import RENDERERS

BUDGETS = ("本年预算数", "当年预算", "预算安排数")
SPENT = ("累计支出", "已支出", "本年支出", "实际使用", "使用金额", "实际拨付", "预算执行金额")


def _relabelled(grid: list[list[str]], budget: str, spent: str) -> list[list[str]]:
    return [[{"全年预算数": budget, "全年执行数": spent}.get(c, c) for c in row] for row in grid]


@pytest.mark.parametrize("layout", sorted(RENDERERS))
@pytest.mark.parametrize("variant", ["national", "no_initial"])
@pytest.mark.parametrize(("budget", "spent"), list(zip(BUDGETS * 3, SPENT, strict=False)))
def test_the_budget_and_spending_are_read_under_their_other_words(tmp_path: Path, layout: str, variant: str,
                                                                   budget: str, spent: str) -> None:
    p = invent(41)
    grid = _relabelled(rows(p, VARIANTS[variant]), budget, spent)
    assert budget in grid[3] and spent in grid[3]
    doc = one(tmp_path, RENDERERS[layout](grid))
    t = doc.funds["total"]
    initial = p.initial if variant == "national" else None
    assert (t.initial_budget.dec, t.annual_budget.dec, t.executed.dec, t.rate.dec, t.score.dec) == (
        initial, p.budget, p.executed, p.rate, p.exec_score)


@pytest.mark.parametrize("layout", ["pipes", "cell_lines", "flattened"])
def test_a_planted_rate_is_found_under_them(tmp_path: Path, layout: str) -> None:
    p = invent(42, mistake="rate")
    text = RENDERERS[layout](_relabelled(rows(p, VARIANTS["no_initial"]), "本年预算数", "累计支出"))
    errors = {f.kind for f in audit_paths([str(write(tmp_path, text))]).findings if f.severity == "error"}
    assert errors == {"execution_rate"}


PAID = ("全年拨付数", "拨付金额", "实际拨付", "年度拨付金额")


def _paid_column(grid: list[list[str]], paid: str) -> list[list[str]]:
    """The grid with a column of the money paid out (the budget's amount, all of it paid) before 全年执行数."""
    at = next(r.index("全年执行数") for r in grid if "全年执行数" in r)
    head = next(k for k, r in enumerate(grid) if "全年执行数" in r)
    out = [list(r) for r in grid]
    for k, r in enumerate(out[head:], head):
        if len(r) == len(grid[head]):  # the header and the funds rows (the goals' rows are narrower)
            r.insert(at, paid if k == head else r[at - 1])
    return out


@pytest.mark.parametrize("layout", sorted(RENDERERS))
@pytest.mark.parametrize("paid", PAID)
def test_paid_out_beside_the_spending_is_no_spending(tmp_path: Path, layout: str, paid: str) -> None:
    """拨付数 is the spending where a form prints no other (福建's 拨付情况); beside 全年执行数 it is the money paid out,
    a column of its own: the row's numbers stay under their labels (on 0c42923 two spending columns left the 年度资金总额
    row unread in every layout, review 3 #3)."""
    p = invent(43)
    grid = _paid_column(rows(p, VARIANTS["national"]), paid)
    assert paid in grid[3] and "全年执行数" in grid[3]
    t = one(tmp_path, RENDERERS[layout](grid)).funds["total"]
    assert (t.initial_budget.dec, t.annual_budget.dec, t.executed.dec, t.rate.dec, t.score.dec) == (
        p.initial, p.budget, p.executed, p.rate, p.exec_score)

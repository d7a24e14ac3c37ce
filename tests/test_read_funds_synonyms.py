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

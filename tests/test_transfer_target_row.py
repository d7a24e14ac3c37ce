"""A 区域绩效目标表 whose amount stands under its label, its sources' labels beside it in a header row and their
amounts in the next (资金额度 | 中央资金 | 地方资金 / 560 | 500 | 60), generated in every layout: the amount is the
first of the row, taken only where the sources' amounts (blank ones gone) add up to it."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_path
from layouts.render import RENDERERS, cell_per_line

# (not "flattened": the whole table on one line, its header row and its value row cannot be told apart)
LAYOUTS = {**{k: v for k, v in RENDERERS.items() if k != "flattened"}, "cell_per_line": cell_per_line}
WHOLE = ("资金额度", "年度金额", "资金总额(万元)", "年度资金总额")
SOURCES = (("中央资金", "地方资金"), ("其中:中央补助", "省级资金", "市县资金"), ("中央财政资金",))


def target(seed: int, planted: bool = False) -> tuple[list[list[str]], Decimal]:
    rng = random.Random(seed)
    sources = rng.choice(SOURCES)
    amounts = [Decimal(rng.randint(100, 90000)) / 100 for _ in sources]
    if len(amounts) > 2 and rng.random() < 0.5:
        amounts[-1] = Decimal(0)  # a source left blank
    whole = sum(amounts, Decimal(0))
    printed = whole + 1 if planted else whole
    rows = [[f"{2019 + seed}年水利发展资金区域绩效目标申报表"], ["资金名称", "水利发展资金"], ["主管部门", "县水利局"],
            [rng.choice(WHOLE), *sources], [f"{printed}", *("" if a == 0 else f"{a}" for a in amounts)],
            ["总体目标", "完成小型水库维修"], ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "维修水库数", "≥3座"]]
    return rows, whole


def _budget(path: Path) -> Decimal | None:
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    return docs[0].funds["total"].annual_budget.dec if docs and docs[0].funds.get("total") else None


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("seed", range(4))
def test_the_amount_under_its_label(tmp_path: Path, layout: str, seed: int) -> None:
    rows, whole = target(seed)
    path = tmp_path / "target.txt"
    path.write_text(LAYOUTS[layout](rows), encoding="utf-8")
    assert _budget(path) == whole


@pytest.mark.parametrize("seed", range(4))
def test_sources_that_do_not_add_up_give_no_amount(tmp_path: Path, seed: int) -> None:
    rows, _ = target(seed, planted=True)
    path = tmp_path / "target.txt"
    path.write_text(LAYOUTS["pipes"](rows), encoding="utf-8")
    assert _budget(path) is None

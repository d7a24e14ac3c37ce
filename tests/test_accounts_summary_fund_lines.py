"""A 收支总表 read from loose words reads its income lines whatever fund name the template prints for them (一、财政拨款,
一般公共预算, 财政专户管理资金, 单位资金, 事业单位经营收入 …: a name an amount follows is a line), not only the names
ending in 收入/支出 (generator: ``tests/layouts/fund_lines.py``); a header's words (预算数, 2024年) stay none."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from layouts.files import one
from layouts.fund_lines import fund_lines


@pytest.mark.parametrize("shape", ["cells", "bars", "spaces"])
@pytest.mark.parametrize("seed", range(4))
def test_income_lines_by_their_fund_names(tmp_path: Path, shape: str, seed: int) -> None:
    g = fund_lines(seed, shape)
    doc = one(tmp_path, g.text, "budget_disclosure")
    stated = {r.name: v.dec for t in doc.extra["accounts"].tables for r in t.rows for v in r.values.values()}
    assert {n: stated.get(n) for n in g.lines} == g.lines
    assert stated.get("本年收入合计") == g.total and stated.get("收入总计") == g.total
    assert "预算数" not in stated and "项目" not in stated
    assert not [f for f in check_accounts(doc) if f.severity == "error"]

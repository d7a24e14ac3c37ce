"""A transfer's 区域绩效目标表 under the bare title 绩效目标表 (no fund's name, no 转移支付, no departments by level): its funds
block by level of government (年度资金总额 / 其中:中央补助, one level's line alone) says it is a transfer's, not a budget's 项目支出绩效目标表,
once the target-table reader reads such labels as printed (``recognise.transfer.over_target_table``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.read import read_path
from layouts.transfer_republished import retitled
from test_transfer_republished import LAYOUTS


@pytest.mark.parametrize("layout", ["cell_per_line", "pipes", "row_lines"])
@pytest.mark.parametrize("upper", ["central", "provincial"])
@pytest.mark.parametrize("seed", [1, 3])
def test_a_bare_target_table_of_a_transfer_is_the_transfers(tmp_path: Path, layout: str, upper: str, seed: int) -> None:
    rows, (total, part, _local) = retitled(seed, "绩效目标表", departments=False, province=upper == "provincial")
    # (the upper level's share alone: the local funds' line left out, so no two levels' rows mark the template)
    rows = [r for r in rows if r[0] not in ("地方资金", "市县资金")]
    path = tmp_path / "page.txt"
    path.write_text(LAYOUTS[layout](rows), encoding="utf-8")
    docs = read_path(path).documents
    assert [(d.type, d.extra.get("form")) for d in docs] == [("project_self_evaluation", "transfer")]
    funds = {k: r.annual_budget.dec for k, r in docs[0].funds.items()}
    assert funds.get("total") == total and funds.get(upper) == part


"""A 转移支付 区域绩效目标表 published alone (no notice, no allocation table), generated with invented amounts
(``layouts.transfer_region``): its 资金情况 block (年度资金总额, the central part under any of its labels, a 地方资金
row or none) is the transfer's document in every layout, never a budget's 项目支出绩效目标表; a total planted one
more than its sources is reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.render import cell_per_line, flattened, pipes, row_lines, tabs, trailing_pipes
from layouts.transfer_region import CENTRAL_LABELS, region_target

LAYOUTS = {"pipes": pipes, "tabs": tabs, "row_lines": row_lines, "flattened": flattened,
           "cell_per_line": cell_per_line, "trailing_pipes": trailing_pipes}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("seed", range(6))
def test_the_target_table_is_the_transfers(tmp_path: Path, layout: str, seed: int) -> None:
    rows, (total, central, local) = region_target(seed, local=seed % 2 == 0, central_label=CENTRAL_LABELS[seed % 3])
    path = tmp_path / "target.txt"
    path.write_text(LAYOUTS[layout](rows), encoding="utf-8")
    docs = read_path(path).documents
    assert [d.extra.get("form") for d in docs] == ["transfer"]
    funds = {k: r.annual_budget.dec for k, r in docs[0].funds.items()}
    assert funds.get("total") == total and funds.get("central") == central and funds.get("local") == local
    assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_total_that_its_sources_do_not_make_is_reported(tmp_path: Path, layout: str) -> None:
    rows, _ = region_target(3, local=True, mistake=True)
    path = tmp_path / "target.txt"
    path.write_text(LAYOUTS[layout](rows), encoding="utf-8")
    found = [(f.severity, f.row) for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]
    assert found and all(row == "年度资金总额" for _, row in found)

"""Allocation tables under the names they are published by (``layouts.alloc_titles``: …分配汇总表, …下达计划表,
…补助资金明细表, …分配明细, …资金分配方案 …), sent by a notice that names a 补助资金 but not 转移支付, or alone: read
by their column model in every layout (pipes, one cell a line, rows flattened to spaces, tabs …), the 合计 read
where the rows add up to it and the table kept; a planted 合计 is never read and is found. Before, such a file was
not recognised at all (no table kept, no total read)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.alloc_titles import NOTICES, TITLES
from layouts.render import tabs
from test_transfer_allocgrid import LAYOUTS, allocation

EVERY = dict(LAYOUTS, tabs=tabs)


def _file(tmp_path: Path, title: str, notice: str, layout: str, seed: int, mistake: str | None = None):  # type: ignore[no-untyped-def]
    rows, total, _ = allocation(seed, mistake)
    rows = [[title] if k == 0 else r for k, r in enumerate(rows) if r[0] != "附件2"]
    path = tmp_path / "alloc.txt"
    path.write_text(notice + EVERY[layout](rows), encoding="utf-8")
    return path, total


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("notice", range(len(NOTICES)))
@pytest.mark.parametrize("layout", sorted(EVERY))
def test_the_table_is_read_by_its_name(tmp_path: Path, title: str, notice: int, layout: str) -> None:
    seed = (TITLES.index(title) + notice) % 8
    path, total = _file(tmp_path, title, NOTICES[notice], layout, seed)
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    assert len(docs) == 1
    assert docs[0].funds["total"].annual_budget.dec == total
    assert docs[0].tables
    assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]


@pytest.mark.parametrize("title", TITLES[::3])
@pytest.mark.parametrize("layout", sorted(EVERY))
def test_a_planted_total_is_found_never_read(tmp_path: Path, title: str, layout: str) -> None:
    path, total = _file(tmp_path, title, NOTICES[0], layout, 3, mistake="total")
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    assert len(docs) == 1
    row = docs[0].funds.get("total")
    assert row is None or row.annual_budget.dec is None
    found = [f for f in audit_paths([str(path)]).findings if f.kind == "table_total"]
    assert [(f.row, f.recomputed.replace(",", "")) for f in found] == [("合计", f"{total}")]

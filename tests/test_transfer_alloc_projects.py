"""An allocation table by project (``layouts.alloc_projects``): columns after the project's name saying who carries
it out, where and what (实施单位, 建设地点, 建设内容及规模, 补助对象 …) are text, never amounts (实施单位 was taken
for an amount column, and no header was found: the file was not recognised). In every layout, the 合计 first or
last, 万元 or 元: the 合计 read where the rows add up to it, the table kept; a planted 合计 never read, and found
(the table followed by the next attachment: it visibly ends)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.alloc_projects import projects
from layouts.alloc_titles import NOTICES
from layouts.render import flattened, tabs
from test_transfer_allocgrid import LAYOUTS

EVERY = dict(LAYOUTS, tabs=tabs, flattened=flattened)


def _read(tmp_path: Path, layout: str, seed: int, first: bool, planted: bool = False):  # type: ignore[no-untyped-def]
    rows, total = projects(seed, first=first, yuan=seed % 3 == 0, planted=planted)
    path = tmp_path / "projects.txt"
    # (the next attachment after it: the table visibly ends, so a 合计 printed first can be checked by its rows)
    path.write_text(NOTICES[seed % 2] + EVERY[layout](rows) + "附件2\n2031年示例衔接资金区域绩效目标表\n", encoding="utf-8")
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    assert len(docs) == 1
    return path, docs[0], total


@pytest.mark.parametrize("layout", sorted(EVERY))
@pytest.mark.parametrize("first", (False, True))
@pytest.mark.parametrize("seed", range(5))
def test_a_project_table_is_read(tmp_path: Path, layout: str, first: bool, seed: int) -> None:
    path, doc, total = _read(tmp_path, layout, seed, first)
    assert doc.funds["total"].annual_budget.dec == total
    assert doc.tables
    assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]


@pytest.mark.parametrize("layout", sorted(EVERY))
@pytest.mark.parametrize("first", (False, True))
def test_a_planted_total_is_found(tmp_path: Path, layout: str, first: bool) -> None:
    path, doc, total = _read(tmp_path, layout, 4, first, planted=True)
    row = doc.funds.get("total")
    assert row is None or row.annual_budget.dec is None
    found = [f for f in audit_paths([str(path)]).findings if f.kind == "table_total"]
    assert [(f.row, f.recomputed.replace(",", "")) for f in found] == [("合计", f"{total}")]

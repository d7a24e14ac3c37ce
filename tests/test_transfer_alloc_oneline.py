"""A notice and its allocation table run together on one line (a page's text given as one paragraph): the notice may
name the table before printing it (附：…资金分配表。), and the table's title, header and rows follow on the same line,
cells apart by spaces. The table is read from its own title's place on the line (the last naming of it that a
header follows), so its 合计 the rows add up to is the budget; a 合计 planted one more than the rows is never read
and is found."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.render import flattened
from test_transfer_allocgrid import allocation
from test_transfer_alloctree import _budget

# (the notice's paragraphs and its signature: more words before the table than a table's header spans)
LEAD = ("关于下达2024年农业相关转移支付资金的通知 各乡镇人民政府： 现下达2024年资金，具体金额详见附件。 "
        + " ".join(f"{n}、要求{n} 资金专款专用。" for n in "一二三四五六七八")
        + " 附：2024年农业相关转移支付资金分配表。 示例县财政局 示例县农业农村局 2024年3月1日 ")


@pytest.mark.parametrize("named", [True, False])
@pytest.mark.parametrize("seed", range(8))
def test_the_table_on_the_notices_line_is_read(tmp_path: Path, seed: int, named: bool) -> None:
    rows, total, _ = allocation(seed, yuan=False)
    path = tmp_path / "one.txt"
    lead = LEAD if named else LEAD.replace("附：2024年农业相关转移支付资金分配表。", "")
    path.write_text(lead + flattened(rows), encoding="utf-8")
    assert _budget(path) == total


@pytest.mark.parametrize("seed", range(4))
def test_a_planted_total_on_one_line_is_found(tmp_path: Path, seed: int) -> None:
    rows, total, _ = allocation(seed, "total", yuan=False)
    path = tmp_path / "one.txt"
    path.write_text(LEAD + flattened(rows), encoding="utf-8")
    assert _budget(path) is None
    found = [f for f in audit_paths([str(path)]).findings if f.kind == "table_total"]
    assert [(f.row, f.recomputed) for f in found] == [("合计", f"{total}")]

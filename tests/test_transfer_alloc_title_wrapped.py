"""A 转移支付 allocation table whose title a narrow PDF column wrapped, the break inside its last word (…资金分 ⏎ 配表,
…资金分配 ⏎ 表, …资金安 ⏎ 排表): still the table's title, the table read by its column model as when the title
stands whole (generated with invented figures, ``test_transfer_allocgrid.allocation``); a 合计 planted one over
the rows is reported, never read."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.render import cell_per_line, pipes, row_lines
from test_transfer_allocgrid import NOTICE

LAYOUTS = {"pipes": pipes, "row_lines": row_lines, "cell_per_line": cell_per_line}
BREAKS = (("2024年农业相关转移支付资金分", "配表"), ("2024年农业相关转移支付资金分配", "表"),
          ("2024年农业相关转移支付", "资金安", "排表"))


def _table(title: tuple[str, ...], planted: bool) -> tuple[list[list[str]], str]:
    rows = [["城关镇", "30.5", "20.5", "10"], ["东坝乡", "15", "6", "9"], ["西河镇", "12.25", "7.25", "5"]]
    total = "57.75"
    return [*([t] for t in title), ["单位:万元"], ["乡镇名称", "合计", "中央资金", "省级资金"], *rows,
            ["合计", "58.75" if planted else total, "33.75", "24"], ["附件2", "绩效目标表"]], total


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("title", BREAKS)
def test_a_wrapped_title_still_heads_its_table(tmp_path: Path, layout: str, title: tuple[str, ...]) -> None:
    rows, total = _table(title, planted=False)
    path = tmp_path / "alloc.txt"
    path.write_text(NOTICE + LAYOUTS[layout](rows), encoding="utf-8")
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    assert len(docs) == 1 and str(docs[0].funds["total"].annual_budget.dec) == total
    assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]
    rows, _ = _table(title, planted=True)
    path.write_text(NOTICE + LAYOUTS[layout](rows), encoding="utf-8")
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    assert len(docs) == 1 and (docs[0].funds.get("total") is None or docs[0].funds["total"].annual_budget.dec is None)
    found = [(f.kind, f.row) for f in audit_paths([str(path)]).findings if f.severity == "error"]
    assert found == [("table_total", "合计")]

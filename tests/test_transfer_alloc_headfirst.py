"""Allocation tables a ministry or province publishes (``layouts.alloc_headfirst``): titled by what they list of the
transfer (…转移支付预算汇总表), the 合计 row above the numbered rows printing fewer amounts than the header has
columns (a column blank throughout, a group label over two columns), in every layout; read with the 合计 where the
rows or its own parts add up to it, a planted 合计 never read. Before, such a title was no allocation table's (the
file not recognised), and the 合计 row above the rows took the first row's 序号 1 for its missing amount. And a
province's allocation stated in prose (下达我省2031示例…资金X万元, then each county's amount): the sum read where the
counties' amounts add up to it; before, the year printed without 年 and 我省 kept the sentence from being read."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.alloc_headfirst import TITLES, announced, head_first, per_county, stated
from layouts.render import cell_per_line, pipes, pipes_unled

LAYOUTS = {"pipes": pipes, "pipes_unled": pipes_unled, "cell_per_line": cell_per_line}
NOTICE = "关于下达2031年示例专项资金预算的通知\n有关省财政厅:\n现下达你省2031年示例专项资金预算,具体金额见附件。\n"


def _transfer(path: Path) -> list:
    return [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("grouped", [True, False])
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("seed", range(3))
def test_the_total_above_the_rows_is_read(tmp_path: Path, title: str, grouped: bool, layout: str, seed: int) -> None:
    rows, total = head_first(seed, title, grouped)
    path = tmp_path / "alloc.txt"
    path.write_text(NOTICE + LAYOUTS[layout](rows), encoding="utf-8")
    docs = _transfer(path)
    assert len(docs) == 1
    assert docs[0].funds["total"].annual_budget.dec == total
    assert not [f for f in audit_paths([str(path)]).findings if f.severity == "error"]


@pytest.mark.parametrize("title", TITLES[:2])
@pytest.mark.parametrize("grouped", [True, False])
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_planted_total_is_found_never_read(tmp_path: Path, title: str, grouped: bool, layout: str) -> None:
    """A 合计 one more than its rows: never the total read (before, the first row's 序号 1 taken for the blank column's
    amount made it add up), and, the table visibly ended by the notice's signature, found as a suspect."""
    rows, total = head_first(5, title, grouped=grouped, mistake=True)
    path = tmp_path / "alloc.txt"
    path.write_text(NOTICE + LAYOUTS[layout](rows) + "\n示例部财政司\n2031年6月3日\n", encoding="utf-8")
    for doc in _transfer(path):
        row = doc.funds.get("total")
        assert row is None or row.annual_budget.dec != total
    found = [f for f in audit_paths([str(path)]).findings if f.kind == "table_total"]
    assert [(f.row, f.recomputed) for f in found] == [("合计", str(total - 1))]


@pytest.mark.parametrize("bare_year", [True, False])
@pytest.mark.parametrize("seed", range(4))
def test_the_sum_a_province_received_and_allocated(tmp_path: Path, bare_year: bool, seed: int) -> None:
    text, total = stated(seed, bare_year)
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    docs = _transfer(path)
    assert len(docs) == 1
    assert docs[0].funds["total"].annual_budget.dec == total


@pytest.mark.parametrize("seed", range(6))
def test_the_fund_a_publicity_itemises(tmp_path: Path, seed: int) -> None:
    """A 公示 of the subsidies a fund pays, stating the fund's amount and, after 其中, its parts that add up to it: that
    amount (before, an announcement read only amounts sent by a verb or said as a total)."""
    text, whole = announced(seed)
    path = tmp_path / "publicity.txt"
    path.write_text(text, encoding="utf-8")
    docs = _transfer(path)
    assert len(docs) == 1
    assert docs[0].funds["total"].annual_budget.dec == whole


@pytest.mark.parametrize("seed", range(6))
def test_an_allocation_by_counts_confirms_the_sum(tmp_path: Path, seed: int) -> None:
    """A text laying out how a fund is allocated (资金具体安排情况如下), per county after the counties' count (12个…县,
    每个县安排1000万元): the sum sent down is read where the counts × amounts and the rest add up to it; a planted sum
    is never read. Before, the text was no transfer's (no anchor) and 1000万元 was added once, not 12 times."""
    text, total = per_county(seed)
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    docs = _transfer(path)
    assert len(docs) == 1
    assert docs[0].funds["total"].annual_budget.dec == total
    text, total = per_county(seed, mistake=True)
    path.write_text(text, encoding="utf-8")
    for doc in _transfer(path):
        row = doc.funds.get("total")
        assert row is None or row.annual_budget.dec != total


@pytest.mark.parametrize(("text", "products"), [
    ("12个脱贫县甲县、乙县,每个县(市、区)安排1000万元;剩余2175万元安排到14个市州本级", ["12000", "2175"]),
    ("共3家企业,每家企业补助20万元", ["60"]),
    ("5个村每个补助10万元", ["50"]),
    ("全县23个乡镇,每年安排资金500万元", ["500"]),  # a period, no recipient
    ("覆盖8个村,每亩补助100万元", ["100"]),  # a measure, no recipient
    ("每个县安排1000万元", ["1000"]),  # no count before it
])
def test_per_each_multiplies_only_by_a_count_of_recipients(text: str, products: list[str]) -> None:
    import re
    from decimal import Decimal

    from jixiao.read.recognise.transfer_each import per_each

    amounts = [(Decimal(m.group(1)), m.start(1), "万元") for m in re.finditer(r"(\d+)万元", text)]
    assert [str(v) for v, _, _ in per_each(text, amounts)] == products

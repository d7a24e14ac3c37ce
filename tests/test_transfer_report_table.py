"""A 转移支付 report that states the amount sent down and then prints the table of how it was sent
(``layouts.transfer_reporttable``: titled …资金下达情况, …分配表 or …下达表, each column's unit on a line of its own under
its label, the 合计 row first or last), in the layouts pages give: the budget is the sentence's, the table is kept with
its 合计 read by its columns; a 合计 planted one more than the places' sum is found; a table an excerpt cut after its
second place (the third's 序号 ending the text) is kept without a finding; a table with no title that a sentence
announces (资金分配情况如下(单位:万元):) is read the same."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.render import cell_lines, cell_per_line, pipes, row_lines
from layouts.transfer_reporttable import INTROS, report

LAYOUTS = {"cell_lines": cell_lines, "cell_per_line": cell_per_line, "pipes": pipes, "row_lines": row_lines}


def _doc(path: Path):  # type: ignore[no-untyped-def]
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    assert len(docs) == 1
    return docs[0]


def _total_row(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return next((r for t in doc.tables for r in t.texts() if r[:1] == ["合计"]), [])



def _write(tmp_path: Path, text: str, rows: list[list[str]], layout: str) -> Path:
    """The report's text with its table rendered in ``layout``, as report.txt."""
    path = tmp_path / "report.txt"
    path.write_text(text + LAYOUTS[layout](rows), encoding="utf-8")
    return path

@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("seed", range(6))
def test_the_table_is_kept_with_its_total(tmp_path: Path, layout: str, seed: int) -> None:
    text, rows, total = report(seed, unit_apart=layout != "pipes")
    path = _write(tmp_path, text, rows, layout)
    doc = _doc(path)
    assert doc.funds["total"].annual_budget.dec == total
    assert Decimal(_total_row(doc)[1]) == total
    assert len(doc.tables[0].rows[0]) == len(rows[0]) - (len(rows[0]) - 3) // 2 * (layout != "pipes")
    assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("seed", range(4))
def test_a_planted_total_is_found(tmp_path: Path, layout: str, seed: int) -> None:
    text, rows, total = report(seed, planted=True, unit_apart=layout != "pipes")
    path = _write(tmp_path, text, rows, layout)
    found = [(f.kind, f.row) for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]
    assert ("table_total", "合计") in found


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("seed", range(4))
def test_a_table_cut_inside_is_kept_without_a_finding(tmp_path: Path, layout: str, seed: int) -> None:
    text, rows, total = report(seed, cut=True, unit_apart=layout != "pipes")
    path = _write(tmp_path, text, rows, layout)
    doc = _doc(path)
    assert Decimal(_total_row(doc)[1]) == total
    assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("intro", range(len(INTROS)))
def test_a_table_a_sentence_announces(tmp_path: Path, layout: str, intro: int) -> None:
    """No title: 资金分配情况如下(单位:万元): ⏎ the table. It is kept with its 合计, and a planted one is found."""
    text, rows, total = report(intro, unit_apart=layout != "pipes", intro=intro)
    path = _write(tmp_path, text, rows, layout)
    doc = _doc(path)
    assert doc.funds["total"].annual_budget.dec == total
    assert Decimal(_total_row(doc)[1]) == total
    text, rows, total = report(intro, planted=True, unit_apart=layout != "pipes", intro=intro)
    path.write_text(text + LAYOUTS[layout](rows), encoding="utf-8")
    found = [(f.kind, f.row) for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]
    assert ("table_total", "合计") in found

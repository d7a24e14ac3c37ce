"""A budget's 收支总表 whose cells reached the text without a table is read by its labels: each line's amount
right after its label, an amount after a header word never given to a row (said), the two sides' 总计 checked
(generator: ``tests/layouts/summary_stream.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.core.records import Document
from jixiao.read import read_path
from layouts.summary_stream import SHAPES, summary


def _read(tmp_path: Path, text: str, final: bool = False) -> Document:
    p = tmp_path / "summary.txt"
    p.write_text(text, encoding="utf-8")
    docs = read_path(p).documents
    want = ("final_accounts", "final") if final else ("budget_disclosure", "budget")
    assert [(d.type, d.extra["accounts"].stage) for d in docs] == [want]
    return docs[0]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("seed", [1, 2])
def test_the_lines_are_read_by_their_labels(tmp_path: Path, shape: str, seed: int) -> None:
    s = summary(seed, shape)
    doc = _read(tmp_path, s.text, final=shape == "rowno")
    column = "决算数" if shape == "rowno" else "预算数"
    rows = {r.name: r.get(column).dec for r in doc.extra["accounts"].tables[0].rows}
    assert rows["一般公共预算拨款收入"] == s.income["一、一般公共预算拨款收入"]
    assert rows["本年收入合计"] == s.year_in and rows["上年结转"] == s.carried
    assert rows["收入总计"] == rows["支出总计"] == s.total
    assert rows["卫生健康支出"] == s.spending["四、卫生健康支出"]
    if shape == "rowno":  # the 行次 between a label and its amount is skipped, 附属单位上缴收入 is a line
        assert rows["附属单位上缴收入"] == s.income["三、事业收入"] and "1" not in {str(v) for v in rows.values()}
    displaced = shape == "flat"
    assert ("教育支出" in rows) is not displaced  # a displaced amount is never given to a row
    assert any("属于哪一行读不出" in p.message for p in doc.problems) is displaced
    made: list[tuple[str, str, bool]] = []
    assert [f for f in check_accounts(doc, made=made) if f.severity != "info"] == []
    assert any(k == "balance" and ok for k, _, ok in made)


@pytest.mark.parametrize("shape", SHAPES)
def test_totals_that_do_not_balance_are_found(tmp_path: Path, shape: str) -> None:
    doc = _read(tmp_path, summary(3, shape, plant=True).text, final=shape == "rowno")
    assert [(f.kind, f.severity, f.row) for f in check_accounts(doc) if f.severity != "info"] == [
        ("balance", "error", "收入总计")]


def test_a_fiscal_summary_names_its_income_lines_by_the_fund_alone(tmp_path: Path) -> None:
    """"一、一般公共预算拨款 | 100.00 |" (no 收入 after it, as 财政拨款收支总表 print it): an income line, read."""
    s = summary(4, "pipes")
    doc = _read(tmp_path, s.text.replace("一般公共预算拨款收入", "一般公共预算拨款").replace("政府性基金预算拨款收入", "政府性基金预算拨款"))
    rows = {r.name: (r.get("预算数").dec, r.side) for r in doc.extra["accounts"].tables[0].rows}
    assert rows["一般公共预算拨款"] == (s.income["一、一般公共预算拨款收入"], "income")
    assert not any("属于哪一行读不出" in p.message for p in doc.problems)

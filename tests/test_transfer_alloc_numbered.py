"""A 下达 notice whose 安排情况表 ran together into one line, each row numbered and its amount glued to the next row's
number (``layouts.alloc_numbered``: the unit in the header, 万元 or 元, notices with or without 转移支付, simplified
or traditional, row texts holding dates, quantities and numbers that could end in the next row's): every row's
amount and the 合计 are read into the document's table, the 合计 checked against the rows; a 合计 the rows do not
make is reported as a suspicion (the cells were told apart by the numbering), never an error; where the numbering
splits the rows two ways, only the reading the 合计 confirms is taken."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.core.numbers import parse_decimal
from jixiao.read import read_path
from layouts.alloc_numbered import doubtful, text


def _table(path: Path, unit: str | None = None) -> list[list[str]]:
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    assert len(docs) == 1
    if unit is not None:  # (the unit the table's header states, not 万元 said elsewhere in the text)
        assert docs[0].money_unit == unit
    tables = [t.texts() for t in docs[0].tables if t.texts() and t.texts()[-1][:1] == ["合计"]]
    assert tables, "the allocation table is kept with its 合计 row"
    return tables[0]


@pytest.mark.parametrize("seed", range(12))
def test_each_rows_amount_and_the_total(tmp_path: Path, seed: int) -> None:
    body, amounts, printed, unit = text(seed)
    path = tmp_path / "n.txt"
    path.write_text(body, encoding="utf-8")
    grid = _table(path, unit)
    assert [parse_decimal(r[-1]) for r in grid[:-1]] == amounts
    assert parse_decimal(grid[-1][-1]) == printed
    assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]


@pytest.mark.parametrize("seed", range(12))
def test_a_total_the_rows_do_not_make_is_suspected(tmp_path: Path, seed: int) -> None:
    body, _amounts, _printed, _unit = text(seed, plant=True)
    path = tmp_path / "p.txt"
    path.write_text(body, encoding="utf-8")
    findings = audit_paths([str(path)]).findings
    assert not [f for f in findings if f.severity == "error"]
    suspected = [f for f in findings if f.severity == "suspect" and f.row and "合计" in f.row]
    # (a row text that could split two ways leaves only the 合计 to tell the split: planted, nothing is read)
    assert bool(suspected) != doubtful(seed)


def _read_time(tmp_path: Path, body: str) -> float:
    path = tmp_path / "long.txt"
    path.write_text(body, encoding="utf-8")
    start = time.perf_counter()
    read_path(path)
    return time.perf_counter() - start


def test_many_numbered_tables_read_in_linear_time(tmp_path: Path) -> None:
    """Titles over rows whose texts hold numbers that could end in the next row's (第12中学 … 第22中学 …): the ways the
    numbering may split are bounded, so four times the text takes no more than about four times as long."""
    table = ("关于下达专项资金的通知\n附件1东州县专项资金安排情况表序号单位名称分配资金(万元)"
             + "".join(f"{k}东州县第{k + 1}{k + 1}中学{k}{k + 1}2{k + 1}" for k in range(1, 30)) + "30北岭乡5合计999\n")
    _read_time(tmp_path, table)  # (the readers' first use: their imports and compiled patterns)
    small = _read_time(tmp_path, table * 4)
    large = _read_time(tmp_path, table * 16)
    assert large <= 6 * small + 0.5, (small, large)

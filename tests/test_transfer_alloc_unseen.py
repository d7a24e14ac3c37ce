"""Allocation tables in shapes fresh notices print (``layouts.alloc_unseen``), in every layout of
``test_transfer_allocgrid`` (pipes, collapsed, one cell a line, rows flattened to spaces …): a classification code
(51301, 2130505) under a code column is text, never an amount or the next row (it made a one-row table read as the
whole); an amount with a remark in brackets (10(其中,灾情因素6万元)) is that amount; a numbered table's 小计 rows
without a 序号 are its groups, and its 合计 is read where the members add up to it. A 合计 planted one more than the
rows is never read; a flat table's is a finding, a tree's is not (its sums are never reported)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.alloc_unseen import TOTAL_ROWS, coded, glued_lines, numbered_groups
from test_transfer_allocgrid import LAYOUTS, NOTICE
from test_transfer_alloctree import _budget


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("seed", range(6))
def test_a_code_column_is_no_amount(tmp_path: Path, layout: str, seed: int) -> None:
    rows, total = coded(seed)
    path = tmp_path / "coded.txt"
    path.write_text(NOTICE + LAYOUTS[layout](rows), encoding="utf-8")
    assert _budget(path) == total
    assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("seed", range(3))
def test_a_planted_total_beside_codes_is_found(tmp_path: Path, layout: str, seed: int) -> None:
    rows, total = coded(seed, planted=True)
    path = tmp_path / "coded.txt"
    path.write_text(NOTICE + LAYOUTS[layout](rows), encoding="utf-8")
    assert _budget(path) is None
    found = [f for f in audit_paths([str(path)]).findings if f.kind == "table_total"]
    assert [(f.row, f.recomputed) for f in found] == [(rows[-2][0], f"{total}")]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("seed", range(6))
def test_subtotal_rows_without_a_number(tmp_path: Path, layout: str, seed: int) -> None:
    rows, total = numbered_groups(seed)
    path = tmp_path / "groups.txt"
    path.write_text(NOTICE + LAYOUTS[layout](rows), encoding="utf-8")
    assert _budget(path) == total
    assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_planted_total_over_groups_is_not_read(tmp_path: Path, layout: str) -> None:
    rows, _ = numbered_groups(5, planted=True)
    path = tmp_path / "groups.txt"
    path.write_text(NOTICE + LAYOUTS[layout](rows), encoding="utf-8")
    assert _budget(path) is None
    assert not [f for f in audit_paths([str(path)]).findings if f.severity == "error"]


NOTICE_OF_TABLE = ("财政部关于下达2031年中央对地方重点生态功能区转移支付预算的通知\n有关省、自治区、直辖市财政厅(局):\n"
                   "现将2031年重点生态功能区转移支付预算下达你省(自治区、直辖市)。\n")


def _lines_file(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "lines.txt"
    path.write_text(NOTICE_OF_TABLE + "\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("seed", range(12))
def test_rows_one_a_line_under_a_header_run_together(tmp_path: Path, seed: int) -> None:
    """The header's labels ran together (no columns to read), the rows one a line, names glued to their first
    amount or not: the 合计 is read where the rows' first amounts add up to it, without a finding."""
    lines, total = glued_lines(seed)
    path = _lines_file(tmp_path, lines)
    assert _budget(path) == total
    assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]


@pytest.mark.parametrize("seed", range(6))
def test_a_planted_total_of_lines_is_found(tmp_path: Path, seed: int) -> None:
    lines, total = glued_lines(seed, planted=True, total_first=seed % 2 == 0)
    path = _lines_file(tmp_path, lines)
    assert _budget(path) is None
    found = [f for f in audit_paths([str(path)]).findings if f.kind == "table_total"]
    assert len(found) == 1 and f"{found[0].recomputed}" == f"{total}"


@pytest.mark.parametrize("seed", range(4))
def test_a_table_cut_off_below_its_total(tmp_path: Path, seed: int) -> None:
    """The text ends inside the table, its 合计 printed first: read where its own parts add up to it (as a table read
    by its columns), never from the rows that are left; nothing is made an error."""
    lines, total = glued_lines(seed, total_first=True, cut=True)
    path = _lines_file(tmp_path, lines)
    assert _budget(path) == total
    assert not [f for f in audit_paths([str(path)]).findings if f.severity == "error"]
    lines[-len(lines) + lines.index(next(x for x in lines if x.startswith(tuple(TOTAL_ROWS))))] += " 0.01"
    assert _budget(_lines_file(tmp_path, lines)) is None  # (its parts no longer add up to it)


@pytest.mark.parametrize("seed", range(4))
def test_a_count_named_first_gives_no_total(tmp_path: Path, seed: int) -> None:
    """The header names a count before the money (地区人数补助资金): the first amount may be a count, so no total is
    read, the document is recognised all the same, and nothing is made an error."""
    lines, _ = glued_lines(seed, counts=True)
    path = _lines_file(tmp_path, lines)
    assert _budget(path) is None
    assert not [f for f in audit_paths([str(path)]).findings if f.severity == "error"]

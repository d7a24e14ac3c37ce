"""An allocation table as a tree (``layouts.alloc_tree``: a 小计 or 合计 row per city over its members, the 全省合计
first or last), in the layouts of ``test_transfer_allocgrid``: the 全省合计 is read where the groups (or the members)
add up to it; a city's 合计 is never the table's (it was read as the whole allocation when it came first); a 合计
planted one more than the groups is not read, and no error is made of a tree's sums. A flat table whose 合计 is printed
first (``test_transfer_allocgrid.allocation``, the row moved up) is read the same way."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.alloc_tree import province, tree
from test_transfer_allocgrid import LAYOUTS, NOTICE, allocation


def _budget(path: Path):  # type: ignore[no-untyped-def]
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    assert len(docs) == 1
    total = docs[0].funds.get("total")
    return total.annual_budget.dec if total is not None else None


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize(("total_first", "word", "prefix"),
                         [(True, "小计", ""), (False, "小计", "其中:"), (True, "合计", "其中:"), (False, "合计", "")])
def test_the_trees_total_is_read(tmp_path: Path, layout: str, total_first: bool, word: str, prefix: str) -> None:
    for seed in range(3):
        rows, total = tree(seed, total_first, word, prefix)
        path = tmp_path / f"tree{seed}.txt"
        path.write_text(NOTICE + LAYOUTS[layout](rows), encoding="utf-8")
        assert _budget(path) == total
        assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("total_first", (True, False))
def test_a_planted_total_is_not_read_and_no_error(tmp_path: Path, layout: str, total_first: bool) -> None:
    rows, _ = tree(7, total_first, "合计", planted=True)
    path = tmp_path / "tree.txt"
    path.write_text(NOTICE + LAYOUTS[layout](rows), encoding="utf-8")
    assert _budget(path) is None
    assert not [f for f in audit_paths([str(path)]).findings if f.severity == "error"]


def _total_first(rows: list[list[str]]) -> list[list[str]]:
    """The generated table with its 合计 row moved above the rows (under the header)."""
    total = next(r for r in rows if r and r[0] == "合计")
    rest = [r for r in rows if r is not total]
    return [*rest[:3], total, *rest[3:]]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("seed", range(8))
def test_the_total_printed_first_is_read(tmp_path: Path, layout: str, seed: int) -> None:
    """The 合计 above the rows, whatever the columns (an unlabelled 序号 column, counts and standards before the
    whole): read where the rows add up to it; planted one more, not read."""
    for mistake in (None, "total"):
        rows, total, _ = allocation(seed, mistake)
        path = tmp_path / f"first{mistake}.txt"
        path.write_text(NOTICE + LAYOUTS[layout](_total_first(rows)), encoding="utf-8")
        assert _budget(path) == (total if mistake is None else None)
        if mistake is None:
            assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize(("total_first", "whole_last", "repeat", "cut"),
                         [(True, True, False, False), (True, False, True, False), (False, True, True, False),
                          (False, False, False, False), (True, True, True, True), (True, False, False, True)])
def test_a_provinces_total_over_its_cities(tmp_path: Path, layout: str, total_first: bool, whole_last: bool,
                                           repeat: bool, cut: bool) -> None:
    """东海省合计 over 东州市合计 … (每个市的合计在其县之上): the province's row is the table's 合计, first or last, the
    whole named 合计下达 before or after its parts, the header printed again mid-table; read where its cities add
    up to it or, the excerpt cut below it, its own parts do. Planted one more: not read, no error."""
    for seed in range(3):
        rows, total = province(seed, total_first, whole_last, repeat, cut)
        path = tmp_path / f"province{seed}.txt"
        path.write_text(NOTICE + LAYOUTS[layout](rows), encoding="utf-8")
        assert _budget(path) == total
        assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]
        rows, _ = province(seed, total_first, whole_last, repeat, cut, planted=True)
        path.write_text(NOTICE + LAYOUTS[layout](rows), encoding="utf-8")
        assert _budget(path) is None
        assert not [f for f in audit_paths([str(path)]).findings if f.severity == "error"]

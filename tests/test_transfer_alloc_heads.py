"""Allocation tables whose total is told by their own arithmetic (``layouts.alloc_tree``): a region's row printed
above its places with no 合计 row is the total where it is their sum (never where it is not, and then no error);
a table numbered by group in its 序号 column (一 | 东州市小计, then 1, 2 … within) is read past the first group, every
member kept in the document's table, its 合计 read where the groups make it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.alloc_tree import headed, numbered_groups
from test_transfer_allocgrid import LAYOUTS, NOTICE


def _doc(path: Path):  # type: ignore[no-untyped-def]
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    assert len(docs) == 1
    return docs[0]


def _budget(doc) -> Decimal | None:  # type: ignore[no-untyped-def]
    total = doc.funds.get("total")
    return total.annual_budget.dec if total is not None else None


def _beside(doc, label: str, value: Decimal) -> bool:  # type: ignore[no-untyped-def]
    """The document's tables hold ``value`` right of ``label`` in its row."""
    for t in doc.tables:
        for row in t.texts():
            for k, text in enumerate(row):
                if text.strip() == label and any(c.strip() == f"{value}" for c in row[k + 1:]):
                    return True
    return False


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_region_above_its_places_is_the_total(tmp_path: Path, layout: str) -> None:
    for seed in range(3):
        rows, total = headed(seed)
        path = tmp_path / f"h{seed}.txt"
        path.write_text(NOTICE + LAYOUTS[layout](rows), encoding="utf-8")
        assert _budget(_doc(path)) == total, LAYOUTS[layout](rows)
        assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_region_its_places_do_not_make_is_no_total(tmp_path: Path, layout: str) -> None:
    rows, _ = headed(5, planted=True)
    path = tmp_path / "h.txt"
    path.write_text(NOTICE + LAYOUTS[layout](rows), encoding="utf-8")
    assert _budget(_doc(path)) is None
    assert not [f for f in audit_paths([str(path)]).findings if f.severity == "error"]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_table_numbered_by_group_is_read_whole(tmp_path: Path, layout: str) -> None:
    for seed in range(3):
        rows, total, members = numbered_groups(seed)
        path = tmp_path / f"g{seed}.txt"
        path.write_text(NOTICE + LAYOUTS[layout](rows), encoding="utf-8")
        doc = _doc(path)
        assert _budget(doc) == total, LAYOUTS[layout](rows)
        for name, whole in members:
            assert _beside(doc, name, whole), (name, LAYOUTS[layout](rows))
        assert not [f for f in audit_paths([str(path)]).findings if f.severity == "error"]

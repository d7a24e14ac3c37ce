"""A 三公 table with stage groups over the same source columns (``tests/layouts/sangong_stage_groups.py``): each column is
named by its group and its own label, the total row last is read, and each group's 合计 is the sum of its own sources
(never of both groups'): silent when right, an error in the group planted."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.sangong_stage_groups import table


def _read(tmp_path: Path, lines: list[str]):  # type: ignore[no-untyped-def]
    p = tmp_path / "sangong.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = audit_paths([str(p)])
    docs = result.files[0].documents
    assert docs, "read as a document"
    tables = [t for d in docs for t in getattr(d.extra.get("accounts"), "tables", []) if t.kind == "three_public"]
    found = [f.message for f in result.findings if f.kind == "three_public" and f.severity in ("error", "suspect")]
    return tables, found


@pytest.mark.parametrize("seed", range(4))
def test_each_column_named_by_its_group(tmp_path: Path, seed: int) -> None:
    tables, found = _read(tmp_path, table(seed))
    assert found == []
    assert tables and tables[0].columns == ["预算数", "预算数一般公共预算财政拨款", "预算数政府性基金预算财政拨款",
                                            "决算数", "决算数一般公共预算财政拨款", "决算数政府性基金预算财政拨款"]
    total = next(r for r in tables[0].rows if r.item == "合计")
    assert total.get("决算数").dec is not None


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("where", ["预算", "决算"])
def test_a_source_off_fails_its_own_groups_total_only(tmp_path: Path, seed: int, where: str) -> None:
    _, found = _read(tmp_path, table(seed, where=where, off=Decimal(1)))
    sums = [m for m in found if "拨款 +" in m]
    assert sums and all(f"{where}数 = " in m for m in sums), found

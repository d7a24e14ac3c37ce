"""Rule tables run together whose rows are numbered items, name then weight then rule (生成器
``tests/layouts/itemrows``): each row read by its numbering with its weight and under its group, a rule's own items
never read as rows, a row whose rule gives more points than its weight not read, and a group whose rows do not make
its printed weight found."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.core.records import HALF_READ
from layouts.files import one, write
from layouts.itemrows import invent_items, weights


@pytest.mark.parametrize("seed", range(12))
def test_each_numbered_row_read(tmp_path: Path, seed: int) -> None:
    table = invent_items(seed)
    doc = one(tmp_path, table.text, "assessment_rules")
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == weights(table)
    for ind, row in zip(doc.indicators, table.rows, strict=True):
        assert (ind.level1.str_ or "").startswith(row.group)
        assert f"记录完整的得{row.weight}分" in (ind.rule_text.str_ or "")
    assert (HALF_READ in doc.extra) is not table.closed
    if table.closed:
        assert doc.total_weight.dec == sum(w for _, w in weights(table))
    path = write(tmp_path, table.text, "again.txt")
    assert [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")] == []


@pytest.mark.parametrize("seed", range(4))
def test_a_group_whose_rows_do_not_make_its_weight(tmp_path: Path, seed: int) -> None:
    table = invent_items(seed, mistake=True)
    found = [f for f in audit_paths([str(write(tmp_path, table.text))]).findings
             if f.severity in ("error", "suspect") and table.wrong_group in f.message]
    assert found
    assert all(f.severity == ("error" if table.closed else "suspect") for f in found)


def test_a_row_whose_rule_gives_more_than_its_weight_ends_the_reading(tmp_path: Path) -> None:
    table = invent_items(0)
    third = table.rows[2]
    text = table.text.replace(f"{third.name}({'日常考勤和请假'}){third.weight}分",
                              f"{third.name}({'日常考勤和请假'}){third.weight}分另有加分{third.weight + 5}分，")
    assert text != table.text
    doc = one(tmp_path, text, "assessment_rules")
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == weights(table)[:2]
    assert HALF_READ in doc.extra

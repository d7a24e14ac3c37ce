"""Scoring rules written as a numbered list (生成器 ``tests/layouts/numberedlists``): each item read with the points
closing it, under its section, named by its first clause; the item cut off without its points not read; and a
section whose items do not make its printed weight found."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.core.records import HALF_READ
from layouts.files import one, write
from layouts.numberedlists import invent_rule_list


@pytest.mark.parametrize("seed", range(20))
def test_each_item_read_with_its_points(tmp_path: Path, seed: int) -> None:
    rl = invent_rule_list(seed)
    doc = one(tmp_path, rl.text, "assessment_rules")
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == [(x.name, x.weight) for x in rl.items]
    for ind, item in zip(doc.indicators, rl.items, strict=True):
        assert (ind.level1.str_ or "").startswith(item.section)
        assert "不得分" in (ind.rule_text.str_ or "")
    assert HALF_READ in doc.extra
    path = write(tmp_path, rl.text, "again.txt")
    assert [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")] == []


@pytest.mark.parametrize("seed", range(3))
def test_a_section_whose_items_do_not_make_its_weight(tmp_path: Path, seed: int) -> None:
    rl = invent_rule_list(seed, mistake=True)
    found = [f for f in audit_paths([str(write(tmp_path, rl.text))]).findings
             if f.severity == "suspect" and rl.wrong in f.message]
    assert found

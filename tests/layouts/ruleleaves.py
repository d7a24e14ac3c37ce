"""The leaves of an invented three-level rule table (一级 / 二级 / 三级指标 with a weight), and the check that a
reading of it gave each leaf under both its levels with its weight, for the generators of rule tables one cell a
line (``levellines``, ``gradecolumns``) and their tests."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from jixiao.core.records import Document
from jixiao.read import read_path


@dataclass
class Leaf:
    level1: str
    level2: str
    name: str
    weight: int


def read_leaves(path: Path, leaves: list[Leaf]) -> Document:
    """The one rule table read from ``path``, asserted to hold ``leaves`` in order, each with its weight and under
    both its levels (a level's printed name may carry its weight after it: 项目决策(20分))."""
    (doc,) = [d for d in read_path(path).documents if d.type == "assessment_rules"]
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == [(x.name, Decimal(x.weight)) for x in leaves]
    for ind, leaf in zip(doc.indicators, leaves, strict=True):
        assert (ind.level1.str_ or "").startswith(leaf.level1)
        assert (ind.level2.str_ or "").startswith(leaf.level2)
    return doc

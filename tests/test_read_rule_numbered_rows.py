"""A rule table's page with no header, rows numbered by their group (3.1 道路。… | 0~7): read by the numbering where
each group's rows make the weight it prints; a group they do not make is not read, and said (generator:
``tests/layouts/numberedrows``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.files import write
from layouts.numberedrows import invent_numbered_rows


@pytest.mark.parametrize("seed", range(6))
def test_rows_numbered_by_their_group(tmp_path: Path, seed: int) -> None:
    text, rows, _ = invent_numbered_rows(seed)
    path = write(tmp_path, text)
    (doc,) = [d for d in read_path(path).documents if d.type == "assessment_rules"]
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == [(n, Decimal(w)) for _, n, w in rows]
    assert [(i.level1.str_ or "").split("(")[0] for i in doc.indicators] == [g for g, _, _ in rows]
    assert [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")] == []


@pytest.mark.parametrize("seed", range(3))
def test_a_group_its_rows_do_not_make_is_not_read(tmp_path: Path, seed: int) -> None:
    text, rows, wrong = invent_numbered_rows(seed, mistake=True)
    (doc,) = [d for d in read_path(write(tmp_path, text)).documents if d.type == "assessment_rules"]
    assert [i.level3.str_ for i in doc.indicators] == [n for g, n, _ in rows if g != wrong]
    assert any(f"第{wrong}组" in p.message for p in doc.problems)

"""Rule tables whose 评分标准 is a box of grade columns, run together (生成器 ``tests/layouts/gradebox``): each row's
weight read where its top grade confirms it, before or after its name or glued before its grades, under its group;
a row whose grades do not fall from its weight left unread, never guessed; a group whose rows do not make its
printed weight found."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.core.records import HALF_READ
from layouts.files import one, write
from layouts.gradebox import invent_gradebox, weights


@pytest.mark.parametrize("seed", range(24))
def test_each_row_read_by_its_grade_box(tmp_path: Path, seed: int) -> None:
    box = invent_gradebox(seed)
    doc = one(tmp_path, box.text, "assessment_rules")
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == weights(box)
    for ind, row in zip(doc.indicators, box.rows, strict=True):
        assert (ind.level1.str_ or "").startswith(row.group)
        assert ind.rule_text.str_ == "；".join(f"{g}{p}分" for g, p in zip(box.grades, row.points, strict=False))
    if box.closed:
        assert doc.total_weight.dec == sum(w for _, w in weights(box))
        assert HALF_READ not in doc.extra
    else:
        assert HALF_READ in doc.extra
    path = write(tmp_path, box.text, "again.txt")
    assert [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")] == []


@pytest.mark.parametrize("seed", range(8))
def test_a_group_whose_rows_do_not_make_its_weight(tmp_path: Path, seed: int) -> None:
    box = invent_gradebox(seed, mistake=True)
    found = [f for f in audit_paths([str(write(tmp_path, box.text))]).findings
             if f.severity in ("error", "suspect") and box.wrong_group in f.message]
    assert found
    assert all(f.severity == ("error" if box.closed else "suspect") for f in found)


def test_a_row_whose_grades_do_not_fall_from_its_weight_is_not_read(tmp_path: Path) -> None:
    box = invent_gradebox(0)
    first = box.rows[0]
    pts = "".join(str(p) for p in first.points)
    text = box.text.replace(f"{first.weight}分{first.name}{pts}", f"{first.weight}分{first.name}9{pts[1:]}")
    doc = one(tmp_path, text, "assessment_rules")
    names = [i.level3.str_ for i in doc.indicators]
    assert first.name not in names
    assert all(i.weight.dec == Decimal(r.weight) for i, r in zip(doc.indicators, box.rows[1:], strict=False))
    assert HALF_READ in doc.extra  # the rows no longer make the total: not checked as whole

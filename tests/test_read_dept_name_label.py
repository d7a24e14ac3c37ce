"""A department-wide form whose name field is labelled 部门（单位）or 单位（部门）without its 名称 (部门（单位）| 示例县示例局):
the name read and the form said to be a department's, in every layout. The label was no name label, so the form was
read nameless, as a project's (generated forms in the project layout, under the department headings provinces use)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.columns import labelled, rows
from layouts.files import one, write
from layouts.model import assert_read_as_invented, invent
from layouts.render import RENDERERS, tabs

LAYOUTS = {**RENDERERS, "tabs": tabs}
NAME_LABELS = ("部门（单位）", "单位（部门）", "部门(单位)", "部门（单位）名称")
HEADINGS = ("部门整体支出绩效自评表", "单位整体支出绩效自评表", "{y}年度部门整体绩效自评表", "整体支出绩效自评表（{y}年度）")
COLUMNS = labelled(("initial", "budget", "executed", "weight", "rate", "score"), ("target", "actual", "weight", "score"))


def _form(seed: int, mistake: str | None = None) -> str:
    p = invent(seed, mistake=mistake)
    grid = rows(p, COLUMNS)
    grid[0] = [HEADINGS[seed % len(HEADINGS)].format(y=p.year)]
    grid[1] = [NAME_LABELS[seed % len(NAME_LABELS)], "示例县示例局"]
    grid[2] = ["填报日期", f"{p.year + 1}年3月1日"]
    return LAYOUTS[sorted(LAYOUTS)[seed % len(LAYOUTS)]](grid)


@pytest.mark.parametrize("seed", range(2 * len(LAYOUTS)))
def test_the_name_field_without_its_name_word(tmp_path: Path, seed: int) -> None:
    doc = one(tmp_path, _form(seed), "project_self_evaluation")
    assert doc.title == "示例县示例局" and "部门" in doc.header
    assert_read_as_invented(doc, invent(seed))
    result = audit_paths([str(write(tmp_path, _form(seed), "b.txt"))])
    assert [f.message for f in result.findings if f.severity == "error"] == []


@pytest.mark.parametrize("seed", range(4))
def test_a_planted_total_is_found(tmp_path: Path, seed: int) -> None:
    result = audit_paths([str(write(tmp_path, _form(seed, mistake="total")))])
    assert [d.title for d in result.documents] == ["示例县示例局"]
    assert [f.kind for f in result.findings if f.severity == "error"] == ["total_sum"]

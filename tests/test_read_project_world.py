"""Project forms as the world prints them beyond the generators' clean tables: each case a generated form (invented
figures, a planted mistake) in a layout a real page showed, read by labels and the form's own arithmetic."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.files import write
from layouts.grid import VARIANTS, rows
from layouts.model import invent
from layouts.render import RENDERERS

# The opening of a 部门决算 page: its 目录 names the project forms it prints after its tables.
CONTENTS = ("2021年度某某县某某局部门决算\n目录\n第一部分 部门概况\n第二部分 2021年度部门决算表\n一、收入支出决算总表\n"
            "二、收入决算表\n十五、2021年度项目支出绩效自评表\n第三部分 2021年度部门决算情况说明\n\n")


@pytest.mark.parametrize("layout", ["lone_pipes", "cell_lines", "pipes"])
def test_a_project_form_after_a_final_accounts_contents_is_read_and_its_mistake_found(
        tmp_path: Path, layout: str) -> None:
    # one cell a run of lines closed by "|": the form's labels alone were once taken for a 决算 table's rows
    # (the 目录 above names 决算 tables), which read no figure and kept the form from being read
    p = invent(5, mistake="total")
    result = audit_paths([str(write(tmp_path, CONTENTS + RENDERERS[layout](rows(p, VARIANTS["national"]))))])
    (doc,) = result.documents
    assert doc.type == "project_self_evaluation" and doc.title == p.name
    total = doc.funds["total"]
    assert (total.annual_budget.dec, total.executed.dec, total.rate.dec, total.score.dec) == (
        p.budget, p.executed, p.rate, p.exec_score)
    assert [(i.level3.value, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (i.name, i.weight, i.score) for i in p.indicators]
    assert doc.total_score.dec == p.total
    assert {f.kind for f in result.findings if f.severity == "error"} == {"total_sum"}

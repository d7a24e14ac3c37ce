"""The 部门整体支出绩效评价基础数据表 (湖南): read by its labels in every text layout (cells apart, one a line, run
together, traditional script), kept as the department's document when the file has no form, and its arithmetic
checked: the 控制率 against 实际在职人数 ÷ 编制数, the 三公经费 against its parts (generator in
``tests/layouts/deptbase``)."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from jixiao.read.recognise.deptbase import BASE
from layouts.degrade import pdf_spaces, traditional
from layouts.deptbase import base_rows, invent_base
from layouts.files import write
from layouts.render import RENDERERS, one_run

LAYOUTS = {**{k: RENDERERS[k] for k in ("pipes", "cell_lines", "flattened", "row_lines")}, "one_run": one_run,
           "traditional_run": lambda rows: traditional(one_run(rows)),
           "pdf_spaces": lambda rows: pdf_spaces(RENDERERS["cell_lines"](rows))}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("seed", [1, 2])
def test_the_base_table_alone_is_the_departments_document(tmp_path: Path, layout: str, seed: int) -> None:
    b = invent_base(seed)
    docs = [d for d in read_path(write(tmp_path, LAYOUTS[layout](base_rows(b)), "b.txt")).documents if BASE in d.extra]
    assert len(docs) == 1  # (flattened to one line, the 三公 rows are also read as a 三公 table of their own)
    doc = docs[0]
    assert doc.type == "project_self_evaluation" and "部门整体" in (doc.title or "")
    base = doc.extra[BASE]
    assert [v.dec for v in base["staff"]] == [Decimal(b.posts), Decimal(b.staff), b.rate]
    for label, values in b.rows.items():
        name = re.sub(r"^(?:\d、|其中:)", "", label).rstrip(":")
        assert [v.dec for v in base[name]] == values, name
    assert any("基础数据表" in p.message for p in doc.problems)  # it says what it read, and that no form was there
    assert [f for f in audit_paths([str(write(tmp_path, LAYOUTS[layout](base_rows(b)), "a.txt"))]).findings
            if f.severity in ("error", "suspect")] == []


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("mistake", ["rate", "sangong"])
def test_a_planted_mistake_in_the_base_table_is_found(tmp_path: Path, layout: str, mistake: str) -> None:
    """A wrong 控制率 printed apart is found; run together, no split of 编制数 | 在职人数 | 控制率 holds the rate, so
    the three are left unread and said (never guessed), and no error is raised on them."""
    b = invent_base(3, mistake)
    found = audit_paths([str(write(tmp_path, LAYOUTS[layout](base_rows(b))))]).findings
    errors = [(f.kind, f.row) for f in found if f.severity == "error"]
    if mistake == "rate" and "run" in layout:
        assert errors == [] and any("控制率未能分开" in f.message for f in found)
    else:
        assert errors == {"rate": [("dept_base_rate", "控制率")], "sangong": [("dept_base_sum", "三公经费")]}[mistake]

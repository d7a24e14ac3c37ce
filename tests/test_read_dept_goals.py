"""A department-wide target form filed on its own (部门整体支出绩效目标申报表, ``recognise.deptanchor``): its funds by
收入构成 and 支出构成 look like an accounts table, but the file is the department's form, never a budget disclosure;
its lines, each amount beside its label, are read down their columns where the block's own sum confirms them
(``recognise.deptledger_beside``). A budget whose title stands before such a table keeps it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.core.records import Document
from jixiao.read import read_path
from jixiao.read.recognise.deptledger import TITLE
from layouts.deptgoals import invent, rows
from layouts.files import write
from layouts.render import RENDERERS, cell_per_line, tabs

LAYOUTS = {**RENDERERS, "cell_per_line": cell_per_line, "tabs": tabs}


def _lines(doc: Document) -> dict[str, Decimal]:
    tables = [t for t in doc.tables if t.title == TITLE]
    assert len(tables) == 1
    heads, amounts = tables[0].rows
    return {h.text: Decimal(a.text) for h, a in zip(heads, amounts, strict=True)}


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("layout", ["pipes", "tabs"])  # blank cells kept: the columns stand
def test_the_target_form_is_the_departments_with_its_funds_lines(tmp_path: Path, layout: str, seed: int) -> None:
    g = invent(seed)
    docs = read_path(write(tmp_path, LAYOUTS[layout](rows(g)))).documents
    assert [d.type for d in docs] == ["project_self_evaluation"]
    assert "部门整体" in (docs[0].title or "") and docs[0].header["部门"].value == "示例市甲局"
    assert _lines(docs[0]) == {"财政拨款": g.fiscal, "其他收入": g.other, "收入合计": g.total,
                               "基本支出": g.basic, "项目支出": g.project, "支出合计": g.total}


@pytest.mark.parametrize("layout", ["row_lines", "cell_per_line", "flattened", "cell_lines"])
def test_in_text_the_interleaved_blocks_are_told_apart_by_their_labels(tmp_path: Path, layout: str) -> None:
    g = invent(3)
    docs = read_path(write(tmp_path, LAYOUTS[layout](rows(g)))).documents
    assert [d.type for d in docs] == ["project_self_evaluation"] and "部门整体" in (docs[0].title or "")
    assert _lines(docs[0]) == {"财政拨款": g.fiscal, "其他收入": g.other, "收入合计": g.total,
                               "基本支出": g.basic, "项目支出": g.project, "支出合计": g.total}


@pytest.mark.parametrize("layout", ["pipes", "row_lines"])
def test_a_block_its_sum_does_not_confirm_gives_no_line(tmp_path: Path, layout: str) -> None:
    g = invent(4)
    table = rows(g)
    table[6][5] = f"{g.project + 1}"  # 项目支出 one more than 合计 allows: which line is wrong the page does not say
    docs = read_path(write(tmp_path, LAYOUTS[layout](table))).documents
    got = [t for t in docs[0].tables if t.title == TITLE]
    assert not got or "项目支出" not in [h.text for h in got[0].rows[0]]


def test_a_budgets_own_target_table_stays_the_budgets(tmp_path: Path) -> None:
    before = ("示例市甲局2021年部门预算", "一、部门预算说明：本部门2021年收支总预算968.19万元。")
    docs = read_path(write(tmp_path, LAYOUTS["pipes"](rows(invent(5), before=before)))).documents
    assert all(d.type != "project_self_evaluation" for d in docs)

"""Labels in other templates' words (the ``synonyms`` perturbation's): a project's name under 项目全称, and a funds
column wrapped off its qualifier in a wording no list holds (年初 / 预算金额, 全年 / 预算金额: the label known by its
meaning, ``fundscolumn``), read as the usual labels are."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.read import read_path
from layouts.bylabels import damaged_text
from layouts.files import write
from layouts.model import invent


@pytest.mark.parametrize("seed", [3, 8])
def test_wrapped_qualifiers_and_the_full_name_label(tmp_path: Path, seed: int) -> None:
    p = invent(seed)
    text = damaged_text(p, "one_a_line").replace("项目名称\n", "项目全称\n")
    text = text.replace("\n年初预算数\n", "\n年初\n\n预算金额\n").replace("\n全年预算数\n", "\n全年\n\n预算金额\n")
    assert "项目全称" in text and "\n年初\n\n预算金额\n" in text
    docs = [d for d in read_path(write(tmp_path, text)).documents if d.type == "project_self_evaluation"]
    assert len(docs) == 1
    t = docs[0].funds["total"]
    assert (t.initial_budget.dec, t.annual_budget.dec, t.executed.dec) == (p.initial, p.budget, p.executed)
    assert docs[0].title == p.name

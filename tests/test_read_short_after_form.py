"""A short statement of figures after another unit's form (a 三公 paragraph of one line, fewer characters than a text of
its own needs): read alone as the statement it is when it holds a few figures of its own (``complement.after_forms``),
its arithmetic checked; a short note after a form that states no such figures stays the form's."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.read import read_path
from test_read_form_before_contents import FORM


def _statement(seed: int, slip: Decimal = Decimal(0)) -> tuple[str, Decimal]:
    rng = random.Random(seed)
    reception, cars = Decimal(rng.randrange(10, 500)) / 100, Decimal(rng.randrange(100, 900)) / 100
    total = reception + cars
    return (f"2023年“三公”经费财政拨款预算数为{total + slip}万元，其中：因公出国（境）费0万元，公务接待费{reception}万元，"
            f"公务用车购置及运行维护费{cars}万元，比上年减少0.50万元，主要原因是厉行节约。"), total


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_one_line_sangong_statement_after_a_form(tmp_path: Path, seed: int) -> None:
    line, total = _statement(seed)
    p = tmp_path / "page.txt"
    p.write_text("\n".join([*FORM, line]) + "\n", encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["project_self_evaluation", "sangong"]
    stated = [r.get("金额").dec for t in docs[1].extra["accounts"].tables for r in t.rows]
    assert total in stated
    assert [f for f in check_accounts(docs[1]) if f.severity == "error"] == []
    line, _ = _statement(seed, Decimal(1))
    p.write_text("\n".join([*FORM, line]) + "\n", encoding="utf-8")
    sangong = [d for d in read_path(p).documents if d.type == "sangong"]
    assert [f.severity for f in check_accounts(sangong[0]) if f.kind == "three_public"] == ["error"]


def test_a_short_note_after_a_form_stays_the_forms(tmp_path: Path) -> None:
    p = tmp_path / "page.txt"
    p.write_text("\n".join([*FORM, "备注：本表由项目实施单位填报，财政部门审核，数据截至2023年12月31日，单位为万元。"]) + "\n",
                 encoding="utf-8")
    assert [d.type for d in read_path(p).documents] == ["project_self_evaluation"]

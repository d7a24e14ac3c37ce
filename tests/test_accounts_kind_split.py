"""A spending line the 情况说明 splits into 基本支出 and 项目 is their sum (``accounts.kind_split``; generator:
``tests/layouts/budget_functions.py``): the planted class found by its name, the other lines and a unit's spending
with a third kind after the two never flagged."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from layouts.budget_functions import CLASSES, budget_functions, kind_shares
from layouts.files import one


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_classes_split_into_basic_and_project_add_up(tmp_path: Path, seed: int) -> None:
    f = budget_functions(seed)
    doc = one(tmp_path, "\n".join(f.lines), "budget_disclosure")
    stated = {r.name: r.get("金额").dec for t in doc.extra["accounts"].tables for r in t.rows}
    assert stated["总收入"] == stated["总支出"] == f.total and stated["基本支出"] == f.basic
    made: list[tuple[str, str, bool]] = []
    assert [x for x in check_accounts(doc, made=made) if x.severity != "info"] == []
    held = [what for k, what, ok in made if k == "total_sum" and ok]
    assert any(CLASSES[0] in what for what in held)  # the split was checked, and holds
    assert not any("事业单位支出" in what for what in held)  # a third kind listed: the two are not the whole


@pytest.mark.parametrize("seed", [1, 2])
def test_a_class_printed_below_its_parts_is_found(tmp_path: Path, seed: int) -> None:
    f = budget_functions(seed, plant=True)
    found = [x for x in check_accounts(one(tmp_path, "\n".join(f.lines), "budget_disclosure")) if x.severity != "info"]
    office = f.classes[CLASSES[0]]
    assert [(x.kind, x.severity, x.row, x.recomputed) for x in found] == [
        ("total_sum", "error", CLASSES[0], str(sum(office)))]


@pytest.mark.parametrize(("plant", "third"), [(False, False), (True, False), (False, True)])
def test_the_two_kinds_shares_of_one_whole(tmp_path: Path, plant: bool, third: bool) -> None:
    """基本支出 and 项目支出 each said as a share of 一般公共预算支出: when 基本's is its part of their sum, 项目's must
    be too (a share printed over the wrong base is found at its row); a whole with a third kind is never judged."""
    doc = one(tmp_path, "\n".join(kind_shares(8, plant, third)), "budget_disclosure")
    found = [(x.kind, x.severity, x.row) for x in check_accounts(doc) if x.severity != "info"]
    assert found == ([("text_percent", "error", "项目支出占一般公共预算支出的比例")] if plant else [])


# 重庆's 单位预算情况说明 (invented figures): the two kinds in the sentence after the whole's, each with its remarks
REMARKED = ("2031年一般公共预算财政拨款收入{w}万元,一般公共预算财政拨款支出{w}万元,比上年增加{dw}万元。其中:基本支出{b}万元,"
            "比上年增加{db}万元,主要原因是人员增资,主要用于保障人员工资、社保、公积金缴纳;项目支出{p}万元,比上年增加{dp}万元,"
            "主要用于专职消防队运转{more}。")
FIGURES = {"w": "1643.29", "dw": "105.77", "b": "952.50", "db": "39.77", "p": "690.79", "dp": "66.00", "more": ""}


def _remarked(tmp_path: Path, **planted: str) -> list[tuple[str, str, str | None, str | None]]:
    text = REMARKED.format(**{**FIGURES, **planted})
    doc = one(tmp_path, "\n".join(["2031年单位预算情况说明", "三、单位预算情况说明", text]), "budget_disclosure")
    return [(x.kind, x.severity, x.reported, x.recomputed) for x in check_accounts(doc) if x.severity != "info"]


def test_the_two_kinds_said_with_their_remarks_make_the_spending(tmp_path: Path) -> None:
    """"…支出1643.29万元,比上年增加105.77万元。其中:基本支出952.50万元,比上年增加39.77万元,主要原因是…;项目支出690.79万元,
    比上年增加66.00万元,主要用于…。": the spending is the two kinds' sum, its change the sum of theirs; a kind planted off
    is an error, a change planted off a suspicion; a further amount said as a figure of its own (a third kind, a
    figure in a remark) leaves the two kinds' check unmade. (A third kind that takes the list over the whole is still
    the list's: ``notes_whole`` says it, suspect, since session 44 took the whole from the sentence before, whose two
    amounts are one figure.)"""
    assert _remarked(tmp_path) == []
    assert _remarked(tmp_path, b="952.60") == [("total_sum", "error", "1643.29", "1643.39")]
    assert _remarked(tmp_path, p="690.69") == [("total_sum", "error", "1643.29", "1643.19")]
    assert _remarked(tmp_path, db="39.87") == [("total_sum", "suspect", "105.77", "105.87")]
    assert _remarked(tmp_path, b="952.60", more=";上缴上级支出10万元") == [("total_sum", "suspect", "1643.29", "1653.39")]
    assert _remarked(tmp_path, b="942.50", more=";上缴上级支出10万元") == []

"""Project evaluation score tables whose rows were run together, each row's 分值 and 得分 one run of digits after
its name (目标内容22, 经济效益108), the levels' weights in their labels, as document-sharing sites print a third
party's 绩效评价报告 (generator ``tests/layouts/evalscore.py``: ``glued_rows``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.evalscore import glued_rows, invent_eval
from layouts.files import write
from layouts.render import one_run, run_together

LAYOUTS = {"one_run": one_run, "run_together": run_together}


def _audit(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    result = audit_paths([str(write(tmp_path, text))])
    assert len(result.documents) == 1
    (doc,) = result.documents
    return result, doc


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("seed", [3, 8, 21])
def test_glued_weight_and_score_are_split_by_their_levels(tmp_path: Path, layout: str, seed: int) -> None:
    f = invent_eval(seed)
    result, doc = _audit(tmp_path, LAYOUTS[layout](glued_rows(f)))
    assert doc.type == "project_self_evaluation"
    assert [(i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (r.name, r.weight, r.score) for r in f.rows]
    assert {k: v.dec for k, v in doc.level1_weights.items()} == f.level_weights()
    assert doc.total_score.dec == f.total
    assert [x.message for x in result.findings if x.severity == "error"] == []


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_planted_total_is_found(tmp_path: Path, layout: str) -> None:
    f = invent_eval(5, "total")
    result, _ = _audit(tmp_path, LAYOUTS[layout](glued_rows(f)))
    assert {x.kind for x in result.findings if x.severity == "error"} == {"total_sum"}


def test_a_table_cut_short_is_read_as_far_as_it_goes(tmp_path: Path) -> None:
    f = invent_eval(6)
    f.cut_after = 10  # the preview stops inside 项目产出
    result, doc = _audit(tmp_path, one_run(glued_rows(f)))
    assert doc.type == "project_self_evaluation"
    assert [(i.weight.dec, i.score.dec) for i in doc.indicators] == [(r.weight, r.score) for r in f.rows[:10]]
    assert [x for x in result.findings if x.severity == "error"] == []


def test_digits_that_split_no_single_way_are_not_read(tmp_path: Path) -> None:
    f = invent_eval(4)
    f.rows[5].score = f.rows[5].weight + Decimal(1)  # 8 and 9 glued: 89 is no weight and score (9 above 8)
    f.total = sum((r.score for r in f.rows), Decimal(0))
    result, doc = _audit(tmp_path, one_run(glued_rows(f)))
    names = [i.level3.str_ for i in doc.indicators]
    assert f.rows[5].name not in names and f.rows[6].name in names
    assert any(f.rows[5].name in p.message and "未读取" in p.message for p in doc.problems)
    assert [x for x in result.findings if x.severity == "error"] == []


def test_a_glued_run_that_may_be_the_weight_alone_is_not_read() -> None:
    from jixiao.read.recognise.evaltree import Reader
    from jixiao.read.recognise.evaltree_cells import cells

    # 10 fits 项目立项's 20 as a weight whose 得分 is empty, and splits as 1 and 0: not read; 108 can only be 10 and 8
    tree = Reader(cells("项目决策(20分)项目立项(20分)立项依据10立项程序108"), False, False, glued=True).read()
    assert [(x.name, x.weight, x.score) for x in tree.leaves] == [("立项程序", Decimal(10), Decimal(8))]
    assert any("立项依据" in zh and "未读取" in zh for zh, _, _ in tree.notes)
    # printed apart, the figures are not split
    tree = Reader(cells("项目决策(20分)项目立项(20分)立项依据 10 10 立项程序 10 8 合计"), False, False, glued=True).read()
    assert [(x.weight, x.score) for x in tree.leaves] == [(Decimal(10), Decimal(10)), (Decimal(10), Decimal(8))]


def test_the_last_row_ending_the_text_is_read(tmp_path: Path) -> None:
    """Printed apart (one line, cells spaced), the table's last row ends the text with its weight and score."""
    from layouts.render import flattened

    f = invent_eval(3)
    result, doc = _audit(tmp_path, flattened(glued_rows(f)))
    assert [(i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (r.name, r.weight, r.score) for r in f.rows]
    assert doc.total_score.dec == f.total
    assert [x.message for x in result.findings if x.severity == "error"] == []


@pytest.mark.parametrize("name", ["PM2.5达标率", "第1项任务完成率"])
@pytest.mark.parametrize("layout", ["one_run", "flattened"])
def test_a_number_inside_a_name_is_part_of_it(tmp_path: Path, name: str, layout: str) -> None:
    from layouts.render import flattened

    f = invent_eval(3)
    f.rows[9].name = name  # 完成时间 renamed: its digits are no weight, whether the table is run together or not
    result, doc = _audit(tmp_path, (one_run if layout == "one_run" else flattened)(glued_rows(f)))
    assert [(i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (r.name, r.weight, r.score) for r in f.rows]
    assert [x for x in result.findings if x.severity == "error"] == []


def test_a_spaced_header_does_not_glue_the_rows() -> None:
    from jixiao.read.recognise.evalform import _header

    spaced = "一级指标 二级指标 三级指标 分值 得分 项目决策(20分)"
    assert _header(spaced) is not None and _header(spaced)[-1] is False  # type: ignore[index]
    assert _header(spaced.replace(" 得分", "得分"))[-1] is True  # type: ignore[index]



def test_a_long_run_of_digits_is_no_rows_figures_and_splits_fast() -> None:
    import time

    from jixiao.read.recognise.evaltree_glued import glued_options

    started = time.perf_counter()
    assert glued_options("1" * 20_000, Decimal("1" * 20_000), Decimal(100)) == []
    assert time.perf_counter() - started < 0.1
    assert glued_options("108", Decimal(108), Decimal(40)) == [(Decimal(10), Decimal(8))]

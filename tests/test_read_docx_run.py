"""A docx preview's rows run together, the last first level's labels broken onto its row's name (generator
``layouts.docxrun``): the row is read without the labels run onto it, and mistakes planted in it are found."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from jixiao.audit import audit_paths
from layouts.docxrun import docx_run
from layouts.files import one, write
from layouts.model import Project, invent, over_weight


def test_labels_broken_onto_a_name_are_read_off_it(tmp_path: Path) -> None:
    p = invent(51)
    doc = one(tmp_path, docx_run(p), "project_self_evaluation")
    assert [(i.level3.value, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (i.name, i.weight, i.score) for i in p.indicators]
    last = doc.indicators[-1]
    assert (last.level1.value, last.level2.value, last.target.value) == ("满意度指标", "服务对象满意度指标", "≥90%")
    assert doc.total_score.dec == p.total


def test_a_score_over_its_weight_in_that_row_is_found(tmp_path: Path) -> None:
    p = invent(52)
    p.total = over_weight(p.total, p.indicators[-1])
    result = audit_paths([str(write(tmp_path, docx_run(p)))])
    errors = [f for f in result.findings if f.severity == "error"]
    assert [(f.kind, f.row) for f in errors] == [("score_bounds", p.indicators[-1].name)], [f.message for f in errors]


def test_a_planted_total_is_found(tmp_path: Path) -> None:
    p = invent(53, mistake="total")
    result = audit_paths([str(write(tmp_path, docx_run(p)))])
    assert {f.kind for f in result.findings if f.severity == "error"} == {"total_sum"}


def _long_names(seed: int) -> Project:
    """Two rows of 数量指标 with long names (a preview runs them on one another: 更新剧团老化损坏的音响设备50件50件
    2020添置新剧目所必需的演出服装100件100件2020)."""
    p = invent(seed)
    first, second = p.indicators[0], p.indicators[1]
    p.indicators[0] = replace(first, name="更新剧团老化损坏的音响设备", target="50件", actual="50件")
    p.indicators[1] = replace(second, level2="数量指标", name="添置新剧目所必需的演出服装", target="100件", actual="100件")
    return p


def test_rows_run_on_one_another_and_empty_template_rows(tmp_path: Path) -> None:
    """Long names run on one another are split by the shape of their values, and the template's empty rows under a
    broken label (指标指标1:指标2) are no row: nothing is lost, so the sums are checked."""
    p = _long_names(54)
    doc = one(tmp_path, docx_run(p, empty_level="经济效益"))
    assert [(i.level3.value, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (i.name, i.weight, i.score) for i in p.indicators]
    assert not doc.extra.get("indicators_incomplete")


def test_weights_over_the_total_found_in_rows_run_on(tmp_path: Path) -> None:
    """新洲's mistake: the weights make 110 where 总分 prints 100."""
    p = _long_names(55)
    p.indicators[0] = replace(p.indicators[0], weight=p.indicators[0].weight + 10, score=p.indicators[0].score + 10)
    p.total += 10
    result = audit_paths([str(write(tmp_path, docx_run(p, empty_level="经济效益")))])
    errors = [f for f in result.findings if f.severity == "error"]
    assert [f.kind for f in errors] == ["weight_sum"], [(f.kind, f.message) for f in errors]


def test_weights_off_100_without_a_printed_total_weight_are_a_suspect(tmp_path: Path) -> None:
    """A form that prints no 总分 分值 (总分 then the score alone, as 九亭镇's 上海 form): its weights are held to
    the form's usual 100 only as a suspect, never an `error` (100 is not a figure the document states); the same
    weights under a printed 100 stay an error."""
    p = _long_names(56)
    p.indicators[0] = replace(p.indicators[0], weight=p.indicators[0].weight + 10, score=p.indicators[0].score + 10)
    p.total += 10
    text = docx_run(p, empty_level="经济效益")
    printed = f"总分{p.total_weight:.2f}{p.total:.2f}"
    assert printed in text
    for body, severity in ((text, "error"), (text.replace(printed, f"总分{p.total:.2f}"), "suspect")):
        result = audit_paths([str(write(tmp_path, body))])
        sums = [f for f in result.findings if f.kind == "weight_sum"]
        assert [(f.severity, f.recomputed) for f in sums] == [(severity, "110.00")], [f.message for f in sums]
        assert not [f for f in result.findings if f.severity == "error" and f.kind != "weight_sum"]

"""Labels a wrap cut over two lines (年初 / 预算数) are joined again before any label is matched (``read.rejoin``):
a form whose column labels wrapped reads the figures of the clean form and finds the same mistakes, in every layout
and column variant (generated: ``tests/layouts``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_file
from jixiao.read.rejoin import cut_inside_brackets, cut_inside_label
from layouts import degrade, render
from layouts.grid import VARIANTS, rows
from layouts.model import invent


def test_a_line_cut_inside_a_known_label() -> None:
    assert cut_inside_label("项目资金(万元)年初", "预算数全年")
    assert cut_inside_label("实际", "完成值 分值")
    assert not cut_inside_label("预算", "数")  # a part of one character: too common to say
    assert not cut_inside_label("我们在年初", "开展工作")  # no label runs on
    assert not cut_inside_label("", "预算数")


def _read(path: Path, text: str) -> tuple[list[tuple[object, ...]], list[str]]:
    path.write_text(text, encoding="utf-8")
    result = audit_paths([str(path)])
    docs = result.files[0].documents
    figures: list[tuple[object, ...]] = [(k, f.initial_budget.dec, f.annual_budget.dec, f.executed.dec, f.rate.dec)
                                         for d in docs for k, f in d.funds.items()]
    figures += [(i.weight.dec, i.score.dec) for d in docs for i in d.indicators]
    return figures, sorted(f.kind for f in result.findings if f.severity == "error")


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("layout", ["run_together", "row_lines", "cell_per_line"])
def test_wrapped_labels_read_as_the_clean_form(tmp_path: Path, variant: str, layout: str) -> None:
    text = getattr(render, layout)(rows(invent(3, mistake="total"), VARIANTS[variant]))
    wrapped = degrade.wrapped_labels(text)
    assert wrapped != text
    clean = _read(tmp_path / "clean.txt", text)
    assert _read(tmp_path / "wrapped.txt", wrapped) == clean
    assert clean[1] == ["total_sum"] and len(clean[0]) > 3


def test_a_word_that_is_a_label_of_its_own_is_taken_whole() -> None:
    assert cut_inside_label("产出", "指标")
    assert not cut_inside_label("社会效益", "指标1:受益人数")  # a level's cell, then an indicator's name


def test_a_line_cut_inside_a_labels_bracket() -> None:
    assert cut_inside_brackets("产出指标(60分", ")") and cut_inside_brackets("满意度指标（10", "分）")
    assert not cut_inside_brackets("产出指标(60分)", ")")  # closed already
    assert not cut_inside_brackets("县(区│", "││││)得10分")  # a box's rules, no label's bracket


def test_a_weight_cut_off_its_label_is_read(tmp_path: Path) -> None:
    """One cell a line, the level's weight wrapped off its label (产出指标(60分 / )): the body line is whole again."""
    (tmp_path / "form.txt").write_text("项目支出绩效自评表\n一级指标\n产出指标(60分\n)\n数量指标\n", encoding="utf-8")
    assert "产出指标(60分)" in [line for line, _ in read_file(tmp_path / "form.txt").body]

"""Labels a wrap cut over two lines (年初 / 预算数) are joined again before any label is matched (``read.rejoin``):
a form whose column labels wrapped reads the figures of the clean form and finds the same mistakes, in every layout
and column variant (generated: ``tests/layouts``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read.rejoin import cut_inside_label
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

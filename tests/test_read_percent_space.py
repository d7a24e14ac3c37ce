"""A space between a number and its percent sign (``86.10 %``, as some PDFs set it: the ``percent_space``
perturbation) closed before any reading (``normalise_forms._close_percents``): a generated form in each text layout
reads the same rate and indicators and finds the same planted mistake; a ``%`` unit column in a flattened row
beside values that carry their own sign stays a column."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read.normalise_forms import close_percent
from layouts import render
from layouts.columns import FUNDS_ORDERS, INDICATOR_ORDERS, labelled, rows
from layouts.files import write
from layouts.model import assert_read_as_invented, invent

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.perturb_tables import percent_space  # noqa: E402  (the perturbation: one definition)


def test_close_percent() -> None:
    assert close_percent("执行率 86.10 %") == "执行率 86.10%"
    assert close_percent("≥95 ％") == "≥95 ％"  # full width is normalise_forms.fold_width's, before this


@pytest.mark.parametrize("layout", ["pipes", "row_lines", "flattened", "cell_lines"])
def test_a_form_with_spaced_percent_signs_reads_the_same_figures(tmp_path: Path, layout: str) -> None:
    p = invent(44, mistake="rate")
    text = percent_space(render.RENDERERS[layout](rows(p, labelled(FUNDS_ORDERS[0], INDICATOR_ORDERS[0]))))
    assert f"{p.rate} %" in text
    result = audit_paths([str(write(tmp_path, text))])
    (doc,) = result.files[0].documents
    assert_read_as_invented(doc, p)
    assert sorted(f.kind for f in result.findings if f.severity == "error") == ["execution_rate"]


def test_a_report_sentence_with_one_spaced_percent_sign(tmp_path: Path) -> None:
    """One spaced sign in a file that writes no other: a number run on from its sentence is closed (执行率100 %。)."""
    from jixiao.read.normalise_forms import _close_glued

    assert _close_glued("已完成拨付8010万元,执行率100 %。") == "已完成拨付8010万元,执行率100%。"
    assert _close_glued("≧ 95 % 100%") == "≧ 95 % 100%"  # a value, then its % unit column, flattened


def test_a_glued_run_of_amounts_closing_in_a_spaced_percent_sign() -> None:
    """A form's execution block run together (a preview: 年度资金总额:310.2154.741050%5) with its percent sign spaced: the
    whole run is closed up to its sign, so the glued reader sees the run it knows (not 154.741050 alone)."""
    from jixiao.read.normalise_forms import _close_glued

    assert _close_glued("年度资金总额:310.2154.741050 %5执行率*该指标分值") == "年度资金总额:310.2154.741050%5执行率*该指标分值"
    assert _close_glued("得分 12.5 % 100%") == "得分 12.5 % 100%"  # (a value standing apart: a column)

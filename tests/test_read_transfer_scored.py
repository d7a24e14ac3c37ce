"""Scored 转移支付 self-evaluation forms of the later templates (``layouts.scoredtransfer``: 中央对地方转移支付区域
绩效自评表, 专项转移支付绩效自评表, …资金绩效自评表; the execution block's 全年预算数/全年执行数/执行率/分值/得分 under
中央资金, 地方资金 and 其他资金; the indicators' 分值 and 得分 with or without 指标性质/度量单位 and 偏差原因; a 总分 or
合计 row) in the ways published text reaches users. Every indicator's weight and score, the execution block's weight
and score and the total are read, with no false finding; a 总分 that is not the scores' sum is reported; a row lost
to a wrapped name (a PDF's narrow column) or to cells run together past cutting leaves the sums unchecked instead
of reported wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.render import (
    cell_per_line,
    flattened,
    header_merged,
    lone_pipes,
    one_run,
    pipes,
    pipes_collapsed,
    pipes_rebroken,
    pipes_unled,
    row_lines,
    run_together,
    tabs,
    trailing_pipes,
    wrapped_cells,
)
from layouts.scoredtransfer import BLOCKS, TITLES, form

LAYOUTS = {"pipes": pipes, "pipes_collapsed": pipes_collapsed, "trailing_pipes": trailing_pipes, "lone_pipes": lone_pipes,
           "header_merged": header_merged, "tabs": tabs, "pipes_unled": pipes_unled, "cell_per_line": cell_per_line,
           "flattened": flattened, "row_lines": row_lines, "pipes_rebroken": pipes_rebroken}
RUN = {"one_run": one_run, "run_together": run_together}
# (seed, title, 指标性质/度量单位 columns, 偏差原因 column, total row's word, execution block)
VARIANTS = [(1, 0, True, True, "总分", 0), (1, 1, True, False, "合计", 1), (0, 2, False, True, "总分", 2),
            (0, 3, False, False, "合计", 3), (1, 2, True, True, "合计", 3)]


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "form.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _doc(path: Path):  # type: ignore[no-untyped-def]
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    assert len(docs) == 1
    return docs[0]


def _found(path: Path, *severities: str) -> list[tuple[str, str | None]]:
    """The audit's findings of these severities on the file, as (kind, row)."""
    return [(f.kind, f.row) for f in audit_paths([str(path)]).findings if f.severity in severities]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("variant", range(len(VARIANTS)))
def test_weights_scores_execution_and_total_read(tmp_path: Path, layout: str, variant: int) -> None:
    seed, title, nature, reason, word, block = VARIANTS[variant]
    rows, fig = form(seed, TITLES[title], nature, reason, word, block=block)
    path = _write(tmp_path, LAYOUTS[layout](rows))
    doc = _doc(path)
    assert [(i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators] == fig.indicators
    total = doc.funds["total"]
    assert (total.weight.dec, total.score.dec) == (fig.execution_weight, fig.execution_score)
    assert (total.annual_budget.dec, total.executed.dec) == (fig.budget, fig.executed)
    assert doc.total_score.dec == fig.total_score
    assert not _found(path, "error", "suspect")


@pytest.mark.parametrize("layout", ["pipes", "tabs", "header_merged", "lone_pipes"])
def test_the_nature_and_unit_columns_make_the_value(tmp_path: Path, layout: str) -> None:
    # ≤ | 1500 | 元/亩 | 1480: a target met under ≤, read whole as the one-cell templates print it
    rows, fig = form(1, nature=True, reason=True)
    doc = _doc(_write(tmp_path, LAYOUTS[layout](rows)))
    row = next(i for i in doc.indicators if i.level3.str_ == "亩均补助标准")
    assert (row.target.str_, row.actual.str_) == ("≤1500元/亩", "1480元/亩")


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_total_not_the_sum_is_found(tmp_path: Path, layout: str) -> None:
    rows, fig = form(0, TITLES[0], nature=layout != "flattened", planted=True)
    path = _write(tmp_path, LAYOUTS[layout](rows))
    assert _doc(path).total_score.dec == fig.total_score
    assert _found(path, "error") == [("total_sum", "总分")]


@pytest.mark.parametrize("seed", range(2))
def test_a_row_lost_to_a_wrapped_name_leaves_the_sums_unchecked(tmp_path: Path, seed: int) -> None:
    # one cell a line, a long name wrapped over two lines (工程设施持续发挥 / 效益年限): the reader cannot pair its
    # figures, so the rows read are a part and their sums prove nothing
    rows, fig = form(seed, TITLES[seed], nature=True, block=seed)
    path = _write(tmp_path, wrapped_cells(rows))
    assert not _found(path, "error", "suspect")


def test_the_execution_blocks_words() -> None:
    assert {b[0] for b in BLOCKS} >= {"资金情况(万元)", "资金执行情况(万元)"}


@pytest.mark.parametrize("weight_first", [False, True])
@pytest.mark.parametrize("layout", ["one_run", "run_together"])
def test_cells_run_together_read_by_the_forms_arithmetic(tmp_path: Path, layout: str, weight_first: bool) -> None:
    # PDF text with every separator lost (…项目验收合格率=100%100%1010…), 分值 before or after the values
    rows, fig = form(0, TITLES[2], nature=False, block=2, weight_first=weight_first)
    path = _write(tmp_path, RUN[layout](rows))
    doc = _doc(path)
    assert [(i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators] == fig.indicators
    assert (doc.funds["total"].weight.dec, doc.funds["total"].score.dec) == (fig.execution_weight, fig.execution_score)
    assert doc.total_score.dec == fig.total_score
    assert not _found(path, "error", "suspect")
    rows, fig = form(0, TITLES[2], nature=False, block=2, weight_first=weight_first, planted=True)
    path = _write(tmp_path, RUN[layout](rows))
    assert _found(path, "error") == [("total_sum", "总分")]


@pytest.mark.parametrize("weight_first", [False, True])
@pytest.mark.parametrize("layout", ["one_run", "run_together"])
def test_rows_run_together_past_cutting_leave_the_sums_unchecked(tmp_path: Path, layout: str, weight_first: bool) -> None:
    # with the 指标性质 and 度量单位 columns run in (≤1500元/亩148015 15) some rows have no one cut: they are said
    # unread, and the rows read are a part, so the weights' 100 and the 总分 are not checked against them
    rows, fig = form(0, TITLES[0], nature=True, block=2, weight_first=weight_first)
    path = _write(tmp_path, RUN[layout](rows))
    doc = _doc(path)
    assert set((i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators) <= set(fig.indicators)
    assert not _found(path, "error", "suspect")

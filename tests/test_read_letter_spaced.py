"""Labels and cells printed letter-spaced (项 目 名 称, 分 数, 预 算 到 位), as PDF text gives a header spread over
its cell: a cell of a row that is letter-spaced whole is one word (``despace.despace_cell``, ``despace_line`` for a
row between pipes the text reader kept as a body line), the 转移支付 forms' column labels are labels ``despace``
knows; generated forms (``tests/layouts/columns.py``, ``tests/layouts/transfer.py``) read the same figures and
find the same planted mistakes, and no misread column becomes an error."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read.despace import despace, despace_cell, despace_line
from layouts import render
from layouts.columns import FUNDS_ORDERS, INDICATOR_ORDERS, labelled, rows
from layouts.files import write
from layouts.model import assert_read_as_invented, invent
from layouts.transfer import MISTAKE_KINDS, grid
from layouts.transfer import invent as invent_transfer

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.corpus_perturb import label_spaces  # noqa: E402  (the perturbation: one definition)


def test_a_cell_letter_spaced_whole_is_one_word() -> None:
    assert despace_cell("分 数") == "分数"
    assert despace_cell(" 目 标 制 定 ") == " 目标制定 "
    assert despace_cell("分 值 得 分") == "分值 得分"  # the labels it spells
    assert despace_cell("类 款 项") == "类 款 项"  # three columns' labels, each a label of its own
    assert despace_cell("目标 制定") == "目标 制定"  # words, not letters
    assert despace_line("考核内容 | 分 数 | 备 注 |") == "考核内容 | 分数 | 备注 |"
    assert despace_line("目 标 制 定 10 9") == "目标制定 10 9"  # a short run of single characters is a word


def test_a_short_letter_spaced_run_in_a_line_without_separators_is_one_word() -> None:
    assert despace_line("目 标 制 定") == "目标制定"  # a cell on its own line
    assert despace_line("标 度") == "标 度"  # two cells' ends a row wrapped onto its next line (指 / 标, 满意 / 度)
    assert despace_line("质量指标 2 分 决 策 依 据 2 2") == "质量指标 2 分 决策依据 2 2"  # 分 is the number's unit
    assert despace_cell("任 务 分 解 (2分)") == "任务分解 (2分)"  # inside a cell, beside its weight
    for kept in ("类 款 项 合计 10", "优 良 中 差 10", "是 否 10", "收 项 入 目 支 16.50", "支 出 总 计 16.50",
                 "出 总 计 16.50", "一 级 指 标 10", "报送日期: 年 月 日"):
        assert despace_line(kept) == despace(kept)  # cells of their own, a longer run, labels: despace's to part


def _errors(tmp_path: Path, text: str) -> list[tuple[str, str | None]]:
    return sorted((f.kind, f.row) for f in audit_paths([str(write(tmp_path, text))]).findings
                  if f.severity == "error")


@pytest.mark.parametrize("layout", ["pipes", "pipes_collapsed", "trailing_pipes"])
def test_a_form_with_letter_spaced_labels_reads_the_same_figures(tmp_path: Path, layout: str) -> None:
    p = invent(41, mistake="rate")
    text = label_spaces(render.RENDERERS[layout](rows(p, labelled(FUNDS_ORDERS[0], INDICATOR_ORDERS[0]))))
    assert "分 值" in text or "得 分" in text
    result = audit_paths([str(write(tmp_path, text))])
    (doc,) = result.files[0].documents
    assert_read_as_invented(doc, p)
    assert sorted(f.kind for f in result.findings if f.severity == "error") == ["execution_rate"]


@pytest.mark.parametrize("mistake", [None, "rate"])
@pytest.mark.parametrize("shape", ["cell_lines", "row_lines"])
def test_a_transfer_form_with_letter_spaced_column_labels(tmp_path: Path, shape: str, mistake: str | None) -> None:
    """Before: 预 算 到 位 and 预 算 执 行 were no labels to ``despace``; the 2024 form's columns were placed without
    them and its deduction check (C = A − B) reported a false error."""
    t = invent_transfer(12, "rows2024", mistake, pooled=True)
    text = render.RENDERERS[shape](grid(t))
    for label in ("预算到位", "预算执行", "全年到位资金", "统筹整合资金数"):
        assert label in text
        text = text.replace(label, " ".join(label))
    errors = _errors(tmp_path, text)
    assert [k for k, _ in errors] == ([MISTAKE_KINDS[mistake]] if mistake else [])


@pytest.mark.parametrize("layout", ["pipes", "trailing_pipes"])
def test_indicator_names_letter_spaced_in_their_cells(tmp_path: Path, layout: str) -> None:
    """A name no label list holds (验 收 合 格 率), printed letter-spaced in its cell, is read as the one word it is."""
    p = invent(42)
    grid_ = [[" ".join(c) if c in {i.name for i in p.indicators} else c for c in row]
             for row in rows(p, labelled(FUNDS_ORDERS[0], INDICATOR_ORDERS[0]))]
    result = audit_paths([str(write(tmp_path, render.RENDERERS[layout](grid_)))])
    (doc,) = result.files[0].documents
    assert [(i.level3.value, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (i.name, i.weight, i.score) for i in p.indicators]
    assert [f for f in result.findings if f.severity == "error"] == []


_SHORT_NAMES = ["培训人次", "验收合格", "按期完工", "成本节约", "覆盖乡镇", "机制建立", "群众满意"]


@pytest.mark.parametrize("layout", ["cell_lines", "row_lines", "flattened"])
def test_short_names_letter_spaced_without_separators(tmp_path: Path, layout: str) -> None:
    """Before: a form printed a cell a line or a row a line, its labels and four-character names letter-spaced
    (培 训 人 次 ≥286人次 297人次 11.00 11.00), read no indicator at all. A name beside a value that is letter-spaced
    too (覆 盖 乡 镇 有 效 提 升 …: where one word ends no space says) may stay unread, never misread."""
    p = invent(43, mistake="rate")
    p.indicators = [replace(i, name=n) for i, n in zip(p.indicators, _SHORT_NAMES, strict=True)]
    text = label_spaces(render.RENDERERS[layout](rows(p, labelled(FUNDS_ORDERS[0], INDICATOR_ORDERS[0]))))
    assert "培 训 人 次" in text and "分 值" in text
    result = audit_paths([str(write(tmp_path, text))])
    (doc,) = result.files[0].documents
    read = {i.level3.value: (i.weight.dec, i.score.dec) for i in doc.indicators}
    planted = {i.name: (i.weight, i.score) for i in p.indicators}
    with_digits = {i.name for i in p.indicators if any(ch.isdigit() for ch in i.target)}
    assert with_digits <= set(read) and all(read[name] == planted[name] for name in read)
    if layout == "cell_lines":
        assert read == planted
    assert sorted(f.kind for f in result.findings if f.severity == "error") == ["execution_rate"]


def test_a_rule_tables_header_spaced_whole_is_its_labels() -> None:
    """A rule table's header run along one line, every label letter-spaced (评价内容 standing between): the weight's
    column (标准分值) and the three levels printed short are labels, each joined, the spaces between them kept."""
    line = "评 价 指 标 评价内容(标准) 标 准 分 值 一 级 二 级 三 级 依据的充分性"
    assert despace_line(line) == "评价指标 评价内容(标准) 标准分值 一级 二级 三级 依据的充分性"


def test_a_wrapped_headers_first_halves_letter_spaced() -> None:
    """年度 ⏎ 指标值, 实际 ⏎ 完成值: a header whose labels wrapped leaves their first halves on a line of their own, and
    PDF text letter-spaces them with the labels beside (年 度 实 际 分 值 得 分, 六安 裕安区 2022's form perturbed):
    each half is a word, so the header's columns stay apart."""
    assert despace_line("绩 效 指 标 一 级 指 标 二 级 指 标 三 级 指 标 年 度 实 际 分 值 得 分 偏差原因分析及改进措施") == \
        "绩效指标 一级指标 二级指标 三级指标 年度 实际 分值 得分 偏差原因分析及改进措施"
    assert despace_line("指 标 值 完 成 值") == "指标值 完成值"

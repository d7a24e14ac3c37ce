"""The last-resort reading of a form by its labels' meaning (``recognise.bylabels``), on forms generated with their
structure damaged (``layouts.bylabels``: cells one a line, rows run together, columns interleaved, a blank cell
vanished, labels each followed by their number; three wordings of the labels): the figures read, a planted mistake
found when every value was read whole, no error when a placement was chosen, and a hostile input read fast."""

from __future__ import annotations

import time
from decimal import Decimal
from pathlib import Path

import pytest

import jixiao.read as read
from jixiao.audit import audit_paths
from jixiao.core.records import COLUMNS_ASSUMED, HALF_READ, Document
from jixiao.read import read_file
from jixiao.read.recognise import bylabels
from layouts.bylabels import DAMAGES, WORDINGS, damaged_text
from layouts.files import write
from layouts.model import Project, invent


def _read(tmp_path: Path, text: str) -> Document:
    docs = bylabels.recognise(read_file(write(tmp_path, text)))
    assert len(docs) == 1
    return docs[0]


@pytest.mark.parametrize("wording", range(len(WORDINGS)))
@pytest.mark.parametrize("damage", DAMAGES)
def test_the_figures_are_read_by_their_labels(tmp_path: Path, damage: str, wording: int) -> None:
    p = invent(7 + wording)
    doc = _read(tmp_path, damaged_text(p, damage, wording))
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec, t.rate.dec, t.weight.dec, t.score.dec) == (
        p.budget, p.executed, p.rate, p.exec_weight, p.exec_score)
    assert t.initial_budget.dec == (None if damage in ("vanished", "label_value") else p.initial)
    assert [(i.level3.value, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (i.name, i.weight, i.score) for i in p.indicators]
    assert [i.level1.value for i in doc.indicators] == [i.level1 for i in p.indicators]
    assert (doc.total_weight.dec, doc.total_score.dec) == (p.total_weight, p.total)
    assert doc.title == p.name and doc.type == "project_self_evaluation"
    assert doc.extra[HALF_READ] and "仅按标签" in doc.problems[0].message


def _audit(tmp_path: Path, text: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    monkeypatch.setattr(read, "recognise_documents", bylabels.recognise)  # the reader alone (forced, as the bench)
    result = audit_paths([str(write(tmp_path, text, "audited.txt"))])
    # (the invented rows' scores are not proportional to their targets: partial_score is the generator's, not read)
    return [(f.severity, f.kind) for f in result.findings if f.severity != "info" and f.kind != "partial_score"]


def test_a_planted_rate_is_an_error_when_every_value_was_read_whole(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    p = invent(11, mistake="rate")
    assert _audit(tmp_path, damaged_text(p, "one_a_line"), monkeypatch) == [("error", "execution_rate")]


def test_a_planted_score_over_its_weight_is_found_when_the_rows_were_read_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A row read one cell a column keeps a score over its weight (the form's, never dropped as a misreading): an
    error when the funds row too was read whole, a suspicion when its numbers were placed."""
    p = invent(16, mistake="score_over_weight")
    assert _audit(tmp_path, damaged_text(p, "one_a_line"), monkeypatch) == [("error", "score_bounds")]
    assert _audit(tmp_path, damaged_text(p, "vanished"), monkeypatch) == [("suspect", "score_bounds")]


@pytest.mark.parametrize("damage", ["vanished", "run_together"])
def test_no_error_where_the_numbers_were_placed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str) -> None:
    """A row whose numbers were placed (a cell vanished, the digits run together): a planted rate is a suspicion to
    check, never an arithmetic error, and a consistent form gives neither."""
    planted = _audit(tmp_path, damaged_text(invent(11, mistake="rate"), damage), monkeypatch)
    assert planted and all(sev == "suspect" for sev, _ in planted) or damage == "run_together" and not planted
    assert _audit(tmp_path, damaged_text(invent(12), damage), monkeypatch) == []


@pytest.mark.parametrize("wording", [0, 1])
@pytest.mark.parametrize("damage", ["interleaved", "vanished"])
def test_the_execution_weight_printed_in_a_label(tmp_path: Path, damage: str, wording: int) -> None:
    """No 分值 column: the weight printed in the score's label (得分 (20分*执行率)) is the row's, as its score says."""
    p = invent(15, exec_weight=20)
    text = damaged_text(p, damage, wording, weight_in_label=True)
    assert "(20分*执行率)" in text and f" {WORDINGS[wording][3]} " not in text.split("一级指标")[0]
    t = _read(tmp_path, text).funds["total"]
    assert (t.weight.dec, t.score.dec, t.executed.dec, t.rate.dec) == (p.exec_weight, p.exec_score, p.executed, p.rate)


def test_a_placement_chosen_by_arithmetic_is_said(tmp_path: Path) -> None:
    doc = _read(tmp_path, damaged_text(invent(13), "vanished"))
    said = " ".join(x.message for x in doc.problems)
    assert "5个数值放在6个栏目下" in said and "勾稽关系" in said and doc.extra[COLUMNS_ASSUMED]


def test_rows_the_sums_do_not_confirm_are_not_kept(tmp_path: Path) -> None:
    """A row not read one cell a column (its target vanished) when the rows make neither the total's weight nor its
    score (that row's weight and score each printed one more, as a row read out of line would give): that row is
    not kept, the rows read one cell a column are, and the reading says so."""
    p: Project = invent(14)
    row = next(i for i in p.indicators if i.weight == i.score)
    was = f"\n{row.name}\n{row.target}\n{row.actual}\n{row.weight:.2f}\n{row.score:.2f}\n"
    text = damaged_text(p, "one_a_line")
    assert was in text
    text = text.replace(was, f"\n{row.name}\n{row.actual}\n{row.weight + 1:.2f}\n{row.score + 1:.2f}\n")
    doc = _read(tmp_path, text)
    assert [(i.level3.value, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (i.name, i.weight, i.score) for i in p.indicators if i is not row]
    assert "其余1行可能错位，未读取" in " ".join(x.message for x in doc.problems)
    assert doc.funds["total"].executed.dec == p.executed


def test_rows_read_one_cell_a_column_are_kept_as_printed(tmp_path: Path) -> None:
    """The same misprint on a row read one cell a column: the rows are read as printed (the sums are the audit's)."""
    p: Project = invent(14)
    row = next(i for i in p.indicators if i.weight == i.score)
    was = f"\n{row.name}\n{row.target}\n{row.actual}\n{row.weight:.2f}\n{row.score:.2f}\n"
    text = damaged_text(p, "one_a_line").replace(was, f"\n{row.name}\n{row.target}\n{row.actual}\n"
                                                      f"{row.weight + 1:.2f}\n{row.score + 1:.2f}\n")
    doc = _read(tmp_path, text)
    assert [(i.level3.value, i.weight.dec) for i in doc.indicators if i.level3.value == row.name] == [
        (row.name, row.weight + 1)]
    assert "一一对应" in " ".join(x.message for x in doc.problems)


def test_a_score_table_is_no_form_of_rows(tmp_path: Path) -> None:
    """A score table's header (分值, 评分标准, 得分) names no target nor actual: its rows are not read as a form's."""
    text = "项目名称 示例项目 预算数 100 执行数 90 一级指标 二级指标 分值 评分标准 得分 决策 目标设定 10 完整得10分 9 合计 100 90\n"
    doc = _read(tmp_path, text)
    assert doc.indicators == [] and doc.funds["total"].executed.dec == Decimal(90)


def test_a_hostile_long_input_reads_fast(tmp_path: Path) -> None:
    words = ["项目名称", "示例", "预算数", "执行数", "执行率", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    text = " ".join(words + ["指标", "1", "2", "3"] * 30_000) + "\n" + "年度资金总额 " + "1" * 5000 + "\n"
    path = write(tmp_path, text)
    fr = read_file(path)
    start = time.perf_counter()
    bylabels.recognise(fr)
    assert time.perf_counter() - start < 1.0

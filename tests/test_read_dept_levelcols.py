"""Department score tables whose levels carry their weights in columns of their own (the 湖南 指标表: 一级指标 | 分值 |
二级指标 | 分值 | 三级指标 | 分值 | 评价标准 | 指标说明 | 得分), their cells one a line or their rows flattened: every
row's levels, weight and score are read, the figures inside an explanation are no score, a table printed after a
三公 table is read too, a total that is not the rows' sum is found, and nothing false is flagged (generators in
``tests/layouts/levelcols``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.core.records import Document
from layouts.levelcols import LevelTable, invent_levels, level_rows
from layouts.render import RENDERERS, cell_per_line

LAYOUTS = {"cell_lines": RENDERERS["cell_lines"], "cell_per_line": cell_per_line, "row_lines": RENDERERS["row_lines"],
           "flattened": RENDERERS["flattened"]}


def _audit(tmp_path: Path, text: str) -> tuple[list[Document], list]:  # type: ignore[type-arg]
    p = tmp_path / "score.txt"
    p.write_text(text, encoding="utf-8")
    result = audit_paths([str(p)])
    return result.files[0].documents, list(result.findings)


def _scores(docs: list[Document]) -> Document:
    found = [d for d in docs if d.type == "dept_evaluation"]
    assert len(found) == 1
    return found[0]


def _expected(t: LevelTable) -> list[tuple[str, str, str, object, object]]:
    return [(f"{r.level1}({t.weights[r.level1]}分)", f"{r.level2}({t.weights[r.level2]}分)", r.name, r.weight, r.score)
            for r in t.rows]


def _read(doc: Document) -> list[tuple[str, str, str, object, object]]:
    return [(i.level1.str_ or "", i.level2.str_ or "", i.level3.str_ or "", i.weight.dec, i.score.dec)
            for i in doc.indicators]


# (rows flattened under a 分值 header were read by the score-table reader already: the cases it did not read)
CASES = [(layout, word) for layout in sorted(LAYOUTS) for word in ("分值", "得分")
         if word == "得分" or layout in ("cell_lines", "cell_per_line")]


@pytest.mark.parametrize(("layout", "weight_word"), CASES)
@pytest.mark.parametrize("seed", [1, 4])
def test_every_row_of_a_level_weight_column_table_is_read(tmp_path: Path, layout: str, weight_word: str,
                                                          seed: int) -> None:
    t = invent_levels(seed)
    docs, findings = _audit(tmp_path, LAYOUTS[layout](level_rows(t, weight_word, seed)))
    doc = _scores(docs)
    assert _read(doc) == _expected(t)
    assert (doc.total_weight.dec, doc.total_score.dec) == (t.total_weight, t.total_score)
    assert not [f for f in findings if f.severity == "error"]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_score_printed_before_the_texts_is_read(tmp_path: Path, layout: str) -> None:
    """… | 三级指标 | 分值 | 得分 | 指标解释 | 评价标准: the score right after the row's weight, the texts after it."""
    t = invent_levels(7)
    docs, findings = _audit(tmp_path, LAYOUTS[layout](level_rows(t, "分值", 7, score_first=True)))
    assert _read(_scores(docs)) == _expected(t)
    assert not [f for f in findings if f.severity == "error"]


@pytest.mark.parametrize(("layout", "weight_word"), [("cell_per_line", "分值"), ("row_lines", "得分")])
def test_a_total_that_is_not_the_rows_sum_is_found(tmp_path: Path, layout: str, weight_word: str) -> None:
    t = invent_levels(2, "total")
    docs, findings = _audit(tmp_path, LAYOUTS[layout](level_rows(t, weight_word)))
    assert _scores(docs).total_score.dec == t.total_score
    errors = [f for f in findings if f.severity == "error"]
    assert errors and all(str(t.total_score) in f.message or f.reported == str(t.total_score) for f in errors)


def test_a_table_printed_after_a_sangong_table_is_read_too(tmp_path: Path) -> None:
    t = invent_levels(6)
    sangong = [["“三公”经费表"], ["项目", "2019年决算数", "2020年预算数", "2020年决算数"],
               ["三公经费", "29.08", "63.46", "44.29"], ["公务接待", "17.22", "22", "4.99"],
               ["公务用车购置和维护经费", "11.86", "41.46", "39.30"]]
    docs, findings = _audit(tmp_path, cell_per_line(sangong + level_rows(t)))
    assert _read(_scores(docs)) == _expected(t)
    assert not [f for f in findings if f.severity == "error" and f.row and "指标" in f.row]


def test_a_table_of_weights_and_rules_without_scores_is_no_score_table(tmp_path: Path) -> None:
    """The same layout with its 得分 column blank: a rule table's, left to the rule readers."""
    t = invent_levels(3)
    rows = [r[:-1] + [""] if r[0] != "部门整体支出绩效评价指标表" and r[:1] != ["一级指标"] else r for r in level_rows(t)]
    from jixiao.read import read_file
    from jixiao.read.recognise import scoretable_levelcols

    p = tmp_path / "rules.txt"
    p.write_text(cell_per_line(rows), encoding="utf-8")
    assert scoretable_levelcols.recognise(read_file(p)) == []


@pytest.mark.parametrize("render", ["run_together", "one_run"])
@pytest.mark.parametrize("mistake", [None, "total"])
def test_a_total_whose_weight_and_score_ran_together_is_cut_by_the_full_marks(tmp_path: Path, render: str,
                                                                              mistake: str | None) -> None:
    """合计5850 (the weight 58 and the score 50 with no separator left between them): never a score of 5850 and a
    false sum error; cut where the weight is the rows' weights together, the score then held against the rows'."""
    from layouts.render import one_run, run_together

    t = invent_levels(1, mistake)
    docs, findings = _audit(tmp_path, {"run_together": run_together, "one_run": one_run}[render](level_rows(t, "分值", 1)))
    doc = _scores(docs)
    assert (doc.total_weight.dec, doc.total_score.dec) == (t.total_weight, t.total_score)
    errors = [f for f in findings if f.severity == "error"]
    if mistake is None:
        assert errors == []
    else:
        assert [f.kind for f in errors] == ["total_sum"]

"""A score table's printed grade (优秀/良好/中/差, 优/良/中/差, A/B/C/D) is checked against the bands the table
states, else the framework's, with the grade names mapped (优秀 = 优 …); where the bands are unknown the check
says it could not be made, never a false error. Fixtures are generated score tables (``tests/layouts``) with
invented figures, a band note and a planted wrong grade."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.audit import audit_paths
from jixiao.audit.totals import DEFAULT_GRADES, check_grade, grade_of
from jixiao.core.records import Document, Val
from jixiao.core.source import Source
from jixiao.read import read_path
from jixiao.read.recognise.gradebands import canon, stated_bands
from layouts.files import write
from layouts.labeltree import TreeTable, invent_tree
from layouts.runlabels import SCORED_LAYOUTS


def _hundred(t: TreeTable) -> TreeTable:
    """The invented table made a 100-point one: its last row takes the weight (and score) that is missing."""
    last = t.leaves[-1]
    more = 100 - sum(x.weight for x in t.leaves)
    last.weight += more
    last.score = (last.score or Decimal(0)) + more
    for key in (last.level1, last.level2):
        t.label_weights[key] += more
    t.total = sum((x.score or Decimal(0) for x in t.leaves), Decimal(0))
    return t


def _audit(tmp_path: Path, seed: int, grade: str, note: str = "", hundred: bool = False,
           layout: str = "run_together") -> tuple[Document, list[tuple[str, str, str | None, str | None]]]:
    t = _hundred(invent_tree(seed)) if hundred else invent_tree(seed)
    text = SCORED_LAYOUTS[layout](t).rstrip("\n") + f" 评价等级：{grade}\n" + (f"{note}\n" if note else "")
    path = write(tmp_path, text, "score.txt")
    docs = read_path(path).documents
    assert len(docs) == 1 and docs[0].total_score.dec == t.total
    found = [(f.kind, f.severity, f.reported, f.recomputed) for f in audit_paths([str(path)]).findings
             if f.kind in ("grade", "cannot_verify")]
    return docs[0], found


def _note(total: Decimal) -> tuple[str, int, int]:
    """A band note whose 良好 band holds ``total`` (the framework's bands would call it 差)."""
    top, low = int(total) + 2, int(total) - 5
    return (f"注：评价结果分为三个等级：{top}分（含）以上为优秀，{low}（含）-{top}分为良好，{low}分以下为较差。",
            top, low)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_tables_own_bands_decide_and_names_are_mapped(tmp_path: Path, seed: int) -> None:
    total = invent_tree(seed).total
    assert total is not None and total < 60  # the framework's bands would say 差
    note, _, _ = _note(total)
    doc, found = _audit(tmp_path, seed, "良", note)
    assert doc.grade.str_ == "良"
    assert found == []  # 良 = 良好 by the table's own bands; the framework's 差 does not apply
    _, found = _audit(tmp_path, seed, "优秀", note)  # the planted mistake
    assert found == [("grade", "error", "优秀", "良好")]


@pytest.mark.parametrize("seed", [1, 2, 4])
def test_without_stated_bands_the_frameworks_apply_with_names_mapped(tmp_path: Path, seed: int) -> None:
    total = _hundred(invent_tree(seed)).total
    assert total is not None
    short = grade_of(total)
    assert short is not None
    right = {"优": "优秀", "良": "良好", "中": "中等", "差": "较差"}[short]  # named as many tables name them
    wrong = "较差" if short != "差" else "优秀"
    assert _audit(tmp_path, seed, right, hundred=True)[1] == []
    assert _audit(tmp_path, seed, wrong, hundred=True)[1] == [("grade", "error", wrong, short)]


def test_not_on_100_points_the_frameworks_bands_do_not_apply(tmp_path: Path) -> None:
    """A table of 50 points whose total is 47 may well be 优: without bands of its own it is not checked."""
    doc, found = _audit(tmp_path, 1, "优")
    assert doc.total_score.dec == Decimal("47.0") and found == [("cannot_verify", "info", "优", None)]


@pytest.mark.parametrize("grade", ["合格", "B"])
def test_a_grade_no_known_band_names_is_not_checked(tmp_path: Path, grade: str) -> None:
    doc, found = _audit(tmp_path, 2, grade, hundred=True)  # no stated bands; the framework's name neither
    assert doc.grade.str_ == grade and found == [("cannot_verify", "info", grade, None)]


@pytest.mark.parametrize("seed", [1, 3])
def test_letter_grades_are_checked_against_the_bands_the_table_states(tmp_path: Path, seed: int) -> None:
    total = invent_tree(seed).total
    assert total is not None
    top, low = int(total) + 1, int(total) - 4  # B holds the total
    note = f"注：评价等级：A级：总分≥{top}；B级：{low}≤总分<{top}；C级：总分<{low}。"
    assert _audit(tmp_path, seed, "B", note)[1] == []
    assert _audit(tmp_path, seed, "A", note)[1] == [("grade", "error", "A", "B级")]


def test_project_forms_map_grade_names_too() -> None:
    """优秀 on a form whose framework calls the band 优 is right, not an error (it was one before)."""
    doc = Document(type="project_self_evaluation", title="自评表", source=Source("t.txt"), total_score=Val(Decimal("92"), "92"), grade=Val("优秀", "优秀"))
    assert check_grade(doc, DEFAULT_GRADES, True) == []
    doc.grade = Val("良好", "良好")
    assert [(f.kind, f.recomputed) for f in check_grade(doc, DEFAULT_GRADES, True)] == [("grade", "优")]


@settings(max_examples=60, deadline=None)
@given(st.integers(61, 99), st.integers(1, 30), st.integers(0, 1000))
def test_stated_bands_place_every_total(top: int, gap: int, tenths: int) -> None:
    low = top - gap
    total = Decimal(tenths) / 10
    bands = stated_bands([f"{top}分（含）以上为优秀，{low}（含）-{top}分为良好，{low}分以下为差。"])
    holding = {canon(b.grade) for b in bands if b.holds(total)}
    want = "优" if total >= top else "良" if total >= low else "差"
    assert want in holding and (len(holding) == 1 or total == low)


def test_rate_tiers_are_not_grade_bands() -> None:
    assert stated_bands(["满意度90%以上为优，80%以上为良"]) == ()
    assert stated_bands(["完成的为优，未完成为差"]) == ()

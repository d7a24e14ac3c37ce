"""A report scored section by section (``layouts.transfer_sections``: six numberings × the score in the heading four
ways or closing the paragraph six ways, the weight in the heading's bracket five ways or not printed, a rule's points in
some paragraphs): every part's score (and weight) is read, the total is the report's own and not a part's, a score
planted above its weight is reported at its row; read from the outline, the rows are half read (no sum checked)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.core.records import HALF_READ
from jixiao.read import read_path
from layouts.transfer_kinds import page_wrapped
from layouts.transfer_sections import IN_HEADING, IN_PARAGRAPH, NUMBERS, outline, report

SAID = range(len(IN_HEADING) + len(IN_PARAGRAPH))


def _doc(path: Path, kind: str = "transfer"):  # type: ignore[no-untyped-def]
    docs = [d for d in read_path(path).documents if (d.extra.get("form") == "transfer") == (kind == "transfer")]
    assert len(docs) == 1
    return docs[0]


def _read(doc) -> list[tuple[str, object, object]]:  # type: ignore[no-untyped-def]
    return [(i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators]


@pytest.mark.parametrize("said", SAID)
@pytest.mark.parametrize("heading", range(len(NUMBERS)))
def test_the_parts_scores_and_the_total_read(tmp_path: Path, heading: int, said: int) -> None:
    text, parts, total = report(heading + said, heading, said)
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    doc = _doc(path)
    assert _read(doc) == parts
    assert doc.total_score.dec == total
    assert HALF_READ in doc.extra
    assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]


@pytest.mark.parametrize("said", SAID)
def test_a_project_report_scored_so(tmp_path: Path, said: int) -> None:
    text, parts, total = report(said, said % len(NUMBERS), said, kind="project")
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    doc = _doc(path, "project")
    assert _read(doc) == parts
    assert doc.total_score.dec == total


@pytest.mark.parametrize("said", SAID)
def test_a_score_above_its_weight_is_found_at_its_row(tmp_path: Path, said: int) -> None:
    text, parts, _ = report(3, 1, said, planted=True)
    if parts[-1][1] is None:
        text, parts, _ = report(4, 1, said, planted=True)
    assert parts[-1][1] is not None
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    found = [(f.kind, f.row) for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]
    assert ("score_bounds", parts[-1][0]) in found


@pytest.mark.parametrize("said", SAID)
def test_sentences_wrapped_by_a_pdf_page(tmp_path: Path, said: int) -> None:
    text, parts, total = report(2, 0, said)
    path = tmp_path / "report.txt"
    path.write_text(page_wrapped(text, 19), encoding="utf-8")
    doc = _doc(path)
    assert _read(doc) == parts
    assert doc.total_score.dec == total


def test_a_part_given_two_scores_is_not_read(tmp_path: Path) -> None:
    text, parts, _ = report(5, 2, len(IN_HEADING))
    name = parts[0][0]
    at = text.index(name)
    cut = text.index("\n", text.index("\n", at) + 1)
    text = text[:cut] + f"复核后得{parts[0][2] - 1}分。" + text[cut:]
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    assert name not in [i.level3.str_ for i in _doc(path).indicators]


def test_a_heading_about_the_score_is_the_reports_total(tmp_path: Path) -> None:
    """二、自评得分情况 ⏎ 本项目自评得分95分: the whole's score under its own heading is no part."""
    text = ("示例县2023年度示例补助资金绩效自评报告\n全年下达示例补助资金120万元。\n一、资金投入情况\n资金已全部到位。\n"
            "二、自评得分情况\n本次自评得95分。\n三、存在问题\n无。\n")
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    assert not _doc(path).indicators


@pytest.mark.parametrize("seed", range(4))
def test_an_untitled_outline_scored_part_by_part_is_a_report(tmp_path: Path, seed: int) -> None:
    """The excerpt starts at 一、投入(20分): the weights in its headings do not make it a rule table, since each part's
    paragraph closes with its self-score; it is a self-evaluation report and its leaves are read."""
    text, leaves = outline(seed)
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    docs = read_path(path).documents
    assert [d.type for d in docs] == ["project_self_evaluation"]
    assert _read(docs[0]) == leaves


def test_the_same_outline_without_self_scores_is_a_rule_table(tmp_path: Path) -> None:
    text, _ = outline(1, scored=False)
    path = tmp_path / "rules.txt"
    path.write_text("示例县项目绩效评价指标体系\n" + text, encoding="utf-8")
    assert [d.type for d in read_path(path).documents] == ["assessment_rules"]

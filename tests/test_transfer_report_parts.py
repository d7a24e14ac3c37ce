"""A 转移支付 report that states its indicators' scores in its text (``layouts.transfer_parts``: in the headings'
brackets or in sentences, eight wordings), its total said after them in the same words (自评得分): every indicator's
weight and score is read, the total is the report's own and not an indicator's, and a score planted above its weight
is reported at its row. Read from sentences, the rows are marked half read: no sum is checked over them."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.core.records import HALF_READ
from jixiao.read import read_path
from layouts.transfer_kinds import page_wrapped
from layouts.transfer_parts import WORDINGS, report


def _doc(path: Path):  # type: ignore[no-untyped-def]
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    assert len(docs) == 1
    return docs[0]


@pytest.mark.parametrize("wording", range(len(WORDINGS)))
@pytest.mark.parametrize("seed", range(3))
def test_the_parts_scores_and_the_total_read(tmp_path: Path, wording: int, seed: int) -> None:
    text, indicators, total = report(seed, wording)
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    doc = _doc(path)
    assert [(i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators] == indicators
    assert doc.total_score.dec == total
    assert (HALF_READ in doc.extra) == (wording >= 2)
    assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]


@pytest.mark.parametrize("wording", range(len(WORDINGS)))
def test_a_score_above_its_weight_is_found_at_its_row(tmp_path: Path, wording: int) -> None:
    text, indicators, _ = report(7, wording, planted=True)
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    # (read from prose, a figure that disagrees is a suspicion: the words may be read wrong)
    found = [(f.kind, f.row) for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]
    assert ("score_bounds", indicators[-1][0]) in found


@pytest.mark.parametrize("wording", range(2, len(WORDINGS)))
def test_sentences_wrapped_by_a_pdf_page(tmp_path: Path, wording: int) -> None:
    """A PDF page's width cuts the sentences anywhere (inside a name or a number): the scores are still read."""
    text, indicators, total = report(1, wording)
    path = tmp_path / "report.txt"
    path.write_text(page_wrapped(text, 17), encoding="utf-8")
    doc = _doc(path)
    assert [(i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators] == indicators
    assert doc.total_score.dec == total


def test_an_indicator_given_two_scores_is_not_read(tmp_path: Path) -> None:
    text, _, _ = report(2, 2)
    text = text.replace("。\n三、", "；产出指标满分50分，自评得分41分。\n三、")
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    assert not _doc(path).indicators

"""河北's weighted self-evaluation form (``layouts/weighted.py``): its 自评得分 split into 单项指标得分 | 权重占比(%) |
单项指标折算得分 under a second header line, each indicator row closing in the three (``recognise.streamconverted``).
The share is the row's weight and the first figure its score, read only when the row's own product confirms them;
a row whose product fails is said and not read; a score over its share is found; no misread is an error."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts import weighted
from layouts.files import write


def _read(tmp_path: Path, form: list[weighted.Row]):  # the audit, and the one form read with its rows
    result = audit_paths([str(write(tmp_path, weighted.text(form)))])
    docs = [d for d in result.documents if d.indicators]
    assert len(docs) == 1, [(d.title, len(d.indicators)) for d in result.documents]
    assert not [x.kind for x in result.findings if x.severity == "error"] or any(
        r.score > r.weight for r in form)
    return result, docs[0]


@pytest.mark.parametrize("seed", range(6))
def test_each_row_reads_its_score_and_weight_share(tmp_path: Path, seed: int) -> None:
    form = weighted.invent(seed)
    result, doc = _read(tmp_path, form)
    assert {r.level3.str_: (r.weight.dec, r.score.dec) for r in doc.indicators} == {
        r.name: (r.weight, r.score) for r in form}
    assert any("折算得分" in p.message for p in doc.problems)


def test_a_row_whose_product_fails_is_said_not_read(tmp_path: Path) -> None:
    form = weighted.invent(3, wrong_product=True)
    result, doc = _read(tmp_path, form)
    read = {r.level3.str_: r.weight.dec for r in doc.indicators if r.weight.dec is not None}
    assert form[1].name not in read
    assert read == {r.name: r.weight for r in form if r is not form[1]}
    assert any("折算得分不成立" in p.message for p in doc.problems)


def test_a_score_over_its_share_is_found(tmp_path: Path) -> None:
    form = weighted.invent(4, over=True)
    result, doc = _read(tmp_path, form)
    row = next(r for r in doc.indicators if r.level3.str_ == form[2].name)
    assert (row.weight.dec, row.score.dec) == (form[2].weight, form[2].score)
    assert row.score.dec is not None and row.weight.dec is not None and row.score.dec > row.weight.dec
    assert [x for x in result.findings if form[2].name in (x.message or "")], [x.message for x in result.findings]
    assert Decimal(0) < form[2].weight

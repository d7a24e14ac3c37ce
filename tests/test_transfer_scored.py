"""A 转移支付 form with a scored indicator block (分值 and 得分, a 总分 row), generated with invented figures
(``layouts.transfer_scored``), in the layouts published pages give: pipes, one cell a line ending " |" with a
blank cell as a lone "|" (read as row breaks, which runs the goals' text into the header's row), one cell a run
of lines closed by "|", the header's line holding the first data row (PDF text), one cell a line. Every
indicator's weight and score is read; a score planted above its weight is reported at its row."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.render import cell_per_line, header_merged, lone_pipes, pipes, pipes_collapsed, trailing_pipes
from layouts.transfer_scored import scored

LAYOUTS = {"pipes": pipes, "pipes_collapsed": pipes_collapsed, "trailing_pipes": trailing_pipes,
           "lone_pipes": lone_pipes, "header_merged": header_merged, "cell_per_line": cell_per_line}


def _doc(path: Path):  # type: ignore[no-untyped-def]
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    assert len(docs) == 1
    return docs[0]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("seed", range(4))
def test_weights_and_scores_read(tmp_path: Path, layout: str, seed: int) -> None:
    # (one cell a line, a 偏差原因 after the score is read into the row's name: the stream reader's limit, not
    # this test's; there every value is met and no reason is printed)
    rows, indicators = scored(seed, weight_first=seed % 2 == 1, funds_scored=seed < 2, met=layout == "cell_per_line")
    path = tmp_path / "form.txt"
    path.write_text(LAYOUTS[layout](rows), encoding="utf-8")
    doc = _doc(path)
    assert [(i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators] == indicators
    assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_score_above_its_weight_is_found_at_its_row(tmp_path: Path, layout: str) -> None:
    rows, indicators = scored(5, planted=True)
    bad = next(name for name, weight, score in indicators if score > weight)
    path = tmp_path / "form.txt"
    path.write_text(LAYOUTS[layout](rows), encoding="utf-8")
    found = [(f.kind, f.row) for f in audit_paths([str(path)]).findings if f.severity == "error"]
    assert ("score_bounds", bad) in found

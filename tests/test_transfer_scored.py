"""A 转移支付 form with a scored indicator block (分值 and 得分, a 总分 row), generated with invented figures
(``layouts.transfer_scored``), in the layouts published pages give: pipes, one cell a line ending " |" with a
blank cell as a lone "|" (read as row breaks, which runs the goals' text into the header's row), one cell a run
of lines closed by "|", the header's line holding the first data row (PDF text), one cell a line, pipes broken
every five cells whatever the rows (the rows we get are not the table's: cells no column takes send the reader
to the text stream; a reading of a part is never summed). Every
indicator's weight and score is read; a score planted above its weight is reported at its row."""

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
    pipes,
    pipes_collapsed,
    pipes_rebroken,
    trailing_pipes,
)
from layouts.transfer_scored import scored, two_row_header

LAYOUTS = {"pipes": pipes, "flattened": flattened, "pipes_collapsed": pipes_collapsed, "trailing_pipes": trailing_pipes,
           "lone_pipes": lone_pipes, "header_merged": header_merged, "cell_per_line": cell_per_line,
           "pipes_rebroken": pipes_rebroken}


def _doc(path: Path):  # type: ignore[no-untyped-def]
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    assert len(docs) == 1
    return docs[0]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("seed", range(4))
def test_weights_and_scores_read(tmp_path: Path, layout: str, seed: int) -> None:
    # (read from the text stream, a 偏差原因 after the score goes into the row's name: the stream reader's limit,
    # not this test's; there every value is met and no reason is printed)
    stream = layout in ("cell_per_line", "pipes_rebroken")
    rows, indicators = scored(seed, weight_first=seed % 2 == 1, funds_scored=seed < 2, met=stream)
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


def test_rows_broken_every_few_cells_never_make_an_error(tmp_path: Path) -> None:
    """Where neither the rows nor the stream give the indicator table whole, what was read is half read: the
    總分 is not checked against a sum of a part (no total_sum error)."""
    rows, _ = scored(0, met=True)
    header = next(k for k, r in enumerate(rows) if "三级指标" in r)
    rows[header] = [c for c in rows[header] if c not in ("分值", "得分")]  # the header's 分值 and 得分 lost
    path = tmp_path / "form.txt"
    path.write_text(pipes_rebroken(rows), encoding="utf-8")
    assert not [f for f in audit_paths([str(path)]).findings if f.severity == "error"]


# The header's words for the value columns as provinces print them: (指标值, 实际完成值, 分值, 得分).
LABELS = (("年度指标值", "全年实际值", "指标分值", "实际得分"), ("目标值", "实际完成值", "满分", "得分"),
          ("年度目标值", "全年完成值", "权重", "自评得分"), ("指标值", "实际完成情况", "标准分", "评价得分"),
          # 评分 alone (the end of 自评分 to the column model), 考核得分 (考核 of 考核分值, then 得分), 复核得分
          ("年度目标值", "实际完成值", "分值", "评分"), ("指标值", "完成值", "权重", "考核得分"),
          ("目标值", "实际完成值", "分值", "复核得分"))


@pytest.mark.parametrize("layout", ("pipes", "trailing_pipes", "cell_per_line", "header_merged", "flattened"))
@pytest.mark.parametrize("labels", LABELS)
def test_the_value_columns_read_by_their_words(tmp_path: Path, layout: str, labels: tuple[str, str, str, str]) -> None:
    """Whatever words the header uses for the weight and the score (指标分值, 满分, 标准分; 实际得分, 评价得分, 自评得分), each
    indicator's weight and score is read; a score planted above its weight is an error at its row."""
    for seed in range(2):
        rows, indicators = scored(seed, weight_first=seed == 1, funds_scored=seed == 0, met=True, labels=labels)
        path = tmp_path / f"form{seed}.txt"
        path.write_text(LAYOUTS[layout](rows), encoding="utf-8")
        assert [(i.level3.str_, i.weight.dec, i.score.dec) for i in _doc(path).indicators] == indicators
        assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]
    rows, indicators = scored(5, planted=True, labels=labels)
    bad = next(name for name, weight, score in indicators if score > weight)
    path = tmp_path / "planted.txt"
    path.write_text(LAYOUTS[layout](rows), encoding="utf-8")
    assert ("score_bounds", bad) in [(f.kind, f.row) for f in audit_paths([str(path)]).findings if f.severity == "error"]


@pytest.mark.parametrize("layout", ("pipes", "pipes_collapsed"))
def test_the_forms_tables_are_kept_with_it(tmp_path: Path, layout: str) -> None:
    """The form keeps its tables as the file gives them (the funds block, the indicators, the 总分 row), as the project
    form keeps its own: what reports show of it, and where its 总分 row stands."""
    rows, _ = scored(3, met=True)
    path = tmp_path / "form.txt"
    path.write_text(LAYOUTS[layout](rows), encoding="utf-8")
    doc = _doc(path)
    texts = [[c for c in r if c] for t in doc.tables for r in t.texts()]
    assert ["总分", "100", rows[-1][7]] in texts
    assert any(r[:1] == ["年度资金总额:"] for r in texts)


@pytest.mark.parametrize("layout", ("pipes", "pipes_collapsed", "cell_per_line", "header_merged", "trailing_pipes"))
@pytest.mark.parametrize("group", ("自评情况", "评分情况"))
def test_a_header_over_two_rows(tmp_path: Path, layout: str, group: str) -> None:
    """分值 | 得分 printed under a merged 自评情况 (the header's second row): each indicator's weight and score read."""
    for seed in range(3):
        rows, indicators = scored(seed, met=True)  # (the merged label over 分值 and 得分 side by side)
        path = tmp_path / f"form{seed}.txt"
        path.write_text(LAYOUTS[layout](two_row_header(rows, group)), encoding="utf-8")
        assert [(i.level3.str_, i.weight.dec, i.score.dec) for i in _doc(path).indicators] == indicators

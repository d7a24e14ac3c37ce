"""One vocabulary for the indicator block's header (``formspec.INDICATOR_COLUMNS``): the table reader
(``indicatorhead.indicator_columns``) and the stream readers (``formspec.alias`` over
``STREAM_INDICATOR_COLUMNS``) read every label to the same field, in any column order; the stream alone reads
改进措施 as the end of the reason column's label (偏差原因分析及改进措施 wrapped)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from jixiao.core.source import Source
from jixiao.core.table import Cell
from jixiao.read.recognise.formspec import INDICATOR_COLUMNS, STREAM_INDICATOR_COLUMNS, alias
from jixiao.read.recognise.indicatorhead import indicator_columns
from jixiao.read.recognise.indicatorlevels import labelish, settle_levels
from layouts.files import one
from layouts.grid import VARIANTS, rows
from layouts.model import invent
from layouts.render import RENDERERS, run_together


def _row(texts: list[str]) -> list[Cell]:
    return [Cell(t, Source("f.txt", line=1, cell=f"C{i + 1}")) for i, t in enumerate(texts)]


@pytest.mark.parametrize(("label", "field"), [p for p in INDICATOR_COLUMNS if p[1] not in ("level1", "level2", "level3")])
def test_every_label_reads_to_its_field_in_the_table_and_the_stream(label: str, field: str) -> None:
    others = ["一级指标", "二级指标", "三级指标", label]
    for seed in range(4):  # the label's column anywhere right of 三级指标, with or without a qualifier after it
        extra = ["得分" if field != "score" else "分值"]
        tail = [label + ("(万元)" if seed % 2 else ""), *extra]
        random.Random(seed).shuffle(tail)
        cols = indicator_columns(_row([*others[:3], *tail]))
        assert cols is not None and cols[field] == 3 + tail.index(label + ("(万元)" if seed % 2 else ""))
    if field != "improvement":
        assert alias(label, STREAM_INDICATOR_COLUMNS) == field
    else:
        assert alias(label, STREAM_INDICATOR_COLUMNS) is None


def test_no_alias_is_hidden_behind_a_shorter_one_it_begins_with() -> None:
    seen: list[str] = []
    for a, _ in INDICATOR_COLUMNS:
        assert not any(a.startswith(b) and a != b for b in seen), a
        seen.append(a)


def test_a_level_carried_past_a_lost_merged_cell_is_taken_from_the_classification() -> None:
    from jixiao.core.records import IndicatorRow, Problem, Val

    row = IndicatorRow(source=Source("f.txt", line=9))
    row.level1, row.level2, row.level3 = Val("产出指标", "产出指标"), Val("社会效益指标", "社会效益指标"), Val("受益人数", "受益人数")
    problems: list[Problem] = []
    settle_levels([row], problems)
    assert row.level1.value == "效益指标" and len(problems) == 1 and "社会效益指标" in problems[0].message
    assert labelish("产出指标（40分）") and not labelish("受益人数")


@pytest.mark.parametrize("layout", ["pipes", "row_lines", "flattened", "cell_lines", "run_together"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_remarks_column_where_the_template_prints_its_reason_is_a_column_not_the_blocks_end(
        tmp_path: Path, layout: str, seed: int) -> None:
    # 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 备注: 备注 also ends a form (备注：1.…), but as the header's last label
    # it is the remarks column, and the rows under it are read
    p = invent(seed)
    rs = [["备注" if c == "偏差原因分析及改进措施" else c for c in r] for r in rows(p, VARIANTS["national"])]
    doc = one(tmp_path, {**RENDERERS, "run_together": run_together}[layout](rs))
    assert [(r.level3.str_, r.weight.dec, r.score.dec) for r in doc.indicators] == [
        (i.name, i.weight, i.score) for i in p.indicators]
    # the remarks are each row's note, row by row (the reader folds the full-width comma)
    assert [(r.deviation_note.str_ or "").replace(",", "，") for r in doc.indicators] == [i.reason for i in p.indicators]


def _with_column(rs: list[list[str]], label: str, filler: str) -> list[list[str]]:
    """A text column after 三级指标 (its label in the header, ``filler`` in every indicator row)."""
    out: list[list[str]] = []
    at = None
    for r in rs:
        if "三级指标" in r:
            at = r.index("三级指标") + 1
            out.append([*r[:at], label, *r[at:]])
        elif at is not None and len(r) >= 8 and r[0] != "总分":
            out.append([*r[:at], filler, *r[at:]])
        else:
            out.append(r)
    return out


@pytest.mark.parametrize("column", [("指标解释", "反映项目完成情况"), ("指标方向", "正向")])
@pytest.mark.parametrize("layout", ["pipes", "row_lines", "flattened", "cell_lines"])
@pytest.mark.parametrize("seed", [1, 2])
def test_a_text_column_beside_the_name_is_neither_the_name_nor_a_value(
        tmp_path: Path, column: tuple[str, str], layout: str, seed: int) -> None:
    # 三级指标 | 指标解释 | 年度指标值 …: the explanation is one more text than the values: never joined to the name, never
    # the row before's 偏差原因 (which would leave 服务覆盖面 | 反映项目完成情况 | 有效提升 | 有效提升 with the wrong name)
    p = invent(seed)
    doc = one(tmp_path, RENDERERS[layout](_with_column(rows(p, VARIANTS["national"]), *column)))
    assert [(r.level3.str_, r.weight.dec, r.score.dec) for r in doc.indicators] == [
        (i.name, i.weight, i.score) for i in p.indicators]
    assert [r.target.str_ for r in doc.indicators] == [i.target for i in p.indicators]

"""The 自评权重 layout run together (generator ``layouts.selfweight``): the weight column left of the level labels is
the first levels', 分值 and 得分 glued into one run of digits are split by the bounds of a weight and a score,
numbered names (任务2:) keep their numbering and take no 偏差原因 of the row before, and a row that the text cuts
short is said and leaves the table incomplete, never read with another row's figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.audit import audit_paths
from jixiao.core.records import HALF_READ
from jixiao.read.recognise.runsplit import read_rows
from layouts.files import one, write
from layouts.model import invent
from layouts.selfweight import self_weight, two_per_level


def _figures(doc: object) -> list[tuple[str, Decimal | None, Decimal | None]]:
    return [(str(i.level3.value), i.weight.dec, i.score.dec) for i in doc.indicators]  # type: ignore[attr-defined]


def test_glued_weights_and_scores_are_read(tmp_path: Path) -> None:
    for seed in (61, 64, 65):
        p = two_per_level(invent(seed))
        doc = one(tmp_path, self_weight(p), "project_self_evaluation")
        got = _figures(doc)
        assert [(w, s) for _, w, s in got] == [(i.weight, i.score) for i in p.indicators], seed
        assert all(i.name in name and name.startswith("任务") for (name, _, _), i in zip(got, p.indicators, strict=True))
        assert {k: v.dec for k, v in doc.level1_weights.items() if k != "预算执行"} == p.level1_weights()
        assert doc.total_score.dec == p.total
        assert HALF_READ not in doc.extra
        said = {str(i.level3.value): str(i.deviation_note.value) for i in doc.indicators if i.deviation_note.value}
        assert all(v.replace(",", "，") == next(i.reason for i in p.indicators if i.name in k) for k, v in said.items())


def test_a_planted_total_is_found(tmp_path: Path) -> None:
    p = two_per_level(invent(66, mistake="total"))
    result = audit_paths([str(write(tmp_path, self_weight(p)))])
    assert {f.kind for f in result.findings if f.severity == "error"} == {"total_sum"}


def test_a_row_cut_short_is_said_and_not_read(tmp_path: Path) -> None:
    """任务2's 分值 and 得分 on the next line: 任务1 is read, 任务2 is not, and no sum is checked as if whole."""
    for seed in (61, 62):
        p = two_per_level(invent(seed))
        cut = p.indicators[1]
        text = self_weight(p, cut=cut.name)
        doc = one(tmp_path, text, "project_self_evaluation")
        got = _figures(doc)
        assert got[0][1:] == (p.indicators[0].weight, p.indicators[0].score)
        assert not any(cut.name in name and w is not None for name, w, _ in got)
        assert doc.extra.get(HALF_READ)
        assert any("未能拆成完整的行" in pr.message for pr in doc.problems)
        result = audit_paths([str(write(tmp_path, text))])
        assert not [f for f in result.findings if f.severity == "error"], [f.message for f in result.findings]


def test_figures_every_reading_agrees_on_are_read_with_the_name_and_values_together() -> None:
    """培训收入较上年增收35万元1212: wherever the name ends, 12 and 12; the name is read with its values (which are
    not read), and a reading that ends a value in a digit (35万元1 | 21 | 2) does not count against it."""
    reading = read_rows("培训收入较上年增收35万元1212", ["target", "actual", "weight", "score"])
    assert reading is not None and reading.how == "figures only"
    [row] = reading.rows
    assert (row.name, row.get("weight"), row.get("score"), row.get("values")) == ("培训收入较上年增收35万元", "12", "12", None)


def test_figures_read_with_a_name_never_hold_a_sign() -> None:
    """验收合格率较上年提高≥95%9711: the readings place the figures alike (11, 11, or 1, 1 after 971) but a name
    that held ≥95%97 would hold a target and an actual: no reading of the figures alone is taken."""
    reading = read_rows("验收合格率较上年提高≥95%9711", ["target", "actual", "weight", "score"])
    assert reading is None or reading.how != "figures only"

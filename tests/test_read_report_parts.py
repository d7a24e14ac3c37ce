"""A numbered indicator heading printed without its bracket of scores (3.满意度指标, its score in its paragraph): the
headings' scores are not all the indicators', so none is read and no sum of them is checked (review 1, finding 5b);
where every numbered indicator heading carries its bracket they are all read."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.files import one, write
from layouts.verdict import BRACKETS, PARTS, scored_headings


@pytest.mark.parametrize("seed", range(len(BRACKETS)))
@pytest.mark.parametrize("bare", range(1, len(PARTS) + 1))
def test_an_indicator_headed_without_its_scores_reads_none(tmp_path: Path, seed: int, bare: int) -> None:
    text, total = scored_headings(seed)
    name, w, s = PARTS[bare - 1]
    bracket = BRACKETS[seed].format(w=w, s=s)
    text = text.replace(f"{bare}.{name}{bracket}：", f"{bare}.{name}\n得{s}分，")
    doc = one(tmp_path, text)
    assert doc.indicators == []
    assert doc.funds["total"].score.dec == 10
    assert doc.total_score.dec == total
    result = audit_paths([str(write(tmp_path, text, "b.txt"))])
    assert [(f.kind, f.severity) for f in result.findings if f.severity in ("error", "suspect")] == []


@pytest.mark.parametrize("seed", range(len(BRACKETS)))
def test_every_indicator_headed_still_reads(tmp_path: Path, seed: int) -> None:
    text, _ = scored_headings(seed)
    doc = one(tmp_path, text)
    assert [(r.level3.str_, r.score.dec) for r in doc.indicators] == [(n, s) for n, _, s in PARTS]


def test_the_reviews_shape_gives_no_sum(tmp_path: Path) -> None:
    """（一）预算执行情况（分值10分，自评得分9.5分）, 1. and 2. headed with their brackets, 3.满意度指标 without: no 总分之和
    or 分值之和 suspicion (the three headed parts sum to 85.5 of a total of 95)."""
    text = ("示例县2023年示例项目绩效自评报告\n一、项目基本情况\n项目年度预算100万元，实际支出95万元，预算执行率95%。\n"
            "二、自评结论\n本项目自评得分95分，等级为优。\n三、绩效目标实现情况\n（一）预算执行情况（分值10分，自评得分9.5分）\n"
            "（二）绩效指标完成情况\n1.产出指标（分值50分，得分48分）\n完成示例任务120项。\n2.效益指标（分值30分，得分28分）\n"
            "示例效益实现。\n3.满意度指标\n满意度达到95%，得9.5分。\n")
    doc = one(tmp_path, text)
    assert doc.indicators == []
    assert doc.total_score.dec == 95
    result = audit_paths([str(write(tmp_path, text, "b.txt"))])
    assert [(f.kind, f.severity) for f in result.findings if f.severity in ("error", "suspect")] == []

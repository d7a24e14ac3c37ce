"""Department score tables whose groups and rows are numbered (一、预算编制（35分） / 1.目标制定 15 … 13.5), one row a
line, in every numbering style: the list marks are no part of the names (a group's mark the text split off, 二 /
预算执行 / (30分), included), the weights and scores read, the total and the groups' sums checked. Tables
generated here with invented figures (``layouts.scores``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.files import one, write
from layouts.scores import ScoreTable, invent_scores

_Z = "一二三四五六七八九十"
MARKS = {"chinese_arabic": ("{z}、", "{n}."), "bracketed": ("（{z}）", "（{n}）"), "circled": ("{z}、", "{c}"),
         "arabic_both": ("{n}、", "{n}）")}


def render(t: ScoreTable, marks: tuple[str, str], sep: str = " ") -> str:
    group_mark, row_mark = marks
    lines = ["某局2022年度部门整体支出绩效评价评分表", sep.join(["指标", "分值", "评分标准", "得分"])]
    groups: list[str] = []
    n = 0
    for leaf in t.leaves:
        if leaf.level1 not in groups:
            groups.append(leaf.level1)
            lines.append(group_mark.format(z=_Z[len(groups) - 1], n=len(groups)) + f"{leaf.level1}（{t.level_weights[leaf.level1]}分）")
            n = 0
        n += 1
        mark = row_mark.format(n=n, c="①②③④⑤⑥⑦⑧⑨⑩"[n - 1])
        lines.append(sep.join([f"{mark}{leaf.name}", f"{leaf.weight}", f"{leaf.name}完全达到的得满分", f"{leaf.score}"]))
    lines.append(sep.join(["合计", f"{sum(x.weight for x in t.leaves)}", f"{t.total}"]))
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("style", sorted(MARKS))
@pytest.mark.parametrize("seed", [3, 7])
def test_numbered_groups_and_rows(tmp_path: Path, style: str, seed: int) -> None:
    t = invent_scores(seed)
    doc = one(tmp_path, render(t, MARKS[style]), "dept_evaluation")
    assert [(i.level1.str_, i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (f"{x.level1}({t.level_weights[x.level1]}分)", x.name, x.weight, x.score) for x in t.leaves]
    assert doc.total_score.dec == t.total


def test_a_group_whose_rows_miss_its_weight_is_found(tmp_path: Path) -> None:
    t = invent_scores(4, "level_weight")
    found = audit_paths([str(write(tmp_path, render(t, MARKS["chinese_arabic"])))]).findings
    assert any(f.kind == "tree_weight" for f in found), [(f.kind, f.message) for f in found]

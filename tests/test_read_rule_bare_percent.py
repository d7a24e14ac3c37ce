"""Score tables that print each level's weight in a 分值 column of its own, run together (部门整体支出绩效评价指标表 of
Hunan's template: 投入13预算配置13在职人员控制率5以100%为标准…), whose rule texts begin and end with a percentage:
a weight glued to the rule's leading percentage (预算完成率5100%计满分 = 5, then 100%) is read when exactly one
split fits, a score glued after the formula's closing % (…×100%8) is read as the row's score, a threshold
(大于30%) is never taken for a weight, and the planted mistakes are found (generator: ``layouts.labeltree``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from jixiao.read.recognise.ruletable_names import labels_in
from layouts.files import write
from layouts.labeltree import TreeTable, invent_tree
from layouts.runlabels import _cells

HEAD = "部门整体支出绩效评价指标表一级指标分值二级指标分值三级指标分值评价标准指标说明得分"


def percent_rules(t: TreeTable) -> str:
    """The table run together, each leaf's rule starting with 100% and its explanation ending in ×100%, the
    score right after that % (the way document previews give Hunan's template)."""
    out = ["《2022年度部门整体支出绩效评价自评报告.docx》由会员分享，可在线阅读。\n1、", t.title, HEAD]
    for kind, text in _cells(t, columns=True)[1:]:
        if kind == "head":
            continue
        if kind == "rule":
            name = text.split("达到要求")[0]
            text = f"100%计满分，大于30%不得分。{name}=实际完成数/计划数×100%"
        out.append(text)
    return "".join(out) + "\n"


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_bare_weights_and_scores_around_percentages(tmp_path: Path, seed: int) -> None:
    t = invent_tree(seed)
    path = write(tmp_path, percent_rules(t), "score.txt")
    docs = read_path(path).documents
    assert len(docs) == 1 and docs[0].type == "dept_evaluation"
    assert [(i.level3.str_, i.weight.dec, i.score.dec) for i in docs[0].indicators] == [
        (x.name, x.weight, x.score) for x in t.leaves]
    assert docs[0].total_score.dec == t.total
    assert [f.kind for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")] == []


@pytest.mark.parametrize("mistake", ["total", "score_over_weight"])
def test_the_planted_mistake_is_found(tmp_path: Path, mistake: str) -> None:
    t = invent_tree(2, mistake=mistake)
    path = write(tmp_path, percent_rules(t), "score.txt")
    kinds = {f.kind for f in audit_paths([str(path)]).findings if f.severity == "error"}
    assert kinds == ({"total_sum"} if mistake == "total" else {"score_bounds"})


def test_a_split_the_digits_leave_open_is_not_taken() -> None:
    """预算完成率590%: 5 then 90%, or 59 then 0%: no weight is read (never a guess); 5100% has one reading."""
    text = "投入13预算配置13预算完成率590%计满分。预算控制率5100%计满分。大于30%不得分。"
    assert [(lab.name, lab.weight) for lab in labels_in(text, bare=True)] == [
        ("投入", 13), ("预算配置", 13), ("预算控制率", 5)]

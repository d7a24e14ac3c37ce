"""An evaluation report's score table read column by column (文昌's 财政支出项目绩效评价报告 on a document site, a page of
session 47): the leaf names one after another, then 分值 and a weight each, then 得分 and a score each. Read row by row,
the last name took the last weight and a score that was another row's (组织机构 1, 8: a false "score above its weight"
error). Now the three runs, as long as each other, are paired in order (``streamcolumnwise``); runs of other lengths
are not this layout and nothing is paired from them. Invented figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.files import write

_NAMES = ["目标设定", "决策过程", "资金分配", "资金到位", "资金管理", "组织实施", "产出数量", "社会效益"]
_WEIGHTS = ["5", "5", "10", "10", "10", "10", "30", "20"]
_SCORES = ["5", "4", "10", "9", "10", "10", "28", "18"]


def _text(scores: list[str]) -> str:
    return "\n".join([
        "财政支出项目绩效评价报告", "",
        "项目名称: 示例培训专项经费", "",
        "项目单位: 示例县培训中心 主管部门: 示例县教育局 评价时间: 2023年4月20日", "",
        "一、项目基本情况 计划投资额 (万元) 80.00 实际到位资金(万元) 80.00 实际使用情况(万元) 76.00 "
        "二、绩效评价指标评分 一级指标 分值 二级指标 项目目标 决策过程 分值 10 三级指标 " + " ".join(_NAMES)
        + " 分值 " + " ".join(_WEIGHTS) + " 得分 " + " ".join(scores)
        + " 项目决策 20 项目管理 30 项目绩效 50 总分 100 评价等次",
    ]) + "\n"


def test_columns_paired_in_order(tmp_path: Path) -> None:
    docs = [d for d in read_path(write(tmp_path, _text(_SCORES))).documents if d.type == "project_self_evaluation"]
    assert len(docs) == 1
    got = [(i.level3.str_, i.weight.dec, i.score.dec) for i in docs[0].indicators]
    assert got == [(n, Decimal(w), Decimal(s)) for n, w, s in zip(_NAMES, _WEIGHTS, _SCORES)]
    found = audit_paths([tmp_path / "form.txt"]).findings
    assert not [f for f in found if f.severity == "error"]


def test_a_score_above_its_weight_is_the_document_s(tmp_path: Path) -> None:
    scores = [*_SCORES[:-1], "21"]  # 社会效益 weighs 20
    found = audit_paths([write(tmp_path, _text(scores))]).findings
    assert [(f.kind, f.severity, f.row) for f in found if f.severity == "error"] == [("score_bounds", "error", "社会效益")]


@pytest.mark.parametrize("cut", [1, -1])
def test_unequal_runs_pair_nothing(tmp_path: Path, cut: int) -> None:
    scores = _SCORES[:-1] if cut == 1 else [*_SCORES, "3"]
    docs = read_path(write(tmp_path, _text(scores))).documents
    rows = [(i.level3.str_, i.weight.dec, i.score.dec) for d in docs for i in d.indicators]
    assert [r for r in rows if r[0] in _NAMES[:3]] == []  # no row of the first names: nothing paired by position

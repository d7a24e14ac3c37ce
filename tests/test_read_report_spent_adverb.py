"""A project's evaluation report stating what was spent with the adverb in full (已经支出 / 已经支付 / 已经使用, not 已支出),
after a date clause and with thousands separators (项目预算总额 73,387.27万元，截止2021年12月31日，已经支出70,909.19万元):
the budget and spending read, the file recognised (it had no title the report reader knew, so a budget without its
spending was no report at all); the score and grade stated with it read; a grade its score does not give found."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.files import one, write
from layouts.report import invent_report

SPENT = ("已经支出", "已经支付", "已经使用", "已经拨付")
DATED = ("截止{y}年12月31日，", "截至{y}年底，", "")


def _text(seed: int, grade: str | None = None) -> tuple[str, Decimal, Decimal, Decimal, str]:
    r = invent_report(seed)
    scale = Decimal(10) if seed % 2 else Decimal(1)  # thousands separators on odd seeds
    budget, spent = r.budget * scale, r.executed * scale
    shown = (lambda d: f"{d:,}") if seed % 2 else str
    right = "优" if r.score >= 90 else "良"
    text = (f"{r.year}年示例区财政局对{r.year - 2}-{r.year}年示例保洁项目开展重点绩效评价，最终得分{r.score}，"
            f"等级为{grade or right}，现将有关情况予以通报。\n示例区财政局\n一、项目概况\n（一）项目内容\n"
            f"项目预算总额 {shown(budget)}万元，{DATED[seed % 3].format(y=r.year)}{SPENT[seed % 4]}{shown(spent)}万元。\n")
    return text, budget, spent, r.score, right


@pytest.mark.parametrize("seed", range(12))
def test_spending_said_with_the_adverb_in_full(tmp_path: Path, seed: int) -> None:
    text, budget, spent, score, grade = _text(seed)
    doc = one(tmp_path, text, "project_self_evaluation")
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec, doc.total_score.dec, doc.grade.str_) == (budget, spent, score, grade)
    result = audit_paths([str(write(tmp_path, text, "b.txt"))])
    assert [f.message for f in result.findings if f.severity == "error"] == []


@pytest.mark.parametrize("seed", range(3))
def test_a_grade_the_score_does_not_give(tmp_path: Path, seed: int) -> None:
    text, *_ = _text(seed, grade="差")
    found = audit_paths([str(write(tmp_path, text))]).findings
    assert [f.severity for f in found if f.kind == "grade"] == ["suspect"]
    assert [f.kind for f in found if f.severity == "error"] == []

"""A part's share of the budget (其中人员经费30万元，占项目预算的30%) is never the execution rate: 占…预算的X% is the
rate only where the clause before 占 states the whole spending (实际支出95万元，占全年预算100万元的95%)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.files import write

HEAD = "示例县2023年示例项目绩效自评报告\n一、项目基本情况\n本项目由示例局实施。\n二、项目资金使用情况\n"
TAIL = "\n三、自评结论\n自评得分{s}分，等级为优。\n"


def _text(sentence: str, score: int = 95) -> str:
    return HEAD + sentence + TAIL.format(s=score)


@pytest.mark.parametrize(("budget", "spent", "part"), [(100, 95, 30), (250, 240, 60), (80, 78, 12)])
@pytest.mark.parametrize("wording", [
    "项目年度预算{b}万元，实际支出{e}万元，其中人员经费{p}万元，占项目预算的{r}%。",
    "项目年度预算{b}万元，实际支出{e}万元。其中维修支出{p}万元，占全年预算资金的{r}%。",
    "项目年度预算{b}万元，实际支出{e}万元，其中：支付人员工资{p}万元，占预算的{r}%。",
])
def test_a_parts_share_is_no_rate(tmp_path: Path, budget: int, spent: int, part: int, wording: str) -> None:
    share = Decimal(part * 100) / budget
    path = write(tmp_path, _text(wording.format(b=budget, e=spent, p=part, r=share)), "s.txt")
    doc = read_path(str(path)).documents[0]
    assert doc.funds["total"].annual_budget.value == Decimal(budget)
    assert doc.funds["total"].executed.value == Decimal(spent)
    assert doc.funds["total"].rate.value is None
    found = audit_paths([str(path)]).findings
    assert [(f.severity, f.kind) for f in found if f.severity in ("error", "suspect")] == []


@pytest.mark.parametrize(("budget", "spent"), [(100, 95), (50, 45), (120, 108)])
def test_the_whole_spendings_share_is_the_rate(tmp_path: Path, budget: int, spent: int) -> None:
    rate = Decimal(spent * 100) / budget
    path = write(tmp_path, _text(f"实际支出{spent}万元，占全年预算{budget}万元的{rate}%。"), "w.txt")
    doc = read_path(str(path)).documents[0]
    assert doc.funds["total"].rate.value == rate
    assert doc.funds["total"].executed.value == Decimal(spent)

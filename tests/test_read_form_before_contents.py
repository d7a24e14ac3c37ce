"""Another unit's project form printed before a government's budget report that opens with its 目录: the file is cut
where the report's 目录 begins (``sections._contents_from``), not at the first entry that reads like a title, and an
entry naming the budget's own transfers (二、2023年转移支付预算情况说明) is the budget's, not a transfer's title."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest
from bench.perturb_context import PROJECT

from jixiao.read import read_path

FORM = PROJECT  # (the project form the after_project perturbation prints before a document)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_budget_report_after_a_form_keeps_its_contents_and_figures(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    income = Decimal(rng.randrange(100000, 900000)) / 100
    tax = (income * Decimal(rng.randrange(50, 80)) / 100).quantize(Decimal("0.01"))
    report = "关于示例县2022年预算执行情况和2023年预算草案的报告"
    lines = [*FORM, "目录", "第一部分 报告", "第二部分 预算表格", "一、2022年全县一般公共预算收支执行情况表",
             "二、2023年转移支付预算情况说明", "三、2023年全县一般公共预算收支预算情况表", report,
             "一、2022年预算执行情况",
             f"2022年全县一般公共预算收入完成{income}万元，其中：税收收入{tax}万元，非税收入{income - tax}万元。"]
    p = tmp_path / "page.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["project_self_evaluation", "budget_disclosure"]
    budget = docs[1]
    assert budget.title == report and budget.source.line == len(FORM) + 1
    stated = {r.name: r.get("金额").dec for t in budget.extra["accounts"].tables for r in t.rows}
    assert income in stated.values() and tax in stated.values()

"""A fund's self-evaluation report run onto one line (a document-sharing site's preview, its lines a space apart) is
still known by its title (…专项资金预算执行情况绩效自评报告) standing in the line's opening: it is the fund's report,
read by the transfer readers, never a budget's statements read from its prose ("预算情况（正文）")."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_path
from layouts.files import write


def _report(year: int, budget: Decimal, spent: Decimal) -> list[str]:
    return ["网站支持IPV6 | 无障碍阅读", "当前位置: 首页>>政府信息公开>>基层政务公开",
            f"{year}年普惠金融发展专项资金预算执行情况绩效自评报告",
            "索引号 620722033/2025-00367 发布机构 某县人社局",
            f"为全面评估{year}年度普惠金融发展专项资金预算执行情况,根据上级部门关于绩效管理的相关要求,我局进行了全面自查。",
            "一、绩效指标设定情况", "产出指标由2个二级指标、4个三级指标构成,分值为40分。",
            "二、自评情况",
            f"{year}年,该项目中央、省级、县级预算共安排{budget}万元,其中:中央248.73万元(上年结转95.43万元,当年下达153.3万元),"
            f"省级{budget - Decimal('248.73')}万元;全年实际支付贴息资金{spent}万元。",
            "1.预算执行情况", "(1)项目资金到位情况"]


@pytest.mark.parametrize("seed", range(4))
def test_a_report_run_onto_one_line_is_the_funds_not_a_budgets(tmp_path: Path, seed: int) -> None:
    budget, spent = Decimal("546.23") + 10 * seed, Decimal("355.16") + 3 * seed
    lines = _report(2031 + seed, budget, spent)
    apart = read_path(write(tmp_path, "\n".join(lines) + "\n", "apart.txt")).documents
    joined = read_path(write(tmp_path, " ".join(lines) + "\n", "joined.txt")).documents
    for docs in (apart, joined):
        assert [d.type for d in docs] == ["project_self_evaluation"]
        total = docs[0].funds["total"]
        assert (total.annual_budget.dec, total.executed.dec) == (budget, spent)


def test_a_budget_news_under_a_performance_section_is_still_a_budgets(tmp_path: Path) -> None:
    """A page's navigation naming its section (首页>>财政信息>>预算绩效管理) is no title: the budget-execution news below
    it is read as the budget's statements."""
    lines = ["首页>>财政信息>>预算绩效管理", "2031年1-6月全县财政预算执行情况",
             "1-6月,全县一般公共预算收入完成316580万元,增长17.2%,其中:税收收入累计完成238998万元,增长9.7%;"
             "非税收入累计完成77582万元,增长48.1%。全县一般公共预算支出累计完成397641万元,增长0.7%。"]
    from jixiao.read import read_file
    from jixiao.read.recognise import prose_figures

    docs = prose_figures.recognise(read_file(write(tmp_path, "\n".join(lines) + "\n", "news.txt")))
    assert [d.type for d in docs] == ["budget_disclosure"]

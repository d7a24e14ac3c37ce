"""Another unit's 三公 statement opening a file, then a report with no title of its own (``read.shared_lines``): a
department's page lists its disclosures one after another, and the report's heading is only the site's.

Read as one file, the report took the statement's 预算数 (3.50) for its project's budget; now the report's budget is
its own (or missing), and the statement keeps its own lines. A file that the reading took for the statement alone
(a transfer's news, no form title) gives the transfer as well."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_path

STATEMENT = ["县档案馆2023年“三公”经费预算情况说明",
             "2023年“三公”经费财政拨款预算数为3.50万元，其中：因公出国（境）费0万元，公务接待费1.20万元，"
             "公务用车购置及运行维护费2.30万元（其中：公务用车购置费0万元，公务用车运行维护费2.30万元）。", ""]


def _report(budget: str, executed: str, rate: str) -> list[str]:
    return ["您所在的位置: 首页 >> 绩效评估", "", "2020年度绩效评价", "", "发布日期:2021-10-12 来源:市文化局", "",
            f"项目全年预算数为{budget}万元,执行数为{executed}万元,完成预算的{rate}%。项目绩效目标完成情况:一是组织开展了"
            "文化下乡活动120场,二是完成了综合文化站的提档升级。", ""]


def _write(tmp_path: Path, lines: list[str]) -> Path:
    p = tmp_path / "page.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


@pytest.mark.parametrize(("budget", "executed", "rate"), [("1050", "1050", "100"), ("286.4", "250.12", "87.33")])
def test_the_report_keeps_its_own_budget(tmp_path: Path, budget: str, executed: str, rate: str) -> None:
    docs = read_path(_write(tmp_path, [*STATEMENT, *_report(budget, executed, rate)])).documents
    assert [d.type for d in docs] == ["sangong", "project_self_evaluation"]
    report = docs[1]
    assert report.funds["total"].annual_budget.value == Decimal(budget)
    assert report.funds["total"].executed.value == Decimal(executed)
    statement = docs[0].extra["accounts"]
    lines = {v.source.line for t in statement.tables for r in t.rows for v in r.values.values() if v.source}
    assert lines == {2}  # (the report's 执行数 is no line of the statement's)


def test_alone_the_report_reads_the_same(tmp_path: Path) -> None:
    docs = read_path(_write(tmp_path, _report("286.4", "250.12", "87.33"))).documents
    assert [d.funds["total"].annual_budget.value for d in docs] == [Decimal("286.4")]


NEWS = ["X 关闭", "(资料图片仅供参考)",
        "新华社太原8月3日电 记者从省财政厅获悉,省财政厅2日联合省应急管理厅下达6000万元省级雨涝灾害救灾资金,"
        "由地方统筹用于应急抢险救援、受灾群众救助和水毁设施修复等工作。",
        "据介绍,此次下达的资金,主要包括防灾减灾资金3400万元、农业救灾资金1600万元、水利救灾资金1000万元。"]


def test_a_transfer_after_the_statement_is_read_too(tmp_path: Path) -> None:
    """The file read whole gave the 三公 statement only; its paragraph read alone, the rest gives the transfer."""
    alone = [d.type for d in read_path(_write(tmp_path, NEWS)).documents]
    assert alone == ["project_self_evaluation"]  # (a transfer is read as a form of the transfer kind)
    docs = read_path(_write(tmp_path, [*STATEMENT, *NEWS])).documents
    assert [d.type for d in docs] == ["sangong", "project_self_evaluation"]
    assert docs[1].extra.get("form") == "transfer"
    assert docs[1].funds["total"].annual_budget.value == Decimal("6000")

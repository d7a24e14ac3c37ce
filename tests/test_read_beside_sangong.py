"""Another unit's 三公 statement printed before a document (a department's page that lists its disclosures one after
another): the document after it is still read. A budget's 项目支出绩效目标表 (``accounts_loose.with_targets``) and a
disclosure that gives only its 目录 (``accounts_loose.with_contents``) are documents of their own beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.read import read_path
from layouts.report import invent_report
from layouts.targets import SHAPES, funds, text

STATEMENT = ["县档案馆2023年“三公”经费预算情况说明",
             "2023年“三公”经费财政拨款预算数为3.50万元，其中：因公出国（境）费0万元，公务接待费1.20万元，"
             "公务用车购置及运行维护费2.30万元。", ""]


def _docs(tmp_path: Path, body: str) -> list:
    p = tmp_path / "page.txt"
    p.write_text("\n".join(STATEMENT) + "\n" + body, encoding="utf-8")
    return read_path(p).documents


@pytest.mark.parametrize("shape", SHAPES)
def test_a_target_table_after_a_sangong_statement(tmp_path: Path, shape: str) -> None:
    docs = _docs(tmp_path, text(9, shape))
    assert "sangong" in [d.type for d in docs]
    targets = [d for d in docs if d.type == "budget_disclosure"]
    assert [d.title for d in targets] == ["项目支出绩效目标申报表（2024年度）"]
    assert [(r.name, r.get("金额").dec) for r in targets[0].extra["accounts"].tables[0].rows] == funds(9)


@pytest.mark.parametrize("stage", ["决算", "预算"])
def test_a_contents_page_after_a_sangong_statement(tmp_path: Path, stage: str) -> None:
    tables = ["一、收支总表", "二、收入总表", "三、支出总表", "四、财政拨款收支总表", "五、一般公共预算财政拨款支出表",
              "六、一般公共预算财政拨款基本支出表", "七、政府性基金预算财政拨款收入支出表"]
    tables = [x.replace("表", f"{stage}表", 1) if "总表" not in x else x.replace("总表", f"{stage}总表") for x in tables]
    body = "\n".join([f"区文物局2024年度部门{stage}", "目录", f"第一部分 区文物局2024年度部门{stage}说明",
                      f"第二部分 区文物局2024年度部门{stage}表", *tables, "第三部分 名词解释"]) + "\n"
    docs = _docs(tmp_path, body)
    kind = "final_accounts" if stage == "决算" else "budget_disclosure"
    own = [d for d in docs if d.type == kind]
    assert len(own) == 1 and own[0].extra["accounts"].stage == ("final" if stage == "决算" else "budget")
    assert any("目录列出 7 张表" in p.message for p in own[0].problems)


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("title", ["{unit}{year}年度项目绩效自评报告", "{unit}关于{year}年度项目绩效自评工作的报告"])
def test_a_report_after_a_sangong_statement_keeps_its_own_figures(tmp_path: Path, seed: int, title: str) -> None:
    """Read as one file the report took the statement's 预算数 (3.50) for its project's budget: the file is read part
    by part where a form's figure stands under the statement's title (``sections._crossed``)."""
    r = invent_report(seed)
    body = "\n".join([title.format(unit=r.unit, year=r.year), "一、项目基本情况", f"{r.name}是本局重点项目。",
                      "二、项目资金使用情况", f"{r.name}项目全年预算数为{r.budget}万元，执行数为{r.executed}万元，"
                      f"完成预算的{r.rate}%。"]) + "\n"
    docs = _docs(tmp_path, body)
    forms = [d for d in docs if d.type == "project_self_evaluation"]
    assert "sangong" in [d.type for d in docs] and len(forms) == 1
    total = forms[0].funds["total"]
    assert (total.annual_budget.dec, total.executed.dec, total.rate.dec) == (r.budget, r.executed, r.rate)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_summary_page_after_a_sangong_statement_is_read_as_its_report(tmp_path: Path, seed: int) -> None:
    """A 决算's page of project self-evaluation summaries (…工作开展情况 / (一)…绩效自评综述:项目全年预算数X万元,执行数
    为Y万元,资金执行率为Z%) after another unit's statement: the report is read on the lines the statement leaves (on
    the whole file its reader found nothing, and the transfer reader took the page for a transfer's, by the 对下转移支付
    资金 its opening mentions)."""
    r = invent_report(seed)
    body = "\n".join([
        "您当前的位置:网站首页 > 信息公开 > 公示公告", "", f"{r.year}年度{r.unit}绩效评价工作开展情况", "",
        "一、预算绩效管理工作开展情况", "",
        f"根据预算绩效管理要求,单位组织对{r.year}年度项目支出全面开展绩效自评,共涉及项目3个,资金{r.budget * 2}万元"
        "(含对下转移支付资金700万元),占项目支出总额的100%。", "",
        "二、部门决算中项目绩效自评结果", "",
        f"(一){r.name}绩效自评综述:项目全年预算数{r.budget}万元,执行数为{r.executed}万元,资金执行率为{r.rate}%。", "",
        "主要产出和效益:较好地完成了各项工作任务。", ""]) + "\n"
    docs = _docs(tmp_path, body)
    forms = [d for d in docs if d.type == "project_self_evaluation"]
    assert "sangong" in [d.type for d in docs] and len(forms) == 1
    assert forms[0].extra.get("form") != "transfer"
    total = forms[0].funds["total"]
    assert (total.annual_budget.dec, total.executed.dec, total.rate.dec) == (r.budget, r.executed, r.rate)

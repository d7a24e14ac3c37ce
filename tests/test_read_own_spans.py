"""A document found in a file of several but left empty, read from its own lines (``read.spans``): another unit's
project form printed before a 湖南 report form (一格一行: 计划安排资金 / (万元) / 86 …, then 三、项目绩效自评情况) left the report
with no funds, the form's readers having taken the file; a government's 决算公开 whose 目录 was cut from its report
(the 目录 a document of no figure) is read with it again."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from bench.perturb_context import PROJECT

from jixiao.read import read_path


def _report(planned: str, spent: str, left: str) -> list[str]:
    cells = ["2019年度区文化馆非遗展演项目支出绩效自评报告", "来源:区财政局   2020-03-02 09:10",
             "财政支出项目绩效评价自评报告", "评价类型:项目实施过程评价□   项目完成结果评价■", "项目名称            非遗展演",
             "项目单位          区文化馆", "评价方式: 自评", "报告日期:2020年2月18日", "一、项 目 基 本 概 况", "项目负责人", "张某",
             "项目起止时间", "2019年1月1日", "计划安排资金", "(万元)", planned, "实际到位资金", "(万元)", planned, "实际支出",
             "(万元)", spent, "结余(万元)", left]
    for word in ("其中:中央财政", "省财政", "市财政"):
        cells += [word] * 4
    for value in (planned, planned, spent, left):
        cells += ["县市区财政", value]
    cells += ["其它"] * 4 + ["二、项目支出明细情况", "支出内容", "实际支出数(万元)", "办公费", spent, "支出合计", spent,
                            "三、项目绩效自评情况", "项目绩效定性目标及实施计划完成情况", "预  期 目 标", "实际完成",
                            "项目绩效定量目标(指标)及完成情况", "一级指标", "二级指标", "指标内容"]
    return "\n\n".join(cells).split("\n")


@pytest.mark.parametrize(("planned", "spent", "left"), [("86", "80.5", "5.5"), ("120.4", "120.4", "0")])
def test_a_report_form_after_another_form_keeps_its_funds(tmp_path: Path, planned: str, spent: str,
                                                           left: str) -> None:
    p = tmp_path / "page.txt"
    p.write_text("\n".join([*PROJECT, *_report(planned, spent, left)]) + "\n", encoding="utf-8")
    docs = read_path(p).documents
    assert [d.title for d in docs] == ["档案数字化加工", "非遗展演"]
    assert docs[0].funds["total"].annual_budget.value == Decimal("20.00")
    assert docs[1].funds["total"].annual_budget.value == Decimal(planned)
    assert docs[1].funds["total"].executed.value == Decimal(spent)


def _accounts(total: int, central: int, province: int) -> list[str]:
    local = total - central - province
    tables = ["一般公共预算收入决算表", "一般公共预算支出决算表", "一般公共预算本级支出决算表", "一般公共预算基本支出决算表",
              "一般公共预算税收返还和转移支付决算表", "专项转移支付分地区分项目明细表", "政府性基金预算收入决算表",
              "政府性基金预算支出决算表", "政府性基金预算本级支出决算表", "政府性基金预算转移性收支决算表", "国有资本经营收入决算表",
              "国有资本经营支出决算表", "国有资本经营本级支出决算表", "国有资本经营预算转移支付表", "社会保险基金收支决算表",
              "社会保险基金收入决算表", "社会保险基金支出决算表", "地方政府一般债务和专项债务限额和余额情况表",
              "政府一般债务限额和余额表", "政府专项债务限额和余额表", "一般债券使用情况明细表", "专项债券使用情况明细表",
              "“三公”经费决算情况表"]
    return ["2021年某某县政府决算公开", "目 录", "第一部分 决算报告", "第二部分 决算报表",
            *[f"{i}、{t}" for i, t in enumerate(tables, 1)], "第三部分 相关说明", "第一部分 决算报告",
            "关于2021年财政决算草案的报告", "县财政局局长 某某", "(2022年7月29日)", "县人大常委会:",
            "我受县人民政府委托,向会议报告我县2021年财政决算草案,请予审查。", "一、2021年财政决算情况",
            "(一)2021年一般公共预算收支概况",
            f"2021年,全县一般公共预算收入完成{total}万元,同比增长21.41%。其中,上划中央收入完成{central}万元,"
            f"同比增长21.73%;上划省级收入完成{province}万元,同比增长14.95%;一般公共预算地方收入完成{local}万元,"
            "同比增长16.61%。"]


@pytest.mark.parametrize(("total", "central", "province"), [(112853, 36400, 8777), (50210, 12000, 3010)])
def test_a_government_accounts_contents_is_read_with_its_report(tmp_path: Path, total: int, central: int,
                                                                province: int) -> None:
    p = tmp_path / "page.txt"
    p.write_text("\n".join([*PROJECT, *_accounts(total, central, province)]) + "\n", encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["project_self_evaluation", "final_accounts"]
    rows = {r.name: v.value for t in docs[1].extra["accounts"].tables for r in t.rows for v in r.values.values()}
    assert Decimal(total) in rows.values() and Decimal(central) in rows.values()

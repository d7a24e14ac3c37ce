"""A self-evaluation's page whose report states its fund in sentences no report wording knows ("下达至我区的直达资金
总量B亿元…支出金额E亿元…支出进度x%"): the report reader reads no budget, so the budget, spending and rate are read as
the reader of any fund stated in prose reads them (``recognise.transfer_stated``), the report's other readings kept,
a located note saying the figures come from the sentences; a page stating no sure budget stays a report whose funds
are missing."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_path
from layouts.files import write

_NOTICE = ("根据县财政局《关于开展{y}年度预算绩效自评工作的通知》要求，我单位对上年度项目支出和部门整体支出开展了绩效自评，"
           "形成了自评报告和自评表，现将有关情况公开如下：")


@pytest.mark.parametrize("seed", range(5))
def test_a_reports_fund_stated_in_sentences_is_read(tmp_path: Path, seed: int) -> None:
    budget = Decimal("19.56") + seed
    spent = Decimal("4.54") + seed
    rate = (spent / budget * 100).quantize(Decimal("0.1"))
    text = "\n".join([_NOTICE.format(y=2031 + seed),
                      f"1-5月中央、省下达至我区的直达资金总量{budget}亿元(其中共同财政事权转移支付2.79亿元),支出金额{spent}亿元,"
                      f"分配进度100%,支出进度{rate}%。"]) + "\n"
    (doc,) = read_path(write(tmp_path, text, "page.txt")).documents
    total = doc.funds["total"]
    assert (total.annual_budget.dec, total.executed.dec, total.rate.dec) == (budget, spent, rate)
    assert total.annual_budget.source is not None and total.annual_budget.source.line == 2
    assert any(p.message.startswith("只从正文的数字陈述读取") for p in doc.problems)
    assert not any("文中未读到预算数与执行数" in p.message for p in doc.problems)


def test_a_report_stating_no_sure_budget_keeps_its_funds_missing(tmp_path: Path) -> None:
    text = "\n".join([_NOTICE.format(y=2031), "项目绩效自评报告", "本项目资金使用规范，项目按期完成，自评得分95分。"]) + "\n"
    (doc,) = read_path(write(tmp_path, text, "page.txt")).documents
    assert doc.funds["total"].annual_budget.value is None
    assert any("文中未读到预算数与执行数" in p.message for p in doc.problems)


@pytest.mark.parametrize("seed", range(4))
def test_a_special_funds_form_run_together_takes_its_stated_amounts(tmp_path: Path, seed: int) -> None:
    """四川's 专项资金绩效自评表 run onto one line: its indicators are read, its funds block (年度金额(提前下达):B万元
    资金使用情况(万元)合计:E万元, then each level's two amounts) is no funds row a form reader knows, so the amounts its
    labels state are read as the reader of a fund's statements reads them; nothing else of the form changes."""
    b1, b2, e1, e2 = Decimal(165 + seed), Decimal(43), Decimal("84.5") + seed, Decimal("25.3")
    text = ("专项名称普惠金融发展专项资金省级主管部门某省财政厅资金情况(万元)"
            f"年度金额(提前下达):{b1 + b2}万元资金使用情况(万元)合计:{e1 + e2}万元中央财政{b1}万元中央财政{e1}万元"
            f"省级财政{b2}万元省级财政{e2}万元年度总体目标目标1:支持农村金融组织体系建设,完成情况1:支持农村金融组织体系建设,"
            "绩效目标完成情况一级指标二级指标三级指标指标值完成值权重得分产出指标数量指标创业担保贷款发放额增长率≥10%15.25%20%20"
            "质量指标创业担保贷款回收率≥90%98.70%20%20资金足额拨付率100%100%10%10地方配套到位率100%100%10%10效益指标"
            "经济效益指标创业担保基金放大倍数≥2倍10倍10%10社会效益指标金融机构网点覆盖率≥60%85%10%10满意度指标服务对象满意度"
            "指标金融机构满意度≥80%≥80%10%10个人满意度≥80%100%5%5小微企业满意度≥80%100%5%5得分合计100。\n")
    (doc,) = read_path(write(tmp_path, text, "form.txt")).documents
    total = doc.funds["total"]
    assert (total.annual_budget.dec, total.executed.dec) == (b1 + b2, e1 + e2)
    assert len(doc.indicators) >= 5

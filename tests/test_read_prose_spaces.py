"""Prose broken by the spaces PDF text extraction puts inside runs of Chinese characters (财政部关 于提前下 达) reads as
the clean prose (``despace._in_prose``), while a table's row flattened to spaces keeps its cells apart; and a funds
row whose digits ran together and split no way the form's arithmetic allows is not read at a guess
(``placement``: a percent figure is a rate's)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from jixiao.read.despace import despace
from jixiao.read.recognise.placement import place
from layouts import degrade

_REPORT = ("某县2024年度中央转移支付资金绩效自评报告\n一、绩效目标分解下达情况\n"
           "中央下达农业生产发展转移支付预算463142万元;又下达耕地地力保护补贴资金163455万元;再下达实际种粮农民"
           "一次性补贴资金预算44440万元;全年资金合计671037万元。其中约束性任务资金合计575218万元,指导性任务资金合计"
           "95819万元。\n")


def test_gaps_inside_a_sentence_of_prose_are_closed() -> None:
    assert despace("中央以《财政部关 于提前下 达农业相 关资金预 算的通知》文件下达 我区预算463142万元;") == \
        "中央以《财政部关于提前下达农业相关资金预算的通知》文件下达我区预算463142万元;"
    assert despace("一、绩效目标 分解下达 情况") == "一、绩效目标分解下达情况"  # the transfer report's own heading


def test_cells_of_a_flattened_row_stay_apart() -> None:
    row = "资金落实 资金到位率 3分 实际到位资金与计划投入资金的比率,用以反映资金落实情况。"  # a number standing alone
    assert despace(row) == row
    header = "评价指标 标准 一 评价内容 二级 三级 分值 级 说明,见下。"  # characters standing alone
    assert despace(header) == header
    labels = "年度总体目标 实际完成情况 本项目完成了培训,效果良好。"  # a label standing as a word of its own
    assert despace(labels) == labels
    assert despace("演出设备 更新 音响 灯光") == "演出设备 更新 音响 灯光"  # no sentence: as printed
    flat = "首页 > 预算绩效 示例市某局2019年度自评报告 一、部门基本情况 （一）部门职能 负责全区的管理工作。"
    assert despace(flat) == flat  # lines flattened into one (a page's furniture, headings), not a broken sentence


def test_a_title_broken_by_pdf_gaps_is_closed_but_a_flattened_rows_cells_stay_apart() -> None:
    """A title line (no sentence, a notice's or report's name once closed) is closed as prose is: 福州's 直达资金 report
    is recognised by its title. Beside a label standing as a word of its own, or with a number standing alone, the
    gaps are a flattened row's and stay."""
    assert despace("某市2031年直达资 金预算执 行情况") == "某市2031年直达资金预算执行情况"
    assert despace("财政部关 于下达2031年某某专 项资金预算的通 知") == "财政部关于下达2031年某某专项资金预算的通知"
    assert despace("对下转移 支付情况 的说明") == "对下转移支付情况的说明"
    for row in ("项目名称 某某项目实施方案", "年初预算数 全年预算数 全年执行数", "合计 100 情况", "演出设备 更新 音响 灯光",
                "项目 上年决算数 本年决算数 比上年增、减情况", "某县某局2031年度部门决算公开 一、单位基本情况"):
        assert despace(row) == row


def test_a_direct_funds_report_whose_title_pdf_gaps_broke_is_read(tmp_path: Path) -> None:
    text = ("某市2031年直达资金预算执行情况\n为贯彻党中央、国务院的决策部署,我局持续推动直达资金预算执行。截至2031年"
            "12月31日,全市中央直达资金规模72.30亿元,支出66.99亿元,支出进度92.7%,高出全省平均水平4.3个百分点。其中,"
            "市本级管理的中央财政直达资金总额为34.25亿元,形成支出32.73亿元,支付进度95.6%。\n")
    for shaped in (text, degrade.pdf_spaces(text)):
        (tmp_path / "report.txt").write_text(shaped, encoding="utf-8")
        docs = read_path(tmp_path / "report.txt").documents
        assert [d.funds["total"].annual_budget.dec for d in docs] == [Decimal("72.30")], shaped


@pytest.mark.parametrize("every", [3, 4, 5])
def test_a_transfer_report_broken_by_pdf_spaces_reads_its_total(tmp_path: Path, every: int) -> None:
    spaced = degrade.pdf_spaces(_REPORT, every)
    assert spaced != _REPORT
    (tmp_path / "report.txt").write_text(spaced, encoding="utf-8")
    docs = read_path(tmp_path / "report.txt").documents
    assert len(docs) == 1 and docs[0].funds["total"].annual_budget.dec == Decimal("671037")


def test_a_run_split_no_way_the_arithmetic_allows_is_not_read() -> None:
    cols = ["initial_budget", "annual_budget", "executed", "weight", "rate"]
    got = place(["88.5", "88.5", "88.5", "100100%10"], cols)  # 100100% would stand under 分值
    assert {k: v.text for k, v in got.values.items()} == {"initial_budget": "88.5", "annual_budget": "88.5",
                                                          "executed": "88.5"}
    apart = place(["88.5", "88.5", "88.5", "10", "100%"], cols)  # printed apart: read as printed
    assert {k: v.text for k, v in apart.values.items()}["rate"] == "100%"


def test_a_run_together_funds_row_makes_no_false_rate_error(tmp_path: Path) -> None:
    form = ("项目支出绩效自评表(2021年度)项目名称法律服务经费主管部门东湖县司法局项目资金(万元)实施单位东湖县司法局"
            "年初预算数全年预算数全年执行数分值执行率(全年执行数/全年预算数)年度资金总额:88.5万元88.5万元88.5万元"
            "100100%10其中:当年财政拨款88.5万元88.5万元88.5万元100100%10得分上年结转资金其他资金\n")
    (tmp_path / "form.txt").write_text(form, encoding="utf-8")
    result = audit_paths([str(tmp_path / "form.txt")])
    (doc,) = result.documents  # the form is read: its amounts, not its run-together rate
    t = doc.funds["total"]
    assert (t.initial_budget.dec, t.annual_budget.dec, t.executed.dec, t.rate.value) == (Decimal("88.5"),) * 3 + (None,)
    errors = [f for f in result.findings if f.severity == "error"]
    assert errors == [], [f.message for f in errors]

"""转移支付 allocation notices (关于下达…资金的通知 with its 区域绩效目标表), transfer reports that say so in a
sentence, and the prose's 其中 lists checked against the amount they split: generated layouts, invented
figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.audit import audit_paths
from jixiao.audit.transfer_said import check_said
from jixiao.core.records import Document, Val
from jixiao.core.source import Source
from jixiao.read import read_path
from jixiao.read.recognise.transfer import SAID
from jixiao.read.recognise.transfer_said import Said


def _transfer(path: Path) -> Document:
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    assert len(docs) == 1, [d.type for d in read_path(path).documents]
    return docs[0]


def _notice(total: str, part_a: str, part_b: str, split: tuple[str, str]) -> str:
    return (
        "关于下达2031年中央财政林业生态保护恢复资金的通知\n"
        "某某区林业局:\n"
        f"根据市财政局《关于下达2031年中央财政林业生态恢复资金的通知》精神,现将2031年中央财政林业生态保护恢复"
        f"专项资金{total}万元下达给你局,年终列入相关政府收支分类科目,现将有关事项通知如下:\n"
        f"一、天然林保护工程社会保险补助{part_a}万元,参保人数为88人。\n"
        f"二、退耕还林政策兑现补助资金{part_b}万元,计划兑现面积1200亩,其中:粮食折现补贴{split[0]}万元、"
        f"现金补贴{split[1]}万元,年终列入政府收支分类科目。\n"
        "附件:2031年林业生态保护恢复资金区域绩效目标申报表\n"
        f"区级财政部门 |\n某某区财政局 | |||\n年度金额(万元) |\n{total} | |||\n"
    )


def test_notice_amount_read_and_its_parts_agree(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(_notice("256.30", "201.10", "55.20", ("41.70", "13.50")), encoding="utf-8")
    doc = _transfer(path)
    assert doc.funds["total"].annual_budget.dec == Decimal("256.30")
    assert doc.funds["total"].annual_budget.source.line == 3
    assert doc.extra["layout_family"] == "transfer-allocation-notice"
    assert [(s.total.dec, [p.dec for p in s.parts]) for s in doc.extra[SAID]] == [
        (Decimal("55.20"), [Decimal("41.70"), Decimal("13.50")])]
    assert not [f for f in audit_paths([str(path)]).findings if f.kind == "said_parts_sum" or f.severity == "error"]


def test_planted_split_that_does_not_add_is_found_as_suspect(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(_notice("256.30", "201.10", "55.20", ("41.70", "12.50")), encoding="utf-8")
    found = [f for f in audit_paths([str(path)]).findings if f.kind == "said_parts_sum"]
    assert [(f.severity, f.reported, f.recomputed, f.location.line, f.row) for f in found] == [
        ("suspect", "55.20", "54.20", 5, "退耕还林政策兑现补助资金")]
    assert not [f for f in audit_paths([str(path)]).findings if f.severity == "error"]


@pytest.mark.parametrize("cell", ("年度金额(万元) |\n4,310 | |||\n", "资金额度 4310 万 年度总体目标 ",
                                  "资金总额 |\n4310 |\n"))
def test_regional_target_table_amount(tmp_path: Path, cell: str) -> None:
    """A 区域绩效目标表 on its own gives its amount; beside an allocation table it does not (it may cover part)."""
    path = tmp_path / "target.txt"
    body = f"附件2 某某补助资金区域绩效目标表 (2031年度) 专项名称 某某补助资金 主管部门 省某厅\n{cell}绩效指标\n"
    path.write_text(body, encoding="utf-8")
    assert _transfer(path).funds["total"].annual_budget.dec == Decimal("4310")
    path.write_text("附件1 资金分配表\n" + body, encoding="utf-8")
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    assert not any(d.funds.get("total") and d.funds["total"].annual_budget.value is not None for d in docs)


def test_report_saying_it_evaluates_a_transfer(tmp_path: Path) -> None:
    """No template heading and no 转移支付 in the title: a sentence says the text evaluates a transfer. 应执行数 is
    the budget (never the spending); an amount in 万 alone counts, 万亩 never; a fund's name in brackets may stand
    between 资金 and its amount."""
    path = tmp_path / "report.txt"
    path.write_text(
        "关于上报2031年某某护理费项目支出绩效自评的报告\n"
        "根据上级通知,我局对2031年中央对地方转移支付资金进行了绩效自评,现报告如下:\n"
        "2031年省级下拨护理费4.17万元;市级下拨护理费4.17万元;全年应执行数为8.34万元,实际执行率为100%。"
        "完成造林12.5万亩。\n", encoding="utf-8")
    total = _transfer(path).funds["total"]
    assert (total.annual_budget.dec, total.executed.value, total.rate.dec) == (Decimal("8.34"), None, Decimal("100"))
    path.write_text(
        "某区残联中央转移支付2031年度绩效自评报告\n"
        "2031年下达某区中央转移支付资金(残疾人事业发展补助资金)37.4万元,用于残疾人基本康复。\n"
        "投入中央直达资金37.4万,执行数30.1万,执行率80.48%。\n", encoding="utf-8")
    total = _transfer(path).funds["total"]
    assert (total.annual_budget.dec, total.executed.dec, total.rate.dec) == (
        Decimal("37.4"), Decimal("30.1"), Decimal("80.48"))


def _said(total: str, parts: list[str]) -> Document:
    src = Source("x.txt", 1)
    doc = Document(type="project_self_evaluation", title="t", source=src)
    doc.extra["form"] = "transfer"
    doc.extra[SAID] = [Said("下达资金", Val(Decimal(total), total, src),
                            tuple(Val(Decimal(p), p, src) for p in parts))]
    return doc


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=10**7), min_size=2, max_size=6),
       st.integers(min_value=-2, max_value=2))
def test_parts_within_rounding_never_flagged(cents: list[int], nudge: int) -> None:
    """Parts printed to 0.01 that add to the total within their rounding are no finding; a difference beyond
    it always is (and only ever a suspect)."""
    parts = [f"{Decimal(c).scaleb(-2):.2f}" for c in cents]
    exact = sum((Decimal(p) for p in parts), Decimal(0))
    near = f"{exact + Decimal(nudge).scaleb(-2):.2f}"
    assert (not check_said(_said(near, parts))) == (abs(nudge) * Decimal("0.01") <= Decimal("0.005") * (len(parts) + 1))
    far = f"{exact + Decimal('0.5') * (len(parts) + 1):.2f}"
    assert [f.severity for f in check_said(_said(far, parts))] == ["suspect"]


@pytest.mark.parametrize(("levels", "found"), ((("88.14", "301.20", "42.5"), False), (("88.14", "301.20", "42.7"), True)))
def test_transfer_split_by_level(tmp_path: Path, levels: tuple[str, str, str], found: bool) -> None:
    """A town's report: the amount 下达…资金转移支付 said several times is the budget; its 其中 split by level
    (中央/省级/市级) is checked, the planted one (0.2 over) found as a suspect at the sentence's row."""
    path = tmp_path / "report.txt"
    path.write_text(
        "一、绩效目标分解下达情况\n"
        "(一)某县某镇人民政府2031年度下达上级资金转移支付431.84万元。绩效目标设置根据项目实施情况设置。\n"
        f"(二)某县某镇人民政府2031年度下达上级资金转移支付431.84万元。其中:中央级资金转移支付{levels[0]}万元,"
        f"省级资金转移支付{levels[1]}万元,市级资金{levels[2]}万元,资金共分为6个项目。\n"
        "二、绩效目标完成情况分析\n6个项目均完工,其中4个项目资金执行100%。\n", encoding="utf-8")
    assert _transfer(path).funds["total"].annual_budget.dec == Decimal("431.84")
    got = [(f.severity, f.row, f.location.line) for f in audit_paths([str(path)]).findings if f.kind == "said_parts_sum"]
    assert got == ([("suspect", "下达上级资金转移支付", 3)] if found else [])


def test_amount_sent_to_the_writer(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "某区交通运输局车辆购置税收入补助地方资金转移支付2031年度绩效自评报告\n"
        "根据某财建〔2031〕12号关于下达2031年车辆购置税收入补助地方资金预算的通知,下达我局618.4万元,"
        "用于自然村通硬化路等。\n二、综合评价结论\n某区交通运输局整体绩效自评分数为87.5分,等级为B。\n", encoding="utf-8")
    doc = _transfer(path)
    assert (doc.funds["total"].annual_budget.dec, doc.total_score.dec, doc.total_score.source.line) == (
        Decimal("618.4"), Decimal("87.5"), 4)
    assert not [f for f in audit_paths([str(path)]).findings if f.severity == "error"]


@pytest.mark.parametrize(("city", "found"), (("173", False), ("183", True)))
def test_notice_with_its_split_in_brackets(tmp_path: Path, city: str, found: bool) -> None:
    """基金(资金)X万元(其中:中央资金…,市级资金…)下达给你们: the amount is read; the bracketed split is checked."""
    path = tmp_path / "notice.txt"
    path.write_text(
        "某区财政局\n关于提前下达2032年水库移民后期扶持基金(资金)的通知\n区水利局:\n"
        f"根据有关文件,现将2032年水库移民后期扶持基金(资金)4125万元(其中:中央资金3952万元,市级资金{city}万元)"
        "下达给你们,具体项目详见附件1。\n一、本次下达的资金中有2210万元为参照直达资金管理的资金。\n", encoding="utf-8")
    doc = _transfer(path)
    assert (doc.funds["total"].annual_budget.dec, doc.title) == (
        Decimal("4125"), "关于提前下达2032年水库移民后期扶持基金(资金)的通知")
    got = [(f.severity, f.reported, f.recomputed) for f in audit_paths([str(path)]).findings
           if f.kind == "said_parts_sum"]
    assert got == ([("suspect", "4125", "4135")] if found else [])


def test_notice_saying_xiada_first_with_its_table(tmp_path: Path) -> None:
    """No title: the sentence 现下达你镇…资金X万元 makes the notice; its attached 分配表, whose 合计 the table alone
    cannot confirm (one amount column, no 小计), is kept whole and the notice's amount read."""
    path = tmp_path / "notice.txt"
    path.write_text(
        "某某镇人民政府:\n根据有关文件精神,现下达你镇2032年市级农业产业强镇奖补资金(第一批)240万元(详见附件1),"
        "有关事项通知如下:一、请加强资金监管。\n附件1\n2032年市级农业产业强镇奖补资金分配表\n"
        "| 序号 | 乡镇名单 | 补助资金(万元) |\n| 1 | 某某镇 | 240 |\n| 合计 | | 240 |\n", encoding="utf-8")
    doc = _transfer(path)
    assert doc.funds["total"].annual_budget.dec == Decimal("240")
    assert any([c.text for c in row if c.text] == ["合计", "240"] for t in doc.tables for row in t.rows)
    path.write_text("某某镇人民政府:\n现将有关事项通知如下:请加强资金监管。\n", encoding="utf-8")
    assert not [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]


def test_a_change_split_is_no_whole(tmp_path: Path) -> None:
    """较上年减少X万元，其中…: the parts of a change need not make it; only a whole is checked."""
    path = tmp_path / "report.txt"
    path.write_text(
        "某县2031年度中央转移支付资金绩效自评报告\n一、绩效目标分解下达情况\n"
        "2031年下达资金共计600万元,较上年减少45万元,其中:中央资金50万元,省级资金10万元。\n", encoding="utf-8")
    doc = _transfer(path)
    assert doc.funds["total"].annual_budget.dec == Decimal("600")
    assert doc.extra[SAID] == []


def test_totals_said_of_the_lines_above_read_in_linear_time(tmp_path: Path) -> None:
    """以上合计 on every one of 2,500 lines (20,000 characters): each total's list ends at the previous total's line,
    so every line is walked once (the walk back through all earlier lines took 40 s); the amounts read as before."""
    import time

    from jixiao.read import read_file
    from jixiao.read.recognise.transfer_notice import read_notice
    from jixiao.read.recognise.transfer_text import flatten

    head = "关于下达2024年农村公路养护补助资金的通知\n各乡镇：\n"
    path = tmp_path / "q.txt"
    path.write_text(head + "以上合计1万元\n" * 2500, encoding="utf-8")
    flat = flatten(read_file(path))
    start = time.perf_counter()
    read_notice(flat)
    assert time.perf_counter() - start < 5
    path.write_text(head + "甲镇养护资金10万元\n乙镇养护资金20万元\n以上合计30万元\n", encoding="utf-8")
    got = read_notice(flatten(read_file(path)))
    assert got is not None and got[2].rows["total"]["annual_budget"].dec == Decimal(30)

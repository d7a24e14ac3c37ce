"""The two real budget disclosures (上海市普陀区司法局 2026 部门预算 and 单位预算, published PDFs in samples/):
every table read with its codes and figures, every identity that holds shown to hold, and the findings
exactly the document's own mistakes (each verified by hand against the PDF text; see the comments)."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal as D
from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.accounts.model import Accounts, AccountTable
from jixiao.core.records import Document
from jixiao.read.pdf import read_pdf
from jixiao.read.recognise.accounts import recognise

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
KINDS = ["summary", "income", "expenditure", "fiscal_summary", "gp_expenditure", "gov_fund", "soe_capital",
         "gp_basic", "three_public"]


def _doc(name: str) -> Document:
    fr = read_pdf(str(SAMPLES / name))
    assert fr.problems == []  # page 3 of the dept file is an empty white grid, not a scan
    docs = recognise(fr)
    assert [d.type for d in docs] == ["budget_disclosure"]  # labelled a disclosure (部门预算), not 部门决算
    return docs[0]


@pytest.fixture(scope="module")
def dept() -> Document:
    return _doc("budget-2026-putuo-sifaju-dept.pdf")


@pytest.fixture(scope="module")
def unit() -> Document:
    return _doc("budget-2026-putuo-sifaju-unit.pdf")


def _acc(doc: Document) -> Accounts:
    acc = doc.extra["accounts"]
    assert isinstance(acc, Accounts)
    return acc


def _table(doc: Document, kind: str) -> AccountTable:
    t = _acc(doc).table(kind)
    assert t is not None
    return t


def _row(t: AccountTable, code: str) -> dict[str, D | None]:
    r = next(r for r in t.rows if r.code == code)
    return {"name": r.name, **{c: r.get(c).dec for c in t.columns}}  # type: ignore[dict-item]


def test_dept_every_table_read_with_its_codes(dept: Document) -> None:
    acc = _acc(dept)
    assert (acc.stage, acc.year, acc.unit_name) == ("budget", 2026, "上海市普陀区司法局")
    assert dept.title == "上海市普陀区2026年区级部门预算"
    assert [t.kind for t in acc.tables] == KINDS
    assert [k for k, _, _ in acc.contents] == KINDS  # the 目录 (a one-column table on page 2) lists all nine
    income = _table(dept, "income")
    assert income.columns == ["合计", "财政拨款收入", "事业收入", "事业单位经营收入", "其他收入"]
    assert [r.code for r in income.coded][:3] == ["204", "20406", "2040601"]
    assert _row(income, "2080505") == {"name": "机关事业单位基本养老保险缴费支出", "合计": D("1839485.00"),
                                        "财政拨款收入": D("1839485.00"), "事业收入": D("0.00"),
                                        "事业单位经营收入": D("0.00"), "其他收入": D("0.00")}
    assert income.total_row is not None and income.total_row.get("合计").dec == D("96282213.44")
    # 支出预算总表 goes on from page 12 to page 13 without its header
    exp = _table(dept, "expenditure")
    assert len(exp.coded) == 21 and exp.rows[-1].source.page == 13
    assert exp.total_row is not None and exp.total_row.get("基本支出").dec == D("25741666.44")
    assert _row(exp, "2040699") == {"name": "其他司法支出", "合计": D("38454900.00"), "基本支出": D("0.00"),
                                     "项目支出": D("38454900.00")}
    # 一般公共预算支出表 goes on to page 16 with its three header rows repeated
    gp = _table(dept, "gp_expenditure")
    assert len(gp.coded) == 21 and [r.code for r in gp.coded][-2:] == ["2210201", "2210203"]
    assert gp.total_row is not None and gp.total_row.get("项目支出").dec == D("70540547.00")
    basic = _table(dept, "gp_basic")
    assert basic.columns == ["合计", "人员经费", "公用经费"] and len(basic.coded) == 29
    assert _row(basic, "30217")["公用经费"] == D("8265.00")
    assert basic.total_row is not None and basic.total_row.get("人员经费").dec == D("23563342.00")
    summary = _table(dept, "summary")
    item = summary.item("财政拨款收入", "income")
    assert item is not None and item.get("预算数").dec == D("96282213.44")
    assert [r.name for r in summary.rows if r.side == "expenditure"] == [
        "一、公共安全支出", "二、社会保障和就业支出", "三、卫生健康支出", "四、住房保障支出", "支出总计"]
    fiscal = _table(dept, "fiscal_summary")
    assert fiscal.columns == ["预算数", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"]
    for kind in ("gov_fund", "soe_capital"):  # "无" and an empty 合计, declared: "故本表为空表"
        t = _table(dept, kind)
        assert t.coded == [] and t.statement is not None and "空表" in t.statement[0]
    three = _table(dept, "three_public")
    assert three.unit == "万元" and income.unit == "元"
    assert three.columns == ["预算数"]
    assert {r.item: r.get("预算数").dec for r in three.rows} == {
        "合计": D("10.81"), "因公出国(境)费": D("0"), "公务接待费": D("0.83"),
        "公务用车购置及运行费": D("9.98"), "公务用车购置费": D("0"), "公务用车运行费": D("9.98"),
        "机关运行经费": D("217.83")}


def test_unit_tables_split_where_the_title_is_drawn_inside_the_grid(unit: Document) -> None:
    acc = _acc(unit)
    assert [t.kind for t in acc.tables] == KINDS and acc.year == 2026
    # page 13 draws its title and byline as rows of its grid: a table of its own, not the 支出表 going on
    fiscal = _table(unit, "fiscal_summary")
    assert fiscal.source.page == 13
    assert [r.name for r in fiscal.rows if r.side == "expenditure"][-2:] == ["四、住房保障支出", "支出总计"]
    summary = _table(unit, "summary")  # four header rows: 预算数 over 合计 / 基本支出 (人员经费, 公用经费) / 项目支出
    assert summary.columns == ["预算数", "合计", "人员经费", "公用经费", "项目支出"]
    total = summary.item("支出总计", "expenditure")
    assert total is not None and total.get("人员经费").dec == D("20374181")
    exp = _table(unit, "expenditure")
    assert _row(exp, "2040601")["项目支出"] == D("64840547.00")  # as printed (the document's mistake)
    assert exp.total_row is not None and exp.total_row.get("基本支出").text == "22,118,861"


def _checks(doc: Document) -> tuple[list[tuple[str, str, bool]], list[tuple[str, str, str | None]]]:
    made: list[tuple[str, str, bool]] = []
    findings = check_accounts(doc, made=made)
    return made, sorted((f.kind, f.severity, f.row) for f in findings if f.severity != "info")


def test_dept_every_identity_holds_and_only_the_texts_mistakes_are_found(dept: Document) -> None:
    made, found = _checks(dept)
    assert Counter(k for k, _, _ in made) == Counter(
        {"row_sum": 103, "tree_sum": 100, "cross_table": 77, "total_sum": 16, "balance": 9, "three_public": 2,
         "text_compare": 1})  # the notes' 持平 of the vehicles = its two parts' 持平; total_sum: the notes' 收入预算 = its
    # four sources, a list that names its rest (其他收入)
    assert all(held for _, _, held in made)
    assert found == sorted([
        # item 6: 2025 executed "43269.3" (3269.3 with a stray 4): 3845.49 is no 17.62% increase of it
        ("text_growth", "error", "其他司法支出（2040699）"),
        # item 9: 91.97 over 77.99 is +17.93%, the text copies item 8's 17.66%
        ("text_growth", "error", "机关事业单位职业年金缴费支出（2080506）"),
        # item 12: "2026年预算安排201.50万元"; the tables say 2,087,959.00 元 (208.80 万元, as the item's head)
        ("text_amount", "error", "221 02 01 住房公积金"),
        ("text_name", "suspect", "210"),  # 医疗卫生与计划生育支出: the 类's name before 2019
        ("text_year", "suspect", "比2026年预算"), ("text_year", "suspect", "比2026年预算"),
        ("text_year", "suspect", "比2026年预算"),  # a 2026 budget compared with "2026年预算"
        ("text_year", "suspect", "实施周期"),  # the 人民调解 project of the 2026 budget runs 2025-01-01..2025-12-31
    ])


def test_unit_every_identity_but_the_real_mistake_holds(unit: Document) -> None:
    made, found = _checks(unit)
    failed = sorted(w for _, w, held in made if not held)
    assert len(made) == 319 and len(failed) == 6  # 318: with the notes' 持平 of the vehicles = its parts', the notes'
    # 收入预算 = its four sources (a list that names its rest, 其他收入); 319: the items' changes on last year summed to
    # the total's, one item's stated in the sentence after the one naming it (accounts.sangong_claims)
    assert failed == sorted([
        "支出预算总表「项目支出」204 06 司法：款 = Σ 项", "支出预算总表 204 06 01 行政运行：合计 = 基本支出 + 项目支出",
        "一般公共预算支出功能分类预算表「项目支出」204 06 司法：款 = Σ 项",
        "一般公共预算支出功能分类预算表 204 06 01 行政运行：合计 = 基本支出 + 项目支出",
        "人员经费（基本支出全部为一般公共预算拨款时应一致）", "公用经费（基本支出全部为一般公共预算拨款时应一致）"])
    assert found == sorted([
        # 204 06 01 行政运行 prints 项目支出 64,840,547.00 (the whole 款's) in both tables
        ("tree_sum", "error", "204 06 司法"), ("row_sum", "error", "204 06 01 行政运行"),
        ("tree_sum", "error", "204 06 司法"), ("row_sum", "error", "204 06 01 行政运行"),
        # the summary splits 基本支出 into 人员 20,374,181 + 公用 1,744,680; the 经济分类 table 20,272,981.00 + 1,845,880.34
        ("cross_table", "suspect", "人员经费"), ("cross_table", "suspect", "公用经费"),
        # item 1: 1434.89 against 1690.69 is -15.13%, the text keeps the dept's -1.10%
        ("text_growth", "error", "行政运行（2040601）"),
        ("text_amount", "error", "208 05 01 行政单位离退休"),  # "预算安排57.8万元", the table 561,240.00 元
        ("text_amount", "error", "221 02 03 购房补贴"),  # "预算安排170.03万元", the table 2,070,000.00 元
        ("text_growth", "error", "购房补贴（2210203）"),  # "增加21.74%" from 241.76 to 207 or 170.03
        ("text_name", "suspect", "210"),
        ("template_leftover", "suspect", "增加(减少)"), ("template_leftover", "suspect", "主要原因是。"),
    ])


def test_printed_without_its_cents_is_a_rounding_note_not_an_error(unit: Document) -> None:
    made: list[tuple[str, str, bool]] = []
    notes = [f for f in check_accounts(unit, made=made) if f.severity == "info" and f.kind != "cannot_verify"]
    # 合计 基本支出 printed "22,118,861" for 22,118,861.34: info in each place it is summed or compared
    assert sorted({f.reported for f in notes}) == ["22118861", "22118861.34", "79189400.34", "86959408.34"]
    assert all("较粗" in f.message for f in notes if f.kind != "cross_table")


def test_sangong_changes_on_last_year_without_its_column_are_said_unverifiable(unit: Document) -> None:
    """"与2025年预算数持平" for the total and five items (公务接待费's in the sentence after the one naming it), the
    三公 table giving this year only: one info naming them all, no error and no suspect on them."""
    found = [f for f in check_accounts(unit) if f.kind in ("cannot_verify", "text_compare")]
    assert [(f.kind, f.severity) for f in found] == [("cannot_verify", "info")]
    assert found[0].message.startswith("情况说明中 6 处“三公”经费增减无法核对（表中没有上年数列）")
    assert found[0].location is not None and found[0].location.page == 21

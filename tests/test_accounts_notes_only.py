"""A 决算情况说明 published without its tables is read as final accounts from the figures it states, and
checked as far as the words allow (generator: ``tests/layouts/accounts_notes.py``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.core.records import Document
from jixiao.read import read_path
from layouts.accounts_items import items
from layouts.accounts_notes import INCOME, PLANTS, Notes, invent
from layouts.budget_items import budget_items


def _read(tmp_path: Path, n: Notes) -> Document:
    p = tmp_path / "notes.txt"
    p.write_text("\n".join(n.lines) + "\n", encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["final_accounts"]
    return docs[0]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_stated_figures_are_read_and_hold(tmp_path: Path, seed: int) -> None:
    n = invent(seed)
    doc = _read(tmp_path, n)
    assert doc.year == n.year and doc.title == f"第二部分 {n.year}年度单位决算情况说明"
    t = doc.extra["accounts"].tables[0]
    stated = {r.name: r.get("金额").dec for r in t.rows}
    assert stated["收入总计"] == stated["本年收入合计"] == n.total_in
    assert stated["支出总计"] == stated["本年支出合计"] == n.total_out
    assert {k: stated[k] for k in INCOME} == n.income
    assert stated["基本支出"] == n.spending["基本支出"] and stated["项目支出"] == n.spending["项目支出"]
    assert all(r.source.line is not None for r in t.rows)
    made: list[tuple[str, str, bool]] = []
    found = check_accounts(doc, made=made)
    assert [f for f in found if f.severity != "info"] == []
    assert sum(1 for k, _, ok in made if k == "total_sum" and ok) == 2  # both 其中 lists add up
    assert sum(1 for k, _, ok in made if k == "text_growth" and ok) == 2


EXPECTED = {
    "parts": {("total_sum", "error", "本年收入合计")},
    "share": {("text_percent", "error", "一般公共预算财政拨款收入占比")},  # the share named by its line
    "growth": {("text_growth", "suspect", "收入总计")},
}


@pytest.mark.parametrize("plant", PLANTS)
def test_each_planted_mistake_is_found(tmp_path: Path, plant: str) -> None:
    doc = _read(tmp_path, invent(4, (plant,)))
    assert {(f.kind, f.severity, f.row) for f in check_accounts(doc) if f.severity != "info"} == EXPECTED[plant]


@pytest.mark.parametrize("plant", [(), ("share",)])
def test_a_change_said_before_the_parts_is_no_base_of_their_shares(tmp_path: Path, plant: tuple[str, ...]) -> None:
    """"本年收入合计A万元,较上年决算减少D万元,下降R%,…。其中:X万元,占p%": p is X ÷ A, never X ÷ D."""
    n = invent(5, plant, said_change=True)
    doc = _read(tmp_path, n)
    assert "较上年决算减少" in n.lines[5]
    stated = {r.name: r.get("金额").dec for r in doc.extra["accounts"].tables[0].rows}
    assert stated["本年收入合计"] == n.total_in and stated[INCOME[0]] == n.income[INCOME[0]]
    found = {(f.kind, f.severity, f.row) for f in check_accounts(doc) if f.severity != "info"}
    assert found == ({("text_percent", "error", "一般公共预算财政拨款收入占比")} if plant else set())


def test_a_project_report_mentioning_accounts_is_not_read_as_accounts(tmp_path: Path) -> None:
    p = tmp_path / "report.txt"
    p.write_text("部门决算情况说明\n本部门认真编制决算。\n", encoding="utf-8")
    assert read_path(p).documents == []


def _report(growth: str) -> list[str]:
    """A county's 预算执行情况报告: the revenue done, its change on the year before as a rate and an amount."""
    return ["东湖县2023年预算执行情况和2024年预算草案的报告",
            "一、2023年财政预算执行情况",
            f"1.本级征收完成数。地方一般公共预算收入完成28,583万元,占调整预算105.47%,同比增长{growth}%,增收2,798万元,"
            "从征收部门来看:税务部门完成13,866万元,财政部门完成14,717万元。从收入分类来看,税收收入完成11,136万元,"
            "非税收入完成17,447万元。"]


@pytest.mark.parametrize(("growth", "expected"), [
    ("10.85", set()),  # 2,798 ÷ (28,583 − 2,798) = 10.85%
    ("14.6", {("text_growth", "error", "地方一般公共预算收入")}),
])
def test_a_budget_report_rate_against_its_amounts(tmp_path: Path, growth: str, expected: set[tuple[str, str, str]]) -> None:
    p = tmp_path / "report.txt"
    p.write_text("\n".join(_report(growth)) + "\n", encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["budget_disclosure"]
    stated = {r.name: r.get("金额").dec for r in docs[0].extra["accounts"].tables[0].rows}
    assert stated["地方一般公共预算收入"] == 28583 and stated["非税收入"] == 17447
    assert {(f.kind, f.severity, f.row) for f in check_accounts(docs[0]) if f.severity != "info"} == expected


@pytest.mark.parametrize("seed", [1, 2])
def test_the_items_of_the_spending_are_read_by_their_names(tmp_path: Path, seed: int) -> None:
    """"X(类)Y(款)Z(项):支出决算为A万元" lines alone (a page starting in the middle of the 说明): a 决算 read from the
    items' figures, each under its 项's name (its 款's where the 项 is empty), the under-spent one's rate checked."""
    it = items(seed)
    p = tmp_path / "items.txt"
    p.write_text("\n".join(it.lines) + "\n", encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["final_accounts"]
    stated = {r.name: r.get("金额").dec for r in docs[0].extra["accounts"].tables[0].rows}
    assert stated == it.spent
    made: list[tuple[str, str, bool]] = []
    assert [f for f in check_accounts(docs[0], made=made) if f.severity != "info"] == []
    planted = items(seed, plant=True)
    p.write_text("\n".join(planted.lines) + "\n", encoding="utf-8")
    found = [(f.kind, f.severity, f.reported) for f in check_accounts(read_path(p).documents[0]) if f.severity != "info"]
    # a rate planted above 100% also contradicts its sentence's "决算数小于预算数"
    assert found == [("text_percent", "suspect", f"{planted.rate}%")] + (
        [("text_compare", "error", f"{planted.rate}%")] if planted.rate > 100 else [])


@pytest.mark.parametrize("seed", range(1, 9))
def test_a_rate_other_than_100_said_with_words_of_equality_is_found(tmp_path: Path, seed: int) -> None:
    """"完成预算103.25%,决算数与预算数持平" (等于, 一致; the rate 完成年初预算的/完成调整预算数的; either comma): the
    sentence gives no budget, its rate says the two differ: found at the rate; 100% with the same words is not."""
    p = tmp_path / "items.txt"
    p.write_text("\n".join(items(seed).lines) + "\n", encoding="utf-8")
    assert [f for f in check_accounts(read_path(p).documents[0]) if f.severity != "info"] == []
    off = items(seed, same_off=True)
    p.write_text("\n".join(off.lines) + "\n", encoding="utf-8")
    found = [f for f in check_accounts(read_path(p).documents[0]) if f.kind == "text_compare"]
    assert len(found) == 1 and found[0].severity == "error" and found[0].location.line == 3, found
    assert found[0].reported and found[0].reported in off.lines[2]


@pytest.mark.parametrize("plant", [False, True])
def test_a_budget_says_its_lines_in_its_own_words(tmp_path: Path, plant: bool) -> None:
    """"预算总收入" and "一般预算财政拨款收入" (a procuratorate's 2015 编制说明): the same lines as 收入总预算 and
    一般公共预算拨款收入, read and checked as those are."""
    total, fiscal, other, staff = Decimal("3836.27"), Decimal("3831.27"), Decimal("5.00"), Decimal("2950.90")
    printed = total + (Decimal(10) if plant else 0)
    shares = [(x / total * 100).quantize(Decimal("0.01")) for x in (fiscal, other)]
    lines = ["某省人民检察院2015年部门预算编制说明", "(一)收入情况",
             f"本年度预算总收入为{printed}万元,其中:一般预算财政拨款收入{fiscal}万元,占{shares[0]}%;其他收入{other}万元,"
             f"占{shares[1]}%。", "(二)支出情况", f"基本支出{staff + 1}万元,其中:人员经费支出{staff}万元,公用经费支出1.00万元。"]
    p = tmp_path / "budget.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["budget_disclosure"]
    stated = {r.name: r.get("金额").dec for r in docs[0].extra["accounts"].tables[0].rows}
    assert (stated["预算总收入"], stated["一般预算财政拨款收入"]) == (printed, fiscal)
    found = {(f.kind, f.severity, f.row) for f in check_accounts(docs[0]) if f.severity != "info"}
    # the total printed 10 high: its parts do not reach it, and the shares (of the true total) do not divide out
    assert found == ({("total_sum", "error", "预算总收入"), ("text_percent", "error", "一般预算财政拨款收入占比")} if plant else set())


@pytest.mark.parametrize("seed", [1, 2])
def test_a_budget_explained_item_by_item_is_read_by_its_items(tmp_path: Path, seed: int) -> None:
    """Each item named before its colon, after its list mark or its code, with the one amount arranged for it
    (generator: ``tests/layouts/budget_items.py``); an item given two arranged amounts is left unread, never
    guessed."""
    amounts, lines = budget_items(seed)
    p = tmp_path / "items.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["budget_disclosure"]
    assert {r.name: r.get("金额").dec for r in docs[0].extra["accounts"].tables[0].rows} == amounts
    assert [f for f in check_accounts(docs[0]) if f.severity != "info"] == []
    amounts, lines = budget_items(seed, twice=True)
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    stated = {r.name: r.get("金额").dec for r in read_path(p).documents[0].extra["accounts"].tables[0].rows}
    assert "一般行政管理事务" not in stated and stated["学前教育"] == amounts["学前教育"]


@pytest.mark.parametrize("rate", ["1.34", "3.34"])
def test_a_district_report_names_its_borrowing_and_its_spending_total(tmp_path: Path, rate: str) -> None:
    """A 决算草案 report's "债务转贷收入51546万元(其中:…),较预算调整数增加682万元,增长1.34%" and "一般公共预算支出总量
    273645万元": both read; the borrowing's rate checked (682 ÷ 50864 = 1.34%; 3.34% is found at its line)."""
    lines = ["关于某区2021年财政决算(草案)的报告", "(一)一般公共预算收支决算情况",
             "2021年一般公共预算收入实现281724万元,较预算调整数增加35289万元,增长14.32%。其中:地方一般公共预算收入30963万元。"
             f"债务转贷收入51546万元(其中:新增一般债券资金4000万元、置换一般债券资金46004万元、世行贷款1542万元),较预算调整数"
             f"增加682万元,增长{rate}%。全区一般公共预算支出总量273645万元,较预算调整数增加27210万元,增长11.04%。"]
    p = tmp_path / "report.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["final_accounts"]
    stated = {r.name: r.get("金额").dec for r in docs[0].extra["accounts"].tables[0].rows}
    assert stated["债务转贷收入"] == Decimal(51546) and stated["全区一般公共预算支出总量"] == Decimal(273645)
    found = [(f.kind, f.reported) for f in check_accounts(docs[0]) if f.severity != "info"]
    assert found == ([] if rate == "1.34" else [("text_growth", "3.34%")])


@pytest.mark.parametrize("target", ["任务数的", "年度任务的", "计划", "目标任务的", "全年任务"])
def test_a_part_done_against_its_own_target_is_not_a_share_of_the_whole(tmp_path: Path, target: str) -> None:
    """"其中税务部门完成13,866万元,占任务数的56.4%": the department's collection against its own 任务 (not stated), a
    completion rate, never its share of the total named before 其中 (which gives 48.51%); a share said of the total
    is still checked against it."""
    lines = _report("10.85")
    lines[-1] = lines[-1].replace(
        "从征收部门来看:税务部门完成13,866万元,财政部门完成14,717万元。",
        f"其中税务部门完成13,866万元,占{target}56.4%,同比增长3.2%;财政部门完成14,717万元,占{target}56.3%。")
    p = tmp_path / "report.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = read_path(p).documents
    assert [f for f in check_accounts(docs[0]) if f.kind == "text_percent"] == []
    p.write_text("\n".join(lines).replace(f"占{target}56.4%", "占收入的45.00%") + "\n", encoding="utf-8")
    found = [f for f in check_accounts(read_path(p).documents[0]) if f.kind == "text_percent"]
    assert [(f.severity, f.recomputed) for f in found] == [("error", "48.51%")]


@pytest.mark.parametrize("office", ["部门", "系统"])
@pytest.mark.parametrize("plant", [False, True])
def test_the_two_tax_offices_before_their_merger_are_read(tmp_path: Path, office: str, plant: bool) -> None:
    """Reports before 2018 name the revenue each tax office collected (国税部门/地税部门, or 系统): each is a line of
    its own, read; parts that add up to more than the revenue they are of are found."""
    gs, ds, cz = 22_891, 28_659, 4_483 + (5_000 if plant else 0)
    p = tmp_path / "report.txt"
    p.write_text("\n".join([
        "东湖区2016年1-5月预算执行情况", "一、一般公共预算收入执行情况",
        f"1-5月,全区一般公共预算收入完成{22_891 + 28_659 + 4_483:,}万元,完成年初预算的45.5%。其中:国税{office}完成"
        f"{gs:,}万元,完成年初预算的51.1%;地税{office}完成{ds:,}万元;财政{office}完成{cz:,}万元。"]) + "\n",
        encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["budget_disclosure"]
    stated = {r.name: r.get("金额").dec for r in docs[0].extra["accounts"].tables[0].rows}
    assert stated[f"国税{office}"] == gs and stated[f"地税{office}"] == ds
    found = {(f.kind, f.row) for f in check_accounts(docs[0]) if f.severity in ("error", "suspect")}
    assert bool(found) is plant


@pytest.mark.parametrize("budget", ["一般公共预算收入", "一般公共财政预算收入", "公共财政预算收入"])
@pytest.mark.parametrize("plant", [False, True])
def test_a_news_item_on_the_revenue_in_the_older_names(tmp_path: Path, budget: str, plant: bool) -> None:
    """A news item on the half year's revenue (2011-2014 called the general budget 公共财政预算): the revenue is a
    whole line, the text a budget's figures read (it was not recognised); a growth rate off its amounts is found."""
    rate = "24.4" if plant else "20.4"  # 6.5 ÷ (38.3 − 6.5) = 20.44%
    p = tmp_path / "news.txt"
    p.write_text(f"上半年,全市{budget}完成38.3亿元,同比增收6.5亿元,增长{rate}%,完成年初预算的53.5%。\n"
                 "全市税收收入28.1亿元,比去年同期提升4.8个百分点。\n(通讯员 陈东)\n", encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["budget_disclosure"]
    stated = {r.name: r.get("金额").dec for r in docs[0].extra["accounts"].tables[0].rows}
    assert stated[f"全市{budget}"] == Decimal("38.3") and stated["全市税收收入"] == Decimal("28.1")
    found = [f for f in check_accounts(docs[0]) if f.severity in ("error", "suspect")]
    assert bool(found) is plant

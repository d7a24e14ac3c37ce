"""Final accounts and 三公 statements that come as prose without tables (generator:
``tests/layouts/accounts_prose.py``): a page cut after its 目录 is recognised and says its tables are not in the
file (never one ``table_missing`` error per listed table); a report's 三公 paragraph in 亿元 is a 三公 document of its
own, its items' changes summed; an item's completion rate is never divided by the total's budget; a rate of change
on the wrong base is found at the line it is said of."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.read import read_path
from layouts.accounts_prose import (
    STYLES,
    TABLES,
    attachments_page,
    completion,
    contents_page,
    county_report,
    other_matters,
    report_with_sangong,
    staff_notes,
    town_changes,
)
from layouts.files import one, write


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("stage", ["final", "budget"])
@pytest.mark.parametrize("seed", [1, 2])
def test_a_page_cut_after_its_contents_is_recognised_and_says_so(tmp_path: Path, seed: int, stage: str,
                                                                 style: str) -> None:
    doc = one(tmp_path, contents_page(seed, stage, style),
              "final_accounts" if stage == "final" else "budget_disclosure")
    assert doc.extra["accounts"].stage == stage and doc.extra["accounts"].tables == []
    assert doc.title.endswith("部门决算" if stage == "final" else "部门预算")
    listed = len(TABLES) + (1 if style == "blank" else 0)  # 支出决算表(一) and (二) are two tables
    assert [p.message.split("（")[0] for p in doc.problems] == [f"目录列出 {listed} 张表"]
    assert check_accounts(doc) == []  # no table called missing: the text ends before the tables


def test_a_contents_page_reaching_its_first_sentence_states_both_totals(tmp_path: Path) -> None:
    """"2024年度收、支总计均为1523.26万" (the page cut inside its unit): both 总计 stated, and 收支总计 as said, the only
    figures read."""
    text = contents_page(3, "final") + "第二部分2024年度单位决算情况说明\n一、收入支出决算总体情况说明\n2024年度收、支总计均为1523.26万\n"
    doc = one(tmp_path, text, "final_accounts")
    rows = {r.name: r.get("金额").dec for t in doc.extra["accounts"].tables for r in t.rows}
    assert rows == {"收入总计": Decimal("1523.26"), "支出总计": Decimal("1523.26"), "收支总计": Decimal("1523.26")}


def test_a_contents_list_naming_too_few_tables_is_not_a_document(tmp_path: Path) -> None:
    text = "目 录\n一、收入支出决算总表\n二、单位概况\n三、名词解释\n"
    rr = read_path(write(tmp_path, text))
    assert rr.documents == [] or all(d.type not in ("final_accounts", "budget_disclosure") for d in rr.documents)


@pytest.mark.parametrize("plant", [False, True])
def test_a_reports_sangong_paragraph_in_yi_yuan_is_read_and_summed(tmp_path: Path, plant: bool) -> None:
    text, fig = report_with_sangong(3, plant)
    docs = read_path(write(tmp_path, text)).documents
    assert sorted(d.type for d in docs) == ["final_accounts", "sangong"]
    three = next(d for d in docs if d.type == "sangong")
    t = three.extra["accounts"].tables[0]
    assert t.unit == "亿元"
    read = {r.item: r.get("金额").dec for r in t.rows}
    assert read == fig
    accounts = next(d for d in docs if d.type == "final_accounts")
    assert all("三公" not in x for x, _ in accounts.body)  # the 三公 paragraph is the 三公 document's, not counted twice
    found = [(f.kind, f.severity) for d in docs for f in check_accounts(d) if f.severity != "info"]
    assert found == ([("text_compare", "suspect")] if plant else [])


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_an_items_completion_rate_is_never_divided_by_the_totals_budget(tmp_path: Path, seed: int) -> None:
    doc = one(tmp_path, completion(seed), "sangong")
    made: list[tuple[str, str, bool]] = []
    assert [f for f in check_accounts(doc, made=made) if f.severity != "info"] == []


@pytest.mark.parametrize("seed", [1, 2])
def test_a_change_on_last_year_divided_by_this_years_spending_is_found(tmp_path: Path, seed: int) -> None:
    text, spent, prior = town_changes(seed)
    assert [f for f in check_accounts(one(tmp_path, text, "sangong")) if f.severity != "info"] == []
    text, spent, prior = town_changes(seed, plant=True)
    found = [f for f in check_accounts(one(tmp_path, text, "sangong")) if f.severity != "info"]
    # an error since session 32: the change, its rate and this year's amount stand in one sentence (the second of
    # its two comparisons, read as a claim of its own), so the text's own figures prove it
    assert [(f.kind, f.severity) for f in found] == [("text_growth", "error")]
    assert "三公”经费支出" in (found[0].row or "")  # the line the change is said of, not "支出数"
    change = prior - spent
    assert found[0].recomputed == f"{(change / prior * 100).quantize(Decimal('0.01'))}%"
    assert found[0].location is not None and found[0].location.line == 4


@pytest.mark.parametrize("plant", [False, True])
def test_a_pdf_page_of_the_notes_whose_commas_made_cells_is_read_as_prose(tmp_path: Path, plant: bool) -> None:
    """Sentences with commas that the text reader took for a table's cells are read back as the sentences they
    are: every class named with its figure, and a class printed with the wrong figure found by its own change."""
    text, fig = staff_notes(2, plant)
    doc = one(tmp_path, text, "budget_disclosure")
    read = {r.name: r.get("金额").dec for t in doc.extra["accounts"].tables for r in t.rows}
    assert {k: read.get(k) for k in fig} == fig
    found = [(f.kind, f.severity, f.row) for f in check_accounts(doc) if f.severity != "info"]
    assert found == ([("text_growth", "suspect", "商品和服务支出预算增减率")] if plant else [])


def test_a_budget_listing_its_tables_under_its_second_part_is_recognised(tmp_path: Path) -> None:
    text, income = attachments_page(4)
    doc = one(tmp_path, text, "budget_disclosure")
    assert doc.title == "某市某中心2018年部门预算"
    read = {r.name: r.get("金额").dec for t in doc.extra["accounts"].tables for r in t.rows}
    assert read == {"收入总预算": income}
    assert doc.problems[0].message.startswith("目录列出 8 张表") and "只能核对说明中的数字" in doc.problems[0].message
    assert [f for f in check_accounts(doc) if f.severity != "info"] == []


@pytest.mark.parametrize("plant", [False, True])
def test_final_accounts_other_matters_under_their_own_heading(tmp_path: Path, plant: bool) -> None:
    """Two lines named under a heading that says 部门决算…说明 are a 说明 (three are needed without one)."""
    text, income, running = other_matters(3, plant)
    doc = one(tmp_path, text, "final_accounts")
    read = {r.name: r.get("金额").dec for t in doc.extra["accounts"].tables for r in t.rows}
    assert read["部门收入"] == income and read["机关运行经费财政拨款"] == running
    found = [(f.kind, f.severity) for f in check_accounts(doc) if f.severity != "info"]
    assert found == ([("text_growth", "suspect")] if plant else [])


@pytest.mark.parametrize("seed", [1, 2])
def test_a_county_report_keeps_its_levels_apart_and_its_title(tmp_path: Path, seed: int) -> None:
    text, fig = county_report(seed)
    doc = one(tmp_path, text, "budget_disclosure")
    assert doc.title == "关于某县2022年预算执行情况和2023年预算草案的报告"  # not the 目录's entry 一、…情况说明
    read = {r.name: r.get("金额").dec for t in doc.extra["accounts"].tables for r in t.rows}
    assert {k: read.get(k) for k in fig} == fig


@pytest.mark.parametrize(("title", "kind"), [
    ("关于某区2023年财政预算执行情况和2024年财政预算(草案)的报告", "budget_disclosure"),
    ("关于某县2022年预算执行情况与2023年预算草案的报告", "budget_disclosure"),
    ("关于某县2021年本级决算(草案)的报告", "final_accounts"),
])
def test_a_report_under_its_own_title_states_two_lines(tmp_path: Path, title: str, kind: str) -> None:
    """A government's report named as such ((草案) in brackets, 与 for 和): two lines named under that title are
    its figures (three are needed without a title that says what the text is)."""
    text = "\n".join([title, "各位代表:", "一、收支情况", "全县一般公共预算收入完成81000万元,同比下降6.8%。",
                      "全县一般公共预算支出完成411120万元,同比增长20.4%。"]) + "\n"
    doc = one(tmp_path, text, kind)
    assert doc.title == title
    read = {r.name: r.get("金额").dec for t in doc.extra["accounts"].tables for r in t.rows}
    assert read == {"全县一般公共预算收入": 81000, "全县一般公共预算支出": 411120}


def test_the_contents_patterns_scan_a_long_run_once() -> None:
    """A 目录 line's patterns (page number, Word field code, an inline 目录 heading) on 20,000-character runs of
    leaders or spaces that end in no match: each run scanned once, whatever cleaning ran before (13 s before)."""
    import time

    from jixiao.read.recognise.accounts_contents import _PAGE_NO, _TOC_FIELD, _TOC_INLINE

    runs = ["a" + "." * 20_000 + "b", "a" + " " * 20_000 + "b", "a" + "…" * 20_000 + "b", "目" + " " * 20_000 + "x",
            "a" + ". " * 10_000 + "b"]
    start = time.perf_counter()
    assert not any(p.search(r) for p in (_PAGE_NO, _TOC_FIELD, _TOC_INLINE) for r in runs)
    assert time.perf_counter() - start < 1
    assert _PAGE_NO.search("表 ……3") and _PAGE_NO.search("1.部门收支总表 3") and _TOC_INLINE.search("说明 (目录)")

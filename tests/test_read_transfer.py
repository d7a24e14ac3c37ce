"""转移支付 forms read from text in every layout family and shape they are published in (generator:
``tests/layouts/transfer.py``): the funds figures are read by row (fund source) and column, the planted mistakes
are found at their row, and a consistent form holds no ``error``."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.core.numbers import parse_decimal
from jixiao.core.records import Document
from jixiao.read import read_path
from layouts import degrade, render
from layouts.transfer import (
    FAMILIES,
    GOALS,
    INDICATORS,
    MISTAKE_KINDS,
    MISTAKE_ROWS,
    MISTAKES,
    Transfer,
    allocation_grid,
    grid,
    invent,
)

SHAPES = ("pipes", "cell_lines", "row_lines", "trailing_pipes", "flattened")


def _write(tmp_path: Path, t: Transfer, shape: str, trad: bool = False) -> Path:
    text = render.RENDERERS[shape](grid(t))
    p = tmp_path / f"{t.family}-{shape}.txt"
    p.write_text(degrade.traditional(text) if trad else text, encoding="utf-8")
    return p


def _page(tmp_path: Path, rows: list[list[str]], fmt: str, lead: str = "") -> Path:
    """The rows as a pipe table in text, or as an HTML table (a government site's page), after ``lead``."""
    if fmt == "html":
        cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
        path = tmp_path / "page.html"
        path.write_text(f"<html><body><p>{lead}</p><table>{cells}</table></body></html>", encoding="utf-8")
    else:
        path = tmp_path / "page.txt"
        path.write_text(lead + render.pipes(rows), encoding="utf-8")
    return path


def _doc(path: Path) -> Document:
    rr = read_path(path)
    docs = [d for d in rr.documents if d.extra.get("form") == "transfer"]
    assert len(docs) == 1, ([d.type for d in rr.documents], [p.message for p in rr.problems])
    return docs[0]


def _check_read(doc: Document, t: Transfer) -> None:
    if t.family == "checklist":  # one amount a source: 年度预算资金总额 and its 其中 rows
        for key, text in t.printed["total"].items():
            assert doc.funds[key].annual_budget.dec == parse_decimal(text), (key, text)
        return
    for key, cols in t.printed.items():
        if key.startswith("part:"):
            continue
        for col, text in cols.items():
            got = doc.extra["transfer_funds"].get(key, {}).get(col)
            if not text:
                assert got is None or got.value is None, (key, col, got)
                continue
            assert got is not None and got.dec == parse_decimal(text), (key, col, text, got)
            assert got.source is not None and got.source.line is not None
    total = doc.funds["total"]
    assert total.annual_budget.dec == parse_decimal(t.printed["total"]["annual_budget"])


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("shape", SHAPES)
def test_consistent_form_read_whole_without_error(tmp_path: Path, family: str, shape: str) -> None:
    t = invent(7, family, pooled=shape == "pipes")
    path = _write(tmp_path, t, shape)
    doc = _doc(path)
    _check_read(doc, t)
    if family == "checklist":
        parts = doc.extra["transfer_parts"]
        assert [n for n, _ in parts] == [n for n, _ in t.parts]
        for (_, read), (_, want) in zip(parts, t.parts):
            assert read["municipal"]["annual_budget"].dec == want["municipal"]
    errors = [f for f in audit_paths([str(path)]).findings if f.severity == "error"]
    assert errors == []
    assert not any(f.kind == "missing_total" for f in audit_paths([str(path)]).findings)


@pytest.mark.parametrize(("family", "mistake"), [(f, m) for f in FAMILIES for m in MISTAKES[f]])
@pytest.mark.parametrize("shape", ("pipes", "cell_lines", "row_lines"))
def test_planted_mistake_found_at_its_row(tmp_path: Path, family: str, mistake: str, shape: str) -> None:
    t = invent(11, family, mistake, pooled=mistake == "deduction")
    path = _write(tmp_path, t, shape)
    found = [f for f in audit_paths([str(path)]).findings if f.severity == "error"]
    assert any(f.kind == MISTAKE_KINDS[mistake] and MISTAKE_ROWS[mistake] in (f.row or "") for f in found), \
        [(f.kind, f.row, f.message) for f in found]


def test_traditional_script_and_run_together_figures(tmp_path: Path) -> None:
    """The whole central form run together in one cell, in traditional script (a page's metadata table):
    each row's digits (390390100%) are split by the form's arithmetic, and the choice is said."""
    t = invent(3, "central")
    path = _write(tmp_path, t, "flattened", trad=True)
    text = path.read_text(encoding="utf-8")
    for key in ("total", "central", "local"):
        p = t.printed[key]
        text = text.replace(f"{p['annual_budget']} {p['executed']} {p['rate']}",
                            f"{p['annual_budget']}{p['executed']}{p['rate']}")
    path.write_text(text.replace(" ", ""), encoding="utf-8")
    doc = _doc(path)
    total = doc.funds["total"]
    assert (total.annual_budget.dec, total.executed.dec) == (t.rows["total"]["annual_budget"], t.rows["total"]["executed"])
    assert total.rate.dec == t.rows["total"]["rate"]
    assert any("算术" in p.message for p in doc.problems)


def test_pengshui_like_checklist_both_identities(tmp_path: Path) -> None:
    """One figure of a part off by one breaks two identities; both are reported, each at its own row."""
    t = invent(5, "checklist", "column")
    path = _write(tmp_path, t, "row_lines")
    found = {(f.kind, f.row) for f in audit_paths([str(path)]).findings if f.severity == "error"}
    assert ("funds_parts_sum", "计划生育转移支付资金合计 市级资金") in found
    assert ("funds_sum", "特别扶助补助资金 年度资金总额") in found


def test_blank_row_numbers_are_no_figures(tmp_path: Path) -> None:
    """The 2024 layout's 行次 after each label, and a row printed blank but for it, give no figure."""
    t = invent(9, "rows2024")
    path = _write(tmp_path, t, "cell_lines")
    doc = _doc(path)
    assert "other" in doc.extra.get("blank_funds_rows", ())
    assert doc.funds["other"].annual_budget.value is None
    assert doc.funds["central"].annual_budget.dec == t.rows["central"]["annual_budget"]


def test_report_in_prose(tmp_path: Path) -> None:
    """A transfer self-evaluation report: the total stated once is read, the per-project amounts are not summed,
    and the spending it does not state is a located problem."""
    body = ("某县2024年度中央转移支付资金绩效自评报告\n一、绩效目标分解下达情况\n"
            "2024年度下达慈善项目40万元;临时救助项目1856.95万元。共计下达中央、市级转移支付资金1896.95万元。\n")
    path = tmp_path / "report.txt"
    path.write_text(body, encoding="utf-8")
    doc = _doc(path)
    assert doc.funds["total"].annual_budget.dec == Decimal("1896.95")
    assert doc.funds["total"].executed.value is None
    assert any("执行数" in p.message and p.source is not None for p in doc.problems)


def test_report_with_several_amounts_and_no_total_reads_none(tmp_path: Path) -> None:
    body = ("中央转移支付2023年残疾人事业发展补助资金项目绩效自评报告\n"
            "该项目下达资金用于康复补贴1.065万元,无障碍改造8.5万元。\n")
    path = tmp_path / "report.txt"
    path.write_text(body, encoding="utf-8")
    doc = _doc(path)
    assert "total" not in doc.funds or doc.funds["total"].annual_budget.value is None
    assert any("资金总额" in p.message for p in doc.problems)


def test_report_figures_from_different_sentences_make_no_error(tmp_path: Path) -> None:
    """A two-year project's report: last year's allocation beside this year's budget. The explicit wording
    (全年预算结转资金合计) is taken over the allocation; a stated rate that is not the stated spending ÷ budget, nor
    the spending over any other sum the report states, is suspected, never an arithmetic error."""
    body = ("一、绩效目标分解下达情况\n2023年中央下达育秧项目转移支付预算资金1465万元。\n"
            "项目全年预算结转资金合计680.315万元,实际全年执行预算资金合计233.64万元,预算执行率34.3%。\n")
    path = tmp_path / "report.txt"
    path.write_text(body, encoding="utf-8")
    doc = _doc(path)
    total = doc.funds["total"]
    assert (total.annual_budget.dec, total.executed.dec, total.rate.dec) == (
        Decimal("680.315"), Decimal("233.64"), Decimal("34.3"))
    path.write_text(body.replace("34.3%", "43.3%"), encoding="utf-8")
    doc = _doc(path)
    assert doc.funds["total"].rate.dec == Decimal("43.3")
    found = audit_paths([str(path)]).findings
    assert not [f for f in found if f.severity == "error"]
    assert [(f.kind, f.severity) for f in found if f.reported == "43.3%"] == [("execution_rate", "suspect")]


def test_report_total_confirmed_by_its_parts(tmp_path: Path) -> None:
    """Several 合计 in one paragraph: the one the amounts before it add up to is the transfer's total."""
    body = ("一、绩效目标分解下达情况\n中央下达转移支付预算463142万元;又下达163455万元;再下达补贴资金预算44440万元;"
            "全年资金合计671037万元。其中约束性任务资金合计575218万元,指导性任务资金合计95819万元。\n")
    path = tmp_path / "report.txt"
    path.write_text(body, encoding="utf-8")
    assert _doc(path).funds["total"].annual_budget.dec == Decimal("671037")


@pytest.mark.parametrize("family", ("central", "rows2024"))
@pytest.mark.parametrize("fmt", ("pipes", "html"))
def test_goals_and_indicator_rows_read_by_the_project_block(tmp_path: Path, family: str, fmt: str) -> None:
    """The goals and the indicator rows (no weight, no score) of a form whose rows reached us as rows: names,
    targets and actuals by their columns, first-level labels carried down; no 总分 is asked of them."""
    path = _page(tmp_path, grid(invent(2, family), indicators=True), fmt)
    doc = _doc(path)
    got = [(i.level1.str_, i.level2.str_, i.level3.str_, i.target.str_, i.actual.str_) for i in doc.indicators]
    want = []
    level1 = ""
    for l1, l2, l3, target, actual in INDICATORS:
        level1 = l1 or level1
        want.append((level1, l2, l3, target, actual))
    assert got == want
    assert (doc.header["预期目标"].str_, doc.header["实际完成情况"].str_) == GOALS
    findings = audit_paths([str(path)]).findings
    assert not [f for f in findings if f.severity == "error" or f.kind == "missing_total"]


def test_indicator_rows_lost_with_one_cell_a_line_are_said(tmp_path: Path) -> None:
    path = tmp_path / "form.txt"
    path.write_text(render.cell_lines(grid(invent(2, "rows2024"), indicators=True)), encoding="utf-8")
    doc = _doc(path)
    assert doc.indicators == []
    assert any("指标行未读取" in p.message and p.source is not None for p in doc.problems)


def test_several_forms_in_one_file_each_its_own(tmp_path: Path) -> None:
    """A page publishing several transfers' forms one after another: one document each, each with its own
    name and figures, a mistake in the second found there only."""
    a, b = invent(21, "central"), invent(22, "rows2024", "rate")
    path = tmp_path / "forms.txt"
    path.write_text(render.pipes(grid(a, indicators=True)) + "\n" + render.pipes(grid(b)), encoding="utf-8")
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    assert [d.funds["total"].annual_budget.dec for d in docs] == [a.rows["total"]["annual_budget"],
                                                                 b.rows["total"]["annual_budget"]]
    assert len(docs[0].indicators) == len(INDICATORS) and docs[1].indicators == []
    errors = [f for f in audit_paths([str(path)]).findings if f.severity == "error"]
    assert [(f.kind, f.location.line if f.location else None) for f in errors] == [
        ("execution_rate", docs[1].extra["transfer_funds"]["total"]["rate"].source.line)]


@pytest.mark.parametrize("family", ("central", "rows2024"))
def test_form_the_project_reader_claims_takes_the_transfer_funds(tmp_path: Path, family: str) -> None:
    """A transfer form labelled 项目名称 is claimed by the project-form reader, which reads its indicator rows but
    not the transfer's funds columns: the transfer reader's funds complete it, and a planted mistake is found."""
    t = invent(8, family, "rate", pooled=family == "rows2024")
    path = tmp_path / "form.txt"
    path.write_text(render.pipes(grid(t, indicators=True)).replace("转移支付(项目)名称", "项目名称"), encoding="utf-8")
    doc = _doc(path)
    assert len(doc.indicators) == len(INDICATORS)
    _check_read(doc, t)
    found = [f for f in audit_paths([str(path)]).findings if f.severity == "error"]
    assert [(f.kind, f.row) for f in found] == [("execution_rate", "年度资金总额")]


def test_text_merely_mentioning_transfers_is_no_transfer_document(tmp_path: Path) -> None:
    """A budget explanation that mentions 转移支付 income is neither a transfer form nor a transfer report."""
    path = tmp_path / "notes.txt"
    path.write_text("2023年部门预算情况说明\n本年收入合计500万元,其中上级转移支付收入100万元,共计安排资金500万元。\n"
                    "全年预算数500万元。\n", encoding="utf-8")
    rr = read_path(path)
    assert not [d for d in rr.documents if d.extra.get("form") == "transfer"]
    # said, never silent: a budget's 说明 (本年收入合计 and its 上级转移支付收入 named under its heading)
    assert [d.type for d in rr.documents] == ["budget_disclosure"]


def test_sources_by_other_names(tmp_path: Path) -> None:
    """省级配套资金 and 市县配套资金 are rows of their own, summing to the total."""
    rows = [["2023年度中央对地方转移支付绩效自评表"], ["资金投入情况(万元)", "全年预算数(A)", "全年执行数(B)", "预算执行率(B/A×100%)"],
            ["年度资金总额", "130.00", "117.00", "90.00%"], ["其中:中央补助资金", "100.00", "90.00", "90.00%"],
            ["省级配套资金", "20.00", "18.00", "90.00%"], ["市县配套资金", "10.00", "9.00", "90.00%"]]
    path = tmp_path / "form.txt"
    path.write_text(render.pipes(rows), encoding="utf-8")
    doc = _doc(path)
    assert {k: r.annual_budget.dec for k, r in doc.funds.items()} == {
        "total": Decimal("130.00"), "central": Decimal("100.00"), "provincial": Decimal("20.00"), "local": Decimal("10.00")}
    assert not [f for f in audit_paths([str(path)]).findings if f.severity == "error"]


NOTICE = "关于下达2023年中央财政农业相关转移支付资金的通知\n各乡镇:现将资金分配如下。\n"


@pytest.mark.parametrize("fmt", ("pipes", "html"))
@pytest.mark.parametrize("mistake", (None, "total"))
def test_allocation_table_total_read_and_checked(tmp_path: Path, fmt: str, mistake: str | None) -> None:
    """A notice with its 资金分配表: the total allocated is the 合计 row's 小计 where the townships add up to it, the
    table is kept; a 合计 that is not the sum of the townships is not taken, and is an error at that row (every
    cell of the table printed: each stood at its column, the sum is proven on the table as printed)."""
    rows, total = allocation_grid(6, mistake)
    path = _page(tmp_path, rows, fmt, NOTICE)
    doc = _doc(path)
    assert (doc.funds["total"].annual_budget.dec if "total" in doc.funds else None) == (None if mistake else total)
    assert doc.title == "2023年中央财政农业相关转移支付资金分配表"
    findings = audit_paths([str(path)]).findings
    assert not [f for f in findings if f.severity == "suspect"]
    assert [(f.kind, f.row, f.reported, f.recomputed) for f in findings if f.severity == "error"] == (
        [("table_total", "合计", str(total + 1), str(total))] if mistake else [])


def test_allocation_first_amount_unconfirmed_is_not_read(tmp_path: Path) -> None:
    """A 合计 row whose first amount is neither under a 小计 column nor the sum of the others is left unread."""
    rows = [["2023年资金分配表"], ["项目", "耕地地力保护", "农机购置补贴"], ["城关镇", "10.00", "5.00"], ["合计", "10.00", "5.00"]]
    path = tmp_path / "alloc.txt"
    path.write_text(NOTICE + render.pipes(rows), encoding="utf-8")
    doc = _doc(path)
    assert doc.funds.get("total") is None or doc.funds["total"].annual_budget.value is None
    assert any("无法确认为合计" in p.message for p in doc.problems)


def test_hostile_runs_of_digits_are_refused_not_searched(tmp_path: Path) -> None:
    """A run of 3000 digits where a funds row's numbers should be, and 5000 digits before 年: nothing is placed
    (a located problem says so), and neither is searched digit by digit (that took minutes before)."""
    rows = grid(invent(1, "central"))
    rows[4] = ["年度资金总额:", "1" * 3000 + "%", "", ""]
    path = tmp_path / "form.txt"
    path.write_text(render.pipes(rows) + "9" * 5000 + "年\n", encoding="utf-8")
    doc = _doc(path)
    assert doc.funds["total"].annual_budget.value is None and doc.funds["total"].rate.value is None
    assert any("无法按栏目确定位置" in p.message for p in doc.problems)


def test_hostile_report_digits_read_in_linear_time(tmp_path: Path) -> None:
    """A report whose text holds a run of 100000 digits: the amounts' patterns take each run once (quadratic
    before: a minute for 40000 digits); no budget is read from it."""
    path = tmp_path / "report.txt"
    path.write_text("一、绩效目标分解下达情况\n下达资金" + "9" * 100_000 + "年\n共计下达资金12.5万元。\n", encoding="utf-8")
    assert _doc(path).funds["total"].annual_budget.dec == Decimal("12.5")

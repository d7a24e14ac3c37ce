"""A whole a text states against the parts its 其中 lists, wherever it is stated (``accounts.notes_whole``,
``accounts.kind_split``, ``accounts.notes_parts``, ``read.recognise.transfer_said``): generated texts (``layouts.whole_parts``) with a mistake
planted in the whole are found, at the whole's line; the same texts correct give no finding."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.core.findings import Finding
from layouts.files import write
from layouts.whole_parts import accounts_notes, procurement_notes, report, revenue, revenue_bracketed

SUMS = ("total_sum", "said_parts_sum")


def _sums(tmp_path: Path, text: str) -> list[Finding]:
    result = audit_paths([str(write(tmp_path, text))])
    assert len(result.files) == 1 and result.files[0].documents, "the text is read as a document"
    return [f for f in result.findings if f.kind in SUMS and f.severity != "info"]


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize(("shares", "brackets"), [(True, False), (False, False), (True, True)])
def test_a_correct_income_and_spending_give_no_finding(tmp_path: Path, seed: int, shares: bool,
                                                       brackets: bool) -> None:
    assert _sums(tmp_path, accounts_notes(seed, None, shares=shares, brackets=brackets)) == []


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize(("shares", "brackets", "severity"),
                         [(True, False, "error"), (False, False, "suspect"), (True, True, "error")])
def test_sources_that_exceed_their_income_total_are_found(tmp_path: Path, seed: int, shares: bool, brackets: bool,
                                                          severity: str) -> None:
    found = _sums(tmp_path, accounts_notes(seed, "income", shares=shares, brackets=brackets))
    assert [(f.severity, f.row, f.location.line) for f in found] == [(severity, "本年收入合计", 3)]
    assert Decimal(found[0].recomputed or "") - Decimal(found[0].reported or "") == Decimal("10.00")


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("off", [Decimal("10.00"), Decimal("-10.00")])
def test_spending_not_its_basic_and_project_parts_is_found_with_shares_between(tmp_path: Path, seed: int,
                                                                               off: Decimal) -> None:
    found = _sums(tmp_path, accounts_notes(seed, "spending", off=off))
    assert [(f.severity, f.location.line) for f in found] == [("error", 5)]
    assert "本年支出" in (found[0].row or "")
    assert Decimal(found[0].reported or "") - Decimal(found[0].recomputed or "") == off


def test_income_sources_short_of_the_total_prove_nothing(tmp_path: Path) -> None:
    """A list without every share adding to 100% may leave a source out: parts short of the whole are no finding;
    a list that names its rest (其他收入) leaves nothing out as its words say: short of the whole, it is suspect."""
    assert _sums(tmp_path, accounts_notes(1, "income", off=Decimal("-10.00"), shares=False, rest=False)) == []
    found = _sums(tmp_path, accounts_notes(1, "income", off=Decimal("-10.00"), shares=False))
    assert [(f.severity, f.row, f.location.line) for f in found] == [("suspect", "本年收入合计", 3)]


@pytest.mark.parametrize("seed", range(12))
def test_a_revenue_off_its_tax_and_non_tax_parts_is_an_error(tmp_path: Path, seed: int) -> None:
    """一般公共预算收入 = 税收收入 + 非税收入 by definition, in twelve wordings (``layouts.whole_parts.revenue``): a
    whole ten units of its last place off either way is an error at its line, whichever sentence its 其中 opens;
    right, no finding."""
    head = f"{('县', '区', '镇')[seed % 3]}财政局{2020 + seed % 5}年财政决算报告\n一、一般公共预算收支决算情况\n"
    assert _sums(tmp_path, head + revenue(seed).text + "\n") == []
    ten = Decimal("0.10") if seed % 2 else Decimal(10)  # 亿元 to the cent, 万元 whole
    for off in (ten, -ten):
        found = _sums(tmp_path, head + revenue(seed, off).text + "\n")
        assert [(f.severity, f.location.line) for f in found] == [("error", 3)], found
        assert Decimal(found[0].reported or "") - Decimal(found[0].recomputed or "") == off


@pytest.mark.parametrize("seed", range(6))
def test_a_correct_report_gives_no_finding(tmp_path: Path, seed: int) -> None:
    assert _sums(tmp_path, report(seed)) == []


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize(("plant", "line"), [("fund", 3), ("grades", 5)])
def test_a_reports_list_parted_by_semicolons_is_added_up(tmp_path: Path, seed: int, plant: str, line: int) -> None:
    """The items after 其中 parted by ；: the whole 0.8 off their sum (beyond the rounding of a figure printed to
    0.1 beside whole numbers) is found as suspect at the whole's line."""
    found = _sums(tmp_path, report(seed, plant))
    assert [(f.kind, f.severity, f.location.line) for f in found] == [("said_parts_sum", "suspect", line)]


def test_a_clause_after_the_list_that_says_what_was_spent_is_no_part(tmp_path: Path) -> None:
    text = ("示例县示例局2022年度项目支出绩效自评报告\n一、项目基本情况\n"
            "2022年专项资金共计100万元，其中：中央资金60万元；已支出80万元。\n"
            "专项资金共计150万元，其中：中央资金100万元（含提前下达50万元）；省级资金50万元。\n")
    assert _sums(tmp_path, text) == []


@pytest.mark.parametrize("seed", range(6))
def test_procurement_is_its_goods_works_and_services(tmp_path: Path, seed: int) -> None:
    """政府采购支出总额 = 货物 + 工程 + 服务 (every kind there is): a total 10 off is an error at its line; the share
    of a whole the text never states (占本年支出合计的…) is no finding either way."""
    assert [f for f in audit_paths([str(write(tmp_path, procurement_notes(seed)))]).findings
            if f.severity != "info"] == []
    found = [f for f in audit_paths([str(write(tmp_path, procurement_notes(seed, True)))]).findings
             if f.severity != "info"]
    assert [(f.kind, f.severity, f.row, f.location.line) for f in found] == [("total_sum", "error", "政府采购总额", 5)]


def test_a_list_in_yuan_is_said_in_yuan(tmp_path: Path) -> None:
    text = ("示例县示例局2022年度项目支出绩效自评报告\n一、项目基本情况\n"
            "项目累计支付资金合计1000000元，其中：中央资金600000元；村集体资金300000元。\n")
    found = _sums(tmp_path, text)
    assert [(f.kind, f.reported, f.recomputed) for f in found] == [("said_parts_sum", "1000000", "900000")]
    assert "1000000元，" in found[0].message and "万元" not in found[0].message



@pytest.mark.parametrize("seed", range(6))
def test_a_list_the_text_ends_inside_states_no_sum(tmp_path: Path, seed: int) -> None:
    """A page or an excerpt that ends inside a list (…其中甲60万元，乙20万元，丙): its parts are not all there, no sum is
    checked (read whole, the same list with the amount that follows added up)."""
    text = report(seed)
    at = text.index("其中", text.index("一、项目基本情况"))
    second = text.index("万元", text.index("万元", at) + 2)  # the list's second amount
    cut = text[: second + 4]  # ends inside the third item
    assert _sums(tmp_path, cut) == []


TRANSFER = "某县2023年度广播电视转移支付资金绩效自评报告\n一、绩效目标分解下达情况\n"


@pytest.mark.parametrize(("parts", "total", "found"), [
    (("43.84", "42.2", "1500"), "1586", False),  # 1586.04 printed whole: inside the total's own rounding
    (("12.37", "250.41", "3.6"), "266", False),  # 266.38
    (("43.8", "43", "1500"), "1586", True),  # 0.8 off: beyond 0.5 + 3 × 0.05
])
def test_a_total_printed_in_whole_units_is_rounded(tmp_path: Path, parts: tuple[str, ...], total: str,
                                                   found: bool) -> None:
    """A total printed to the whole 万元 beside parts printed to 0.01 keeps half a unit of its own place (review 2
    finding 4)."""
    items = "；".join(f"{k}项目{p}万元" for k, p in zip("甲乙丙", parts, strict=True))
    text = TRANSFER + f"上级下达我县广播电视公共服务资金{total}万元，其中：{items}。\n"
    assert bool(_sums(tmp_path, text)) is found


def test_many_lists_in_a_report_cost_linear_time(tmp_path: Path) -> None:
    """Each 其中's total is looked for over a bounded stretch before it, never from the text's start (review 2 finding
    6: the report's text is one line, so every list re-read every amount before it)."""
    import time

    def cost(n: int) -> float:
        p = write(tmp_path, TRANSFER + "上级下达我县资金1586万元，其中：甲项目43.8万元；乙项目42.2万元；丙项目1500万元。\n" * n)
        start = time.process_time()
        audit_paths([str(p)], jobs=0)
        return time.process_time() - start

    cost(5)  # (the first audit loads the code lists)
    small, large = min(cost(100) for _ in range(2)), min(cost(800) for _ in range(2))
    assert large < 11 * small + 0.05, f"100: {small:.3f}s, 800: {large:.3f}s"


@pytest.mark.parametrize("seed", range(6))
def test_tax_and_non_tax_in_a_bracket_make_the_revenue_before_it(tmp_path: Path, seed: int) -> None:
    """The two parts in a bracket after the revenue's clause (``layouts.whole_parts.revenue_bracketed``): right, no
    finding; the revenue ten 万元 off either way, an error at its line."""
    head = f"县财政局{2020 + seed % 5}年预算执行情况的报告\n一、一般公共预算收支执行情况\n"
    assert _sums(tmp_path, head + revenue_bracketed(seed).text + "\n") == []
    for off in (Decimal(10), Decimal(-10)):
        found = _sums(tmp_path, head + revenue_bracketed(seed, off).text + "\n")
        assert [(f.severity, f.location.line) for f in found] == [("error", 3)], found
        assert Decimal(found[0].reported or "") - Decimal(found[0].recomputed or "") == off

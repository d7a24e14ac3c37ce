"""A 部门预算 说明 in prose from a numbered section on, and a 预算调整 report, are read as budget disclosures with
the figures they state, and the shares, rates of change and sums they state are checked against their own
amounts; each planted mistake is found, named by its line, and nothing else is (generator:
``tests/layouts/budget_prose.py``)."""

from __future__ import annotations

import random
import re
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.core.findings import Finding
from jixiao.core.records import Document
from jixiao.read import read_path
from layouts.budget_prose import (
    PERIODS,
    Prose,
    adjustment,
    budget_prose,
    budget_report,
    execution_chart,
    execution_note,
    four_books,
)
from layouts.degrade import pdf_spaces

SEEDS = range(1, 9)


def _read(tmp_path: Path, p: Prose) -> Document:
    f = tmp_path / "prose.txt"
    f.write_text("\n".join(p.lines) + "\n", encoding="utf-8")
    docs = read_path(f).documents
    assert [d.type for d in docs] == ["budget_disclosure"]
    assert docs[0].extra["accounts"].stage == "budget"
    return docs[0]


def _stated(doc: Document) -> dict[str, object]:
    return {r.name: r.get("金额").dec for r in doc.extra["accounts"].tables[0].rows}


def _found(doc: Document, made: list[tuple[str, str, bool]] | None = None) -> list[Finding]:
    return [f for f in check_accounts(doc, made=made) if f.severity != "info"]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_budget_in_prose_is_read_and_holds(tmp_path: Path, seed: int) -> None:
    p = budget_prose(seed)
    doc = _read(tmp_path, p)
    stated = _stated(doc)
    assert stated["一般公共预算支出"] == p.total
    assert (stated["基本支出"], stated["项目支出"]) == (p.basic, p.project)
    made: list[tuple[str, str, bool]] = []
    assert _found(doc, made) == []
    assert ("total_sum", "情况说明：基本支出 = 人员经费 + 公用经费", True) in made


@pytest.mark.parametrize("seed", SEEDS)
def test_a_share_one_point_high_is_found_on_its_line(tmp_path: Path, seed: int) -> None:
    p = budget_prose(seed, ("share",))
    found = _found(_read(tmp_path, p))
    assert [(f.kind, f.row) for f in found] == [("text_percent", f"{p.planted_class}类科目占比")]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_rate_on_the_wrong_base_is_found_on_its_line(tmp_path: Path, seed: int) -> None:
    p = budget_prose(seed, ("growth",))
    found = _found(_read(tmp_path, p))
    assert [(f.kind, f.row) for f in found] == [("text_growth", f"{p.planted_class}类科目增减率")]


@pytest.mark.parametrize("seed", SEEDS)
def test_basic_spending_that_is_not_its_two_parts_is_found(tmp_path: Path, seed: int) -> None:
    p = budget_prose(seed, ("basic",))
    found = _found(_read(tmp_path, p))
    assert [(f.kind, f.severity, f.row) for f in found] == [("total_sum", "error", "基本支出")]
    assert (found[0].reported, found[0].recomputed) == (str(p.basic), str(p.staff + Decimal("0.09") + p.office))


@pytest.mark.parametrize("seed", SEEDS)
def test_an_adjustment_report_is_read_and_holds(tmp_path: Path, seed: int) -> None:
    p = adjustment(seed)
    doc = _read(tmp_path, p)
    stated = _stated(doc)
    assert stated["一般公共预算收入"] == p.extra["before"]
    assert stated["一般公共预算收入（调整后）"] == p.extra["after"]  # the adjusted figure, a line of its own
    assert (stated["政府债务限额"], stated["一般债务限额"]) == (p.extra["limit"], p.extra["general"])
    made: list[tuple[str, str, bool]] = []
    assert _found(doc, made) == []
    assert {w for k, w, ok in made if k == "total_sum" and ok} == {
        "预算调整：调整前 ∓ 调整数 = 调整后", "情况说明：债务限额 = 一般债务限额 + 专项债务限额",
        "情况说明：债务余额 = 一般债务余额 + 专项债务余额"}


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("plant", ["adjust", "debt"])
def test_an_adjustment_that_does_not_add_up_is_found(tmp_path: Path, seed: int, plant: str) -> None:
    p = adjustment(seed, (plant,))
    found = _found(_read(tmp_path, p))
    row = "一般公共预算收入" if plant == "adjust" else "债务限额"
    assert [(f.kind, f.severity, f.row) for f in found] == [("total_sum", "error", row)]
    assert found[0].location is not None and found[0].location.line == (3 if plant == "adjust" else 5)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_sum_off_by_its_rounding_is_no_mistake(tmp_path: Path, seed: int) -> None:
    """人员经费 + 公用经费 one cent off the 基本支出 (each rounded apart) is a rounding difference, never an error."""
    p = budget_prose(seed)
    p.lines[-1] = p.lines[-1].replace(f"公用经费{p.office}", f"公用经费{p.office - Decimal('0.01')}")
    found = check_accounts(_read(tmp_path, p))
    assert [f for f in found if f.severity != "info"] == []
    assert [(f.kind, f.row, f.recomputed) for f in found] == [("total_sum", "基本支出", str(p.basic - Decimal("0.01")))]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_budget_report_is_read_and_holds(tmp_path: Path, seed: int) -> None:
    p = budget_report(seed)
    doc = _read(tmp_path, p)
    stated = _stated(doc)
    assert (stated["一般公共预算收入"], stated["税收收入"]) == (p.extra["revenue"], p.extra["tax"])
    assert _found(doc) == []


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("plant", ["report_share", "report_growth"])
def test_a_budget_report_rate_or_share_that_does_not_divide_out_is_found(tmp_path: Path, seed: int, plant: str) -> None:
    found = _found(_read(tmp_path, budget_report(seed, (plant,))))
    row = "税收收入占比" if plant == "report_share" else "一般公共预算支出安排增减率"
    assert [(f.kind, f.row) for f in found] == [("text_percent" if plant == "report_share" else "text_growth", row)]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("plant", ["", "share", "growth", "basic"])
def test_spaces_a_pdf_puts_inside_words_change_nothing(tmp_path: Path, seed: int, plant: str) -> None:
    """The same 说明 with a space after every four Chinese characters (PDF text: "非税收入 完成", "人员经费 支出"):
    the same figures read, the same mistake found on the same line, nothing else."""
    p = budget_prose(seed, (plant,) if plant else ())
    clean = _found(_read(tmp_path, p))
    p.lines = [pdf_spaces(x) for x in p.lines]
    doc = _read(tmp_path, p)
    stated = _stated(doc)
    assert (stated["基本支出"], stated["项目支出"]) == (p.basic, p.project)
    assert [(f.kind, f.row, f.reported) for f in _found(doc)] == [(f.kind, f.row, f.reported) for f in clean]
    assert len(clean) == (1 if plant else 0)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_classes_named_as_the_2007_classification_named_them_are_read(tmp_path: Path, seed: int) -> None:
    """"部门支出预算A万元,其中:教育B万元,…;医疗卫生C万元,…" (the classes before 2010, without 支出)."""
    rng = random.Random(seed)
    parts = {n: Decimal(rng.randrange(100, 900_000)) / 10 for n in ("教育", "科学技术", "医疗卫生", "环境保护")}
    total = sum(parts.values(), Decimal(0))
    said = "；".join(f"{n}{v}万元，主要用于所属单位基本支出" for n, v in parts.items())
    p = Prose(["二、部门预算草案编制情况", f"部门收入预算{total}万元，其中：财政拨款{total}万元。",
               f"部门支出预算{total}万元，其中：{said}。"], total, Decimal(0), Decimal(0), parts, "", "万元")
    stated = _stated(_read(tmp_path, p))
    assert {n: stated[n] for n in parts} == parts


@pytest.mark.parametrize(("level", "unit"), [("全区", "亿元"), ("", "万元"), ("全县", "万元")])
def test_the_general_budget_by_its_older_name_is_read(tmp_path: Path, level: str, unit: str) -> None:
    """一般预算收入/支出 (the general budget's name before 2014): "全区一般预算支出预计完成22.11亿元"."""
    p = Prose(["关于2023年预算执行情况和2024年预算草案的报告", "一、2023年预算执行情况",
               f"{level}一般预算收入预计完成8.35{unit}，同比增长2.1%。{level}一般预算支出预计完成22.11{unit}，占预算的100%。"],
              Decimal("22.11"), Decimal(0), Decimal(0), {}, "", unit)
    stated = _stated(_read(tmp_path, p))
    assert (stated[f"{level}一般预算收入"], stated[f"{level}一般预算支出"]) == (Decimal("8.35"), Decimal("22.11"))


@pytest.mark.parametrize("seed", SEEDS)
def test_a_budget_executed_to_date_without_its_heading_is_a_budget(tmp_path: Path, seed: int) -> None:
    """A note on the budget while the year runs (上半年, 1-4月, 截至9月底 …) with no heading and no budget word of a
    unit's: its period says it is the budget's, and its totals (and the 加上 … 收入总量 sum) are read."""
    p = execution_note(seed, PERIODS[seed % len(PERIODS)])
    doc = _read(tmp_path, p)
    stated = {re.sub("^(全市|全县|全区)", "", k): v for k, v in _stated(doc).items()}
    want = {"一般公共预算收入": "revenue", "税收收入": "tax", "一般公共预算支出": "spend",
            "政府性基金预算收入": "fund_in", "政府性基金预算支出": "fund_out", "中央补助": "central",
            "一般债务收入": "debt", "一般公共预算收入总量": "whole"}  # under its heading
    assert {k: stated.get(k) for k, v in want.items() if v in p.extra} == {k: p.extra[v] for k, v in want.items()
                                                                           if v in p.extra}
    assert _found(doc) == []


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_share_in_a_budget_executed_to_date_that_does_not_divide_out_is_found(tmp_path: Path, seed: int) -> None:
    found = _found(_read(tmp_path, execution_note(seed, "上半年", ("report_share",))))
    assert [(f.kind, f.row) for f in found] == [("text_percent", "税收收入占比")]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_chart_of_the_budget_to_date_giving_two_totals_is_read(tmp_path: Path, seed: int) -> None:
    """Two totals only, each label on a line and its amount on the next, dated 上半年: a budget disclosure with both
    totals read (a text not dated so would need a third line named)."""
    p = execution_chart(seed)
    stated = _stated(_read(tmp_path, p))
    assert p.extra["revenue"] in stated.values() and p.extra["spend"] in stated.values()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_report_of_the_four_books_in_its_own_words_is_read(tmp_path: Path, seed: int) -> None:
    p = four_books(seed)
    stated = {re.sub("^全县", "", k): v for k, v in _stated(_read(tmp_path, p)).items()}
    assert {k: stated.get(k) for k in p.extra} == p.extra

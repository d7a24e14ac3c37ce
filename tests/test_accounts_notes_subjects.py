"""A 情况说明's lines named by the budget and level they are of, when the heading or the sentence's opening says it
(generator: ``tests/layouts/notes_subjects.py``): each budget's 收入总计 (预算总收入, 收入总量 …) its own line, never
"收入总计（第2处）"; a sum said wrong found on its own budget's line, and no check comparing two budgets' lines."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.read import read_path
from layouts.notes_subjects import BOTH, SAID, adjustment_plan, both_totals, report

SEEDS = range(1, 9)


def _read(tmp_path: Path, lines: list[str]):  # type: ignore[no-untyped-def]
    p = tmp_path / "report.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["budget_disclosure"]
    return docs[0]


def _stated(doc) -> dict[str, Decimal]:  # type: ignore[no-untyped-def]
    return {r.name: r.get("金额").dec for t in doc.extra["accounts"].tables if t.kind == "notes" for r in t.rows}


@pytest.mark.parametrize("said", SAID)
@pytest.mark.parametrize("seed", SEEDS)
def test_each_budgets_lines_are_named_by_their_budget(tmp_path: Path, seed: int, said: str) -> None:
    r = report(seed, said)
    stated = _stated(_read(tmp_path, r.lines))
    assert {k: stated.get(k) for k in r.want} == r.want
    assert not [k for k in stated if "处）" in k]  # no line stated "again": each is its budget's own


@pytest.mark.parametrize("said", SAID)
@pytest.mark.parametrize("seed", SEEDS)
def test_a_budgets_total_said_wrong_is_found_and_nothing_else(tmp_path: Path, seed: int, said: str) -> None:
    r = report(seed, said, plant=True)
    doc = _read(tmp_path, r.lines)
    assert _stated(doc)[r.planted] == r.planted_value
    found = [f for f in check_accounts(doc) if f.severity != "info"]
    assert [(f.kind, f.severity, f.reported) for f in found] == [("balance", "error", str(r.planted_value))]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_clean_report_raises_nothing(tmp_path: Path, seed: int) -> None:
    r = report(seed, SAID[seed % len(SAID)])
    assert [f for f in check_accounts(_read(tmp_path, r.lines)) if f.severity != "info"] == []


@pytest.mark.parametrize("wording", range(len(BOTH)))
@pytest.mark.parametrize("seed", [1, 2])
def test_a_total_said_once_for_both_sides_is_each_and_itself(tmp_path: Path, seed: int, wording: int) -> None:
    """"收、支总计均为A" (各为A、A; 收支预算总额均为A): the income's and the expenditure's totals, and the one line as
    said (收支总计, 收支预算总额)."""
    lines, want = both_totals(seed, wording)
    p = tmp_path / "notes.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = read_path(p).documents
    assert len(docs) == 1
    stated = _stated(docs[0])
    assert {k: stated.get(k) for k in want} == want
    assert [f for f in check_accounts(docs[0]) if f.severity != "info"] == []


@pytest.mark.parametrize("seed", SEEDS)
def test_a_change_said_before_a_line_is_not_its_figure(tmp_path: Path, seed: int) -> None:
    """"调增上级补助收入A亿元" is the change: the line is read where the plan states it after the change."""
    lines, want = adjustment_plan(seed)
    stated = _stated(_read(tmp_path, lines))
    assert {k: stated.get(k) for k in want} == want


@pytest.mark.parametrize("lead", ["{y}年初预算", "{y}年年初预算数", "年初预算", "其中:年初预算"])
def test_the_years_start_budget_keeps_its_name(tmp_path: Path, lead: str) -> None:
    """"2023年初预算A万元": the line is 年初预算 (the year's 年 before 初 is no year to strip: it read 初预算)."""
    a, b = Decimal("1523.26"), Decimal("1480.00")
    lines = ["某单位2023年度部门决算情况说明", "一、一般公共预算财政拨款支出决算情况",
             f"2023年度一般公共预算财政拨款支出{a}万元,占本年支出合计的100%。",
             f"{lead.format(y=2023)}{b}万元,决算数大于预算数{a - b}万元,主要是追加了项目经费。"]
    p = tmp_path / "notes.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    stated = _stated(read_path(p).documents[0])
    assert stated.get("年初预算") == b and not [k for k in stated if k.startswith("初")]

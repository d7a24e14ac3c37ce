"""A statistical bulletin of a year's education spending (教育经费执行情况统计公告, 栾川's and 随州's): its lines read
under their own names (总投入 is the line's noun, not a verb; a bracket's aside over clauses names no line), the
bulletin's title makes it a 决算's text, and a rate stated with both its figures ("A,比上年的B增长x%") is checked
against them within their printed rounding."""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.core.records import Document
from jixiao.read import read_path
from layouts.files import write


def _page(seed: int, slip: bool = False, title: bool = True) -> tuple[str, dict[str, Decimal]]:
    rng = random.Random(seed)
    total = Decimal(rng.randrange(30000, 90000))
    prior = total + Decimal(rng.randrange(-5000, 5000))
    state = total - Decimal(rng.randrange(1000, 9000))
    general = state - Decimal(rng.randrange(10, 900))
    rate = (abs(total - prior) / prior * 100).quantize(Decimal("0.01"), ROUND_HALF_UP) + (Decimal("1.50") if slip else 0)
    word = "增长" if total >= prior else "下降"
    lines = ([f"关于{2015 + seed}年东县教育经费执行情况的统计公告"] if title else []) + [
        "一、全县教育经费情况",
        f"{2015 + seed}年,全县教育经费总投入为{total}万元,比上年的{prior}万元{word}{rate}%。其中,国家财政性教育经费(主要包括"
        f"一般公共预算安排的教育经费,政府性基金预算安排的教育经费等)为{state}万元。",
        "二、一般公共预算教育经费情况",
        f"全县一般公共预算教育经费为{general}万元,主要用于教师工资和学校运转。",
    ]
    return "\n".join(lines) + "\n", {"全县教育经费总投入": total, "国家财政性教育经费": state, "全县一般公共预算教育经费": general}


def _rows(doc: Document) -> dict[str, Decimal | None]:
    return {r.name: r.get("金额").dec for t in doc.extra["accounts"].tables for r in t.rows}


@pytest.mark.parametrize("seed", range(1, 7))
def test_the_lines_are_read_under_their_own_names(tmp_path: Path, seed: int) -> None:
    text, want = _page(seed)
    (doc,) = read_path(write(tmp_path, text)).documents
    rows = _rows(doc)
    assert all(rows.get(name) == value for name, value in want.items()), rows
    assert doc.type == "final_accounts"  # the bulletin's title: a year's spending


def test_an_opening_that_announces_the_bulletin_makes_it_a_final_account(tmp_path: Path) -> None:
    text = _page(4, title=False)[0]
    opening = "为进一步加强教育经费统计工作,现将2019年全县地方教育经费执行情况公告如下:\n"
    (doc,) = read_path(write(tmp_path, opening + text)).documents
    assert doc.type == "final_accounts"


def test_without_its_title_the_text_keeps_the_readers_default(tmp_path: Path) -> None:
    (doc,) = read_path(write(tmp_path, _page(3, title=False)[0])).documents
    assert doc.type == "budget_disclosure"


@pytest.mark.parametrize("seed", range(1, 7))
def test_a_rate_stated_with_both_figures_is_checked(tmp_path: Path, seed: int) -> None:
    def found(slip: bool) -> list[tuple[str, str | None]]:
        path = write(tmp_path, _page(seed, slip=slip)[0])
        return [(f.severity, f.reported) for f in audit_paths([str(path)]).findings if f.kind == "text_growth"]

    assert found(False) == []
    (hit,) = found(True)
    assert hit[0] == "suspect" and hit[1] is not None and hit[1].endswith("%")


def test_a_rate_within_the_figures_rounding_is_no_finding(tmp_path: Path) -> None:
    # 7654 ÷ 81380.5 = 9.4052%: whole 万元 figures allow 9.41 though 7653 ÷ 81381 gives 9.40 (栾川's)
    text = "关于2021年东县教育经费执行情况的统计公告\n2021年,全县教育经费总投入为73728万元,比上年的81381万元增长-9.41%。\n" \
           "全县一般公共预算教育经费为64469万元。\n"
    assert [f for f in audit_paths([str(write(tmp_path, text))]).findings if f.kind == "text_growth"] == []

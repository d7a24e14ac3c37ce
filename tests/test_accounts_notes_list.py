"""A 情况说明 that lists the parts of a total under 其中 as numbered lines ("收入预算3814.61万元,其中:1、财政拨款…;
2、专户管理的事业收入…; 3、单位资金收入0万元"), generated in the numberings, line breaks and units pages use: the
parts are read as printed, a list that names its empty kinds is summed against its whole (a sum off by a planted
amount is found, suspect, at the whole's line), a list without an empty kind is not taken for the whole list; and
"收、支总计X万元" and 上年结转 are read as the lines they name."""

from __future__ import annotations

import random
from decimal import Decimal as D
from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.core.records import Document
from jixiao.read import read_path

NUMBERS = {"arabic": lambda k: f"{k}、", "dot": lambda k: f"{k}.", "bracket": lambda k: f"({'一二三四五'[k - 1]})"}
PARTS = ("财政拨款", "专户管理的事业收入", "单位资金收入", "政府性基金安排的收入")


def _page(seed: int, numbering: str, one_line: bool, off: D = D(0), zero: bool = True) -> tuple[list[str], list[D]]:
    rng = random.Random(seed)
    values = [D(rng.randrange(100000, 900000)) / 100, D(rng.randrange(1000, 90000)) / 100,
              D(0) if zero else D(rng.randrange(100, 900)) / 100, D(0) if zero else D(rng.randrange(100, 900)) / 100]
    whole = sum(values, D(0)) + off
    items = []
    for k, (name, v) in enumerate(zip(PARTS, values), 1):
        unit = "元" if v == 0 and k == 4 else "万元"  # an empty kind written in 元 (0元)
        items.append(f"{NUMBERS[numbering](k)}{name}{v}{unit}" + ("。" if k == 4 else ";"))
    year = 2020 + seed % 5
    head = [f"某市第{seed}中学{year}年部门预算公开", "二、汇总预算情况", f"(一){year}年收入预算{whole}万元,其中:"]
    lines = head + (["".join(items)] if one_line else items) + [f"(二){year}年支出预算{values[0]}万元。"]
    return lines, values


def _read(tmp_path: Path, lines: list[str]) -> Document:
    p = tmp_path / "notes.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["budget_disclosure"]
    return docs[0]


def _stated(doc: Document) -> dict[str, D | None]:
    return {r.name: r.get("金额").dec for t in doc.extra["accounts"].tables for r in t.rows}


@pytest.mark.parametrize("numbering", sorted(NUMBERS))
@pytest.mark.parametrize("one_line", [False, True])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_numbered_parts_are_read_and_summed(tmp_path: Path, numbering: str, one_line: bool, seed: int) -> None:
    lines, values = _page(seed, numbering, one_line)
    doc = _read(tmp_path, lines)
    stated = _stated(doc)
    assert stated["财政拨款"] == values[0] and stated["专户管理的事业收入"] == values[1]
    assert [f for f in check_accounts(doc) if f.severity != "info"] == []
    lines, _ = _page(seed, numbering, one_line, off=D("18.00"))
    found = [f for f in check_accounts(_read(tmp_path, lines)) if f.severity != "info"]
    assert [(f.kind, f.severity, f.row, f.location.line if f.location else None) for f in found] == [
        ("total_sum", "suspect", "收入预算", 3)]
    assert found[0].recomputed == str(sum(values, D(0)))


@pytest.mark.parametrize("seed", [1, 2])
def test_a_list_naming_no_empty_kind_is_not_summed(tmp_path: Path, seed: int) -> None:
    lines, values = _page(seed, "arabic", False, off=D("18.00"), zero=False)
    doc = _read(tmp_path, lines)
    assert [_stated(doc).get(k) for k in PARTS] == values  # the list is read, only not summed
    assert [f for f in check_accounts(doc) if f.kind == "total_sum"] == []


@pytest.mark.parametrize("said", ["收、支总计{x}万元", "收支总计{x}万元", "收、支总计均为{x}万元", "收、支总计为{x}万元"])
def test_one_amount_for_both_totals_is_read_as_both(tmp_path: Path, said: str) -> None:
    x = D("4937.14")
    lines = ["某中心2023年度部门决算", "二、收入支出决算总体情况说明",
             "2023年度" + said.format(x=x) + ",比上年减少40.78万元,下降0.82%。",
             f"本年收入合计{x}万元,其中:财政拨款收入{x}万元,占100%。"]
    p = tmp_path / "final.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc = read_path(p).documents[0]
    stated = _stated(doc)
    assert (stated["收入总计"], stated["支出总计"]) == (x, x)


def test_last_years_carry_over_is_a_line_of_its_own(tmp_path: Path) -> None:
    lines = ["三、收支预算情况说明", "2024年收支总预算11376591.44元。",
             "(一)收入预算情况", "2024年收入预算11376591.44元,其中:本年财政拨款收入9538991.44元,占83.85%;"
             "上年结转1837600元元,占16.15%。"]
    p = tmp_path / "budget.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc = read_path(p).documents[0]
    assert _stated(doc)["上年结转"] == D("1837600")
    assert [f for f in check_accounts(doc) if f.severity != "info"] == []

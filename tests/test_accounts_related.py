"""A table of named rows of figures whose header names nothing a reader knows (``accounts.related``): the relations
between its columns that its rows confirm (a difference column, a growth or completion percent) are found, a row
that breaks one is a suspect at that row (never an error), and a grid of figures with no such relation is not read
this way."""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.files import write

_NAMES = ("一、税收收入", "增值税", "企业所得税", "个人所得税", "二、非税收入", "专项收入", "行政事业性收费收入", "罚没收入")


def _table(seed: int, slip: int | None = None, shape: str = "pipes", rate: str = "growth") -> str:
    rng = random.Random(seed)
    lines = ["单位:万元", "项目 | 上年数 | 本年数 | 增减额 | 增减率"]
    for k, name in enumerate(_NAMES):
        prior = Decimal(rng.randrange(1000, 90000)) / 100
        now = Decimal(rng.randrange(1000, 90000)) / 100
        diff = now - prior + (Decimal("10.00") if k == slip else 0)
        pct = ((now - prior) / prior if rate == "growth" else now / prior) * 100
        cells = [name, f"{prior}", f"{now}", f"{diff}", f"{pct.quantize(Decimal('0.01'), ROUND_HALF_UP)}%"]
        lines.append(" | ".join(cells) + " |")
    lead = "" if shape == "open" else "| "
    return "\n".join(lines[:1] + [lead + x for x in lines[1:]]) + "\n"


def _found(tmp_path: Path, text: str) -> list[tuple[str, str | None]]:
    return [(f.severity, f.row) for f in audit_paths([str(write(tmp_path, text, "t.txt"))]).findings
            if f.severity in ("error", "suspect")]


@pytest.mark.parametrize("rate", ["growth", "ratio"])
@pytest.mark.parametrize("shape", ["pipes", "open"])
@pytest.mark.parametrize("seed", [1, 2])
def test_the_columns_relations_are_read_and_hold(tmp_path: Path, seed: int, shape: str, rate: str) -> None:
    docs = read_path(write(tmp_path, _table(seed, shape=shape, rate=rate))).documents
    assert [d.type for d in docs] == ["final_accounts"]
    (t,) = docs[0].extra["accounts"].tables
    assert t.kind == "related" and [r.name for r in t.rows] == list(_NAMES)
    assert _found(tmp_path, _table(seed, shape=shape, rate=rate)) == []


@pytest.mark.parametrize("slip", [0, 3, 6])
def test_a_row_that_breaks_the_difference_is_a_suspect_at_it(tmp_path: Path, slip: int) -> None:
    found = _found(tmp_path, _table(4, slip=slip))
    assert found and all(sev == "suspect" for sev, _ in found)
    assert {row for _, row in found} == {_NAMES[slip]}


def test_figures_with_no_relation_are_not_read_this_way(tmp_path: Path) -> None:
    rng = random.Random(9)
    rows = [" | ".join([n, *(str(rng.randrange(100, 999)) for _ in range(4))]) for n in _NAMES]
    docs = read_path(write(tmp_path, "\n".join("| " + x + " |" for x in rows) + "\n")).documents
    assert not any(t.kind == "related" for d in docs for t in getattr(d.extra.get("accounts"), "tables", []) or [])


def _revenue_budget(seed: int, head: str) -> str:
    rng = random.Random(seed)
    lines = ["单位:万元 | |||||", f"项目 | {head} | 比上年增减额 | 比上年增减% | 备注 |"]
    for name in _NAMES:
        prior = Decimal(rng.randrange(100, 9000))
        now = prior + Decimal(rng.randrange(1, 900))
        pct = ((now - prior) / prior * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
        lines.append(f"{name} | {now} | {prior} | {now - prior} | {pct} | |")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(("head", "kind"), [
    ("2016年预算数 | 上年完成数", "budget_disclosure"),  # this year's column is a budget (衡阳 石鼓's revenue table)
    ("预算数 | 上年决算数", "budget_disclosure"),
    ("本年数 | 上年数", "final_accounts"),  # no stage said: the readers' default
    ("2016年决算数 | 上年预算数", "final_accounts"),
])
def test_the_stage_is_the_header_s_own_column(tmp_path: Path, head: str, kind: str) -> None:
    (doc,) = read_path(write(tmp_path, _revenue_budget(5, head))).documents
    acc = doc.extra["accounts"]
    assert doc.type == kind and acc.stage == ("budget" if kind == "budget_disclosure" else "final")
    assert [r.name for r in acc.tables[0].rows] == list(_NAMES) and acc.tables[0].stage == acc.stage

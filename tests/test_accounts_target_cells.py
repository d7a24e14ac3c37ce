"""A 项目支出绩效目标表's funds lines read under their labels as printed (generator: ``tests/layouts/target_cells.py``):
where the cells stand apart a label is the whole cell ending in a word for money, its amount the next cell or glued
after it, and labels over a row of as many amounts are paired in order; run together, the year's and last year's
lines and the sources by level are known words, never read as a shorter word inside them (当年财政拨款 is not
财政拨款); the same project's last-year 执行数 does not make the table a self-evaluation; a title that says 申报明细表
is a target table's; 年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金 is checked as the template defines it."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.core.records import Document
from jixiao.read import read_path
from layouts.target_cells import SHAPES, WORDINGS, funds, text, title

RUN_TOGETHER = ("current", "carried", "levels")  # the wordings whose labels the known words give when run together


def _target(tmp_path: Path, body: str) -> Document:
    p = tmp_path / "target.txt"
    p.write_text(body, encoding="utf-8")
    docs = [d for d in read_path(p).documents if d.type == "budget_disclosure"]
    assert len(docs) == 1
    return docs[0]


# (run together, a label glued to the words before it has no bound: only the known words are read)
CASES = [(w, s) for w in WORDINGS for s in SHAPES if s != "run_together" or w in RUN_TOGETHER]


@pytest.mark.parametrize("seed", [3, 11])
@pytest.mark.parametrize(("wording", "shape"), CASES)
def test_funds_lines_read_under_their_printed_labels(tmp_path: Path, wording: str, shape: str, seed: int) -> None:
    doc = _target(tmp_path, text(seed, wording, shape))
    assert doc.title == f"{title(wording)}（2024年度）"
    t = doc.extra["accounts"].tables[0]
    assert sorted((r.name, r.get("金额").dec) for r in t.rows) == sorted(funds(seed, wording))
    assert [f for f in check_accounts(doc) if f.severity == "error"] == []


@pytest.mark.parametrize("shape", SHAPES)
def test_a_total_that_is_not_its_sources_is_found(tmp_path: Path, shape: str) -> None:
    doc = _target(tmp_path, text(7, "carried", shape, planted=True))
    assert [f.row for f in check_accounts(doc) if f.severity == "error"] == ["年度资金总额"]

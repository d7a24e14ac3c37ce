"""The 收支总表 under every name sites give it (generator: ``tests/layouts/summary_names.py``): income and spending named
together (收入支出, 收支), with the stage or without it, then 总表 or 表, is the summary table, read with its figures;
its stage is the title's, or the page heading's when the title says none; 总计 on both sides is the two totals
(收入总计, 支出总计, printed 总计); a
本年收入合计 that its numbered lines do not make is found."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.read import read_path
from layouts.files import write
from layouts.summary_names import NAMES, summary

_TYPE = {"final": "final_accounts", "budget": "budget_disclosure"}


def _cases() -> list[tuple[str, str]]:
    return [(name, stage) for name, said in NAMES.items() for stage in ([said] if said else ["final", "budget"])]


@pytest.mark.parametrize("planted", [False, True])
@pytest.mark.parametrize(("bare_total", "lines"), [(True, True), (False, False), (True, False)])
@pytest.mark.parametrize(("name", "stage"), _cases())
@pytest.mark.parametrize("seed", [1, 2])
def test_a_summary_under_another_name(tmp_path: Path, seed: int, name: str, stage: str, bare_total: bool,
                                      lines: bool, planted: bool) -> None:
    text, figures = summary(seed, name, stage, bare_total, lines, planted)
    docs = read_path(write(tmp_path, text)).documents
    assert [d.type for d in docs] == [_TYPE[stage]]
    acc = docs[0].extra["accounts"]
    assert acc.stage == stage and [t.kind for t in acc.tables] in (["summary"], ["notes"])  # (a grid, or loose words)
    read = {r.name: v.dec for r in acc.tables[0].rows for v in r.values.values() if v.dec is not None}
    assert {k: read.get(k) for k in figures} == figures
    errors = [f for f in check_accounts(docs[0]) if f.severity == "error"]
    assert bool(errors) == planted
    assert all("本年收入合计" in f.message for f in errors)

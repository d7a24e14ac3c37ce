"""Accounts whose table titles say no stage (generator: ``tests/layouts/stage_unstated.py``): the 部门预算 template's
titles (财政拨款收支总表, 收支总表, …总体情况表) printed by a 决算 set are the 决算's when the page's heading says 部门决算
or the tables carry the 决算 template's carry-over lines (年初财政拨款结转和结余); under a 部门预算 heading, or with a
budget's 上年结转, they stay a budget's. A 说明 that never says 决算 but states 年初结转和结余 and 年末结转和结余 is a
决算's, its 年初预算数 and 调整预算数 notwithstanding."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.read import read_path
from layouts.files import write
from layouts.stage_unstated import TITLES, notes, tables

_TYPE = {"final": "final_accounts", "budget": "budget_disclosure"}


def _read(tmp_path: Path, text: str) -> tuple[str, str, dict]:
    docs = [d for d in read_path(write(tmp_path, text)).documents if d.type in _TYPE.values()]
    assert len(docs) == 1
    acc = docs[0].extra["accounts"]
    read = {r.name: v.dec for t in acc.tables for r in t.rows for v in r.values.values() if v.dec is not None}
    return docs[0].type, acc.stage, read


@pytest.mark.parametrize(("blank", "lines"), [(False, False), (True, False), (True, True)])
@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize(("stage", "heading", "carried"), [
    ("final", "final", True), ("final", "final", False), ("final", None, True),
    ("budget", "budget", True), ("budget", "budget", False), ("budget", None, True)])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_table_title_without_its_stage_takes_the_pages(
        tmp_path: Path, seed: int, stage: str, heading: str | None, carried: bool, title: str,
        blank: bool, lines: bool) -> None:
    text, figures = tables(seed, stage, heading, title, carried, blank, lines)
    kind, got, read = _read(tmp_path, text)
    assert (kind, got) == (_TYPE[stage], stage)
    assert {k: read.get(k) for k in figures} == figures


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_notes_with_the_final_templates_carry_over_are_a_final_accounts(tmp_path: Path, seed: int) -> None:
    text, figures = notes(seed)
    kind, got, read = _read(tmp_path, text)
    assert (kind, got) == ("final_accounts", "final")
    assert {k: read.get(k) for k in figures} == figures

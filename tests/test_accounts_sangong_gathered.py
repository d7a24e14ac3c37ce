"""The 三公 sum a 说明 states (合计 = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费) is an ``error`` when it fails on
figures the text states together — one line, or the total's line and its items line after line — and a ``suspect``
when the figures were gathered by their labels from places apart in the text (an unseen page's wording can pair a
total with another year's, stage's or part's item): either way it is found, and a correct text gives neither
(generator: ``tests/layouts/sangong_gathered.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.accounts.sangong import TOTAL
from layouts.files import one
from layouts.sangong_gathered import gathered


def _sums(doc: object) -> list[tuple[str, str]]:
    return [(f.severity, f.message) for f in check_accounts(doc) if f.kind == "three_public"
            and "合计 =" in f.message and f.severity in ("error", "suspect")]  # type: ignore[arg-type]


@pytest.mark.parametrize("seed", range(1, 7))
@pytest.mark.parametrize("apart", [False, True])
def test_the_figures_are_read_and_a_right_text_gives_nothing(tmp_path: Path, seed: int, apart: bool) -> None:
    g = gathered(seed, apart)
    doc = one(tmp_path, g.text)
    rows = {r.item: r.get("金额").dec for t in doc.extra["accounts"].tables for r in t.rows}
    assert rows.get(TOTAL) == g.total and {k: rows.get(k) for k in g.items} == g.items
    assert _sums(doc) == []


@pytest.mark.parametrize("seed", range(1, 7))
def test_a_sum_stated_together_that_fails_is_an_error(tmp_path: Path, seed: int) -> None:
    doc = one(tmp_path, gathered(seed, apart=False, plant=True).text)
    assert [s for s, _ in _sums(doc)] == ["error"]


@pytest.mark.parametrize("seed", range(1, 7))
def test_a_sum_gathered_from_places_apart_that_fails_is_a_suspect(tmp_path: Path, seed: int) -> None:
    doc = one(tmp_path, gathered(seed, apart=True, plant=True).text)
    ((severity, message),) = _sums(doc)
    assert severity == "suspect" and "不相连" in message

"""A standalone 三公 table cut by a page (generator: ``tests/layouts/sangong_cut.py``): with its header printed again,
the rows on the next page are the rest of it (they were read as a second table, or dropped when fewer than three),
every item read; whatever part is lost, no identity is checked on the part read as if it were whole (the 合计 against
the items of the first page, the cars' cost against their 运行费 alone: false errors); a planted 合计 is found."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.read import read_path
from layouts.files import write
from layouts.sangong import invent
from layouts.sangong_cut import cut

SHAPES = ("trailing_pipes", "pipe_lines", "pipes", "pipes_no_lead", "row_lines", "bare_cells")


def _read(tmp_path: Path, text: str) -> list[object]:
    docs = read_path(write(tmp_path, text, "cut.txt")).documents
    assert docs and all(d.type == "sangong" for d in docs)
    return docs


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(("model", "rest"), [("single", 1), ("single", 3), ("of_which", 2), ("of_which", 3)])
def test_the_rows_on_the_next_page_are_the_rest(tmp_path: Path, shape: str, model: str, rest: int) -> None:
    s = invent(rest, model)
    docs = _read(tmp_path, cut(s, shape, rest, foot=rest))
    assert len(docs) == 1
    [t] = docs[0].extra["accounts"].tables  # type: ignore[attr-defined]
    assert {r.item: r.get(t.columns[0]).dec for r in t.rows} == s.current
    assert [f for f in check_accounts(docs[0]) if f.severity == "error"] == []  # type: ignore[arg-type]


# A two-row-header table (上年/本年决算数 over 增减金额/增减幅度) in full pipe rows cut after its 合计 and 出国 rows: the
# first part, two rows, goes to the grid reader, which reads the 上年决算数 column as the 决算数 (session 25, still so).
# The 说明's figures then all disagree with it, none agreeing: 疑似, not 错误 (``accounts.text._unanchored``).
_CASES = [(sh, m, r, h) for sh in SHAPES for m in ("single", "of_which", "yoy", "years") for r in (1, 2, 4)
          for h in (True, False)]


@pytest.mark.parametrize(("shape", "model", "rest", "header"), _CASES)
def test_a_part_is_never_checked_as_the_whole(tmp_path: Path, shape: str, model: str, rest: int, header: bool) -> None:
    docs = _read(tmp_path, cut(invent(rest + 10, model), shape, rest, header))
    assert [f for d in docs for f in check_accounts(d) if f.severity == "error"] == []  # type: ignore[arg-type]


@pytest.mark.parametrize("shape", SHAPES)
def test_a_total_off_its_items_is_found_across_the_cut(tmp_path: Path, shape: str) -> None:
    docs = _read(tmp_path, cut(invent(5, "single", ("total",)), shape, 2))
    assert {(f.kind, f.severity) for d in docs for f in check_accounts(d)  # type: ignore[arg-type]
            if f.severity == "error"} == {("three_public", "error")}

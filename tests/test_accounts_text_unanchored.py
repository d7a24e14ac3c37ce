"""A paragraph none of whose amounts agrees with the tables (``accounts.text._unanchored``): a department's page
that prints another unit's 三公 statement before this unit's table and notes. The other unit's figures all differ
from the table (they are its own), so they are 疑似 at most, never 错误; a wrong figure in this unit's own notes,
whose other amounts agree with the table, stays an error."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.read import read_path
from layouts.files import write
from layouts.sangong import invent, text

_OTHER = ["县档案馆“三公”经费情况说明",
          "“三公”经费财政拨款为93.50万元，其中：因公出国（境）费0万元，公务接待费31.20万元，"
          "公务用车购置及运行费62.30万元（其中：公务用车购置费0万元，公务用车运行费62.30万元）。", ""]
SHAPES = ("pipes", "row_lines", "bare_cells")


def _findings(tmp_path: Path, body: str) -> list:  # type: ignore[type-arg]
    docs = read_path(write(tmp_path, body, "sg.txt")).documents
    assert docs and all(d.type == "sangong" for d in docs)
    return [f for d in docs for f in check_accounts(d)]  # type: ignore[arg-type]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_another_units_statement_is_no_error(tmp_path: Path, shape: str, seed: int) -> None:
    s = invent(seed)
    found = _findings(tmp_path, "\n".join(_OTHER) + "\n" + text(s, shape))
    assert [f.message for f in found if f.severity == "error"] == []
    other = {f.row for f in found if f.kind == "text_amount" and f.severity == "suspect" and f.reported == "31.20"}
    assert other == {"公务接待费"}


@pytest.mark.parametrize("shape", SHAPES)
def test_a_wrong_figure_among_agreeing_ones_stays_an_error(tmp_path: Path, shape: str) -> None:
    s = invent(4, mistakes=("text",))
    found = _findings(tmp_path, "\n".join(_OTHER) + "\n" + text(s, shape))
    assert {(f.kind, f.row) for f in found if f.severity == "error"} == {("text_amount", "公务接待费")}
    assert [f.reported for f in found if f.severity == "error"] == [f"{s.current['公务接待费'] + Decimal('0.60'):.2f}"]

"""``read.aslines.lines_of``: a text file's body and the cells its tables took from each line, joined again, in line
order (the one grouping ``aslines.as_lines`` and the accounts' prose readers share)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from jixiao.core.source import Source
from jixiao.core.table import Cell, Table
from jixiao.read.aslines import as_lines, lines_of
from jixiao.read.base import FileRead
from jixiao.read.text import read_text_file

TEXT = "标题一行\n| 项目 | 金额 |  |\n| 收入  合计 | 12.5 |  |\n|  |  |  |\n说明：本年收入，支出，结余。\n"


def test_rows_are_lines_again_between_the_body_lines(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    fr = read_text_file(str(f))
    assert [(x, s.line) for x, s in lines_of(fr, ",")] == [
        ("标题一行", 1), ("项目,金额", 2), ("收入 合计,12.5", 3), ("说明：本年收入，支出，结余。", 5)]
    lines = as_lines(fr)
    assert lines is not None and lines.tables == []
    assert [x for x, _ in lines.body] == ["标题一行", "项目 金额", "收入 合计 12.5", "说明：本年收入，支出，结余。"]


def test_other_formats_give_their_body_and_no_lines() -> None:
    fr = FileRead(Source("a.xlsx"), "xlsx", tables=[Table([[Cell("收入", Source("a.xlsx", cell="A1"))]],
                                                          Source("a.xlsx"))], body=[("标题", Source("a.xlsx"))])
    assert lines_of(fr) == [("标题", Source("a.xlsx"))]
    assert as_lines(fr) is None


@given(st.lists(st.lists(st.text("收入合计 12.", max_size=4), min_size=1, max_size=4), min_size=1, max_size=6))
def test_every_line_once_in_order_with_its_cells(rows: list[list[str]]) -> None:
    file = "t.txt"
    table = Table([[Cell(x, Source(file, line=n + 2)) for x in row] for n, row in enumerate(rows)], Source(file))
    fr = FileRead(Source(file), "text", tables=[table], body=[("头", Source(file, line=1))])
    out = lines_of(fr, "|")
    assert [s.line for _, s in out] == sorted({1} | {n + 2 for n, row in enumerate(rows) if any(x.strip() for x in row)})
    for x, s in out[1:]:
        assert x == "|".join(" ".join(c.split()) for c in rows[(s.line or 0) - 2] if c.strip())


def test_texts_are_every_cell_then_every_body_line() -> None:
    src = Source("a.xlsx")
    tables = [Table([[Cell("项目", src), Cell("", src)], [Cell("12.5", src)]], src), Table([[Cell("合计", src)]], src)]
    fr = FileRead(src, "xlsx", tables=tables, body=[("标题", src), ("注", src)])
    assert list(fr.texts()) == ["项目", "", "12.5", "合计", "标题", "注"]

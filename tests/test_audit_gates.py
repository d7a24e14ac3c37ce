"""File-level checks skip the files they cannot apply to by a cheap test of the file's words
(``audit.common.mentions``): a department form's two splits are looked for only where both are named."""

from __future__ import annotations

from jixiao.audit.common import mentions
from jixiao.audit.dept_splits import check_dept_splits
from jixiao.core.source import Source
from jixiao.core.table import Cell, Table


def _table(*texts: str) -> Table:
    src = Source("f.txt", line=1)
    return Table([[Cell(t, Source("f.txt", line=1, cell=f"C{i + 1}")) for i, t in enumerate(texts)]], src)


def test_mentions_joins_cells_and_ignores_spaces() -> None:
    t = _table("年度资金", "总额", "基本 支出")
    assert mentions([t], [], "年度资金总额", "基本支出")
    assert not mentions([t], [], "年度资金总额", "项目支出")
    assert mentions([], [("按 收入 性质分 2030.12", Source("f.txt", line=3))], "按收入性质分")
    assert not mentions([], [], "按收入性质分")


def test_the_splits_check_still_runs_where_both_splits_are_named() -> None:
    body = [(text, Source("f.txt", line=n)) for n, text in enumerate([
        "年度资金总额 按收入性质分 2030.12 按支出性质分 1925.67",
        "一般公共预算财政拨款 1325.68 基本支出 900.47",
        "政府性基金拨款 118.82 项目支出 1025.20",
        "其他资金 585.62",
    ], 1)]
    found = check_dept_splits([], body, lambda s: "示例部门")
    assert [(f.kind, f.reported, f.recomputed) for f in found] == [("dept_split_mismatch", "1925.67", "2030.12")]
    assert check_dept_splits([], body[1:], lambda s: "示例部门") == []

"""Rows that lost their opening pipe (``read.openpipes``): only runs of three or more such rows get it back, a
sentence with a pipe in it and rows that have theirs are left as they are, and every line keeps its place."""

from __future__ import annotations

from jixiao.read.openpipes import restored


def test_only_runs_of_rows_get_their_pipe_back() -> None:
    text = "\n".join(["说明 | 见附表 |", "", "合计 | 10 | 20 |", "201 | 一般公共服务支出 | 10 | 20 |",
                      "20101 | 人大事务 | 10 | 20 |", "| 已有 | 竖线 |", "两行 | 1 | 2 |", "仅两行 | 1 | 2 |"])
    out = restored(text).split("\n")
    assert out == ["说明 | 见附表 |", "", "| 合计 | 10 | 20 |", "| 201 | 一般公共服务支出 | 10 | 20 |",
                   "| 20101 | 人大事务 | 10 | 20 |", "| 已有 | 竖线 |", "两行 | 1 | 2 |", "仅两行 | 1 | 2 |"]

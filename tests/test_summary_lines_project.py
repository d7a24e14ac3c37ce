"""A 收支总表 whose cells reached the text without a table, read by its labels (``accounts.stream_summary``): the
spending side's 二、项目支出 is a line of the table like 一、基本支出. Before, any label holding 项目 was taken for the
header's 项目 cell and the row was dropped (商洛's 统计局 收支预算总表: 项目支出 85.69 unread). Invented figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from layouts.files import one


def _cells(project: str, pipes: bool) -> str:
    cells = ["收 入", "支 出", "项 目", "预算数", "项 目", "预算数", "一、公共预算拨款", "512.40", "一、基本支出", "390.15",
             "二、政府性基金拨款", "", "二、项目支出", project, "本年收入合计", "512.40", "本年支出合计", "512.40"]
    body = "\n|\n".join(cells) if pipes else "\n".join(c for c in cells if c)
    return f"东山县统计局2031年收支预算总表\n单位:万元\n{body}\n"


@pytest.mark.parametrize("pipes", [True, False])
@pytest.mark.parametrize("project", ["122.25", "122.52"])
def test_the_project_spending_line_is_read(tmp_path: Path, pipes: bool, project: str) -> None:
    doc = one(tmp_path, _cells(project, pipes), "budget_disclosure")
    rows = {r.name: r.values for t in doc.extra["accounts"].tables for r in t.rows}
    assert [v.dec for v in rows["项目支出"].values()] == [Decimal(project)]
    assert [v.dec for v in rows["基本支出"].values()] == [Decimal("390.15")]

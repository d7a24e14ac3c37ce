"""A notice that lists its attachments by name (附件:1.…资金安排表 ⏎ 2.…绩效目标表), then opens the first with its
number on a line of its own (附件1) before the table's title: 附件1 is no place with an amount of 1. Before, where the
table itself could not be read (one cell a line, its project names wrapped: a PDF's narrow column), the list's 安排表
was taken for the table's title and 附件1 for its one row, its "1" the budget read, a figure the notice never gives.
Invented figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path

NOTICE = ("各乡镇人民政府:\n现下达2024年省级水利专项资金,用于小型水利工程建设,具体金额详见附件。\n"
          "附件:1.2024年省级水利专项资金安排表\n2.2024年省级水利专项资金绩效目标表\n某县水利局\n2024年3月20日\n"
          "(此件公开发布)\n附件1\n2024年省级水利专项资金安排表\n单位:万元\n序号\n乡镇名称\n项 目 名 称\n金额\n备注\n")
PLACES = (("东山镇", "东山村排洪排水工", "程建设"), ("西河乡", "西河村前村水渠修", "复"), ("南岭镇", "南岭村河道护岸修", "复"))


def _text(amounts: list[int], total: int) -> str:
    rows = "".join(f"{k}\n{place}\n{a}\n{b}\n{amount}\n" for k, ((place, a, b), amount)
                   in enumerate(zip(PLACES, amounts, strict=True), start=1))
    return NOTICE + rows + f"合计\n{total}\n附件2\n2024年省级水利专项资金绩效目标表\n"


def _budgets(path: Path) -> list[Decimal | None]:
    return [d.funds["total"].annual_budget.dec if "total" in d.funds else None
            for d in read_path(path).documents if d.extra.get("form") == "transfer"]


@pytest.mark.parametrize("amounts", [[20, 15, 30], [120, 45, 60], [1, 1, 1]])
def test_an_attachments_number_is_no_row(tmp_path: Path, amounts: list[int]) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(_text(amounts, sum(amounts)), encoding="utf-8")
    budgets = _budgets(path)
    assert set(budgets) <= {Decimal(sum(amounts)), None}  # the table's 合计 or nothing, never the attachment's 1
    assert not [f for f in audit_paths([str(path)]).findings if f.severity == "error"]

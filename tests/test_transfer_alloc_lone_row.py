"""A notice that states the amount it sends (现下达…资金100万元), its 分配表 given one cell a line with a long task
cell wrapped after each amount (用于整镇推进项目 / 建设补助,项目预 / 算总投资不低于1 / 00万元): the table reader finds
one row before the wrapped cell stops it, and a table of one row is read as its row's whole only where nothing says
otherwise. Here the notice says the amount: it is the budget read, never the first town's share. Before, the first
row's amount was taken (50 of the 100 sent). Invented figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path

TASK = ("用于整镇推进项目", "建设补助,项目预", "算总投资不低于1", "00万元")


def _text(amounts: list[int], sent: int) -> str:
    rows = "".join(f"{k}\n{place}\n农业生态型\n{amount}\n" + "\n".join(TASK) + "\n"
                   for k, (place, amount) in enumerate(zip(("东山镇", "西河乡", "南岭镇"), amounts), start=1))
    return ("东山镇、西河乡、南岭镇人民政府:\n"
            f"根据市财农指〔2025〕24号文精神,现下达2025年市级财政乡村振兴专项资金{sent}万元,款列“2120804-农村基础设施建设"
            "支出”科目,用于整镇推进创建乡镇的项目建设补助。同步下达任务清单和绩效目标(详见附件1、2)。\n"
            "附件:1.2025年市级财政乡村振兴专项资金分配表和任务清单\n2.2025年市级财政乡村振兴专项资金绩效目标表\n"
            "某县农业农村局\n2025年5月21日\n附件1\n2025年市级财政乡村振兴专项资金分配表和任务清单\n"
            "序号\n乡镇名单\n乡镇类型\n补助资金(万元)\n任务清单\n" + rows + f"合计\n{sum(amounts)}\n")


@pytest.mark.parametrize("amounts", [[50, 50], [30, 45, 25], [60, 40]])
def test_the_notices_amount_not_the_first_row(tmp_path: Path, amounts: list[int]) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(_text(amounts, sum(amounts)), encoding="utf-8")
    (doc,) = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    assert doc.funds["total"].annual_budget.dec == Decimal(sum(amounts))
    assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]

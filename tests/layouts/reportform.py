"""An invented 财政支出项目绩效评价(自评)报告 form (湖南岳阳's layout): the planned, arrived and spent amounts and the
balance, then the 支出明细 table; mistakes can be planted in the detail's total and in the balance."""

from __future__ import annotations

import random
from decimal import Decimal

REPORT_MISTAKES = ("detail_sum", "balance")
ITEMS = ("办公费", "印刷费", "接待费", "其他商品服务支出", "拨出经费")


def report_rows(seed: int, mistake: str | None = None) -> tuple[list[list[str]], dict[str, Decimal]]:
    """The form as rows of cells, and its figures."""
    rnd = random.Random(seed)
    amounts = [Decimal(rnd.randint(50, 2000)) / 10 for _ in ITEMS]
    spent = sum(amounts, Decimal(0))
    planned = spent + Decimal(rnd.randint(0, 50)) / 10
    left = planned - spent
    total = spent
    if mistake == "detail_sum":
        total = spent + Decimal(1)
    elif mistake == "balance":
        left += Decimal("0.5")
    rows = [["示例区财政支出项目绩效评价自评报告"], ["项目名称", f"示例专项{seed}号"], ["项目单位", "示例区人大办"],
            ["一、项目基本概况"], ["计划安排资金", "(万元)", f"{planned}", "实际到位资金", "(万元)", f"{planned}",
                                   "实际支出", "(万元)", f"{total}", "结余(万元)", f"{left}"],
            ["二、项目支出明细情况"], ["支出内容", "实际支出数(万元)", "会计凭证号", "备注"]]
    rows += [[name, f"{a}"] for name, a in zip(ITEMS, amounts)]
    rows += [["支出合计", f"{total}"], ["三、项目绩效自评情况"]]
    return rows, {"planned": planned, "spent": spent, "total": total, "left": left}

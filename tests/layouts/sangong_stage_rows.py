"""A 三公 table with the years as rows, each row's label naming its year AND its stage ("2015年度预算数", "2015年度决算数",
"2014年度决算数"), then a row of the change named 决算对比 (a district 采购中心's 决算 page, traditional script on a
mirror): the items as column heads (合计 | 因公出国(境)费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费), one
cell a line with " |" after it. Variants: a 行次 row numbering the columns (1 … m) before the rows; the reception's own
group (小计 | 行政运行 | 其他城乡社区管理事务支出: two heads that name no item); the budget row's last cell a note
("以前年度结转资金9.83") instead of a figure. Invented figures; ``slip`` is added to this year's 决算 合计 as printed.
"""

from __future__ import annotations

import random
from decimal import Decimal

VARIANTS = ("plain", "numbered", "reception_group", "noted", "all")


def stage_rows(seed: int, variant: str, slip: Decimal = Decimal(0)) -> tuple[list[str], dict[str, Decimal]]:
    """The lines, and this year's 决算 figures by item (合计 the 三公 total)."""
    rng = random.Random(seed)
    year = 2014 + seed % 8
    group = variant in ("reception_group", "all")

    def row() -> list[Decimal]:
        buy, run = Decimal(rng.randrange(0, 300)) / 100, Decimal(rng.randrange(100, 900)) / 100
        office, other = Decimal(rng.randrange(10, 300)) / 100, Decimal(rng.randrange(0, 500)) / 100
        guests = office + other
        total = buy + run + guests
        return [total, Decimal("0.00"), buy + run, buy, run, guests] + ([office, other] if group else [])
    budget, final, last = row(), row(), row()
    change = [a - b for a, b in zip(final, last)]
    heads = ["三公经费项目", "合计", "因公出国(境)费", "公务用车购置及运行费", "公务接待费", "小计", "公务用车购置费", "公务用车运行费"]
    if group:
        heads += ["小计", "行政运行", "其他城乡社区管理事务支出"]
    cells = list(heads)
    if variant in ("numbered", "all"):
        cells += ["行次", *map(str, range(1, len(final) + 1))]
    printed_final = [final[0] + slip, *final[1:]]
    budget_cells = [f"{v:.2f}" for v in budget]
    if variant in ("noted", "all"):
        budget_cells[-1] = "以前年度结转资金9.83"
    cells += [f"{year}年度预算数", *budget_cells, f"{year}年度决算数", *(f"{v:.2f}" for v in printed_final),
              f"{year - 1}年度决算数", *(f"{v:.2f}" for v in last), "决算对比", *(f"{v:.2f}" for v in change)]
    lines = ["(单位:万元)", *(f"{c} |" for c in cells),
             f"注:{year}年度预算数为“三公”经费年初预算数,决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。"]
    return lines, dict(zip(("合计", "因公出国(境)费", "公务用车购置及运行费", "公务用车购置费", "公务用车运行费", "公务接待费"),
                           final))

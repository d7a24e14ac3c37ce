"""A 部门收支总表 that reached the text without its grid, its income lines named by the fund as the templates print
them (一、财政拨款 / 一般公共预算拨款收入 / 一般公共预算, 财政专户管理资金(收入), 单位资金(收入), 事业单位经营收入, 其他资金),
invented figures; shapes of ``budget_loose`` (one cell a line, " |" cells, a row a line in spaces)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

from layouts.budget_loose import _render

# each income line by the names templates give it
FUNDS = (("财政拨款", "一般公共预算拨款收入", "一般公共预算", "财政拨款收入", "一般公共预算拨款"),
         ("财政专户管理资金", "财政专户管理资金收入", "专户管理的事业收入"),
         ("单位资金", "单位资金收入", "事业单位经营收入", "其他资金"))
_ORDINALS = "一二三四五"


@dataclass
class FundLines:
    text: str
    lines: dict[str, Decimal]  # each income line's name as printed (no ordinal) → its figure
    total: Decimal


def fund_lines(seed: int, shape: str) -> FundLines:
    rng = random.Random(seed)
    names = [rng.choice(f) for f in FUNDS]
    lines = {n: Decimal(rng.randrange(100, 10**6)) / 100 for n in names}
    total = sum(lines.values(), Decimal(0))
    spend = [("教育支出", total - Decimal(1)), ("社会保障和就业支出", Decimal(1))]
    rows = [["收入", "", "支出", ""], ["项目", "预算数", "项目", "预算数"]]
    for k, (name, d) in enumerate(lines.items()):
        other = spend[k] if k < len(spend) else ("", None)
        rows.append([f"{_ORDINALS[k]}、{name}", f"{d:,.2f}", f"{_ORDINALS[k]}、{other[0]}" if other[0] else "",
                     f"{other[1]:,.2f}" if other[1] is not None else ""])
    rows += [["本年收入合计", f"{total:,.2f}", "本年支出合计", f"{total:,.2f}"],
             ["收入总计", f"{total:,.2f}", "支出总计", f"{total:,.2f}"]]
    text = "\n".join(["西山县农业农村局2024年部门预算", "一、部门收支总表", "单位:万元", *_render(rows, shape),
                      "注:本表反映部门本年度的总收支。"]) + "\n"
    return FundLines(text, lines, total)

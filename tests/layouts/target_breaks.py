"""A 项目支出绩效目标表 published one cell a line whose print broke it (invented amounts):

- ``wrapped_word``: the title wrapped between two of its words (项目支出绩效目标 / 申报表 / （2024年度）);
- ``wrapped_char``: the title wrapped inside a word (项目支出绩 / 效目标表 / （2024年度）);
- ``continued``: the funds block cut by a page break, the page's number and the title printed again with （续）
  before the last funds line;
- ``continued_table``: the same with 续表 before the title;
- ``continued_paren``: the same with （续表） after the title.

The cells come one a line (``lines``) or each ending in " |" (``cell_pipes``).
"""

from __future__ import annotations

import random
from decimal import Decimal

BREAKS = ("wrapped_word", "wrapped_char", "continued", "continued_table", "continued_paren")
SHAPES = ("lines", "cell_pipes")


def funds(seed: int) -> list[tuple[str, Decimal]]:
    rng = random.Random(seed)
    gov = Decimal(rng.randrange(100, 99999)) / 100
    other = Decimal(rng.randrange(0, 9999)) / 100
    return [("年度资金总额", gov + other), ("其中：财政拨款", gov), ("其他资金", other)]


def title(brk: str) -> str:
    return "项目支出绩效目标申报表（2024年度）" if brk == "wrapped_word" else "项目支出绩效目标表（2024年度）"


def text(seed: int, brk: str, shape: str) -> str:
    heads = {"wrapped_word": ["项目支出绩效目标", "申报表"], "wrapped_char": ["项目支出绩", "效目标表"]}
    head = [*heads.get(brk, ["项目支出绩效目标表"]), "（2024年度）", "项目名称", "农村公路养护", "主管部门", "县交通运输局"]
    money = [x for k, v in funds(seed) for x in (k, f"{v}")]
    if brk.startswith("continued"):
        again = {"continued_table": ["续表", "项目支出绩效目标表"], "continued_paren": ["项目支出绩效目标表（续表）"]}.get(
            brk, ["项目支出绩效目标表（续）"])
        money = [*money[:4], "- 1 -", *again, *money[4:]]
    tail = ["总体目标", "年度目标", "完成农村公路养护，路况优良率达到80%。", "绩效指标", "一级指标", "二级指标",
            "三级指标", "指标值", "产出指标", "数量指标", "养护里程", "≥120公里", "满意度指标", "服务对象满意度指标",
            "群众满意度", "≥90%"]
    cells = [*head, "项目资金（万元）", *money, *tail]
    if shape == "lines":
        return "\n".join(cells) + "\n"
    return "\n".join(f"{c} |" for c in cells) + "\n"

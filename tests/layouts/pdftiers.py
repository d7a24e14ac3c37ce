"""An invented rule table (二级 | 三级 | 评价内容(标准) | 分值) as PDF text gives it on one line: the column labels
interleaved, each row's name, its rule ending with the points of each grade (明确: 2 分;基本明确: 1 分;不明确: 0
分。), then its weight, with the level labels' pieces between rows (目标 / 设定 / 情况 / (6 分 )). A mistake can be
planted: a weight that is not its rule's top grade."""

from __future__ import annotations

import random
from decimal import Decimal

ROWS = (("依据的充分性", "项目资金设立依据是否充分。", ("有批准文件", "没有批准文件")),
        ("目标的合理性", "项目预定目标设置是否客观、合理。", ("合理", "基本合理", "不合理")),
        ("目标的明确度", "项目资金使用的预定目标是否明确。", ("明确", "基本明确", "不明确")),
        ("资金到位情况", "项目资金是否按计划及时到位。", ("及时足额到位", "部分到位", "未到位")),
        ("制度执行情况", "项目实施是否执行相关管理制度。", ("严格执行", "基本执行", "未执行")))
PIECES = ("目标", "设定", "情况", "业", "务", "管理")


def invent_pdf_rules(seed: int, mistake: bool = False, deducting: bool = False) -> tuple[str, list[tuple[str, Decimal]]]:
    """The line of text and the rows it holds (name, weight); ``mistake``: the third row's printed number is one
    more than its top grade; ``deducting``: each rule awards one grade and then takes points off, in one run of
    text (…达到要求的:3分;每有一处不符扣0.5分,扣完为止。)."""
    rnd = random.Random(seed)
    parts = ["评价指标 标准 一 评价内容 ( 标准 ) 二级 三级 分值 级"]
    rows = []
    for k, (name, ask, grades) in enumerate(ROWS):
        top = Decimal(rnd.choice([2, 3, 4, 5]))
        points = [top - i for i in range(len(grades) - 1)] + [Decimal(0)]
        rule = ask + ";".join(f"{g}: {p} 分" for g, p in zip(grades, points)) + "。"
        if deducting:
            rule = f"{ask}{grades[0]}的:{top}分;每有一处不符扣0.5分,扣完为止。"
        printed = top + 1 if mistake and k == 2 else top
        parts += [rnd.choice(PIECES), name, rule, str(printed)]
        rows.append((name, top))
    return "3.1 某城区义务教育项目评价指标与标准 " + " ".join(parts) + " 目标完成效果 项目实施完成后达到预期的效果的: 3\n", rows

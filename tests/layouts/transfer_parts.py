"""转移支付 self-evaluation reports that state each indicator's score in their text, with invented figures: in the
headings' brackets (1.数量指标（分值20分，得分19分）：…) or in sentences (产出指标满分50分，自评得分48分；效益指标权重30分，得30分；
满意度指标（10分）得10分；满意度指标得分10分（满分10分）; 效益指标（权重30分，得分28分）),
with the report's total score said after them in words that an indicator's score shares (自评得分97分).

``report(seed, wording, planted)`` gives the text and the indicators' (name, weight, score) the reader must read, and the
total; ``planted`` prints one indicator's score above its weight (the audit must report it at that row).
"""

from __future__ import annotations

import random
from decimal import Decimal

# (how an indicator's scores are said: {n} its name, {w} its weight, {s} its score; the headings' are numbered)
WORDINGS = (
    "{k}.{n}（分值{w}分，得分{s}分）：已按计划完成。\n",
    "{k}.{n}（权重{w}分，自评得分{s}分）：已按计划完成。\n",
    "{n}满分{w}分，自评得分{s}分；",
    "{n}分值{w}分，得{s}分，",
    "{n}（满分{w}分）得分为{s}分；",
    "{n}权重{w}分，评分{s}分；",
    "{n}（{w}分）得{s}分，",
    "{n}得分{s}分（满分{w}分），",
    # all in one bracket after the name, the weight before or after the score
    "{n}（权重{w}分，得分{s}分），", "{n}（得分{s}分，满分{w}分）；", "{n}(分值{w}分;自评得分{s}分)，",
)
_LEVELS = (("数量指标", "质量指标", "时效指标", "成本指标"), ("产出指标", "效益指标", "满意度指标"))


def report(seed: int, wording: int, planted: bool = False) -> tuple[str, list[tuple[str, Decimal, Decimal]], Decimal]:
    rng = random.Random(seed)
    headed = wording < 2
    names = _LEVELS[0] if headed else _LEVELS[1]
    chosen = names[: rng.randint(2, len(names))]
    budget = Decimal(rng.randrange(100, 900))
    spent = budget - Decimal(rng.randrange(0, 40))
    out: list[tuple[str, Decimal, Decimal]] = []
    said = ""
    for k, name in enumerate(chosen, 1):
        weight = Decimal(rng.choice((10, 15, 20, 30)))
        score = weight - Decimal(rng.choice((0, 0, 1, 2)))
        if planted and k == len(chosen):
            score = weight + 3
        said += WORDINGS[wording].format(k=k, n=name, w=weight, s=score)
        out.append((name, weight, score))
    total = sum((s for _, _, s in out), Decimal(0)) + 10
    text = (f"示例县{2020 + seed % 4}年度示例补助资金绩效自评报告\n一、绩效目标分解下达情况\n"
            f"全年下达示例补助资金{budget}万元。\n二、绩效情况分析\n（一）资金投入情况分析\n截至年底，实际支出{spent}万元。\n"
            f"（二）总体绩效目标完成情况分析\n{said.rstrip('；，')}。\n三、自评结论\n自评得分{total}分。\n")
    return text, out, total

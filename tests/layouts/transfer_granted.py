"""A transfer self-evaluation report in the central template's outline (invented figures): the section stating the
grant from above (（一）中央下达…预算和绩效目标情况), then the one stating how the writer passed it on (（二）省级分解下达
预算和绩效目标情况), each amount of the second a part, or another year's, never the grant.

``report(seed)`` gives (the text, the grant); the outline marks, the headings' wordings, whether a heading runs into
its sentence on the same line, the grant's sentence and the passing-on's amounts (万元 or 亿元) vary with the seed.
"""

from __future__ import annotations

import random
from decimal import Decimal

MARKS = (("（一）", "（二）"), ("1. ", "2. "), ("(一)", "(二)"))
GRANT_HEADS = ("中央下达转移支付预算和绩效目标情况", "中央下达农业生产发展资金预算和区域绩效目标情况", "上级下达资金情况",
               "中央财政下达预算资金和绩效目标情况")
PASSED_HEADS = ("省级分解下达预算和绩效目标情况", "自治区分解下达预算和绩效目标情况", "市级财政分解下达资金情况",
                "我县分解下达预算和绩效目标情况")
GRANTS = ("{year}年,财政部下达我省{fund}{amount}万元,以及{year}年度区域绩效目标。",
          "{year}年中央财政下达我县{fund}共计{amount}万元。",
          "财政部于{year}年分两批下达{fund}预算{amount}万元,同时下达区域绩效目标。")
FUNDS = ("农业生产发展资金", "城镇保障性安居工程补助资金", "林业草原生态保护恢复资金")
PASSED = ("收到资金后,省财政厅将提前下达资金{a}亿元和正式下达资金{b}亿元下达至各市县。",
          "我局于{year}年5月下达各县(区){fund}{a}万元,剩余{b}万元于9月下达。",
          "分两批下达市县资金{a}万元、{b}万元,并同步下达绩效目标。")


def report(seed: int) -> tuple[str, Decimal]:
    rng = random.Random(seed)
    year = 2030 + seed % 3
    first, second = MARKS[seed % len(MARKS)]
    fund = FUNDS[seed % len(FUNDS)]
    grant = Decimal(rng.randint(1000, 90000))
    passed = rng.choice(PASSED)
    # the passing-on's amounts: a part of the grant (in 亿元 where the wording says so), never adding up to it
    a, b = (Decimal(rng.randint(100, 400)) / 100, Decimal(rng.randint(10, 99)) / 100) if "亿元" in passed else \
        (grant * Decimal("0.6"), Decimal(rng.randint(10, 99)))
    grant_sentence = rng.choice(GRANTS).format(year=year, fund=fund, amount=grant)
    run_on = seed % 2 == 0  # the heading running into its sentence on the same line
    lines = [f"{year}年度{fund}绩效自评报告", "一、绩效目标分解下达情况",
             f"{first}{rng.choice(GRANT_HEADS)}" + (f":{grant_sentence}" if run_on else f"\n{grant_sentence}"),
             f"{second}{rng.choice(PASSED_HEADS)}" + (":" if run_on else "\n") + passed.format(year=year, fund=fund, a=a, b=b),
             "二、绩效目标完成情况分析", f"(一)资金投入情况分析。截至{year}年底,各地资金到位率100%。"]
    return "\n".join(lines) + "\n", grant

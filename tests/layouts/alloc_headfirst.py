"""Allocation tables as a ministry or province publishes its transfer's (invented figures): titled by what they list
of the transfer (…转移支付预算汇总表, …转移支付资金分配明细表), the 合计 row printed above the numbered rows without a
序号 of its own, a column the 合计 and every row leave blank (地方资金 none of them got) or a group label over two
columns (重点项目 over 提前下达数 | 本次下达数) — so the 合计 row prints fewer amounts than the header names columns.
And a province's allocation stated in prose: the sum it received (下达我省…资金X万元, the year perhaps printed without
年 before the fund's name), then each county's amount. And a 公示 of the subsidies a fund pays, its amount itemised after
其中; and an allocation laid out per county after the counties' count (12个…县,每个县安排1000万元)."""

from __future__ import annotations

import random
from decimal import Decimal

TITLES = ("2031年示例文化发展专项资金 转移支付预算汇总表", "2031年示例转移支付资金分配明细表",
          "2031年示例补助资金分配表")
PLACES = ("北京", "天津", "河北", "山西", "内蒙古", "吉林", "黑龙江", "上海", "浙江", "安徽", "福建")


def head_first(seed: int, title: str, grouped: bool, mistake: bool = False) -> tuple[list[list[str]], Decimal]:
    """(rows, the 合计 printed): 序号 | 地区 | 合计 | then either 重点项目 over 提前下达数 | 本次下达数 (``grouped``) or
    中央资金 | 地方资金 with 地方资金 blank in every row; the 合计 row first, without 序号. ``mistake``: the 合计 one more
    than the rows' and its parts' sums."""
    rng = random.Random(seed)
    places = rng.sample(PLACES, rng.randint(3, 8))
    head = ["序号", "地区", "支持金额合计", "重点项目"] if grouped else ["序号", "地区", "合计", "中央资金", "地方资金"]
    header = [head] + ([["提前下达数", "本次下达数"]] if grouped else [])
    body: list[list[str]] = []
    early = later = Decimal(0)
    for k, place in enumerate(places, 1):
        a = Decimal(rng.choice((0, 0, rng.randint(1, 90) * 10)))
        b = Decimal(rng.randint(1, 90) * 10)
        early, later = early + a, later + b
        whole = a + b
        if grouped:
            body.append([str(k), place, str(whole), str(a) if a else "", str(b)])
        else:
            body.append([str(k), place, str(whole), str(whole), ""])
    total = early + later + (1 if mistake else 0)
    first = ["合计", str(total), str(early), str(later)] if grouped else ["合计", str(total), str(total - (1 if mistake else 0)), ""]
    return [[title], ["单位:万元"], *header, first, *body], total


def stated(seed: int, bare_year: bool) -> tuple[str, Decimal]:
    """A province's 分配方案 in prose: the sum received from the centre, then each county's amount (they add up)."""
    rng = random.Random(seed)
    counties = ("甲安县", "乙丰县", "丙河市", "丁山县", "戊城区", "己宁县")[: rng.randint(3, 6)]
    amounts = [Decimal(rng.randint(10, 200)) for _ in counties]
    total = sum(amounts, Decimal(0))
    year = "2031" if bare_year else "2031年"
    listed = ",".join(f"{c}{a}万元" for c, a in zip(counties, amounts))
    text = (f"2031年示例调出大县奖励资金分配方案\n示财粮[2031]12号\n近日,中央财政正式下达我省{year}示例调出大县省级统筹奖励资金"
            f"{total}万元。根据有关管理办法,省财政厅结合我省实际,制定了分配方案,如下:\n按照各县综合数据占比情况分配资金,"
            f"据此测算分配{listed}\n附件:2031年示例调出大县奖励资金分配表\n示例省财政厅\n")
    return text, total


def announced(seed: int) -> tuple[str, Decimal]:
    """A 公示 of the subsidies a fund pays: the fund's amount in one sentence, its parts after 其中 in the next (a carry-over
    and this year's money), then what is to be paid from it in 元 and to how many households."""
    rng = random.Random(seed)
    carried, fresh = Decimal(rng.randint(100, 3000)) / 10, Decimal(rng.randint(100, 9000)) / 10
    whole = carried + fresh
    paid = Decimal(rng.randint(1000000, 9000000)) + Decimal(rng.randint(0, 99)) / 100
    text = (f"根据《示例州农业农村局关于印发2031年示例单产提升行动实施方案的通知》要求,2031年部级安排我县示例单产提升项目任务"
            f"{rng.randint(2, 9)}.{rng.randint(1, 9)}万亩,项目资金{whole}万元,全部来源于中央农业发展专项资金。其中,2030年示例单产"
            f"结转资金{carried}万元,2031年专项资金{fresh}万元,资金文号为《示例州财政局关于提前下达2030年中央农业相关转移支付资金的"
            f"通知》。全县上报核实种植补助面积{rng.randint(10000, 90000)}亩,拟兑付补助资金{paid}元,涉及{rng.randint(1000, 20000)}户"
            f"农户,现对示例县2031年示例项目拟补助资金花名册进行公示。\n公示期为2031年11月7日至2031年11月17日。\n示例县农业农村局\n")
    return text, whole


def per_county(seed: int, mistake: bool = False) -> tuple[str, Decimal]:
    """A province's announcement of a central fund: the sum sent down to it, then its allocation as counts × amounts
    (N个…县 …,每个县安排A万元), the rest to the cities. ``mistake``: the sum stated one more than the allocation."""
    rng = random.Random(seed)
    groups = [(rng.randint(2, 14), Decimal(rng.choice((100, 200, 500, 1000)))) for _ in range(rng.randint(1, 3))]
    rest = Decimal(rng.randint(100, 3000))
    total = sum((n * a for n, a in groups), Decimal(0)) + rest + (1 if mistake else 0)
    each = rng.choice(("每个县(市、区)安排", "每个县安排", "每县安排"))
    clauses = ";".join(f"{n}个示例重点县甲县、乙县等,{each}{a}万元" for n, a in groups)
    text = (f"财政部《关于下达2031年示例公益金资金的通知》安排下达示例省2031年度示例公益金资金{total}万元。\n"
            f"示例省按照补齐短板的要求,对薄弱地区给予重点支持。资金具体安排情况如下:{clauses};剩余{rest}万元安排到"
            f"{rng.randint(5, 14)}个市州本级。以上资金安排到相应市县后,由市县自主确定项目。\n特此公告。\n")
    return text, total

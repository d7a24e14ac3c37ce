"""Allocation tables by project (invented figures): each row a project with columns saying who carries it out,
where and what (实施单位, 建设地点, 建设内容及规模, 补助对象, 实施期限 …; the texts hold numbers of their own: 新建产业
路9.9公里, 配套闸门32座), then the money, then 备注; the 合计 row first or last, amounts in 万元 or 元.
``projects(seed, first, yuan, planted)`` gives (rows, the total); ``planted`` prints the 合计 one more than the rows."""

from __future__ import annotations

import random
from decimal import Decimal

WORKS = ("新建产业路{a}公里", "硬化道路{b}平方米", "修建灌溉渠道{a}公里,配套闸门{c}座", "建设温室大棚{c}座",
         "改造农田{b}亩", "购置设备{c}台(套)")
ABOUT = ("实施单位", "建设地点", "建设内容及规模", "补助对象", "实施期限", "项目负责人", "建设性质", "责任单位")
MONEY = ("补助资金", "资金", "安排资金", "下达资金", "金额")


def projects(seed: int, first: bool = False, yuan: bool = False, planted: bool = False
             ) -> tuple[list[list[str]], Decimal]:
    rng = random.Random(seed)
    about = rng.sample(ABOUT, rng.randint(2, 4))
    unit = "元" if yuan else "万元"
    money = rng.choice(MONEY) + (f"({unit})" if seed % 2 else "")
    header = ["序号", "项目名称", *about, money, "备注"]
    rows: list[list[str]] = [[f"2031年示例衔接资金项目{rng.choice(('计划表', '安排表', '分配明细表'))}"], [f"单位:{unit}"], header]
    total = Decimal(0)
    body: list[list[str]] = []
    for k in range(rng.randint(3, 7)):
        v = Decimal(rng.randint(100000, 5000000)) if yuan else Decimal(rng.randint(50, 9000)) / 10
        total += v
        texts = {"实施单位": "示例镇人民政府", "责任单位": "示例县农业农村局", "建设地点": f"示例镇示例{k + 1}村",
                 "补助对象": f"脱贫户{rng.randint(10, 300)}户", "实施期限": "2031年3月-12月", "项目负责人": "张某",
                 "建设性质": rng.choice(("新建", "改建")),
                 "建设内容及规模": rng.choice(WORKS).format(a=f"{rng.randint(1, 30)}.{rng.randint(1, 9)}",
                                                            b=rng.randint(200, 9000), c=rng.randint(2, 40))}
        body.append([str(k + 1), f"示例村产业项目{k + 1}", *(texts[a] for a in about), f"{v}", "" if k % 2 else "到户"])
    printed = total + 1 if planted else total
    last = ["合计", *[""] * (len(about) + 1), f"{printed}", ""]
    rows += [last, *body] if first else [*body, last]
    return rows, total

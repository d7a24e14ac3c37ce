"""Notes on 直达资金 (the central transfers sent straight down to the counties) and on a place's share of a fund,
as districts, cities and newspapers publish them (invented figures): ``text(seed, shape)`` gives (text, the amount
received as printed, the spending as printed or None).

- ``note``: a title naming 直达资金 and its 执行情况, the whole received as a budget quota (我区共接收中央直达资金指标X,
  支出Y), then each kind with its own received and spent;
- ``received``: one untitled sentence, the whole sent down to the text's own place (中央、省下达至我区的直达资金总量X),
  its kinds listed in brackets after 其中, then the spending after the bracket (支出金额Y) and its 支出进度;
- ``share``: a newspaper item: the province's whole, then the city's share (其中,东州市分配得X), then the city's
  own sum again (我市共分配到X) and its counties after 其中;
- ``doubled``: a mirror's copy that doubled every comma (总量X,,支出Y,支付率为Z%,。), two such lines under the
  title: sentences, not rows of a table.

Every shape is printed in simplified or traditional script by turns, in 万元 or 亿元. ``planted(seed)`` is the
``received`` shape whose bracketed kinds do not make the whole (a real difference to report as a suspicion, never
an error, the whole then not read).
"""

from __future__ import annotations

import random
from decimal import Decimal

SHAPES = ("note", "received", "share", "doubled")
PLACES = ("东州", "西河", "南山", "北岭")
COUNTIES = ("甲县", "乙县", "丙县", "丁县", "戊区")
_TRAD = str.maketrans("资达区县计总执况财进发这们级务专项转给设规划现实", "資達區縣計總執況財進發這們級務專項轉給設規劃現實")


def _split(rng: random.Random, whole: Decimal, n: int, q: Decimal) -> list[Decimal]:
    cuts = sorted(rng.sample(range(1, 99), n - 1))
    parts = [(whole * Decimal(b - a) / 100).quantize(q) for a, b in zip([0, *cuts], [*cuts, 100], strict=True)]
    parts[-1] = whole - sum(parts[:-1], Decimal(0))
    return parts


def _figures(rng: random.Random, unit: str) -> tuple[Decimal, Decimal, Decimal]:
    q = Decimal("0.01")
    whole = Decimal(rng.randint(100, 9000) if unit == "亿元" else rng.randint(1000, 900000)) / 100
    spent = (whole * Decimal(rng.randint(15, 90)) / 100).quantize(q)
    return whole, spent, q


def text(seed: int, shape: str, plant: bool = False) -> tuple[str, Decimal, Decimal | None]:
    rng = random.Random(seed * 31 + SHAPES.index(shape))
    unit = ("万元", "亿元")[seed % 2]
    place = rng.choice(PLACES)
    year = rng.randint(2020, 2025)
    whole, spent, q = _figures(rng, unit)
    executed: Decimal | None = spent
    if shape == "note":
        a, b = _split(rng, whole, 2, q)
        ea, eb = _split(rng, spent, 2, q)
        body = (f"{place}区直达资金{year}年5月细化方案及执行情况\n\n一、直达资金安排及支出总体情况\n\n"
                f"截至5月31日,我区共接收中央直达资金指标{whole}{unit},支出{spent}{unit},具体执行情况如下。\n\n"
                f"接收分配共同财政事权转移支付资金{a}{unit},支出{ea}{unit}。\n\n"
                f"接收分配重点民生等专项转移支付资金{b}{unit},支出{eb}{unit}。\n\n二、支出成效\n\n"
                f"直达资金主要用于义务教育、基本公共卫生和困难群众救助。\n")
    elif shape == "received":
        a, b, c = _split(rng, whole, 3, q)
        if plant:
            c += Decimal(1)
        rate = (spent / whole * 100).quantize(Decimal("0.1"))
        body = (f"1-5月中央、省下达至我区的直达资金总量{whole}{unit}(其中共同财政事权转移支付{a}{unit},"
                f"一般性转移支付{b}{unit},专项转移支付{c}{unit}),支出金额{spent}{unit},分配进度100%,支出进度{rate}%。\n")
    elif shape == "share":
        executed = None
        province = (whole * Decimal(rng.randint(4, 9))).quantize(q)
        parts = _split(rng, whole, 4, q)
        listed = "、".join(f"{n}{p}{unit}" for n, p in zip(COUNTIES, parts, strict=False))
        body = (f"日前,省财政下达{year}年度第二批中央财政专项扶贫资金{province}{unit},其中,{place}市分配得{whole}{unit}。"
                f"据了解,该资金属一次性补助,主要用于产业发展和基础设施建设。记者在资金分配表中看到,我市共分配到"
                f"{whole}{unit}。其中,{listed}。(记者 张某)\n")
    else:  # doubled
        rate = (spent / whole * 100).quantize(Decimal("0.1"))
        body = (f"{place}市{year}年1-8月直达资金预算执行情况\n一、直达资金支付情况\n"
                f"截至{year}年8月底,,全市直达资金总量{whole}{unit},,支出{spent}{unit},支付率为{rate}%,。\n"
                f"支付率低于全省平均进度的有:高新区41.8%,,市本级51.4%,连江62.6%,,鼓楼66.7%,。\n")
    if seed % 3 == 2:
        body = body.translate(_TRAD)
    return body, whole, executed


def planted(seed: int) -> str:
    return text(seed, "received", plant=True)[0]


def levels(seed: int) -> tuple[str, Decimal]:
    """The city's 直达资金 by level: the whole (全市…总额, its 其中 parts), then the city level's sum with what is left
    unallocated and its 分配率 before a sentence opening with 其中 whose parts make the city level's sum (not the
    remainder's), then the counties' sum. Gives (text, the whole)."""
    rng = random.Random(seed)
    unit = ("万元", "亿元")[seed % 2]
    whole, _, q = _figures(rng, unit)
    central, local = _split(rng, whole, 2, q)
    own = (whole * Decimal(rng.randint(30, 70)) / 100).quantize(q)
    a, b = _split(rng, own, 2, q)
    left = (own * Decimal(rng.randint(1, 9)) / 100).quantize(q)
    rate = ((own - left) / own * 100).quantize(Decimal("0.1"))
    body = (f"{rng.choice(PLACES)}市直达资金分配情况\n"
            f"截至8月底,全市财政直达资金总额{whole}{unit},分配率99.5%。其中:中央安排直达资金{central}{unit};"
            f"地方安排直达资金{local}{unit}。\n"
            f"市本级直达资金{own}{unit},未分配{left}{unit},分配率{rate}%。其中:中央安排直达资金{a}{unit},"
            f"分配率99.2%;地方安排资金{b}{unit},分配率99.7%。\n"
            f"县区直达资金合计{whole - own}{unit},已分配{whole - own - left}{unit},未分配{left}{unit}。\n")
    return (body.translate(_TRAD) if seed % 3 == 2 else body), whole

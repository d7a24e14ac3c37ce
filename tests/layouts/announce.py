"""Announcements of transferred funds that state the amount once and itemise it after it: invented names and
figures, three shapes met in published pages, a mistake that can be planted.

- ``sources``: the amount in the opening sentence (…资金投入X万元,现公示如下), then 一、资金来源 and a numbered line per
  source (1、中央、省资金A万元;), no 合计 line;
- ``recipients``: the amount sent to the writer (下达我市…资金X万元,予以公告), then a line per county
  (某某区:…资金A万元;);
- ``sentence``: the amount received (共收到…资金X万元,其中:中央资金X万元, the 其中 restating it), the funds and their
  amounts in one sentence of the next paragraph, then what was spent;
- ``scale``: the fund's size in the opening sentence with its two parts after it (…专项资金规模X万元,其中上级下达…A万元
  (文号 with its numbers);县财政配套…B万元,现将…公示如下), then 一、资金来源 listing the upper part by level.

``announce(seed, shape, planted)`` gives the text and the total; ``planted`` makes one item 1 more than the
figures that add up (the text's total then no longer confirmed by its items).
"""

from __future__ import annotations

import random
from decimal import Decimal

SHAPES = ("sources", "recipients", "sentence", "scale")
_PLACES = ("东城区", "西山县", "南江县", "北湖区", "青石县", "经济开发区", "白河镇")
_SOURCES = ("中央、省资金", "市级资金", "县本级资金投入", "省派驻村第一书记专项资金", "盘活存量资金")
_FUNDS = ("优抚对象补助经费", "农田建设补助资金", "城乡义务教育补助经费", "困难群众救助补助经费", "基本公共卫生服务补助资金",
          "农业生产发展资金", "计划生育转移支付资金")
_MARKS = ("{k}、", "{k}.", "({k})", "（{k}）")


def _items(rng: random.Random, n: int, planted: bool) -> tuple[list[Decimal], Decimal]:
    items = [Decimal(rng.randrange(100, 900000)) / rng.choice((1, 10, 100)) for _ in range(n)]
    total = sum(items, Decimal(0))
    if planted:
        items[rng.randrange(n)] += 1
    return items, total


def announce(seed: int, shape: str, planted: bool = False) -> tuple[str, Decimal]:
    rng = random.Random(seed)
    if shape == "sources":
        items, total = _items(rng, rng.randint(2, 5), planted)
        mark = rng.choice(_MARKS)
        lines = [f"{mark.format(k=k)}{src}{v}万元;" for k, (src, v) in enumerate(zip(_SOURCES, items), 1)]
        return ("某某市财政局2031年扶贫资金公示\n"
                f"截止2031年7月11日,某某市财政专项扶贫资金投入{total}万元,现公示如下:\n一、资金来源\n" + "\n".join(lines)
                + "\n二、分配原则\n村级申请、乡镇审核,依据轻重缓急的原则予以审批安排。\n某某市财政局\n2031年7月11日\n"), total
    if shape == "recipients":
        items, total = _items(rng, rng.randint(3, 7), planted)
        lines = [f"{place}:省级财政专项扶贫资金{v}万元;" for place, v in zip(_PLACES, items)]
        return (f"现将省财政厅下达我市2031年省级财政专项扶贫资金{total}万元,予以公告。\n" + "\n".join(lines)
                + "\n资金用途:主要用于农业生产发展和农村基础设施建设。\n某某市财政局\n2031年2月18日\n"), total
    if shape == "scale":
        items, total = _items(rng, 2, planted)
        doc = f"(某财预[2031]{rng.randint(100, 300)}、{rng.randint(301, 400)}号文)"
        return ("某某县第二批扶贫专项资金分配情况公告公示\n"
                f"2031年,第二批扶贫专项资金规模{total}万元,其中上级下达某某县财政专项扶贫资金{items[0]}万元{doc};"
                f"县财政配套扶贫专项资金{items[1]}万元,现将扶贫专项资金分配使用情况公示如下:\n一、资金来源\n"
                "二、分配原则\n按照领导小组文件精神安排使用。\n某某县财政局\n2031年8月27日\n"), total
    items, total = _items(rng, rng.randint(3, 7), planted)
    listed = ",".join(f"{name}{v}万元" for name, v in zip(_FUNDS, items))
    spent = (total / 7).quantize(Decimal("0.01"))
    return (f"今年以来,某某区共收到直达资金{total}万元,其中:中央资金{total}万元。截至3月31日,已全部分配至各单位。\n"
            f"分资金看,直达资金项目主要为{listed}。截至3月31日,已累计支出{spent}万元。\n"), total

"""Announcements of transferred funds that state the amount once and itemise it after it: invented names and
figures, three shapes met in published pages, a mistake that can be planted.

- ``sources``: the amount in the opening sentence (…资金投入X万元,现公示如下), then 一、资金来源 and a numbered line per
  source (1、中央、省资金A万元;), no 合计 line;
- ``recipients``: the amount sent to the writer (下达我市…资金X万元,予以公告), then a line per county
  (某某区:…资金A万元;);
- ``sentence``: the amount received (共收到…资金X万元,其中:中央资金X万元, the 其中 restating it), the funds and their
  amounts in one sentence of the next paragraph, then what was spent;
- ``scale``: the fund's size in the opening sentence (资金规模/资金投入/资金共投入X万元) with its two parts after it, the
  upper one (上级下达/中央和省级/市级…A万元, a 文号 with its numbers or none) and the local one (配套/安排/自筹…B万元), a
  heading or none before, section headings after; wordings, places and dates drawn by the seed.

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
_COUNTIES = ("青石县", "南江县", "白河县", "云岭县", "东坪县", "柳溪县")
_FUNDS_OF_SCALE = ("扶贫专项资金", "衔接推进乡村振兴补助资金", "农村综合改革资金", "以工代赈资金")
_SIZE = ("资金规模", "资金投入", "资金共投入", "资金规模为")  # said of the size, not 合计/总额 (a total read as stated)
_UPPER = ("上级下达{place}", "中央和省级下达", "市级财政下达", "争取上级")
_LOCAL = ("{level}财政配套", "{level}本级安排", "{level}自筹")
_HEADINGS = (("一、资金来源", "二、分配原则"), ("一、资金构成", "二、使用方向"), ("(一)资金安排", "(二)项目实施"))
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
        return _scale(rng, planted)
    items, total = _items(rng, rng.randint(3, 7), planted)
    listed = ",".join(f"{name}{v}万元" for name, v in zip(_FUNDS, items))
    spent = (total / 7).quantize(Decimal("0.01"))
    return (f"今年以来,某某区共收到直达资金{total}万元,其中:中央资金{total}万元。截至3月31日,已全部分配至各单位。\n"
            f"分资金看,直达资金项目主要为{listed}。截至3月31日,已累计支出{spent}万元。\n"), total


def _scale(rng: random.Random, planted: bool) -> tuple[str, Decimal]:
    items, total = _items(rng, 2, planted)
    place, fund, year = rng.choice(_COUNTIES), rng.choice(_FUNDS_OF_SCALE), rng.randint(2029, 2034)
    level = rng.choice(("县", "县级", "本县"))
    batch = rng.choice(("", "第一批", "第二批", "第三批"))
    doc = rng.choice(("", f"(某财农[{year}]{rng.randint(10, 90)}号)", f"(某财预〔{year}〕{rng.randint(100, 300)}号文件)"))
    upper = rng.choice(_UPPER).format(place=place)
    local = rng.choice(_LOCAL).format(level=level)
    title = rng.choice((f"{place}{year}年{batch}{fund}分配情况公示", f"关于{batch}{fund}安排使用情况的公告", ""))
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    tail = rng.choice(("现将有关资金情况公示如下:", f"现将{fund}安排情况予以公示:", "具体资金分配情况公告如下:"))
    first, second = rng.choice(_HEADINGS)
    return ((f"{title}\n" if title else "")
            + f"{year}年{batch}{place}{fund.replace('资金', '')}{rng.choice(_SIZE)}{total}万元,其中{upper}{fund}"
            f"{items[0]}万元{doc};{local}{items[1]}万元。{tail}\n{first}\n{second}\n"
            f"项目由乡镇申报、部门审核后安排,资金直接拨付到项目实施单位。\n{place}财政局\n{year}年{month}月{day}日\n"), total

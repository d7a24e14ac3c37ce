"""Texts on transferred funds that state the amount once and itemise it after it, written from the form's own
vocabulary (资金来源, 分配, 下达/安排/拨付/收到/投入, 公示/公告) with invented places, dates and figures; a mistake can
be planted.

- ``sources``: an announcement (…资金公示 / …情况公告) whose opening sentence states the amount, a heading, then a
  numbered line per source (1、中央资金A万元;), no 合计 line;
- ``recipients``: the amount the writer was sent or put in, then a line per county or town (甲县:…资金A万元;);
- ``sentence``: the amount received or allotted in a sentence (a 其中 may restate it), the funds and their amounts
  in one sentence of the next paragraph, then what was spent;
- ``scale``: the fund's size (…资金规模X万元) with its two parts after it in the same sentence, a document number with
  its own digits between them, then a 资金来源 heading that lists nothing;
- ``report(seed, items, score, grade)``: a transfer's self-evaluation report whose budget is only stated received
  and itemised (共收到…资金X万元。资金分别用于:…), with its own score and grade.

``announce(seed, shape, planted)`` gives the text and the total; ``planted`` makes one item 1 more than the
figures that add up (the text's total then no longer confirmed by its items).
"""

from __future__ import annotations

import random
from decimal import Decimal

SHAPES = ("sources", "recipients", "sentence", "scale")
_CITIES = ("东州市", "西州市", "临川湾市", "青岚市")
_PLACES = ("甲县", "乙县", "丙区", "丁县", "戊镇", "己乡", "庚区", "辛县")
_SOURCES = ("中央资金", "省级资金", "市级配套资金", "县级财政资金", "统筹整合涉农资金", "社会帮扶资金")
_FUNDS = ("耕地地力保护补贴资金", "水利发展资金", "学生资助补助经费", "林业草原生态保护恢复资金", "农村综合改革转移支付资金",
          "医疗服务与保障能力提升补助资金", "义务教育薄弱环节改善与能力提升资金", "文化旅游提升资金")
_PROGRAMMES = ("衔接推进乡村振兴补助资金", "财政专项扶贫资金", "农业生产发展资金", "重点生态功能区转移支付资金")
_MARKS = ("{k}、", "{k}.", "({k})", "（{k}）")
# the sentence stating the amount (the fund {f}, the total {t}): each verb in a wording the readers take as a total
_OPENINGS = ("本年度{f}共下达{t}万元", "{c}共安排{f}{t}万元", "上级财政拨付{f}合计{t}万元", "{c}{f}投入{t}万元",
             "{c}累计收到{f}{t}万元")
_SAID = ("现公示如下", "具体情况公示如下", "明细如下", "现将分配情况公告如下")


def _date(rng: random.Random) -> tuple[int, str]:
    year = rng.randint(2031, 2039)
    return year, f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"


def _items(rng: random.Random, n: int, planted: bool) -> tuple[list[Decimal], Decimal]:
    items = [Decimal(rng.randrange(100, 900000)) / rng.choice((1, 10, 100)) for _ in range(n)]
    total = sum(items, Decimal(0))
    if planted:
        items[rng.randrange(n)] += 1
    return items, total


def announce(seed: int, shape: str, planted: bool = False) -> tuple[str, Decimal]:
    rng = random.Random(seed)
    city, (year, date) = rng.choice(_CITIES), _date(rng)
    fund = rng.choice(_PROGRAMMES)
    if shape == "sources":
        items, total = _items(rng, rng.randint(2, 5), planted)
        mark, sep = rng.choice(_MARKS), rng.choice((";", "；", "。", ""))
        lines = [f"{mark.format(k=k)}{src}{v}万元{sep}" for k, (src, v) in enumerate(zip(_SOURCES, items), 1)]
        opening = _OPENINGS[seed % len(_OPENINGS)].format(f=fund, t=total, c=city)  # (each verb in turn)
        title = rng.choice((f"{city}{year}年{fund}公示", f"关于{year}年{fund}分配使用情况的公告"))
        return (f"{title}\n{opening},{rng.choice(_SAID)}:\n一、资金来源\n" + "\n".join(lines)
                + f"\n二、使用方向\n资金用于产业项目和小型公益设施,按项目库排序安排。\n{city}财政局\n{date}\n"), total
    if shape == "recipients":
        items, total = _items(rng, rng.randint(3, 7), planted)
        places = rng.sample(_PLACES, len(items))
        lines = [f"{place}{rng.choice((':', '：'))}{fund}{v}万元;" for place, v in zip(places, items)]
        opening = (f"{year}年省财政厅下达我市{fund}{total}万元", f"{year}年{city}{fund}投入{total}万元",
                   f"{year}年上级拨付我市{fund}合计{total}万元")[seed % 3]
        return (f"{opening},按因素法分配到各县区,{rng.choice(('予以公告', '现予公示'))}。\n" + "\n".join(lines)
                + f"\n以上资金请各地按规定用途使用。\n{city}财政局\n{date}\n"), total
    if shape == "scale":
        items, total = _items(rng, 2, planted)
        doc = f"({city[:2]}财农[{year}]{rng.randint(10, 99)}号、{rng.randint(100, 199)}号)"
        upper, own = rng.choice((("上级下达", "市本级安排"), ("中央和省级补助", "本级财政配套")))
        return (f"{city}{year}年{fund}分配情况公示\n{year}年{city}{fund}规模{rng.choice(('', '为'))}{total}万元,"
                f"其中{upper}{items[0]}万元{doc}{rng.choice((';', ','))}{own}{items[1]}万元,{rng.choice(_SAID)}:\n"
                f"一、资金来源\n二、使用方向\n资金用于产业项目和小型公益设施。\n{city}财政局\n{date}\n"), total
    items, total = _items(rng, rng.randint(3, 7), planted)
    listed = rng.choice((",", "、")).join(f"{name}{v}万元" for name, v in zip(rng.sample(_FUNDS, len(items)), items))
    spent = (total / 7).quantize(Decimal("0.01"))
    restated = rng.choice((f",其中:中央直达资金{total}万元", ""))
    opening = (f"{year}年以来,{city}累计收到直达资金{total}万元", f"{year}年{city}共安排直达资金{total}万元",
               f"截至{date},上级共下达我市直达资金{total}万元")[seed % 3]
    return (f"{opening}{restated}。资金已按规定分配至各预算单位。\n"
            f"{rng.choice(('按资金类别看,主要包括', '从用途看,分别为', '具体用于'))}{listed}。"
            f"截至{date},累计支出{spent}万元。\n"), total


def report(seed: int, items: tuple[Decimal, ...], score: Decimal, grade: str) -> str:
    """A transfer's self-evaluation report stating its budget only as received and itemised, with its score."""
    rng = random.Random(seed)
    city, (year, _) = rng.choice(_CITIES), _date(rng)
    fund = rng.choice(_PROGRAMMES)
    total = sum(items, Decimal(0))
    uses = ("产业发展", "基础设施建设", "就业帮扶", "人居环境整治")
    listed = ",".join(f"{use}{v}万元" for use, v in zip(uses, items))
    return (f"{city}{year}年{fund}绩效自评报告\n一、绩效目标分解下达情况\n{year}年{city}共收到{fund}{total}万元。\n"
            f"资金分别用于:{listed}。\n二、绩效目标完成情况\n各项产出指标和效益指标基本完成。\n"
            f"三、自评结论\n经综合评价,绩效自评得分{score}分,等级为{grade}。\n")

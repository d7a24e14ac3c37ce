"""A 情况说明 or report sentence stating a whole and the parts its 其中 lists, named in the text's own words (not lines
the accounts tables know): "2023年全镇一般财政公共总收入实现A万元,同比增长x%。其中:…收入a万元,…收入b万元。" Invented
figures; the seed picks the names, the separator, whether the whole stands in the sentence before (其中 opening its
own), shares after each part (making 100%), a remark clause after the list and a second whole with its own list
after a ；. ``off`` is added to the part ``part`` as printed."""

from __future__ import annotations

import random
from decimal import Decimal

WHOLES = ("全镇一般财政公共总收入实现", "我镇政府性基金收入总计", "政府办公室及相关机构支出", "全乡财政收入完成")
PARTS = (("中央、市区级收入", "乡镇本级财政收入"), ("本级收入", "上级补助收入", "上年结余"),
         ("行政运行", "事业运行支出", "其他政府办公厅(室)及相关机构事务支出"), ("税务部门征收", "财政部门征收"))


def sentence(seed: int, off: Decimal = Decimal(0), part: int = 0) -> tuple[list[str], int]:
    """The lines, and the line the whole stands on."""
    rng = random.Random(seed)
    k = seed % len(WHOLES)
    names = PARTS[k]
    vals = [Decimal(rng.randrange(100, 90000)) / (100 if seed % 2 else 1) for _ in names]
    whole = sum(vals, Decimal(0))
    shown = [v + (off if i == part else 0) for i, v in enumerate(vals)]
    sep = ("，", ",", "；")[seed % 3]
    shares = seed % 4 == 1
    items = []
    for i, (n, v) in enumerate(zip(names, shown, strict=True)):
        share = f",占{(vals[i] / whole * 100).quantize(Decimal('0.01'))}%" if shares else ""
        items.append(f"{n}{v}万元{share}")
    if shares:  # the shares make 100% as printed
        printed = [(v / whole * 100).quantize(Decimal("0.01")) for v in vals]
        items[-1] = items[-1].rsplit("占", 1)[0] + f"占{Decimal(100) - sum(printed[:-1], Decimal(0))}%"
    own = seed % 2 == 0  # 其中 opens a sentence of its own
    year = 2018 + seed % 6
    head = f"{year}年{WHOLES[k]}{whole}万元,同比增长{rng.randrange(2, 30)}.{rng.randrange(10, 99)}%"
    tail = "" if seed % 3 else ",主要用于保障基本民生支出5000万元"
    more = f"；{year}年上级转移支付收入{rng.randrange(500, 900)}万元,其中一般转移支付{rng.randrange(100, 400)}万元" \
        if seed % 5 == 3 else ""
    body = (head + "。其中:" if own else head + ",其中") + sep.join(items) + tail + more + "。"
    return [f"{year}年财政决算情况说明", "一、收入情况", body, "二、支出情况"], 3

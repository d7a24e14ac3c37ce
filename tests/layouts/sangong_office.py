"""A 行政经费及“三公”经费预算 table (a city's 市直 units): the columns by source of funds under a bare 合计 header
(项目 | 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算), the unit's 行政经费 (= 机关运行经费, as their 名词解释
says) as the first row above the 三公 rows. Built on ``layouts.sangong`` (its ``by_source`` model and its text shapes):
invented figures; the office row's name varies (行政经费, 机关运行经费, 行政经费(机关运行经费)); ``mistakes`` are the
``by_source`` model's (``total``: the 合计 printed 1 above its items)."""

from __future__ import annotations

import random
from decimal import Decimal

from layouts.sangong import ITEMS, SHAPES, Sangong, invent

NAMES = ("行政经费", "机关运行经费", "行政经费(机关运行经费)")


def office(seed: int, shape: str, mistakes: tuple[str, ...] = ()) -> tuple[str, Sangong, Decimal]:
    rng = random.Random(seed)
    s = invent(seed, "by_source", mistakes, bare_sources=True)
    amount = Decimal(rng.randrange(5000, 90000)) / 100
    sources = s.header[0][1:]
    rows = [["项 目", "合计", *sources], [rng.choice(NAMES), f"{amount:.2f}", f"{amount:.2f}", "0.00", "0.00"]]
    rows += [[label, *s.values[item]] for item, label in zip(ITEMS, s.labels, strict=True)]
    title = [f"{s.unit}{s.year}年行政经费及“三公”经费预算情况表", "单位:万元"]
    return "\n".join([*title, *SHAPES[shape](rows)]) + "\n", s, amount

"""Budget disclosures as PDF text gives them, in invented figures: a 说明 paragraph wrapped so that each of its lines
holds as many commas (the text reader takes such lines for a comma table's rows) ahead of a 收支总表 whose cells
came as loose words (``wrapped``: its income said with 其中 its parts, then its spending after a comma; ``plant``
states one part 5.00 over what the table gives it, so the parts exceed the whole); and a 目录 run onto one line
with its letters spaced (``flat_contents``: 第 一 部 分, 目 录), the page holding no table.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

SOURCES = ("一般公共预算拨款收入", "事业收入", "其他收入", "政府性基金预算拨款收入")
TABLES = ("收支总表", "收入总表", "支出总表", "财政拨款收支总表", "一般公共预算支出表", "一般公共预算“三公”经费支出表")


@dataclass
class Wrapped:
    lines: list[str]
    whole: Decimal
    parts: dict[str, Decimal]


def _wrap(text: str, commas: int) -> list[str]:
    """The text cut into lines of ``commas`` commas each (the cut a few characters past a comma), the rest last."""
    out, at, seen = [], 0, 0
    for k, ch in enumerate(text):
        if ch in ",":
            seen += 1
            if seen == commas + 1:  # one comma too many: the line ends just before it
                out.append(text[at:k - 2])
                at, seen = k - 2, 1
    return [*out, text[at:]]


def wrapped(seed: int, plant: bool = False) -> Wrapped:
    rng = random.Random(seed)
    names = rng.sample(SOURCES, 2)
    parts = {n: Decimal(rng.randrange(1_000, 90_000)) / 100 for n in names}
    whole = sum(parts.values(), Decimal(0))
    said = dict(parts)
    if plant:
        said[names[1]] += 5
    year = 2019 + seed % 5
    text = (f"{year}年,本部门收入预算{whole}万元,比上年增加{rng.randrange(1, 90)}.00万元,其中:"
            + ",".join(f"{n}{v}万元" for n, v in said.items())
            + f",支出预算{whole}万元,比上年增加{rng.randrange(1, 90)}.00万元,主要是人员增加,业务增加。")
    head = [f"某县某局{year}年部门预算", f"一、{year}年部门预算情况说明"]
    table = ["二、附表", "部门收支总表", "单位:万元",
             f"一、{names[0]} {parts[names[0]]} 一、一般公共服务支出 {whole}",
             f"二、{names[1]} {parts[names[1]]}",
             f"本年收入合计 {whole} 本年支出合计 {whole}", f"收入总计 {whole} 支出总计 {whole}"]
    return Wrapped(head + _wrap(text, 2) + table, whole, parts)


def flat_contents(seed: int) -> str:
    """A PDF preview's 目录 on one line, its part headings and the word 目录 letter-spaced."""
    rng = random.Random(seed)
    year = 2019 + seed % 5
    cn = "一二三四五六七八九十"
    tables = " ".join(f"{cn[k]}、{t}" for k, t in enumerate(rng.sample(TABLES, 5)))
    return (f"某县某局{year}年部门预 算 目 录 第 一 部 分 某县某局部门概况 一、部门职责 二、机构设置 "
            f"第 二 部 分 某县某局{year}年部门预算公开报表 {tables} 第 三 部 分 附件\n")


def dated_report(seed: int) -> list[str]:
    """A budget report whose 目录 lists a 收支预算总表 last and whose title and date line follow (years and a day, no
    amount), then its prose."""
    rng = random.Random(seed)
    year = 2019 + seed % 5
    income = Decimal(rng.randrange(10_000, 90_000))
    return ["目录", "第一部分 报告", "第二部分 预算表格", "一、收入预算表", f"二、{year + 1}年全县社会保险基金收支预算总表",
            "第三部分 情况说明", "一、政府债务情况说明", "第一部分 报告",
            f"关于某县{year}年预算执行情况和{year + 1}年预算草案的报告",
            f"——{year}年12月{rng.randrange(10, 28)}日在某县人民代表大会上", "各位代表:",
            f"{year}年,全县一般公共预算收入预计完成{income}万元,同比增长5.0%,全县一般公共预算支出预计完成"
            f"{income * 3}万元,同比增长2.0%。"]

"""Invented rule tables as a PDF's text layer gives a ruled table whose columns it interleaved:

- ``column_runs``: the text came out a column at a time (``序号 | 考核项目 | 分值 | 负责考核单位``): the row numbers of
  a block as one run (1 2 3 4 5), then their names in order, then the 分值 column as a run of bare numbers (the total
  first, then each group's weight before its rows' or among them, where its merged cell's middle fell), then the
  units column; rows whose cells stood on one line come
  out whole (6 强化宣传教育 4), their number glued to the unit cell before (市教6); a group's label is its numeral and
  name (一 基础工作, or 一、基础工作); a page number (- 1 -) between the pages;
- ``defined``: cells interleaved line by line (指标名称 | 指标涵义 | 分值): each row its name, its name again opening its
  definition (良种推广率良种推广率=(…)), its number glued after the definition's first line, its weight in brackets
  with 分 or without, the definition's tail; a row whose definition restates the name instead of defining it
  (按实际受益农户数填写); the groups' names spelt out a few characters at a time among the rows, their weights in
  brackets among the rows' (广(30分)); a preview printing the table's start once more before it;
- ``defined`` with ``weights=False``: the definitions alone, the 分值 column lost: the names are all there is.

``misprint`` plants a group weight its rows do not make: that group's rows (and, in column runs, every later group's)
are read without weights.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

from layouts import confirmedrules as confirmed
from layouts.confirmedrules import Row, group_weight

NUMERALS = "一二三四"
UNITS = ("市河长办", "市审计局", "市生态环境局", "市水利局", "市农业农村局")
RUN_GROUPS = (
    ("河湖长制基础工作", ("完善组织体系", "强化督察督办", "贯彻落实有关法规", "全面推行离任审计", "完善基础工作",
                          "强化宣传教育", "专项整治日常工作")),
    ("专项整治行动", ("推进城乡生活污水治理", "推进城乡垃圾治理", "开展工业污染集中整治", "强化重点企业排污监管",
                      "推进畜禽养殖污染治理")),
    ("河湖管护成效", ("开展非法采砂整治", "推进入河排污口整治", "推进饮用水水源地整治")),
)
DEFINED_GROUPS = (
    ("科技推广服务类", (("良种推广率", "(良种推广面积/当年种植面积)", "×100%"),
                        ("示范推广率", "(示范辐射面积/区域相对总面积)", "×100%"),
                        ("标准应用率", "(实际应用标准数/应用标准数)", "×100%"),
                        ("农民增收额", "本年农民收入-上年农民收入", "(元)"))),
    ("产业结构调整类", (("受益农户数", "", ""), ("受益农户比例", "受益农户数/总农户数", "×100%"))),
    ("基础设施建设类", (("灌溉面积增长率", "(新增灌溉面积/原灌溉面积)", "×100%"),
                        ("设施完好率", "(完好设施数/设施总数)", "×100%"),
                        ("工程验收合格率", "(验收合格工程数/工程总数)", "×100%"))),
)


@dataclass
class Invented(confirmed.Invented):
    unmade: tuple[str, ...] = ()  # the groups a misprint left unmade (their rows read without weights)


def column_runs(seed: int, misprint: bool = False) -> Invented:
    """``misprint``: the second group's printed weight one more than its rows make."""
    rnd = random.Random(seed)
    groups = RUN_GROUPS[: 2 + seed % 2]
    rows = [Row(g, n, Decimal(rnd.choice((1, 2, 3, 4)))) for g, names in groups for n in names[: rnd.randint(3, len(names))]]
    total = sum((r.weight for r in rows), Decimal(0))
    printed = {g: group_weight(rows, g) + (1 if misprint and k == 1 else 0) for k, (g, _) in enumerate(groups)}
    words = [f"{2018 + seed % 4}年河湖长制工作考核项目(综合)\n序号 考核项目 总分"]
    nums: list[str] = [str(total)]
    seq = 1
    for k, (g, _) in enumerate(groups):
        mine = [r for r in rows if r.group == g]
        block = rnd.randint(2, len(mine) - 1)  # the rows whose cells wrapped: a run each column
        words.append(f"{NUMERALS[k]}、{g}" if seed % 3 == 2 else f"{NUMERALS[k]} {g}")
        words += [str(seq + j) for j in range(block)] + [r.name for r in mine[:block]]
        if k == 0:
            words.append("各项 分值")
        run = [str(r.weight) for r in mine[:block]]
        run.insert(rnd.choice((0, 0, block // 2)), str(printed[g]))  # (a merged cell's weight first, or mid-way)
        nums += run
        words += nums + [rnd.choice(UNITS) for _ in range(block)]
        nums = []
        seq += block
        for r in mine[block:]:  # rows on one line: whole, the number glued to the unit cell before
            words.append(f"{rnd.choice(UNITS)}、市教{seq} {r.name} {r.weight}")
            seq += 1
        words.append("负责考核单位" if k == 0 else f"- {k} -\n序号 考核项目 各项 分值")
    unmade = tuple(g for k, (g, _) in enumerate(groups) if misprint and k >= 1)
    return Invented(" ".join(words) + "\n", rows, total, unmade)


def defined(seed: int, misprint: bool = False, weights: bool = True) -> Invented:
    """``misprint``: the first group's bracket one more than its rows make; ``weights=False``: no bracket at all."""
    rnd = random.Random(seed)
    groups = [DEFINED_GROUPS[k % 3] for k in range(seed % 3, seed % 3 + 2)]
    rows: list[Row] = []
    out = ["附件3 专项资金绩效评价使用效益分类指标表 一三级指标 级二级指评价结果 指标 指标名称 指标涵义 分值 标"]
    for k, (g, defs) in enumerate(groups):
        ws = [Decimal(rnd.choice((5, 6, 8, 10))) for _ in defs]
        rows += [Row(g, d[0], w) for d, w in zip(defs, ws, strict=True)]
        label = sum(ws, Decimal(0)) + (1 if misprint and k == 0 else 0)
        middle = rnd.randint(1, len(defs) - 1)  # the label's weight falls among its rows'
        for j, ((name, formula, tail), w) in enumerate(zip(defs, ws, strict=True), 1):
            if j == middle + 1:
                out.append(f"{g[-2]}{'(' + str(label) + ('分)' if k == 0 else ')') if weights else ''} {g[-1]}")
            bracket = f"({w}分)" if k == 0 else f"({w})"
            if not weights:
                bracket = ""
            if formula:
                glue = name if j % 2 else f"{g[j % len(g)]}{name}"  # (the name cell's text before the definition)
                out.append(f"{glue}{name}={formula}{j} {bracket} {tail}")
            else:
                out.append(f"{name}{g[0]}{j} 按实际{name}填写(户) {bracket}")
            if j == 1:
                out.append(f"{g[0]}{k + 1}、{g[1:3]}")
    body = " ".join(out)
    preview = body[: len(body) // 3] + "...\n"  # a preview printing the start again before the table
    title = "专项资金绩效评价使用效益分类指标表"
    return Invented(f"首页 {title}\n{title}\n{preview}{title}\n{body}\n本文档为【专项", rows, None,
                    (groups[0][0],) if misprint else ())


__all__ = ["Invented", "Row", "column_runs", "defined"]

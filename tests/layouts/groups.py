"""An invented score table whose groups are rows of their own, numbered apart from the rows under them
(``一、前期工作 | 30 | | 29`` then ``1、人员配备 | 15 | 计分标准… | 14``), as agencies' and departments' score tables
print them when their level column is merged away: 考核内容 | 分值 | 计分标准 | 分数 | 备注. Mistakes can be
planted: a group's printed score that is not its rows' sum."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

GROUPS = (("评价前期准备情况", ("工作组人员专业能力", "工作组人员稳定性")),
          ("评价过程实施情况", ("过程沟通情况",)),
          ("评价报告质量情况", ("报告数据翔实程度", "报告结论清晰程度", "问题建议可操作性")))
CN = "一二三四五六七八九"


@dataclass
class GroupTable:
    title: str
    groups: list[tuple[str, Decimal, Decimal, list[tuple[str, Decimal, Decimal]]]]  # name, weight, score, rows
    total: Decimal


def invent_groups(seed: int, mistake: bool = False) -> GroupTable:
    rnd = random.Random(seed)
    groups = []
    for name, rows in GROUPS:
        leaves = []
        for leaf in rows:
            w = Decimal(rnd.choice([5, 10, 15, 20]))
            leaves.append((leaf, w, w - rnd.choice([0, 1, 2])))
        groups.append((name, sum((x[1] for x in leaves), Decimal(0)), sum((x[2] for x in leaves), Decimal(0)), leaves))
    total = sum((g[2] for g in groups), Decimal(0))
    if mistake:  # the first group prints one point more than its rows make; the total is the rows'
        name, w, s, leaves = groups[0]
        groups[0] = (name, w, s + 1, leaves)
    return GroupTable(f"{2018 + seed % 4}年度绩效评价工作考核评分表", groups, total)


def group_pipes(t: GroupTable, dotted: bool = False, scored: bool = True, note: str = "") -> str:
    """The pipe text of a web page: a group's score on the line after its weight, a stray "|" line after it;
    ``scored`` False: a rule table (no 分数 column, the 合计 of the weights); ``note``: a line after the table."""
    head = "考核内容 | 分值 | 计分标准 | 分数 | 备注 |" if scored else "考核内容 | 分值 | 计分标准 | 备注 |"
    out = [f"填表单位: 某区财政局 |\n{t.title if scored else t.title.replace('评分表', '评分细则')}\n|", head]
    for g, (name, w, s, leaves) in enumerate(t.groups):
        mark = f"（{CN[g]}）" if dotted else f"{CN[g]}、"
        out += [f"{mark}{name} | {w} |", f"| {s} |" if scored else "|", "|"]
        for k, (leaf, lw, ls) in enumerate(leaves, 1):
            lmark = f"{k}." if dotted else f"{k}、"
            rule = f"{leaf}较好的，得{lw - 5}-{lw}分；一般的，得0-{lw - 5}分。"
            out.append(f"{lmark}{leaf} | {lw} | {rule} | {ls} |" if scored else f"{lmark}{leaf} | {lw} | {rule} |")
    total = t.total if scored else sum((g[1] for g in t.groups), Decimal(0))
    out += ["合计 |", "|", f"| {total} |"] if scored else [f"合计 | {total} |"]
    out += [note] if note else ["填表说明：请认真填写表格。 |"]
    return "\n".join(out) + "\n"


def group_grid(t: GroupTable) -> str:
    """The same groups as a whole pipe table of a rule table (评价指标 | 分值 | 评分标准), every row complete: the
    group rows with an empty rule cell, the 合计 of the weights."""
    out = [t.title.replace("评分表", "评分细则"), "| 评价指标 | 分值 | 评分标准 |"]
    for g, (name, w, _, leaves) in enumerate(t.groups):
        out.append(f"| {CN[g]}、{name} | {w} | |")
        out += [f"| {k}、{leaf} | {lw} | {leaf}较好的得{lw}分，否则酌情扣分。 |" for k, (leaf, lw, _) in enumerate(leaves, 1)]
    out.append(f"| 合计 | {sum((g[1] for g in t.groups), Decimal(0))} | |")
    return "\n".join(out) + "\n"

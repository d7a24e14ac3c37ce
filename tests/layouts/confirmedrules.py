"""Invented scoring rules in layouts no table reader knows, whose weights only the table's own sums confirm:

- ``closing``: rows run together in one paragraph (a PDF's text layer), each a requirement sentence with its own
  points in brackets, closed by its weight after the stop (…负总责。 5 分), the group's label spaced out and
  weighted (组 织 领 导 (20 分)) standing among its rows, where the merged cell's middle fell;
- ``glued``: a table run together whose rows print their number, name and weight glued before their first
  numbered rule item (1组织机构61. …(1分)2. …(2分)), the items' points making the weight;
- ``items``: a numbered list, one item a line, each closed by its weight after its stop (1、…建设的。15分), under a
  sentence stating the full marks (满分100分);
- ``outline``: prose headings with their weight ((一)统计网络(10分)。) over a paragraph of requirements each closed by
  its points (…有公章(1分)；…(3分)；), names that keep a Latin token (PM2.5、PM10浓度);
- ``levels``: the indicator system stated one sentence a level (…分别是业务考评占分值80分，…。…分别是任务完成情况占
  分值50分，…。), placed by order and sums.

A table whose weights no sum confirms (``unconfirmed``) is not read, and says so.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

GROUPS = (
    ("组织领导", ("将安全工作列入议事日程", "办公室运转正常", "每季度召开专题会议", "制定年度工作方案")),
    ("日常监管", ("开展检查或巡查工作", "配合监管部门开展工作", "开展农村家宴备案", "签订并落实责任书")),
    ("宣传培训", ("开展宣传活动", "组织业务培训", "报送工作信息")),
)
WEIGHTS = ("2", "3", "4", "5", "6")


@dataclass
class Row:
    group: str
    name: str
    weight: Decimal


@dataclass
class Invented:
    text: str
    rows: list[Row]
    total: Decimal | None = None


def _parts(rnd: random.Random, w: Decimal) -> list[Decimal]:
    """A weight cut into two or three points (5 → 3 + 2)."""
    first = Decimal(rnd.randint(1, int(w) - 1))
    rest = w - first
    return [first, rest] if rest < 2 or rnd.random() < 0.5 else [first, Decimal(1), rest - 1]


def _rows(rnd: random.Random, groups: int) -> list[Row]:
    return [Row(g, n, Decimal(rnd.choice(WEIGHTS))) for g, names in GROUPS[:groups] for n in names]


def group_weight(rows: list[Row], group: str) -> Decimal:
    """What a group's rows make."""
    return sum((r.weight for r in rows if r.group == group), Decimal(0))


def closing(seed: int) -> Invented:
    rnd = random.Random(seed)
    rows = _rows(rnd, 2 + seed % 2)
    out = ["镇(中心)安全工作考核细则 镇(中心): 考核项目 评分内容及标准 分值 得分 "]
    for g, _ in GROUPS[: 2 + seed % 2]:
        mine = [r for r in rows if r.group == g]
        middle = rnd.randint(0, len(mine) - 1)  # the group's label falls among its rows
        for k, r in enumerate(mine):
            if k == middle:
                out.append(f"{' '.join(g)} ({group_weight(rows, g)} 分) ")
            pts = _parts(rnd, r.weight)
            said = "，".join(f"要求{j + 1}落实({p} 分)" for j, p in enumerate(pts))
            out.append(f"{r.name}，{said}。 {r.weight} 分 ")
    return Invented("".join(out) + "针对上级考核发现的问题", rows)


def glued(seed: int) -> Invented:
    rnd = random.Random(seed)
    names = ("组织机构", "规章制度", "档案管理", "设施设备")[: 3 + seed % 2]
    rows = [Row("", n, Decimal(rnd.choice(WEIGHTS))) for n in names]
    out = ["某省档案工作目标管理考评标准及评分表\n序号考核项目分数评 分 细 则自 查 评 分评 审 评 分扣分扣 分 原 因"]
    for k, r in enumerate(rows, 1):
        items = "".join(f"{j}. 落实第{j}项要求。({p}分)" for j, p in enumerate(_parts(rnd, r.weight), 1))
        out.append(f"{k}{r.name}{r.weight}{items}")
    return Invented("".join(out) + "\n", rows)


ITEMS = ("严格按项目批复内容建设的", "严格按补助资金计划使用的", "项目计划投资和任务完成率达到80%以上", "资产管理规范",
         "项目档案管理规范", "项目建设达到计划设计要求")


def items(seed: int) -> Invented:
    rnd = random.Random(seed)
    names = list(ITEMS[: 4 + seed % 3])
    weights = [Decimal(rnd.choice(("5", "10", "15", "20"))) for _ in names]
    total = sum(weights, Decimal(0))
    mark = ("、", ".")[seed % 2]
    lines = [f"某省专项资金绩效评价办法\n(一)定性指标，实行打分制，满分{total}分。包括："]
    lines += [f"{k}{mark}{n}。{w}分" for k, (n, w) in enumerate(zip(names, weights, strict=True), 1)]
    return Invented("\n".join(lines) + "\n(二)定量指标，根据指标计算结果确定。\n",
                    [Row("", n, w) for n, w in zip(names, weights, strict=True)], total)


OUTLINE = (
    ("统计网络", ("有牌子、有公章", "配好兼职统计人员", "明确村级统计人员")),
    ("规章制度", ("健全统计资料管理制度", "年度工作有计划、有总结", "PM2.5、PM10浓度数据按时报送")),
)


def outline(seed: int) -> Invented:
    rnd = random.Random(seed)
    rows = [Row(g, n, Decimal(rnd.choice(("1", "2", "3")))) for g, names in OUTLINE for n in names]
    out = ["某市镇级统计工作考核办法\n一、考核对象\n各镇人民政府。\n二、考核内容"]
    for k, (g, _) in enumerate(OUTLINE):
        mine = [r for r in rows if r.group == g]
        said = "；".join(f"按要求落实，{r.name}({r.weight}分)" for r in mine)
        out.append(f"({'一二'[k]}){g}({group_weight(rows, g)}分)。\n{said}。")
    return Invented("\n".join(out) + "\n三、结果运用\n", rows)


def levels(seed: int, mistake: str = "") -> Invented:
    """``mistake``: "heavier" (the first group's second row two points heavier than the group allows: the one group
    its rows do not make, found) or "extra" (a row between the two groups that either could hold: not placed)."""
    rnd = random.Random(seed)
    rows = [Row(g, n, Decimal(rnd.choice(WEIGHTS))) for g, names in GROUPS[:2] for n in names[:3]]
    if mistake:  # weights no run of which, but the planted one, makes the other group's weight
        for r, w in zip(rows, ("3", "4", "5", "2", "6", "7"), strict=True):
            r.weight = Decimal(w)
    tops = [(g, sum((r.weight for r in rows if r.group == g), Decimal(0))) for g, _ in GROUPS[:2]]
    if mistake == "heavier":
        rows[1].weight += 2  # 3 + 6 + 5 = 14, not 12
    elif mistake == "extra":
        rows.insert(3, Row("", "其他工作", Decimal(2)))
    total = sum((w for _, w in tops), Decimal(0))
    text = (f"(三)评价指标体系\n本年度的绩效考评指标体系总分值{total}分。1.设立2个二级指标，分别是"
            + "，".join(f"{g}占分值{w}分" for g, w in tops) + f"。\n2.设立{len(rows)}个三级指标，分别是"
            + "，".join(f"{r.name}占分值{r.weight}分" for r in rows) + "。\n3.赋分依据及标准见附表。\n")
    return Invented(text, rows, total)


def kaoping(seed: int) -> Invented:
    """A pipe table whose header says 考评 (考核 and 评价 in one word): 考评内容 | 考评指标 | 考评方法 | 分值 | 责任单位, one
    cell a line, each closed by " |", the 考评内容 merged over its rows (a shorter row after the first)."""
    rnd = random.Random(seed)
    rows = [Row("食品安全县创建", n, Decimal(rnd.choice(("1", "1.5", "2", "2.5")))) for n in GROUPS[seed % 3][1][:3]]
    cells = ["考评内容", "考评指标", "考评方法", "分值", "责任单位", "||"]
    for k, r in enumerate(rows):
        cells += ([f"{r.group}({group_weight(rows, r.group).normalize():f}分)"] if k == 0 else []) + [r.name, "查阅资料，未落实的扣0.5分。",
                                                                            str(r.weight), "县府办", "||"]
    return Invented("某县食品安全工作考核评价责任分解表\n" + "\n".join(f"{c} |" if c != "||" else "|||" for c in cells) + "\n",
                    rows)


def midtable(seed: int) -> Invented:
    """A page that starts inside a table (the last row of a group the page before opened, 7、管护机制建设(6分)), then
    groups marked (三) (四) over rows marked 8、 9、: the marks' first style seen is not the upper level."""
    rnd = random.Random(seed)
    first = Row("", "管护机制建设", Decimal(rnd.choice(WEIGHTS)))
    rows = [first] + [Row(g, n, Decimal(rnd.choice(WEIGHTS))) for g, names in GROUPS[1:3] for n in names[:3]]
    out = [f"| 7、{first.name}\n({first.weight}分)\n| 已落实管护主体的，得{first.weight}分。\n|"]
    k = 8
    for j, (g, _) in enumerate(GROUPS[1:3]):
        out.append(f"({'三四'[j]})\n" + "\n".join(g) + f"\n({group_weight(rows, g)}分)")
        for r in (r for r in rows if r.group == g):
            out.append(f"| {k}、{r.name}\n({r.weight}分)\n| 按要求完成的，得{r.weight}分，否则不得分。\n|")
            k += 1
    return Invented("\n".join(out) + "\n", rows)


def unconfirmed(seed: int) -> Invented:
    """Weighted names with no sum among them: 组织保障(10分)…项目管理(20分)…其它工程(10分)."""
    text = ("某市高标准农田管护工作绩效评价表序号评价指标评分标准和依据自评分复评分1组织保障(10分)成立领导小组的，"
            f"2项目管理(2{seed % 5}分)方案内容全面的，每发现一处管理不到位扣1分，其它工程(10分):工程设施完好。\n")
    return Invented(text, [])


__all__ = ["Invented", "Row", "closing", "glued", "items", "kaoping", "levels", "midtable", "outline", "unconfirmed"]

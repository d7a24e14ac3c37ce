"""A province's (or city's) allocation table as a tree: a group row per city (东州市小计, or 东州市合计) over its
members (its 市本级, its counties), and the table's 合计 (全省合计) first or last; invented names and figures.

``tree(seed, total_first, group_word, member_prefix, planted)`` gives the rows of cells and the total;
``planted`` prints the table's 合计 one more than the groups' sum.
"""

from __future__ import annotations

import random
from decimal import Decimal

CITIES = ("东州市", "西州市", "南州市", "北州市")
MEMBERS = ("甲县", "乙县", "丙区", "丁县", "戊区", "己县")


def tree(seed: int, total_first: bool, group_word: str = "小计", member_prefix: str = "",
         planted: bool = False) -> tuple[list[list[str]], Decimal]:
    rng = random.Random(seed)
    rows: list[list[str]] = [["2031年困难残疾人生活补贴资金分配表"], ["单位:万元"], ["地区", "金额", "备注"]]
    body: list[list[str]] = []
    total = Decimal(0)
    for city in CITIES[: rng.randint(2, 4)]:
        names = [f"{member_prefix}市本级", *rng.sample(MEMBERS, rng.randint(1, 4))]
        amounts = [Decimal(rng.randint(10, 9000)) / rng.choice((1, 10)) for _ in names]
        group = sum(amounts, Decimal(0))
        total += group
        body.append([f"{city}{group_word}", f"{group}", ""])
        body += [[n, f"{v}", "按因素法分配" if k % 3 == 2 else ""] for k, (n, v) in enumerate(zip(names, amounts))]
    printed = total + 1 if planted else total
    head = ["全省合计", f"{printed}", ""]
    rows += [head, *body] if total_first else [*body, head]
    rows.append(["附件2", "2031年困难残疾人生活补贴资金区域绩效目标表"])
    return rows, total


def province(seed: int, total_first: bool, whole_last: bool = True, repeat: bool = False, cut: bool = False,
             planted: bool = False) -> tuple[list[list[str]], Decimal]:
    """A province's table of what was sent before and now (已预下达 | 本次下达 | 合计下达, the whole last or first):
    the province's 合计 (东海省合计) over each city's 合计 (东州市合计) over its counties, the header printed again
    where the table goes on to a new page (``repeat``), the excerpt cut inside a city (``cut``: the province's 合计
    first, the rows below it not all there; its own parts confirm it). ``planted``: the province's 合计下达 one more
    than its parts and its cities."""
    rng = random.Random(seed)
    labels = ["已预下达", "本次下达"]
    header = ["地区", "合计下达", *labels] if not whole_last else ["地区", *labels, "合计下达"]

    def row(name: str, before: Decimal, now: Decimal, whole: Decimal | None = None) -> list[str]:
        w = before + now if whole is None else whole
        return [name, f"{w}", f"{before}", f"{now}"] if not whole_last else [name, f"{before}", f"{now}", f"{w}"]

    body: list[list[str]] = []
    sums = [Decimal(0), Decimal(0)]
    for n, city in enumerate(CITIES[: rng.randint(2, 4)]):
        members = [(m, Decimal(rng.randint(50, 3000)), Decimal(rng.randint(10, 900)))
                   for m in rng.sample(MEMBERS, rng.randint(1, 4))]
        before = sum((b for _, b, _ in members), Decimal(0))
        now = sum((x for _, _, x in members), Decimal(0))
        sums = [sums[0] + before, sums[1] + now]
        body.append(row(f"{city}合计", before, now))
        body += [row(m, b, x) for m, b, x in members]
        if repeat and n == 0:
            body.append(list(header))
    total = sums[0] + sums[1]
    top = row("东海省合计", sums[0], sums[1], total + 1 if planted else None)
    rows: list[list[str]] = [["东海省2031年义务教育薄弱环节改善补助资金分配表"], ["单位:万元"], header]
    rows += [top, *body] if total_first else [*body, top]
    if cut:
        rows = rows[:-2] + [[rows[-2][0]]]  # the excerpt ends at a county's name, its amounts on the next page
    else:
        rows.append(["附件2", "2031年义务教育薄弱环节改善补助资金绩效目标表"])
    return rows, total


def headed(seed: int, planted: bool = False) -> tuple[list[list[str]], Decimal]:
    """A region's table that prints no 合计: the region's row first (东州地区 | 1997 | | 1997 | 统筹整合), its places
    after it, each with its whole and its one source (中央资金 blank, 自治区资金 the whole); ``planted``: the region's
    amount one more than its places' sum (then it is one more row, never the total)."""
    rng = random.Random(seed)
    rows: list[list[str]] = [["2031年财政扶贫资金分配情况表"], ["地县", "资金合计", "中央资金", "自治区资金", "支出方向"]]
    places = [(m, Decimal(rng.randint(10, 900))) for m in rng.sample(MEMBERS, rng.randint(2, 5))]
    total = sum((v for _, v in places), Decimal(0))
    head = total + 1 if planted else total
    rows.append(["东州地区", f"{head}", "", f"{head}", "统筹整合"])
    rows += [[m, f"{v}", "", f"{v}", "统筹整合"] for m, v in places]
    rows.append(["四、监督电话"])
    return rows, total


def numbered_groups(seed: int, planted: bool = False) -> tuple[list[list[str]], Decimal, list[tuple[str, Decimal]]]:
    """A table numbered in its 序号 column by group (一, 二 … over a city's 小计) and by row within (1, 2 …, going on
    across the groups), its 合计 first; (rows, the total, each member's whole). ``planted``: the 合计 one more than
    its groups' sum."""
    rng = random.Random(seed)
    rows: list[list[str]] = [["2031年示例补助资金分配表"], ["单位:万元"], ["序号", "单位", "合计", "中央资金", "省级资金"]]
    body: list[list[str]] = []
    members: list[tuple[str, Decimal]] = []
    sums = [Decimal(0), Decimal(0)]
    n = 1
    for g, city in zip("一二三四", CITIES[: rng.randint(2, 4)], strict=False):
        names = rng.sample(MEMBERS, rng.randint(1, 3))
        amounts = [(Decimal(rng.randint(10, 900)), Decimal(rng.randint(1, 300))) for _ in names]
        c, p = sum((a for a, _ in amounts), Decimal(0)), sum((b for _, b in amounts), Decimal(0))
        sums = [sums[0] + c, sums[1] + p]
        body.append([g, f"{city}小计", f"{c + p}", f"{c}", f"{p}"])
        for name, (a, b) in zip(names, amounts, strict=True):
            body.append([f"{n}", f"{city[:2]}{name}", f"{a + b}", f"{a}", f"{b}"])
            members.append((f"{city[:2]}{name}", a + b))
            n += 1
    total = sums[0] + sums[1]
    rows.append(["", "合计", f"{total + 1 if planted else total}", f"{sums[0]}", f"{sums[1]}"])
    return rows + body, total, members

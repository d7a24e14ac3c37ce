"""Allocation tables in the shapes fresh notices print (invented names and figures): a classification-code column
(政府经济分类科目 51301, 支出功能科目 2130505) before or after the amount, a remark in brackets after an amount saying
what it holds (10(其中,灾情因素6万元), 25(含结转资金5万元)), and, in a numbered table, 小计 rows without a 序号 closing
the rows above them (a tree whose 合计 adds up the members).

``coded(seed, planted)`` and ``numbered_groups(seed, planted)`` give (rows of cells, the table's total); ``planted``
prints the 合计 one more than the rows make.
"""

from __future__ import annotations

import random
from decimal import Decimal

PLACES = ("城关镇", "东坝乡", "西河街道", "南山街道", "北湖乡", "石桥镇", "柳林乡", "经开区", "高新区")
VILLAGES = ("甲村", "乙村", "丙村", "丁村", "戊村", "己村", "庚村", "辛村", "壬村")
CODE_LABELS = ("政府经济分类科目", "支出功能科目", "经济科目编码", "功能分类科目代码")
CODES = ("51301", "50302", "2130505", "2240703", "30299")
NAME_LABELS = ("单位名称", "乡镇(街道)", "地区", "单位")
AMOUNT_LABELS = ("分配金额", "资金金额", "下达金额", "金额")
TOTALS = ("合计", "总计")
REMARKS = ("(其中,灾情因素{part}万元)", "(含结转资金{part}万元)", "（其中：省级{part}万元）")
TITLE = "2031年中央和省级自然灾害救灾资金分配表"


def _amount(rng: random.Random) -> Decimal:
    return Decimal(rng.randint(5, 900)) / rng.choice((1, 1, 10))


def _with_remark(rng: random.Random, v: Decimal) -> str:
    """An amount, now and then with a remark in brackets after it saying what part of it is what."""
    if rng.random() < 0.3 and v >= 2:
        return f"{v}" + rng.choice(REMARKS).format(part=(v / 2).quantize(Decimal("0.1")))
    return f"{v}"


def coded(seed: int, planted: bool = False) -> tuple[list[list[str]], Decimal]:
    """A table with a code column after the amount (or, every other seed, before it), a 备注 column now and then; the
    code the same on every row, or one per row."""
    rng = random.Random(seed)
    seq, note, before = rng.random() < 0.5, rng.random() < 0.5, seed % 2 == 1
    code_label = rng.choice(CODE_LABELS)
    name, amount = rng.choice(NAME_LABELS), rng.choice(AMOUNT_LABELS)
    header = (["序号"] if seq else []) + [name] + ([code_label, amount] if before else [amount, code_label]) \
        + (["备注"] if note else [])
    rows: list[list[str]] = [[TITLE], ["单位:万元"], header]
    same = rng.random() < 0.5
    total = Decimal(0)
    for k, place in enumerate(rng.sample(PLACES, rng.randint(3, 8)), 1):
        v = _amount(rng)
        total += v
        code = CODES[0] if same else rng.choice(CODES)
        cells = [code, _with_remark(rng, v)] if before else [_with_remark(rng, v), code]
        rows.append(([str(k)] if seq else []) + [place] + cells + (["按进度拨付" if k % 2 else ""] if note else []))
    printed = total + 1 if planted else total
    lead = [rng.choice(TOTALS)] + ([""] if seq else [])
    rows.append(lead + (["", f"{printed}"] if before else [f"{printed}", ""]) + ([""] if note else []))
    rows.append(["附件2", "2031年中央和省级自然灾害救灾资金绩效目标表"])
    return rows, total


def numbered_groups(seed: int, planted: bool = False) -> tuple[list[list[str]], Decimal]:
    """A numbered 安排表 (序号 | 村名 | 项目名称 | 建设内容 | 资金金额) whose groups of rows each end in a 小计 row that
    prints no 序号, a last row or two outside any group, then the 合计 of every row."""
    rng = random.Random(seed)
    rows: list[list[str]] = [["2031年第一批财政衔接资金安排表"], ["单位:万元"],
                             ["序号", "村名", "项目名称", "建设内容", rng.choice(AMOUNT_LABELS)]]
    n, total = 1, Decimal(0)
    villages = iter(rng.sample(VILLAGES, len(VILLAGES)))
    for _ in range(rng.randint(2, 3)):
        group = Decimal(0)
        for _ in range(rng.randint(2, 3)):
            v = _amount(rng)
            group += v
            rows.append([str(n), next(villages), rng.choice(("蔬菜基地", "水果基地", "灌溉设施")),
                         rng.choice(("新建", "续建", "维修")), _with_remark(rng, v)])
            n += 1
        rows.append([rng.choice(("小计", "产业项目小计")), "", "", "", f"{group}"])
        total += group
    last = _amount(rng)
    rows.append([str(n), "小额信贷贴息", "", "", f"{last}"])
    total += last
    printed = total + 1 if planted else total
    rows.append(["合计", "", "", "", f"{printed}"])
    rows.append(["附件2", "2031年第一批财政衔接资金绩效目标表"])
    return rows, total


REGIONS = ("北京", "河北", "山西", "辽宁", "吉林", "江苏", "安徽", "江西", "湖北", "广西", "四川", "云南", "西藏")
GLUED_HEADERS = (("地区总额补助总额明细", "已经下达其中: 此次下达三区三州补助"),
                 ("地区合计已下达本次下达",),
                 ("省份资金总额", "其中:", "提前下达 本次下达"))
COUNT_HEADERS = (("地区人数补助资金",), ("地区补助标准金额合计",))
TOTAL_ROWS = ("地方合计", "合计", "全国合计", "总计")


def glued_lines(seed: int, planted: bool = False, total_first: bool | None = None, counts: bool = False,
                cut: bool = False) -> tuple[list[str], Decimal]:
    """A ministry's or province's 分配情况表 as PDF text gives it: the header's labels run together over a line or
    three, each row on its own line with the region's name glued to its first amount (河北33.86 33.39  0.47) or set
    apart by a space, blank cells left as runs of spaces; the 合计 row first or last. ``counts``: a count before the money,
    and the header names it first (its first amount is no whole); ``cut``: the text ends inside the table. Gives (the
    lines, the table's total)."""
    rng = random.Random(seed)
    first = rng.random() < 0.5 if total_first is None else total_first
    glued = rng.random() < 0.6
    lines = ["2031年中央对地方重点生态功能区转移支付分配情况表", rng.choice(("单位:万元", "     单位:亿元", "(单位:万元)"))]
    lines += list(rng.choice(COUNT_HEADERS if counts else GLUED_HEADERS))
    total, sent_sum, rows, people_sum = Decimal(0), Decimal(0), [], 0
    for region in rng.sample(REGIONS, rng.randint(4, 9)):
        blank = rng.random() < 0.4  # nothing sent this time: the cell left blank, the whole what was sent before
        sent = Decimal(0) if blank else Decimal(rng.randint(1, 400)) / 100
        before = Decimal(rng.randint(100, 9000)) / 100
        whole = before + sent
        total += whole
        sent_sum += sent
        people = rng.randint(100, 900)
        people_sum += people
        amounts = (f"{people} " if counts else "") + f"{whole} {before}" + ("   " if blank else f" {sent}")
        rows.append(f"{region}{'' if glued else ' '}{amounts}" + " " * rng.randint(0, 3))
    printed = total + 1 if planted else total
    label = rng.choice(TOTAL_ROWS)
    head = f"{label}{'' if glued else ' '}{f'{people_sum} ' if counts else ''}{printed} {total - sent_sum} {sent_sum}  "
    if rng.random() < 0.3:
        rows.insert(len(rows) // 2, rng.choice(("宁波     ", "厦门", "大连  ")))  # a row whose cells are all blank
    body = [head, *rows] if first else [*rows, head]
    if cut:
        body = body[: len(body) - 2]
    lines += body
    if not cut:
        lines.append("附件2:2031年重点生态功能区转移支付区域绩效目标表")
    return lines, total

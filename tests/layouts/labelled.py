"""A 部门预算/决算 whose set of template tables is followed by a table of no known form (政府采购预算明细表, 项目支出
明细表 …), invented figures: the table to be read by its labels (``recognise.accounts_labelled``).

Varied: the rows' printed names (several for each line: 财政拨款收入 / 一般公共预算拨款收入 …), how rows are marked
(classification codes in their own column, in the label's cell, numbered 一、 / 1. / (一)), the header's depth (one,
two or three rows, the upper labels in merged cells left blank), the total row's wording (合计, 总计, 本年支出合计, 共计)
and place (first or last), pipes with spaces around them or none. ``plant`` prints the total row one column's figure 1.00 too high."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

TITLES = ("政府采购预算明细表", "部门项目支出明细表", "国有资产占用情况明细表", "机关运行经费明细表")
# each line by several printed names
NAMES = (("一般公共预算拨款收入", "财政拨款收入", "一般公共预算财政拨款"), ("政府性基金预算拨款收入", "政府性基金拨款"),
         ("事业收入", "事业单位经营收入"), ("上年结转", "上年结转结余", "年初结转和结余"),
         ("其他收入", "其他资金"), ("财政专户管理资金收入", "专户管理的事业收入"))
CODES = (("205", "教育支出"), ("208", "社会保障和就业支出"), ("210", "卫生健康支出"), ("221", "住房保障支出"))
MARKS = ("code", "joined", "一、", "1.", "(一)")
TOTALS = ("合计", "总计", "本年支出合计", "共计")
# (header rows above the value columns, the columns' labels as the reader joins them)
HEADS = {
    1: ([["合计", "基本支出", "项目支出"]], ["合计", "基本支出", "项目支出"]),
    2: ([["2024年预算数", "", ""], ["小计", "货物类", "服务类"]],
        ["2024年预算数·小计", "2024年预算数·货物类", "2024年预算数·服务类"]),
    3: ([["本年收入", "", ""], ["财政拨款", "", ""], ["小计", "一般公共预算", "政府性基金"]],
        ["本年收入·财政拨款·小计", "本年收入·财政拨款·一般公共预算", "本年收入·财政拨款·政府性基金"]),
}
_ORDINALS = "一二三四五六七八九十"


@dataclass
class Labelled:
    text: str
    title: str
    columns: list[str]  # the value columns as the reader names them
    rows: dict[str, list[Decimal]]  # each line's label as printed → its figures
    total: str  # the total row's label
    printed: list[Decimal]  # the total row's figures as printed
    planted: str | None  # the column printed wrong


def labelled(seed: int, depth: int, mark: str, total: str, first: bool, pipes: bool = True,
             plant: bool = False) -> Labelled:
    rng = random.Random(seed)
    n = rng.randrange(2, 5)
    if mark in ("code", "joined"):
        lines = [(c, name) for c, name in CODES[:n]]
    else:
        lines = [("", rng.choice(NAMES[k])) for k in rng.sample(range(len(NAMES)), n)]
    labels: list[str] = []
    for k, (code, name) in enumerate(lines):
        prefix = {"一、": f"{_ORDINALS[k]}、", "1.": f"{k + 1}.", "(一)": f"({_ORDINALS[k]})"}.get(mark, "")
        labels.append(f"{code} {name}" if mark == "joined" else prefix + name)
    rows: dict[str, list[Decimal]] = {}
    for label in labels:
        parts = [Decimal(rng.randrange(100, 10**6)) / 100 for _ in range(2)]
        rows[label] = [sum(parts, Decimal(0)), *parts]
    sums = [sum((r[i] for r in rows.values()), Decimal(0)) for i in range(3)]
    planted = None
    printed = list(sums)
    if plant:
        at = rng.randrange(3)
        printed[at] += 1
    heads, columns = HEADS[depth]
    if plant:
        planted = columns[at]
    code_col = mark == "code"
    label_head = ["科目编码", "科目名称"] if code_col else ["项目"]
    header = [([*label_head] if k == 0 else [""] * len(label_head)) + h for k, h in enumerate(heads)]
    body = [[code, label, *map(_n, rows[label])] if code_col else [label, *map(_n, rows[label])]
            for (code, _), label in zip(lines, labels, strict=True)]
    total_row = (["", total] if code_col else [total]) + [_n(d) for d in printed]
    grid = [*header, *([total_row] if first else []), *body, *([] if first else [total_row])]
    title = rng.choice(TITLES)
    lines_out = ["东湖县第一中学2024年部门预算", "一、部门收支总表", "单位:万元",
                 "| 收入 | | 支出 | |", "| 项目 | 预算数 | 项目 | 预算数 |",
                 "| 一、一般公共预算拨款收入 | 100.00 | 一、教育支出 | 100.00 |",
                 "| 收入总计 | 100.00 | 支出总计 | 100.00 |",
                 f"二、{title}", "单位:万元", *(_render(r, pipes) for r in grid), "注:本表反映部门本年度的有关情况。"]
    return Labelled("\n".join(lines_out) + "\n", f"二、{title}", columns, rows, total, printed, planted)


def _n(d: Decimal) -> str:
    return f"{d:,.2f}"


def _render(row: list[str], pipes: bool) -> str:
    return "| " + " | ".join(row) + " |" if pipes else "|" + "|".join(row) + "|"


# a 三公 table by classification (the items across, the functional lines down): the 三公 reader places none of it
SANGONG_TOTALS = ("“三公”经费合计", "三公经费小计", "合计", "“三公”经费支出总额")
SANGONG_ITEMS = (("因公出国(境)费", "因公出国(境)费用"), ("公务接待费", "公务接待费用"),
                 ("公务用车运行维护费", "公务用车运行费", "公务用车购置及运行维护费"))


@dataclass
class SangongByClass:
    text: str
    column: str  # the 三公 total's column as printed
    total: str  # the total row's label
    items: dict[str, Decimal]  # each item's column (as printed) → the total row's figure
    whole: Decimal  # the 三公 total


def sangong_by_class(seed: int, column: str, total: str) -> SangongByClass:
    rng = random.Random(seed)
    items = [rng.choice(names) for names in SANGONG_ITEMS]
    lines = [(c, name, [Decimal(rng.randrange(0, 10**4)) / 100 for _ in items]) for c, name in CODES[:3]]
    sums = [sum((v[k] for _, _, v in lines), Decimal(0)) for k in range(len(items))]
    whole = sum(sums, Decimal(0))
    grid = [["科目编码", "科目名称", column, *items], ["", total, _n(whole), *map(_n, sums)],
            *([c + "01", name, _n(sum(v, Decimal(0))), *map(_n, v)] for c, name, v in lines)]
    text = "\n".join(["东湖县第一中学2024年部门预算", "一、部门收支总表", "单位:万元", "| 项目 | 预算数 | 项目 | 预算数 |",
                      "| 一、一般公共预算拨款收入 | 100.00 | 一、教育支出 | 100.00 |",
                      "| 收入总计 | 100.00 | 支出总计 | 100.00 |", "二、一般公共预算“三公”经费支出表", "单位:万元",
                      *(_render(r, seed % 2 == 0) for r in grid)]) + "\n"
    return SangongByClass(text, column, total, dict(zip(items, sums, strict=True)), whole)

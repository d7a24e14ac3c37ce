"""A standalone “三公”经费 table as county pages publish it: invented figures, the column models met
(one 预算数 column; 本年预算数 with 其中:公共预算财政拨款; 上年/本年决算数 with 增减金额/增减幅度 under a group
label; two years' 预算数 with 增减 and a reason column; a 合计 column over the sources of funds; this year's 预算数
beside last year's 决算数, a budget), two
wordings of the item labels, the shapes the text comes in, and mistakes planted on purpose.

``invent(seed, model, mistakes)`` gives a ``Sangong``; ``text(s, shape)`` the page as text (table, then
the 情况说明 paragraph giving the same figures in words).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal

from layouts.model import _r2 as _r  # amounts to the fen, half-up: the layouts' one rounding

ITEMS = ("合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费", "公务用车运行费", "公务用车购置费")
LABELS = {
    "plain": ("合 计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费", "其中:公务用车运行费", "公务用车购置费"),
    "numbered": ("合计", "1.因公出国(境)费用", "2.公务接待费", "3.公务用车费", "其中:(1)公务用车运行维护费",
                 "(2)公务用车购置"),
    # the total named otherwise than 合计: 总计, 共计, or the 三公 named with 总额/总数
    "joint": ("共计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费", "其中:公务用车运行费", "公务用车购置费"),
    "grand": ("总计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费", "其中:公务用车运行费", "公务用车购置费"),
    "sum_named": ("“三公”经费支出总额", "1.因公出国(境)费", "2.公务接待费", "3.公务用车购置及运行费", "(1)公务用车运行费",
                  "(2)公务用车购置费"),
    # the total named by the 三公 words alone, its budget named (一般公共预算) or its stage (支出预算), or 小计
    "fund_named": ("一般公共预算财政拨款“三公”经费支出", "因公出国(境)费", "公务接待费", "公务用车购置及运行费",
                   "其中:公务用车运行费", "公务用车购置费"),
    "bare_named": ("“三公”经费", "1.因公出国(境)费", "2.公务接待费", "3.公务用车购置及运行费", "(1)公务用车运行费",
                   "(2)公务用车购置费"),
    "sub_named": ("三公经费小计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费", "其中:公务用车运行费",
                  "公务用车购置费"),
    "stage_named": ("“三公”经费支出预算", "因公出国(境)费", "公务接待费", "公务用车购置及运行费", "其中:公务用车运行费",
                    "公务用车购置费"),
}
MODELS = ("single", "of_which", "yoy", "years", "by_source", "actual_budget")
MISTAKES = {  # model → the mistakes that can be planted in it
    "single": ("total", "vehicles", "text"),
    "of_which": ("total", "vehicles"),
    "yoy": ("total", "vehicles", "change", "rate"),
    "years": ("total", "change"),
    "by_source": ("total", "source"),
    "actual_budget": ("total", "change", "rate"),
}
@dataclass
class Sangong:
    unit: str
    year: int
    model: str
    header: list[list[str]]  # header rows (after 项目)
    columns: list[str]  # the reader's column names, in order
    values: dict[str, list[str]]  # item → the printed cells, by column
    current: dict[str, Decimal]  # this year's figure of each item (as the notes quote them)
    prior: dict[str, Decimal]
    labels: tuple[str, ...] = LABELS["plain"]
    planted: list[str] = field(default_factory=list)

    @property
    def stage(self) -> str:
        return "决算" if self.model == "yoy" else "预算"


def _fmt(d: Decimal) -> str:
    return f"{d:.2f}"


def invent(seed: int, model: str = "single", mistakes: tuple[str, ...] = (), labels: str = "plain",
           zero_blank: bool = False, bare_sources: bool = False) -> Sangong:
    """Figures that hold (合计 = 出国 + 接待 + 车, 车 = 购置 + 运行, 增减 and 幅度 divide out), then the mistakes.
    ``bare_sources``: by_source's sources named without 拨款 (一般公共预算 | 政府性基金预算 | 国有资本经营预算)."""
    rng = random.Random(seed)
    year = 2020 + rng.randrange(6)

    def year_figures() -> dict[str, Decimal]:
        f = {"因公出国(境)费": Decimal(0), "公务接待费": _r(Decimal(rng.randrange(100, 3000)) / 100),
             "公务用车运行费": _r(Decimal(rng.randrange(200, 4000)) / 100),
             "公务用车购置费": Decimal(0) if rng.random() < 0.5 else _r(Decimal(rng.randrange(1000, 3000)) / 100)}
        f["公务用车购置及运行费"] = f["公务用车运行费"] + f["公务用车购置费"]
        f["合计"] = f["因公出国(境)费"] + f["公务接待费"] + f["公务用车购置及运行费"]
        return f

    cur, prior = year_figures(), year_figures()
    for k in ("公务接待费", "公务用车运行费"):  # no zero prior: every rate divides
        prior[k] = prior[k] or Decimal(1)

    def cell(d: Decimal) -> str:
        return "" if zero_blank and d == 0 else _fmt(d)

    header: list[list[str]]
    values: dict[str, list[str]] = {}
    for item in ITEMS:
        c, p = cur[item], prior[item]
        change = c - p
        rate = _r(change / p * 100) if p else None
        if model == "single":
            values[item] = [cell(c)]
        elif model == "of_which":
            values[item] = [cell(c), cell(c)]
        elif model in ("yoy", "actual_budget"):
            values[item] = [cell(p), cell(c), cell(change), f"{rate}%" if rate is not None else ""]
        elif model == "years":
            values[item] = [cell(p), cell(c), cell(change), "厉行节约" if change < 0 else ""]
        else:
            values[item] = [cell(c), cell(c), "0", "0"]
    if model == "single":
        header, columns = [["预 算 数"]], ["预算数"]
    elif model == "of_which":
        header, columns = [["本年预算数", "其中:公共预算财政拨款"]], ["预算数", "公共预算财政拨款"]
    elif model == "yoy":
        header = [["上年决算数", "本年决算数", "比上年增、减情况", ""], ["", "", "增、减金额", "增、减幅度"]]
        columns = ["上年决算数", "决算数", "增减额", "增减率"]
    elif model == "actual_budget":  # this year's budget beside last year's spending
        header = [[f"{year - 1}年决算数", f"{year}年预算数", "增减额", "增减幅度"]]
        columns = ["上年决算数", "预算数", "增减额", "增减率"]
    elif model == "years":
        header = [[f"{year - 1}年预算数", f"{year}年预算数", f"{year}年预算数增减", "增减原因"]]
        columns = ["上年预算数", "预算数", "增减额", "增减原因"]
    else:
        sources = (["一般公共预算", "政府性基金预算", "国有资本经营预算"] if bare_sources
                   else ["公共财政预算拨款", "政府性基金预算拨款", "国有资本经营预算拨款"])
        header, columns = [[f"{year}年预算数合计", *sources]], ["预算数", *sources]
    s = Sangong(f"东湖区{('审计局', '司法局', '文联')[seed % 3]}", year, model, header, columns, values, cur, prior,
                LABELS[labels])
    for m in mistakes:
        if m not in MISTAKES[model]:
            raise ValueError(f"{m} cannot be planted in a {model} table")
        s.planted.append(m)
        at = 1 if model in ("yoy", "years", "actual_budget") else 0  # this year's column
        if m == "total":
            values["合计"][at] = _fmt(cur["合计"] + Decimal(1))
        elif m == "vehicles":  # 公务用车费 printed 0 in every amount column while its parts are not
            for k, role in enumerate(columns):
                if role in ("预算数", "决算数", "上年决算数", "公共预算财政拨款"):
                    values["公务用车购置及运行费"][k] = "0"
        elif m == "change":
            values["公务接待费"][2] = _fmt(cur["公务接待费"] - prior["公务接待费"] + Decimal("0.5"))
        elif m == "rate":
            values["公务接待费"][3] = values["公务接待费"][3].replace("%", "").strip()
            values["公务接待费"][3] = f"{Decimal(values['公务接待费'][3]) + 3}%"
        elif m == "source":
            values["合计"][1] = "0.00"
    return s


def rows(s: Sangong) -> list[list[str]]:
    """The table as rows of cells: 项目 and the header, one row per item."""
    head = [["项 目", *s.header[0]], *[["", *r] for r in s.header[1:]]]
    return head + [[label, *s.values[item]] for item, label in zip(ITEMS, s.labels)]


def notes(s: Sangong) -> list[str]:
    """The 情况说明: the total and its change on the year before, then each item in words."""
    c, p = dict(s.current), s.prior
    c["合计"] = Decimal(s.values["合计"][1 if s.model in ("yoy", "years", "actual_budget") else 0])  # the notes copy the table's
    change = c["合计"] - p["合计"]
    word = "减少" if change < 0 else "增加"
    trend = "下降" if change < 0 else "增长"
    rate = _r(abs(change) / p["合计"] * 100)
    host = c["公务接待费"] + (Decimal("0.60") if "text" in s.planted else Decimal(0))
    st = s.stage
    return [f"二、{s.year}年“三公”经费支出{st}情况说明",
            f"{s.unit}{s.year}年“三公”经费支出{st}为{_fmt(c['合计'])}万元,比{s.year - 1}年{word}{_fmt(abs(change))}万元,"
            f"{trend}{rate}%。其中:因公出国(境)费支出{st}为{_fmt(c['因公出国(境)费'])}万元,公务接待费支出{st}为"
            f"{_fmt(host)}万元,公务用车购置及运行费支出{st}为{_fmt(c['公务用车购置及运行费'])}万元。"]


def _trailing_pipes(rs: list[list[str]]) -> list[str]:
    """One cell a line ending in " |", a blank cell as a lone "|" (Anhui county pages)."""
    return [f"{c} |" if c else "|" for r in rs for c in r]


def _pipe_lines(rs: list[list[str]]) -> list[str]:
    """One cell a line with "|" lines between the cells, a blank cell a "|" line of its own."""
    out: list[str] = []
    for r in rs:
        for c in r:
            out += [c, "|"] if c else ["|"]
    return out


def _pipes(rs: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(r) + " |" for r in rs]


def _pipes_no_lead(rs: list[list[str]]) -> list[str]:
    """"a | b |": no leading pipe (Guangxi, Yunnan pages)."""
    return [" | ".join(r) + " |" for r in rs]


def _row_lines(rs: list[list[str]]) -> list[str]:
    """One line a row, cells separated by spaces, blank cells gone."""
    return [" ".join(c for c in r if c) for r in rs]


def _bare_cells(rs: list[list[str]]) -> list[str]:
    """One cell a line, no separator at all: a blank cell vanishes."""
    return [c for r in rs for c in r if c]


def _rebroken(rs: list[list[str]]) -> list[str]:
    """Cells between pipes, blank cells gone and the row breaks lost: a new line every five cells wherever the rows
    end (a converter's output; a line holds two rows' labels, a row's figures run onto the next line)."""
    cells = [c for r in rs for c in r if c]
    return ["| " + " | ".join(cells[k:k + 5]) + " |" for k in range(0, len(cells), 5)]


SHAPES = {"trailing_pipes": _trailing_pipes, "pipe_lines": _pipe_lines, "pipes": _pipes,
          "pipes_no_lead": _pipes_no_lead, "row_lines": _row_lines, "bare_cells": _bare_cells, "rebroken": _rebroken}
VANISHING = ("row_lines", "bare_cells", "rebroken")  # shapes where a blank cell cannot be told from a lost one


def text(s: Sangong, shape: str) -> str:
    title = [f"{s.unit}{s.year}年“三公”经费{s.stage}", f"一、{s.year}年“三公”经费支出{s.stage}表", "单位:万元"]
    return "\n".join([*title, *SHAPES[shape](rows(s)), *notes(s)]) + "\n"

"""部门整体支出绩效评价基础数据表 — the 湖南 template's table of a department's base figures, read by its labels.

Every 湖南 department publishes it beside (or instead of) its 部门整体支出绩效自评表: 财政供养人员情况 (编制数 |
实际在职人数 | 控制率), then 经费控制情况 in three columns (上年决算数 | 本年预算数 | 本年决算数) for 三公经费 and
its parts (公务用车购置和维护经费, 其中：公车购置 / 公车运行维护, 出国经费, 公务接待), 项目支出 and 公用经费 (其中：
办公经费 …). The labels are found wherever they stand (one cell per line, pipes, run together, traditional script
read as simplified); a row's figures are the numbers between its label and the next label:

* printed apart, they are taken in the columns' order (as many as there are columns, else the row is missing);
* run together (``874.20308.171025.20``), the one split into the columns whose amounts are printed alike (as many
  decimals each, as a money table prints them) is taken; several or none: the row is missing, said.

The staff figures are split the same way, the one reading whose 控制率 is 实际在职人数 ÷ 编制数 taken. The table is
kept on the document (``Document.tables``, and ``extra[BASE]`` for the audit: ``audit.dept_base`` holds the rate
and the 三公 sums). When the file has no form the table alone is the department's document (type
``project_self_evaluation``, its title the table's), saying that only the base figures were read.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from jixiao.core.numbers import HUNDRED
from jixiao.core.records import FUNDS_ROWS, HALF_READ, Document, FundsRow, Val
from jixiao.core.table import Cell, Table
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import find_year, problem, unwrap
from jixiao.read.recognise.deptrun import joined
from jixiao.read.recognise.placement import Item, close, decimals, splits
from jixiao.read.recognise.tokens import in_reading_order, number

TYPE = "project_self_evaluation"
BASE = "dept_base"  # Document.extra key: {row label: [Val per column]} and "staff": (编制数, 在职人数, 控制率)
TITLE = re.compile(r"(?:部门|单位)?\s*整体支出\s*绩效\s*评价\s*基础数据表")
# the money rows in the template's order (label as the audit names it, the pattern that finds it)
ROWS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(pattern)) for name, pattern in (
    ("三公经费", r"三公经费"),
    ("公务用车购置和维护经费", r"公务用车购置(?:和|及)(?:运行)?维护经费"),
    ("公车购置", r"公车购置"),
    ("公车运行维护", r"公车运行维护"),
    ("出国经费", r"出国(?:\(境\))?经费"),
    ("公务接待", r"公务接待(?:费)?"),
    ("项目支出", r"项目支出"),
    ("公用经费", r"公用经费"),
    ("办公经费", r"办公经费"),
    ("水费、电费、差旅费", r"水费、电费、差旅费"),
    ("会议费、培训费", r"会议费、培训费"),
))
COLUMNS = 3
_NUMBERS = re.compile(r"-?\d[\d,.%]*")
_FIGURES = re.compile(r"[\d.,%\s]*")  # a row's figures: what stands after its label up to the next words
_END = re.compile(r"政府采购金额|部门基本支出预算调整|楼堂馆所|厉行节约|说明[:：]|部门整体支出绩效自评表|年度资金总额")


def amounts(region: str) -> list[Item] | None:
    """A row's figures from the text between its label and the next: apart, or run together and split the one
    way whose amounts are printed alike. None when the row holds no figures or cannot be split one way."""
    figures = _FIGURES.match(region)
    text = figures.group(0) if figures else ""
    if region[len(text) : len(text) + 1] in ("、", "．"):
        text = text[:-1]  # the next line's numbering (1、业务工作经费) ran onto the figures
    runs = [r.rstrip(".") for r in _NUMBERS.findall(text.replace(",", ""))]
    if not runs:
        return None
    if len(runs) == COLUMNS:
        items = [Item(r, v) for r in runs if (v := number(r)) is not None]
        return items if len(items) == COLUMNS else None
    if len(runs) != 1:
        return None
    found = [p for p in splits(runs[0], COLUMNS) if len(p) == COLUMNS and len({decimals(i.text) for i in p}) == 1]
    return found[0] if len(found) == 1 else None


def staff(region: str) -> tuple[Item, Item, Item] | None:
    """编制数, 实际在职人数 and 控制率 (%) from the figures after the 控制率 label: printed apart, as printed (the
    audit holds the rate against them); run together, the one reading whose rate is 在职 ÷ 编制 × 100 to its
    printed digits."""
    runs = [r for r in _NUMBERS.findall(region) if r.endswith("%") or "%" not in r]
    rate_at = next((k for k, r in enumerate(runs) if r.endswith("%")), None)
    if rate_at is None:
        return None
    if rate_at == 2:
        apart = [Item(r, v) for r in runs[:3] if (v := number(r)) is not None]
        return (apart[0], apart[1], apart[2]) if len(apart) == 3 else None
    text = "".join(runs[: rate_at + 1])
    out = []
    for p in splits(text, 3):
        if len(p) != 3 or not p[2].percent or p[0].percent or p[1].percent or p[0].value <= 0 \
                or "." in p[0].text + p[1].text:
            continue  # people are counted whole
        exact = p[1].value / p[0].value * HUNDRED
        if close(p[2], exact):
            out.append((p[0], p[1], p[2]))
    return out[0] if len(out) == 1 else None


def read_base(fr: FileRead) -> Document | None:
    flat = joined(((unwrap(unicodedata.normalize("NFKC", x)), src) for x, src in in_reading_order(fr)), "\n")
    text = flat.text
    m = TITLE.search(text)
    if m is None:
        return None
    end_m = _END.search(text, m.end())
    end = end_m.start() if end_m else min(len(text), m.end() + 1500)
    src = flat.source_at(m.start())
    title = re.sub(r"\s+", "", m.group(0))
    doc = Document(type=TYPE, title=title, source=src)
    doc.funds = {k: FundsRow() for k in FUNDS_ROWS}
    doc.header["表名"] = Val(title, m.group(0), src)
    doc.year = find_year([text[max(0, m.start() - 20) : m.end()]])
    rows: list[list[Cell]] = []
    base: dict[str, object] = {}
    k = text.find("控制率", m.end(), end)
    money_at = text.find("三公经费", m.end(), end)
    if k >= 0:
        got = staff(text[k + 3 : money_at if money_at > k else end])
        at = flat.source_at(k)
        if got is not None:
            base["staff"] = tuple(Val(i.value, i.text, at) for i in got)
            rows.append([Cell("财政供养人员情况", at), *(Cell(i.text, at) for i in got)])
        else:
            doc.problems.append(problem("基础数据表的编制数、在职人数与控制率未能分开，未读取",
                                        "the base table's posts, staff and control rate could not be told apart",
                                        at))
    found = _labels(text, money_at if money_at >= 0 else m.end(), end)
    for n, (name, at_label, after) in enumerate(found):
        stop = found[n + 1][1] if n + 1 < len(found) else end
        at = flat.source_at(at_label)
        items = amounts(text[after:stop])
        if items is None:
            if _NUMBERS.search(text[after:stop]):
                doc.problems.append(problem(f"基础数据表“{name}”一行的数字未能分到各栏，未读取",
                                            f"the base table's row '{name}': its figures could not be placed", at))
            continue
        base[name] = [Val(i.value, i.text, at) for i in items]
        rows.append([Cell(name, at), *(Cell(i.text, at) for i in items)])
    if not rows:
        return None
    doc.tables.append(Table(rows=rows, source=src, title=title))
    doc.extra[BASE] = base
    doc.extra[HALF_READ] = "只读取了部门整体支出绩效评价基础数据表"
    doc.problems.insert(0, problem("部门整体支出绩效评价基础数据表：按标签读取编制、在职人数、控制率与各项经费，"
                                   "未见自评表的资金与指标", "the department's base table (部门整体支出绩效评价基础数据表): "
                                   "staff and spending read by their labels; no form's funds or indicators", src))
    return doc


def _labels(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The money rows' labels in the text, in order: (name, where it starts, where it ends)."""
    out: list[tuple[str, int, int]] = []
    pos = start
    for name, pattern in ROWS:
        m = pattern.search(text, pos, end)
        if m is None:
            continue
        after = m.end()
        while after < end and text[after] in ":：)）(（ ":
            after += 1
        out.append((name, m.start(), after))
        pos = after
    return out


def base_of(doc: Document) -> dict[str, object] | None:
    got = doc.extra.get(BASE)
    return got if isinstance(got, dict) else None


def rows_of(base: dict[str, object]) -> dict[str, Sequence[Val]]:
    return {k: v for k, v in base.items() if k != "staff" and isinstance(v, list)}

"""A classified accounts table printed without its title: told by its own header and rows.

A page may give one of the disclosure's classified tables with no title line at all (the title was an image, or
stood in a cell the page dropped): a header naming the classification (科目编码 / 科目名称, 功能分类科目编码) and the
table's money columns, then rows of function codes (201, 20101, 2010101) with their names and amounts. Nothing
says 预算 or 决算. Such a table is still the disclosure's: its kind follows its columns (基本支出 and 项目支出 under
合计: a 支出表; 工资福利支出 … as rows of an economic classification: the 基本支出 table; a table by function with
carry-over columns (年初结转和结余 | 本年收入 | 本年支出 | 年末结转和结余) is not taken, no template's sums being its own). Its stage is what its own header says (决算数, the 决算
template's 年初/年末结转和结余 → final; 预算数 → budget), else not known: the title given it says no stage, and the set
it makes is read as final accounts (the readers' default), and the reading says the stage was not printed.
"""

from __future__ import annotations

import re

from jixiao.accounts.codes import normalise_code
from jixiao.accounts.layout import squash
from jixiao.accounts.stagewords import FINAL_TEMPLATE
from jixiao.core.numbers import parse_decimal
from jixiao.core.table import Table

_HEADER_ROWS = 4  # rows a header may take before the data
_CODED_ROWS = 2  # rows with a function code and amounts a table must hold
_CODE_HEAD = re.compile(r"科目编码|功能分类|经济分类|科目代码|类款项|^编码$|^代码$")
_NAME_HEAD = re.compile(r"科目名称|^项目$|^名称$")
_ECONOMIC = re.compile(r"工资福利支出|商品和服务支出|对个人和家庭的补助")
UNTITLED = "（未印表名的表）"  # the title given a table printed without one (it says no stage)


def _header(t: Table) -> list[str]:
    out: list[str] = []
    for row in t.rows[:_HEADER_ROWS]:
        texts = [squash(c.text) for c in row if c.text.strip()]
        if any(parse_decimal(x) is not None and not _NAME_HEAD.search(x) for x in texts[1:]):
            break
        out.extend(texts)
    return out


def _coded_rows(t: Table) -> int:
    n = 0
    for row in t.rows:
        texts = [c.text.strip() for c in row if c.text.strip()]
        if len(texts) >= 3 and normalise_code(texts[0]) is not None and texts[0][:1] in "2345" \
                and sum(1 for x in texts[2:] if parse_decimal(x) is not None) >= 1:
            n += 1
    return n


def untitled_kind(t: Table) -> tuple[str, str] | None:
    """(kind, title) of a classified table printed without a title; None when the table is not one."""
    head = _header(t)
    if not any(_CODE_HEAD.search(x) for x in head) or _coded_rows(t) < _CODED_ROWS:
        return None
    joined = "".join(head)
    names = " ".join(squash(r[1].text) for r in t.rows if len(r) > 1)
    stage = "决算" if "决算" in joined or FINAL_TEMPLATE.search(joined) else "预算" if "预算数" in joined else ""
    if _ECONOMIC.search(names) and not re.search(r"功能分类", joined):
        kind = "gp_basic"
    elif re.search(r"结转|结余|本年收入", joined):
        return None  # a 财政拨款 table by function with its carry-over columns: no template reader knows its sums
    elif "基本支出" in joined or "项目支出" in joined:
        kind = "expenditure"
    else:
        return None
    return kind, f"{UNTITLED}{stage}"


def untitled_stage(title: str) -> tuple[str, str] | None:
    """("", stage) of a table printed without a title whose header says its stage; None otherwise."""
    if not title.startswith(UNTITLED) or title == UNTITLED:
        return None
    return "", "final" if title.endswith("决算") else "budget"

"""A classified accounts table or a 收支总表 printed without its title: told by its own header and rows.

A page may give one of the disclosure's classified tables with no title line at all (the title was an image, or
stood in a cell the page dropped): a header naming the classification (科目编码 / 科目名称, 功能分类科目编码) and the
table's money columns, then rows of function codes (201, 20101, 2010101) with their names and amounts. Nothing
says 预算 or 决算. Such a table is still the disclosure's: its kind follows its columns (基本支出 and 项目支出 under
合计: a 支出表; 工资福利支出 … as rows of an economic classification: the 基本支出 table; a table by function with
carry-over columns (年初结转和结余 | 本年收入 | 本年支出 | 年末结转和结余) is not taken, no template's sums being its own).
A 收支总表 is told by its own lines, both sides printed (本年收入合计 or 收入总计, and 本年支出合计 or 支出总计).. Its stage is what its own header says (决算数, the 决算
template's 年初/年末结转和结余 → final; 预算数 → budget), else not known: the title given it says no stage, and the set
it makes is read as final accounts (the readers' default), and the reading says the stage was not printed.
"""

from __future__ import annotations

import re

from jixiao.accounts.codes import normalise_code
from jixiao.accounts.layout import split_code_name, squash
from jixiao.accounts.stagewords import FINAL_TEMPLATE
from jixiao.core.numbers import parse_decimal
from jixiao.core.table import Table

_HEADER_ROWS = 4  # rows a header may take before the data
_CODED_ROWS = 2  # rows with a function code and amounts a table must hold
_CODE_HEAD = re.compile(r"科目编码|功能分类|经济分类|科目代码|类款项|^编码$|^代码$|^(?:项目|科目)(?:名称)?$")
_NAME_HEAD = re.compile(r"科目名称|^项目$|^名称$")
_ECONOMIC = re.compile(r"工资福利支出|商品和服务支出|对个人和家庭的补助")
# a 收支总表's lines for the year's or the whole income and spending (both sides must be printed)
_SUMMARY_LINES = (re.compile(r"本年收入合计|收入总计|收入合计"), re.compile(r"本年支出合计|支出总计|支出合计"))
_ORDINAL = re.compile(r"^[一二三四五六七八九十]+[、.．]")
_NOT_TITLE = re.compile(r"单位[:：]|^(?:公开|预算公开|部门公开)?\d{1,2}表$|^表[一二三四五六七八九十\d]+$|编制(?:部门|单位)|^注")
_OWN_TITLE = re.compile(r"(?:收支|收入|支出)(?:总)?表$")
_TITLE_LEN = 40
_PERFORMANCE = re.compile(r"绩效|指标|得分|自评|评分")
_GRID_ROWS = 3  # rows of two cells or more: a grid, not cells one a line
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
    """Rows that give a function or economic code and its name, then an amount ("201 | 一般公共服务支出 | 35.20",
    "201 一般公共服务支出 | 35.20")."""
    n = 0
    for row in t.rows:
        texts = [c.text.strip() for c in row if c.text.strip()]
        both = split_code_name(texts[0]) if texts else None
        code, after = (both[0], texts[1:]) if both else (texts[0] if texts else "", texts[2:])
        if len(texts) >= 2 and normalise_code(code) is not None and code[:1] in "2345" \
                and any(parse_decimal(x) is not None for x in after):
            n += 1
    return n


def _summary(t: Table) -> bool:
    """The table prints a 收支总表's own lines: the year's or the whole income and spending, side by side."""
    labels = {_ORDINAL.sub("", squash(c.text)) for row in t.rows for c in row}
    return all(any(side.fullmatch(x) for x in labels) for side in _SUMMARY_LINES)


def _titled_otherwise(t: Table) -> bool:
    """A title line of another table stands before it (机关运行经费明细表, 项目支出绩效目标表): the table is that one.
    A title that names income or spending (一般公共预算财政拨款支出表) is one the title readers do not know. A title
    in the grid's own first rows (| 收支总表 |) makes a titled table, whichever it names."""
    inside = [texts[0] for r in t.rows[:_HEADER_ROWS] if len(texts := [c.text for c in r if c.text.strip()]) == 1]
    if any(squash(x).endswith("表") and len(squash(x)) <= _TITLE_LEN for x in inside):
        return True  # its title is the grid's own first row: the readers of titled tables read it
    for line in reversed(t.preamble[-3:]):
        x = re.sub(r"[(（]续[)）]$", "", squash(line))
        if _NOT_TITLE.search(x) or not x:
            continue
        x = re.sub(r"[(（][^()（）]{0,16}[)）]$", "", x)  # 表（2023年度）, 表(续)
        return bool(x.endswith("表") and len(x) <= _TITLE_LEN and not _OWN_TITLE.search(x))
    return False


def untitled_kind(t: Table, unsaid: bool = True) -> tuple[str, str] | None:
    """(kind, title) of a classified table or a 收支总表 printed without a title; None when the table is not one, or
    when its header says no stage and ``unsaid`` is False."""
    if _titled_otherwise(t) or sum(1 for r in t.rows if len([c for c in r if c.text.strip()]) >= 2) < _GRID_ROWS:
        return None  # (cells without their grid are the loose readers': ``accounts_loose``)
    if any(_PERFORMANCE.search(c.text) for r in t.rows for c in r):
        return None  # a performance form's 收支 block (收入合计 | 支出合计 beside 绩效指标, 得分) is the form's
    head = _header(t)
    joined = "".join(head)
    cells = "".join(squash(c.text) for row in t.rows for c in row)
    stage = "决算" if "决算" in joined or FINAL_TEMPLATE.search(cells) else "预算" if "预算数" in joined else ""
    if not stage and not unsaid:
        return None
    if _summary(t):
        return "summary", f"{UNTITLED}{stage}"
    if not any(_CODE_HEAD.search(x) for x in head) or _coded_rows(t) < _CODED_ROWS:
        return None
    names = " ".join(squash(r[1].text) for r in t.rows if len(r) > 1)
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


_NAMES = {"summary": "收支总表", "expenditure": "支出表", "gp_basic": "基本支出表"}


def untitled_name(kind: str) -> str:
    """The name messages give a table printed without a title (no stage in it: its header may say none)."""
    return f"{_NAMES.get(kind, '表')}（未印表名）"

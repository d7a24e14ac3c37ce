"""Classified tables of a 部门预算/决算 whose grid reached the text as loose words, read by the column model their
header states.

A page often gives a table as text: its title ("一般公共预算支出表", "部门支出总表", "收入决算表"), the unit, the
header labels (科目编码, 科目名称, then the value columns: 合计, 基本支出, 项目支出; 合计, 上年结转, 一般公共预算拨款
收入 …), then each row as a code, a name and amounts — one cell a line, or a row a line with spaces between cells,
and blank cells gone. The header's value labels are the column model: a row with as many amounts as columns fills
them in order; a row with fewer is placed by the table's own arithmetic when the first column is a total (合计 =
Σ the others): the placements of its amounts, in order, over the columns that make the total hold; one such
placement is taken (and said), several that agree on the total give the total only, none leaves the row unread.
A row is a code followed by its name (201 一般公共服务支出, 2010101 行政运行) or 合计/总计.

What is read this way is never checked as a table when a row was not placed or the text ends inside the table (an
excerpt cut mid-table): the table is marked unchecked (``AccountTable.checked``) and its identities are left, said
as a reading problem. Only text files are read here: other formats keep their grid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.accounts.layout import squash
from jixiao.accounts.model import (
    CLASSIFIED,
    ECONOMIC,
    FUNCTIONAL,
    AccountRow,
    AccountTable,
    clean_name,
    normalise_code,
)
from jixiao.core.numbers import AMOUNT_CELL, normalize_text, parse_decimal
from jixiao.core.records import Problem, Val
from jixiao.core.source import Source
from jixiao.read.recognise.accounts_titles import UNIT, title_stage

_CODE = re.compile(r"^\d{3}(?:\d{2}){0,2}$")
_DASH = {"-", "--", "—", "——", "/"}
_CJK = re.compile(r"[\u4e00-\u9fff]")
_TOTAL = {"合计", "总计"}
# header words that name the code and name columns, the unit or a group, not a value column
_NOT_VALUE = re.compile(r"编码|名称|^项目$|^[类款项]$|单位|栏次|^其中[:：]?$|^科目$"
                        # the form's number printed by the title (公开03表, 财决05表, 表3-1)
                        r"|^(?:公开|财[决预]|部门公开)表?\d{1,2}(?:-\d{1,2})?表?$|^表\d{1,2}(?:-\d{1,2})?$|^\d{1,2}表$")
_TOTAL_HEAD = re.compile(r"^(?:合计|总计|小计|本年支出合计|本年收入合计)$")
_MAX_COLUMNS = 12


@dataclass(slots=True)
class _Row:
    code: str | None
    name: str
    amounts: list[tuple[str, Source]] = field(default_factory=list)
    source: Source = field(default_factory=lambda: Source(""))


def _tokens(body: list[tuple[str, Source]]) -> list[tuple[str, Source]]:
    """Each line's cells: split at pipes or tabs when it has them, else at spaces ("201 一般公共服务支出 1234.56")."""
    out: list[tuple[str, Source]] = []
    for text, src in body:
        t = normalize_text(text).strip()
        parts = re.split(r"[|\t]", t) if ("|" in t or "\t" in t) else t.split()
        for p in (p.strip() for p in parts if p.strip()):
            if out and squash(out[-1][0] + p) in _TOTAL and len(p) == 1:  # "合" then "计": a tall cell's label split
                out[-1] = (out[-1][0] + p, src)
            else:
                out.append((p, src))
    return out


def _starts(tokens: list[tuple[str, Source]], k: int) -> bool:
    """A row starts here: a code followed by a name, or 合计/总计 followed by a figure."""
    t = tokens[k][0]
    if squash(t) in _TOTAL:  # the 合计 row, not the header's 合计: figures follow it
        return k + 1 < len(tokens) and (bool(AMOUNT_CELL.match(tokens[k + 1][0])) or tokens[k + 1][0] in _DASH)
    return bool(_CODE.match(t)) and k + 1 < len(tokens) and bool(_CJK.match(tokens[k + 1][0]))


def _table_at(tokens: list[tuple[str, Source]], k: int) -> tuple[list[str], list[_Row], int] | None:
    """From a title at ``k``: the header's value columns and the rows, and where the table ends."""
    j = k + 1
    header: list[str] = []
    numbered = 0  # after 栏次, the columns' numbers 1, 2, 3 … (the 决算 template's row under the header): no figures
    while j < len(tokens) and not _starts(tokens, j):
        t = squash(tokens[j][0])
        if t == "栏次" or numbered and t == str(numbered):
            numbered += 1
            j += 1
            continue
        if title_stage(t) is not None or AMOUNT_CELL.match(t) or len(header) > _MAX_COLUMNS:
            return None  # another title, or figures before any row: not a table's header
        if _CJK.match(t) and not _NOT_VALUE.search(t) and not UNIT.search(tokens[j][0]):
            header.append(clean_name(t))
        j += 1
    header = _without_groups(header)
    if not header:
        return None
    rows: list[_Row] = []
    while j < len(tokens):
        t, src = tokens[j]
        if _starts(tokens, j):
            if squash(t) in _TOTAL:
                rows.append(_Row(None, "合计", source=src))
            else:
                rows.append(_Row(normalise_code(t), clean_name(tokens[j + 1][0]), source=src))
                j += 1
        elif AMOUNT_CELL.match(t) or t in _DASH:
            rows[-1].amounts.append((t, src))
        else:
            break
        j += 1
    return (header, rows, j) if rows and any(r.amounts for r in rows) else None


# a header's first row naming the group its second row splits (预算数 over 合计 | 基本支出 | 项目支出; 本年支出 over 小计 …;
# 2024年预算数): flattened into the words, the group's name stands just before the group's total
_GROUP = re.compile(r"^(?:\d{4}年度?)?(?:本年|本期|当年)?(?:预算|决算|执行)数?$|^本年(?:预算|支出|收入)$")


def _without_groups(header: list[str]) -> list[str]:
    """The header's value columns without the names of the groups over them: a stage word (预算数, 本年支出) followed
    by a total (合计, 小计) heads the columns from that total on, it is no column of its own."""
    return [h for i, h in enumerate(header)
            if not (_GROUP.match(h) and i + 1 < len(header) and _TOTAL_HEAD.match(header[i + 1]))]


def _values(header: list[str], row: _Row) -> tuple[dict[str, Val], set[str], bool]:
    """The row's values by column, the columns left unsure, and whether only its total was placed (by its sum)."""
    cells = [(parse_decimal(t) if t not in _DASH else None, t, s) for t, s in row.amounts]
    if len(cells) == len(header):
        return {col: Val(d, t, s) for col, (d, t, s) in zip(header, cells, strict=True)}, set(), False
    values = {col: Val(None, None, None) for col in header}
    amounts = [d if d is not None else Decimal(0) for d, _, _ in cells]
    if 1 < len(cells) < len(header) and _TOTAL_HEAD.match(header[0]) and amounts[0] == sum(amounts[1:], Decimal(0)):
        # blanks gone: the first amount is the row's total (it is the sum of the others); which columns the others
        # stand in is not known, so they are left unsure
        d, t, s = cells[0]
        values[header[0]] = Val(d, t, s)
        return values, set(header[1:]), True
    return values, set(header), False


def loose_tables(body: list[tuple[str, Source]], closed: bool = False) -> tuple[list[AccountTable], list[Problem]]:
    """The classified tables the body gives as loose words, each with its stage; problems for what was unsure.
    ``closed``: the body is one table's cells, whole (a grid the text reader ran into one row), so its end is the
    table's, not the text cut inside it."""
    tokens = _tokens(body)
    tables: list[AccountTable] = []
    problems: list[Problem] = []
    k = 0
    while k < len(tokens):
        found = title_stage(tokens[k][0])
        if found is None or found[0] not in CLASSIFIED:
            k += 1
            continue
        read = _table_at(tokens, k)
        if read is None:
            k += 1
            continue
        header, rows, end = read
        kind, stage = found
        title, src = tokens[k]
        t = AccountTable(kind, title, src, header, stage=stage,
                         classification=ECONOMIC if kind == "gp_basic" or "经济分类" in title else FUNCTIONAL)
        unit = next((m.group(1) for x, _ in tokens[k:k + 4] if (m := UNIT.search(x))), None)
        t.unit = unit
        chosen = 0
        for r in rows:
            values, unsure, total_only = _values(header, r)
            chosen += total_only
            t.rows.append(AccountRow(r.name, values, r.source, code=r.code, code_text=r.code, total=r.code is None,
                                     unsure=unsure))
        unread = sum(1 for r in t.rows if r.unsure) - chosen
        cut = end >= len(tokens) and not closed
        t.checked = not unread and not chosen and not cut
        said = [f"{chosen} 行数字少于栏目（空白单元格丢失），只读出合计（它等于其余各数之和）"] if chosen else []
        said += [f"{unread} 行的数字个数与栏目不符、无法确定位置，未读出"] if unread else []
        said += ["文本在表中结束（表格不完整）"] if cut else []
        if said:
            problems.append(Problem(
                f"{title}：表格在文本中失去结构，按表头栏目（{'、'.join(header)}）读出；" + "；".join(said)
                + ("；本表等式未核对" if not t.checked else ""), src,
                f"{title}: the table lost its grid in the text and was read by its header's columns ({', '.join(header)}); "
                + (f"{chosen} rows with fewer figures than columns give only their total (the sum of the others); "
                   if chosen else "")
                + (f"{unread} rows whose figures do not fit the columns left unread; " if unread else "")
                + ("the text ends inside the table; " if cut else "")
                + ("its identities are not checked" if not t.checked else "")))
        tables.append(t)
        k = end
    return tables, problems

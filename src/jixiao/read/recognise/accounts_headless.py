"""A page of a classified accounts table printed with neither its title nor its header: rows of function codes.

A disclosure's table runs over pages; a site may publish one page of it alone, or its text keep only the rows: a
grid of "201 | 一般公共服务支出 | 834.50 | 734.50 | 100.00", "20101 | 人大事务 | …" with no title and no header
line. Nothing names its columns or its stage, but it is an accounts table, and the codes say how its rows add up:
a 类 (201) is the sum of its 款 (20101 …), a 款 of its 项 (2010101 …), in every column. It is read as such a table
(kind ``coded``, its columns 第1栏, 第2栏 … as they stand), recognised and said to be unnamed, and only its code
sums are checked, as suspects: which column is which is not known, so no column is compared with another nor with
any other table.

Read only where the rows show it: at least ``_MIN_CODED`` rows give a function code (2xx, 2xxxx, 2xxxxxx), a name
and an amount, and at least one 类 or 款 of them is the sum of the rows under it in some column (the grid's cells are
where they should be).
"""

from __future__ import annotations

from jixiao.accounts.codes import normalise_code
from jixiao.accounts.layout import split_code_name
from jixiao.accounts.model import AccountTable
from jixiao.core.numbers import ZERO, parse_decimal
from jixiao.core.records import Problem
from jixiao.core.table import Cell, Table

KIND = "coded"
NAME = "科目表（未印表名与表头）"
_MIN_CODED = 4  # rows of code, name and amount a page of such a table holds
_FIRST_ROWS = 3  # the rows before its first coded row: a header or a title would stand there


def _code_of(texts: list[str]) -> tuple[str, int] | None:
    """(code, cells the code and name take) of a row: "201 | 一般公共服务支出 | …" or "201 一般公共服务支出 | …"."""
    if not texts:
        return None
    both = split_code_name(texts[0])
    if both is not None and (code := normalise_code(both[0])) is not None:
        return code, 1
    code = normalise_code(texts[0])
    return (code, 2) if code is not None and len(texts) > 1 else None


def _coded_rows(t: Table) -> list[tuple[int, str, int]]:
    """(row index, code, cells before the amounts) of each row that gives a function code, a name and an amount."""
    out = []
    for k, row in enumerate(t.rows):
        texts = [c.text.strip() for c in row]
        found = _code_of(texts)
        if found is None or found[0][:1] != "2" or len(found[0]) not in (3, 5, 7):
            continue
        if any(parse_decimal(x) is not None for x in texts[found[1]:]):
            out.append((k, found[0], found[1]))
    return out


def _sums_hold(rows: list[tuple[str, list[str]]]) -> bool:
    """Some 类 or 款 is the sum of the rows under it, in one column at least (the amounts are in their columns)."""
    for k, (code, cells) in enumerate(rows):
        under = [c for x, c in rows[k + 1:] if x.startswith(code) and len(x) == len(code) + 2]
        if len(code) == 7 or not under:
            continue
        for col, text in enumerate(cells):
            whole = parse_decimal(text)
            parts = [parse_decimal(c[col]) if col < len(c) else None for c in under]
            if whole and all(p is not None or (col < len(c) and not c[col]) for p, c in zip(parts, under)) \
                    and sum((p or ZERO for p in parts), ZERO) == whole:
                return True
    return False


def headless_table(t: Table) -> AccountTable | None:
    """The table read as a page of an unnamed classified table, or None when its rows do not show one."""
    coded = _coded_rows(t)
    if len(coded) < _MIN_CODED or coded[0][0] >= _FIRST_ROWS:
        return None
    lead = coded[0][2]
    if any(n != lead for _, _, n in coded):
        return None  # (the code and name laid out two ways: not one grid)
    width = max(len(t.rows[k]) - lead for k, _, _ in coded)
    columns = [f"第{n}栏" for n in range(1, width + 1)]
    amounts = [(code, [c.text.strip() for c in t.rows[k][lead:]]) for k, code, _ in coded]
    if not _sums_hold(amounts):
        return None
    from jixiao.read.recognise.accounts_grid import parse_classified

    labels = ["科目编码", "科目名称"] if lead == 2 else ["科目编码及名称"]
    header = [Cell(x, t.source) for x in [*labels, *columns]]
    problems: list[Problem] = []
    out = parse_classified("gp_expenditure", NAME, Table([header, *t.rows], t.source, t.title, t.preamble), problems)
    if not out.coded:
        return None
    out.kind, out.own_name, out.alone, out.columns = KIND, NAME, True, columns
    return out

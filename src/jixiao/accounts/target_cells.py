"""A target table's funds lines read as printed, where its cells stand apart (one a line, or between pipes).

Templates name a project's money in their own words: 当年资金总额, 其中：当年财政拨款, 上年结转资金, 中央资金 / 省级资金 /
市级资金 / 县级资金, 上级资金, 其中：同级财政资金, 项目总预算(万元), 项目当年预算. No list of words holds them all, and a
known word read inside such a label names another line (当年财政拨款 read as 财政拨款, 上年结转资金 lost since 上年结转
is not followed by its amount). Where the cells stand apart the label is the whole cell, so it is read by meaning:

- a funds label is a cell that ends in a word for money (资金, 拨款, 总额, 预算, 投资, 补助, 结转, 自筹, 配套, 收入, 经费,
  with 小计 or 合计 after it; 金额, 预算数, 申报数 after a word of their own: 预算金额, 本年度申请金额; or 其他 alone), no
  longer than a label (at most 18 characters), perhaps numbered or after
  其中:, perhaps with its unit in brackets and a colon;
- its amount is the next cell when that cell is a number alone (with 万元 or 元 or not), or follows the label in the
  same cell (其中 :上级资金16, its 其中 perhaps a cell of its own before it);
- labels printed as a header over a row of amounts (其中:上级财政补助资金 | 其中:同级财政资金 | 其他, then 0.00 | 25.00 |
  0.00) are paired in order when the counts agree (``header_run``).

Text run together has no cells, and is read by the known words only (``targets._LABEL``).
"""

from __future__ import annotations

import re
from decimal import Decimal

_MONEY = r"(?:资金|拨款|总额|预算|投资|投入|补助|结转|自筹|配套|收入|经费)(?:小计|合计)?"
_ORD = r"(?:[(（][一二三四五六七八九十][)）]|\d[、.．])?"
_AMOUNTED = r"[\u4e00-\u9fff]{1,16}?(?:金额|预算数|申报数)"  # 预算金额, 本年度申请金额, 项目预算数: a word before it
_LABEL = (r"(?:[:：]\s*)?(?P<label>" + _ORD + r"(?:其中\s*[:：]\s*)?(?:[\u4e00-\u9fff]{0,16}?" + _MONEY + "|" + _AMOUNTED
          + r"|其他))"
          r"\s*(?:[(（](?P<unit>万元|元)[)）])?\s*[:：]?")
_NUMBER = r"(?P<amount>\d[\d,]*(?:\.\d+)?)\s*(?P<aunit>万元|元)?"
LABEL_CELL = re.compile(_LABEL)
AMOUNT_CELL = re.compile(_NUMBER)
GLUED_CELL = re.compile(_LABEL + r"\s*" + _NUMBER)  # 其中 :上级资金16, 年度资金总额:16
_LONGEST = 18  # characters of a label (其中:上级财政补助资金 is 11)
_YEAR = re.compile(r"(?:19|20)\d{2}")


def label_of(cell: str) -> re.Match[str] | None:
    """The cell as a funds label, or None."""
    m = LABEL_CELL.fullmatch(cell)
    return m if m and len(re.sub(r"\s+", "", m.group("label"))) <= _LONGEST else None


def name(m: re.Match[str]) -> str:
    """The label as printed, its spaces and closing colon dropped."""
    return re.sub(r"\s+", "", m.group("label"))


def amount_of(cell: str) -> re.Match[str] | None:
    """The cell as an amount alone (not a year: 2024 is no amount in a funds block)."""
    m = AMOUNT_CELL.fullmatch(cell)
    return m if m and not (_YEAR.fullmatch(m.group("amount")) and not m.group("aunit")) else None


def cell_rows(cells: list[tuple[str, int]]) -> list[tuple[str, str, str | None, int, int]]:
    """(label, amount as printed, unit stated, where the amount is, where the label is) for each funds label cell with
    its amount: in the next cell, or in the same cell after it."""
    out: list[tuple[str, str, str | None, int, int]] = []
    for k, (cell, pos) in enumerate(cells):
        glued = GLUED_CELL.fullmatch(cell)
        if glued and len(name(glued)) <= _LONGEST:
            at = pos + glued.start("amount")
            out.append((name(glued), glued.group("amount"), glued.group("aunit") or glued.group("unit"), at, pos))
            continue
        m = label_of(cell)
        if m is None or k + 1 >= len(cells):
            continue
        a = amount_of(cells[k + 1][0])
        if a is not None:
            out.append((name(m), a.group("amount"), a.group("aunit") or m.group("unit"), cells[k + 1][1], pos))
    return out


def label_run(cells: list[tuple[str, int]], k: int) -> tuple[list[str], int]:
    """The funds labels standing from cell ``k`` on, one a cell, and the cell after them."""
    labels: list[str] = []
    j = k
    while j < len(cells) and (m := label_of(cells[j][0])) is not None:
        labels.append(name(m))
        j += 1
    return labels, j


def header_run(cells: list[tuple[str, int]], k: int) -> tuple[list[tuple[str, str, int]], int] | None:
    """Labels from cell ``k`` on (two or more) over as many amounts: (label, amount, where) paired in order, and the
    cell after the amounts; None where the cells are no such run or the counts differ. A header over two rows whose
    fiscal label spans the levels under it is read by ``_tiered``."""
    labels, j = label_run(cells, k)
    if len(labels) < 2:
        return None
    levels: list[str] = []
    while j < len(cells) and _LEVEL.fullmatch(cells[j][0].strip()):
        levels.append(re.sub(r"\s+", "", cells[j][0]))
        j += 1
    amounts: list[tuple[str, int]] = []
    while j < len(cells) and (a := amount_of(cells[j][0])) is not None and a.group("aunit") is None:
        amounts.append((a.group("amount"), cells[j][1]))
        j += 1
    if levels:
        paired = _tiered(labels, levels, amounts)
        return (paired, j) if paired is not None else None
    if len(amounts) != len(labels):
        return None
    return [(label, a, pos) for label, (a, pos) in zip(labels, amounts, strict=True)], j


# a level of government under a fiscal label spanning it (财政资金 over 中央 | 省级 | 市级资金 | 本级)
_LEVEL = re.compile(r"(?:中央|省级?|市级?|州级?|县级?|区级?|本级|乡镇级?)(?:财政)?(?:资金|补助|配套)?")
_WHOLE = re.compile(r"总额|合计|总计|总预算|预计投入|总投入|总投资")
_FISCAL = re.compile(r"财政")


def _tiered(top: list[str], levels: list[str], amounts: list[tuple[str, int]]) -> list[tuple[str, str, int]] | None:
    """A header over two rows (本年度预计投入(万元) | 财政资金(万元) | 其他 ⏎ 中央 | 省级 | 市级资金 | 本级 ⏎ 7 | 0 | 7 | 0 |
    0 | 0): the one fiscal label spans the levels under it, the others stand over one amount each. Read only where
    the counts fit and the first label, a whole, is the sum of the amounts after it (7 = 0 + 7 + 0 + 0 + 0): the
    levels' amounts under their own names, the spanning label's whole not printed and not made up."""
    spans = [i for i, label in enumerate(top) if _FISCAL.search(label)]
    if len(spans) != 1 or len(top) - 1 + len(levels) != len(amounts) or spans[0] == 0 or not _WHOLE.search(top[0]):
        return None
    values = [Decimal(a.replace(",", "")) for a, _ in amounts]
    if values[0] != sum(values[1:], Decimal(0)):
        return None
    g = spans[0]
    names = top[:g] + levels + top[g + 1:]
    return [(label, a, pos) for label, (a, pos) in zip(names, amounts, strict=True)]

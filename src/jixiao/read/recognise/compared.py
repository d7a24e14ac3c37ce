"""A table of indicators compared over two years (公立医院财务信息公开: 一级指标 | 二级指标 | 单位 | 上年度 | 本年度 | 增长;
or 项目 | 2017 | 2018), read by its tokens in reading order whatever carried its cells (one per line, spaces, pipes).

The header is found by its two periods: 上年度 and 本年度 (上年 / 本年), or two years in a row (2017 2018, (2018年)
(2019年)), with a 增长 (增幅, 增减) column after them or not. Each row is then its words (a group's label before the
indicator's own name: 经济指标 总收入), an optional unit (万元, 人次, %), and one figure per period, with the growth
after them where the header has it. Nothing is read unless four rows or more are read so; the rows stop at the first
run of words that no figure follows. The table is kept as its own kind (``accounts.compared`` checks each row's
growth against its two figures); its values are the figures as printed, never a figure it computes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jixiao.accounts.model import AccountRow, AccountTable
from jixiao.core.numbers import normalize_text, parse_decimal
from jixiao.core.records import Val
from jixiao.core.source import Source
from jixiao.read.base import FileRead
from jixiao.read.recognise.tokens import in_reading_order

KIND = "compared"
PRIOR, CURRENT, GROWTH = "上年度", "本年度", "增长"
_PRIOR = re.compile(r"^(?:上年度?|上一年度?)$")
_CURRENT = re.compile(r"^(?:本年度?|当年度?)$")
_YEAR = re.compile(r"^[(（]?((?:19|20)\d{2})(?:年度?)?[)）]?$")
_GROWTH = re.compile(r"^(?:增长|增幅|增减|增长率|增减率|增减幅度|同比增长)%?$")
_UNIT = re.compile(r"^(?:万元|元|亿元|人次|人|天|日|%|张|个|次|床|例|台|件|平方米|万人次)$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_TITLE = re.compile(r"财务信息公开|财务收支")  # (经济指标, 主要指标 head rows, never the title)
_LEAST = 4  # rows read so, fewer is no such table
_WORDS_RUN = 4  # words in a row no figure follows: the table has ended
_HEAD_REACH = 12  # tokens the second period (and the growth column) are looked for after the first


@dataclass(frozen=True)
class _Token:
    text: str
    source: Source


def _tokens(fr: FileRead) -> list[_Token]:
    out: list[_Token] = []
    for text, src in in_reading_order(fr):
        out += [_Token(t, src) for t in normalize_text(text).replace("|", " ").split() if t.strip()]
    return out


def _number(text: str) -> bool:
    return parse_decimal(text) is not None and not _CJK.search(text) and not _YEAR.match(text) or \
        bool(re.fullmatch(r"-?\d+(?:\.\d+)?%", text))


def _header(tokens: list[_Token]) -> tuple[int, list[str]] | None:
    """(where the rows begin, the figure columns in order) of the first header of two periods."""
    for k, t in enumerate(tokens):
        prior = _PRIOR.match(t.text) is not None
        year = _YEAR.match(t.text)
        if not (prior or year):
            continue
        for j in range(k + 1, min(k + _HEAD_REACH, len(tokens))):
            nxt = tokens[j].text
            later = _YEAR.match(nxt)
            if (prior and _CURRENT.match(nxt)) or (year and later and int(later.group(1)) == int(year.group(1)) + 1
                                                   and j == k + 1):
                columns = [PRIOR, CURRENT]
                end = j + 1
                if end < len(tokens) and _GROWTH.match(tokens[end].text):
                    columns.append(GROWTH)
                    end += 1
                while end < len(tokens) and _YEAR.match(tokens[end].text):  # ((2018年) (2019年) under the periods)
                    end += 1
                return end, columns
    return None


def compared_table(fr: FileRead) -> AccountTable | None:
    """The file's table of indicators over two years, or None."""
    tokens = _tokens(fr)
    head = _header(tokens)
    if head is None:
        return None
    start, columns = head
    title = next((t for t, _ in in_reading_order(fr)[:12] if _TITLE.search(t) and len(t) <= 60), None)
    table = AccountTable(KIND, (title or "上年度与本年度指标对照表").strip(), tokens[start].source if start < len(tokens)
                         else fr.source, columns=columns, own_name=title or "上年度与本年度指标对照表")
    words: list[_Token] = []
    k = start
    while k < len(tokens):
        t = tokens[k]
        if not _number(t.text):
            words.append(t)
            if len(words) > _WORDS_RUN:
                break
            k += 1
            continue
        names = [w for w in words if not _UNIT.match(w.text)]
        figures = tokens[k:k + len(columns)]
        if not names or len(figures) < 2 or not all(_number(f.text) for f in figures[:2]):
            break
        if len(columns) == 3 and (len(figures) < 3 or not _number(figures[2].text)):
            figures = figures[:2]
        values = {col: Val(parse_decimal(f.text.rstrip("%")), f.text, f.source)
                  for col, f in zip(columns, figures, strict=False)}
        table.rows.append(AccountRow(names[-1].text, values, names[-1].source))
        words = []
        k += len(figures)
    return table if len(table.rows) >= _LEAST else None


__all__ = ["CURRENT", "GROWTH", "KIND", "PRIOR", "compared_table"]

"""The cells of an indicator row read from a text stream (``recognise.streamindicators``): comparators, units,
a name wrapped at its cell's width, and whether a row holds all its cells."""

from __future__ import annotations

import re

from jixiao.core.records import Val
from jixiao.read.recognise.formspec import UNITS
from jixiao.read.recognise.tokens import Token, is_value, number, plain

COMPARATORS = frozenset({"=", "﹦", "＝", "≥", "≤", ">", "<", "定量", "定性"})
# a cell that states a figure: 8755, 75元, 95%, ≥90% (》 and 《 are ≥ and ≤ as OCR reads them), never a name
_FIGURE = re.compile(r"^[≥≤=<>≧≦》《﹦＝]?\d")


def is_figure(text: str) -> bool:
    return _FIGURE.match(text) is not None

_WRAP_WIDTH = 10  # a name this long that is followed by a short text was cut at the cell's width
_TARGET_WORDS = ("达到", "不低于", "不高于", "不超过", "不少于", "不多于", "至少", "以上", "以下", "以内", "完成", "是", "否")


def wrapped(name: Token, nxt: Token) -> bool:
    """``nxt`` is the rest of a name wrapped at the cell's width: a long name, then a short text that is no
    value, unit, comparator or target wording, with no digit in it."""
    t = nxt.text
    return (len(name.text) >= _WRAP_WIDTH and len(t) <= 8 and not re.search(r"\d", t) and not is_unit(t)
            and t not in COMPARATORS and not t.startswith(_TARGET_WORDS) and not is_value(t))


def name_pieces(body: list[Token], slots: int) -> int:
    """How many of the words after a name are pieces of it (a name broken by spaces in a flattened row: 基建工程
    委托业务 项目数量 ≥50个 50): the words before the first figure, when they are text (no digit, sign or target
    wording) and the figure starts exactly the ``slots`` cells the columns leave (target, actual); else 0.
    A row whose target is text cannot say where its name ends: left as it was read."""
    first = next((k for k, t in enumerate(body) if is_figure(t.text) or t.text in COMPARATORS), None)
    if first is None and slots == 2 and len(body) > 2 and body[-1].text == body[-2].text:
        first = len(body) - 2  # 长效机制 / 建立 健全 健全: a text target printed again as its actual closes the row
    if not first or len(body) - first != slots:
        return 0
    words = body[:first]
    plain_text = all(not re.search(r"\d", t.text) and not t.text.startswith(_TARGET_WORDS) and not is_value(t.text)
                     for t in words)  # a unit word too (完成培训 / 人次): the unit column stands after a target
    return first if plain_text else 0


def complete(row: list[Token], between: int) -> bool:
    """A weight-first row is whole: name, weight, ``between`` cells and a score that is a number."""
    at = next((i for i, t in enumerate(row) if i > 0 and plain(t.text)), None)
    return at is not None and len(row) - at - 1 >= between + 1 and plain(row[-1].text)


def full(row: list[Token], cells: int, unit_column: bool) -> bool:
    """A row that holds all its cells: a name, its ``cells`` value cells and a weight and a score (a figure
    after it, 95% as much as 75元, opens the next row's figures)."""
    at = next((i for i, t in enumerate(row) if not is_value(t.text) and t.text not in COMPARATORS), None)
    return (not unit_column and at is not None and len(row) - at - 1 >= cells + 2
            and plain(row[-1].text) and plain(row[-2].text))


def is_unit(text: str) -> bool:
    """A 度量单位 cell: a unit word (%, 元, 个, 万元 …)."""
    return text in UNITS


def num(tok: Token) -> Val:
    return Val(number(tok.text), tok.text, tok.source)

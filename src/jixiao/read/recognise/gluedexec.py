"""An execution block whose amounts, rate, weight and score all ran together, split by the form's own arithmetic.

A preview or OCR of a 部门整体绩效自评表 loses every separator of its execution block: 年初预算数 | 全年（调整）预算数 |
全年执行数 | 执行率(%) | 执行率权重 | 执行率得分 come out as one run, ``548.24578.25573.7899.23%109.92``. The digits
before the percent sign are the block's amounts and its rate, the digits after it the weight and the score. Of the
ways to cut them, the form's arithmetic leaves one: the rate is 全年执行数 ÷ 预算数 (the 全年 budget where printed,
else the 年初 one) to its printed places, and the score is weight × min(rate, 100%) (``coreflag.weight_and_score``).
The run is read only where exactly one cut holds both; otherwise nothing of it is read (the caller says so) — a
rate taken from the run's tail (7899.23%) is never a reading.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.read.recognise.placement import Item, splits

# a run of digits and points closing in a percent, then the weight and score run together
RUN = re.compile(r"(?<![\d.])(?P<run>\d[\d.]*%)(?P<ws>\d[\d.]*\d)")


def _close(printed: str, exact: Decimal) -> bool:
    """Within one unit of the printed figure's last digit (rounded or truncated)."""
    text = printed.rstrip("%")
    places = len(text.split(".", 1)[1]) if "." in text else 0
    return abs(Decimal(text) - exact) <= Decimal(1).scaleb(-places)


def glued_execution(run: str, ws: str, keys: list[str]) -> tuple[dict[str, Item], Item, tuple[str, str]] | None:
    """The amounts under ``keys`` (the block's money columns, in their printed order), the rate, and the weight and
    score, from ``run`` (amounts and rate run together, closing in %) and ``ws`` (weight and score run together):
    the one cut whose rate is 执行数 ÷ 预算数 and whose score is weight × rate; None when none or several hold."""
    from jixiao.read.recognise.coreflag import weight_and_score

    if "executed" not in keys or not {"annual_budget", "initial_budget"} & set(keys):
        return None
    found: list[tuple[dict[str, Item], Item, tuple[str, str]]] = []
    for parts in splits(run, len(keys) + 1):
        if len(parts) != len(keys) + 1 or not parts[-1].percent or any(p.percent for p in parts[:-1]):
            continue
        amounts = dict(zip(keys, parts[:-1]))
        budget = amounts.get("annual_budget") or amounts["initial_budget"]
        if budget.value <= 0 or not _close(parts[-1].text, amounts["executed"].value / budget.value * 100):
            continue
        pair = weight_and_score(ws, parts[-1].value)
        if pair is not None:
            found.append((amounts, parts[-1], pair))
    return found[0] if len(found) == 1 else None

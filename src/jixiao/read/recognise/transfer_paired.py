"""A transfer form's funds given each beside its label, two to a line (the 2021 central transfer's regional
self-evaluation form as counties publish it: 转移支付预算数(A) 5.8万 预算执行率(B/A) 100% ⏎ 转移支付执行数(B) 5.8万).

No column header stands over a row (the column model, ``transfer_funds``, finds none: a number stands between the
labels), and no row label (年度资金总额) names the row: the three figures are the form's whole. Each is read by its
own label, the amount right after it (its unit 万 or 万元 after it, or the block's (万元) before), the rate a percent.
Read only where the budget and the spending are both there and close together (one block), each once; the rate read
as printed beside its own label (no placement chose it), for the audit to check against them.
"""

from __future__ import annotations

import re

from jixiao.core.numbers import parse_decimal
from jixiao.core.records import Problem, Val
from jixiao.read.recognise.common import problem
from jixiao.read.recognise.transfer_funds import Block
from jixiao.read.recognise.transfer_text import Flat

_AMOUNT = r"[\s:：]*(\d[\d,]*(?:\.\d+)?)\s*(万元|万|元)?(?![\d.%])"
_LETTER = r"\s*(?:[(（]\s*[A-Z]\s*[)）])?"
_BUDGET = re.compile(r"(?:转移支付|专项资金|补助资金)?(?:全年)?预算数" + _LETTER + _AMOUNT)
_SPENT = re.compile(r"(?:转移支付|专项资金|补助资金)?(?:全年)?执行数" + _LETTER + _AMOUNT)
_RATE = re.compile(r"(?:预算)?执行率\s*(?:[(（][^()（）]{0,12}[)）])?[\s:：]*(\d+(?:\.\d+)?)\s*[%％]")
_SPAN = 160  # characters the block's figures stand within
_INDICATORS = re.compile(r"一级\s*指标|三级\s*指标|绩效指标")
_BLOCK_UNIT = re.compile(r"[(（]\s*(万元|元)\s*[)）]")


def paired(flat: Flat) -> tuple[int, Block, str | None, list[Problem]] | None:
    """(where the block starts, its total row, the money unit, notes) of a form whose budget and spending stand
    each beside its label; None when either is missing, printed twice, or the two stand apart."""
    budgets, spent = list(_BUDGET.finditer(flat.text)), list(_SPENT.finditer(flat.text))
    if len(budgets) != 1 or len(spent) != 1 or abs(budgets[0].start() - spent[0].start()) > _SPAN:
        return None
    b, e = budgets[0], spent[0]
    units = {m.group(2) for m in (b, e) if m.group(2)}
    lo = min(b.start(), e.start())
    said = _BLOCK_UNIT.search(flat.text, max(0, lo - 40), lo)
    if len(units) > 1:
        return None  # (two units: which the form's is the labels do not say)
    unit = "万元" if units & {"万", "万元"} else "元" if units else (said.group(1) if said else None)
    row: dict[str, Val] = {
        "annual_budget": Val(parse_decimal(b.group(1)), b.group(1), flat.source_at(b.start(1))),
        "executed": Val(parse_decimal(e.group(1)), e.group(1), flat.source_at(e.start(1)))}
    notes = [problem("转移支付资金按“标签 数值”成对读取（预算数、执行数各在其标签之后）",
                     "the transfer's funds read as label–value pairs (the budget and the spending each after its label)",
                     flat.source_at(lo))]
    rates = [m for m in _RATE.finditer(flat.text, max(0, lo - _SPAN), lo + 2 * _SPAN)]
    if len(rates) == 1:  # (beside its own label, as the amounts are: the audit checks it against them)
        r = rates[0]
        row["rate"] = Val(parse_decimal(r.group(1)), r.group(1) + "%", flat.source_at(r.start(1)))
    indicators = _INDICATORS.search(flat.text, lo)
    if indicators is not None:  # (its indicators stand in no layout read here: said, never silent)
        notes.append(problem("绩效指标表未能读取（只读了转移支付资金）", "the indicator table could not be read (only the "
                             "transfer's funds were)", flat.source_at(indicators.start())))
    return lo, Block(None, rows={"total": row}, source=flat.source_at(lo)), unit, notes

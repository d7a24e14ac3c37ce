"""Two lines' changes on last year said in one sentence, then their rates said once for both with 分别: "2020年度收入
476.17、支出总计460.06万元。与2019年相比,收入减少84.55、支出总计减少99.6万元,分别下降18%、21.6%" (a 决算 说明).

The sentence before gives this year's figure of each line, in the same order as the changes; each rate is its change
over last year's figure, which is this year's less the change (x = D ÷ (C − D) for an increase, D ÷ (C + D) for a
decrease). Only where the lines are named alike in both sentences (their first character), both changes go the way
the rates' word says, and every figure is in one unit. A rate that no rounding of the printed figures gives is
``suspect``: the two figures are paired by their order, a reading chosen (the rates of 18% and 21.6% above are the
changes over this year's figures, 84.55 ÷ 476.17 and 99.6 ÷ 460.06, not over last year's: 15.08% and 17.80%)."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.accounts.identity import Ctx
from jixiao.accounts.prose import Paragraphs
from jixiao.accounts.prose import where as _where
from jixiao.accounts.sangong_rates import rate_fits
from jixiao.core.findings import Finding
from jixiao.core.numbers import HUNDRED, ZERO, fmt_plain, half_unit, parse_decimal

_NAME = r"[\u4e00-\u9fff]{1,10}?"
_FIG = r"\d[\d,]*(?:\.\d+)?"  # a figure as printed (thousands grouped or not)
_PAIR_RATES = re.compile(
    rf"(?P<A>{_NAME})\s*(?:为|是)?\s*(?P<a>{_FIG})\s*(?:万元)?\s*[、,，]\s*"
    rf"(?P<B>{_NAME})\s*(?:为|是)?\s*(?P<b>{_FIG})\s*万元\s*[。;；,，]\s*"
    r"(?:与|较|比)[^。;；,，]{0,12}?(?:相比|比较)?\s*[,，]?\s*"
    rf"(?P<A2>{_NAME})(?P<d1>增加|减少)了?\s*(?P<x>{_FIG})\s*(?:万元)?\s*[、,，]\s*"
    rf"(?P<B2>{_NAME})(?P<d2>增加|减少)了?\s*(?P<y>{_FIG})\s*万元\s*[,，]\s*"
    r"分别(?P<w>增长|下降|增加|减少|上升|降低)\s*(?P<p>\d+(?:\.\d+)?)\s*[%％]\s*[、,，和]\s*(?P<q>\d+(?:\.\d+)?)\s*[%％]")
_LEAD = re.compile(r"^(?:(?:19|20)?\d{0,2}年度?|本年度?|当年|全年|其中)+")
_DOWN = ("下降", "减少", "降低")


def pair_rate_findings(ctx: Ctx, paras: Paragraphs) -> list[Finding]:
    """Each such pair: each rate is its change over last year's figure (see the module docstring)."""
    out: list[Finding] = []
    for text, lines in paras:
        for m in _PAIR_RATES.finditer(text):
            down = m.group("w") in _DOWN
            if any((m.group(d) == "减少") != down for d in ("d1", "d2")) or not all(
                    _LEAD.sub("", m.group(k))[:1] == m.group(k2)[:1] for k, k2 in (("A", "A2"), ("B", "B2"))):
                continue
            for now_k, change_k, rate_k, name_k in (("a", "x", "p", "A2"), ("b", "y", "q", "B2")):
                now, change = (parse_decimal(m.group(k).replace(",", "")) for k in (now_k, change_k))
                if now is None or change is None or change == ZERO:
                    continue
                quoted, name = m.group(rate_k), m.group(name_k)
                what = f"情况说明「{m.group(0)}」{name}的增减率"
                fits = rate_fits(quoted, change, half_unit(m.group(change_k)), now, half_unit(m.group(now_k)), down)
                if fits is None:
                    continue  # (a base that may be nothing: no rate to check)
                if fits:
                    ctx.record("text_percent", what, None)
                    continue
                base = now + change if down else now - change  # (more than nothing: ``rate_fits`` gave a reading)
                got = (change / base * HUNDRED).quantize(Decimal("0.01"))
                found = ctx.record("text_percent", what, Finding(
                    "text_percent", "suspect", ctx.document, _where(lines, quoted + "%"),
                    f"情况说明「{m.group(0)}」：{name}本年 {m.group(now_k)}、{m.group('w')[:2]} {m.group(change_k)}，上年应为 "
                    f"{fmt_plain(base)}，{m.group('w')}率应为 {m.group(change_k)} ÷ {fmt_plain(base)} = {got}%，不是 {quoted}%",
                    f"the notes give {name} as {m.group(now_k)} this year, changed by {m.group(change_k)}: last year's "
                    f"{fmt_plain(base)}, a rate of {got}%, not {quoted}%",
                    reported=quoted + "%", recomputed=f"{got}%", row=name))
                if found is not None:
                    out.append(found)
    return out

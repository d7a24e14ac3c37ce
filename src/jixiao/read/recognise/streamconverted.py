"""The weighted self-evaluation form (河北's 预算项目绩效自评表): its 自评得分 column split under a second header line
into 单项指标得分 | 权重占比(%) | 单项指标折算得分, so each indicator row closes in three figures, the score, the weight
and the converted score, the last being the first two's product over 100 (25.00 25.00 6.25). Read from the text
stream (``streamindicators``), the first line of the header names 指标分值 before the targets, as a weight-first
form would; the second line says the row's figures close it. A row is read so only when its own arithmetic confirms
the places (得分 × 权重占比 ÷ 100 = 折算得分); else it is said and not read."""

from __future__ import annotations

from decimal import Decimal

from jixiao.core.numbers import HUNDRED
from jixiao.read.recognise.tokens import Token, number

REACH = 24  # tokens after the header's first line in which its second line stands


def converted_header(toks: list[Token], start: int, end: int) -> bool:
    """The header from ``start`` (its first line ending near ``end``) names 权重占比 and 折算得分 under 自评得分."""
    texts = [t.text for t in toks[start : min(len(toks), end + REACH)]]
    return any("折算" in x for x in texts) and any(x.startswith(("权重占比", "权重比")) for x in texts)


def converted_split(trail: list[Token]) -> tuple[Token, Token, list[Token]] | None:
    """The weight, the score and the figures before them, of a row closing in 得分 | 权重占比 | 折算得分 whose product
    holds (得分 × 权重占比 ÷ 100 = 折算得分, to the cent); None when it does not."""
    if len(trail) < 3:
        return None
    score, weight, conv = (number(t.text) for t in trail[-3:])
    if score is None or weight is None or conv is None or not Decimal(0) < weight <= HUNDRED:
        return None
    if (score * weight / HUNDRED).quantize(Decimal("0.01")) != conv.quantize(Decimal("0.01")):
        return None
    return trail[-2], trail[-3], trail[:-3]

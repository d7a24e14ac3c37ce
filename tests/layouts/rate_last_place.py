"""A 情况说明 whose rates are one unit of their last place off what their figures give, beyond any rounding of them
(invented figures): the rate a typist slipped by one in its last digit, which the figures' own arithmetic proves.

Each document states one rate of one kind, in one of several wordings pages use:
``share_of`` — "A万元,占…B万元的x%" (the whole inside the 占 phrase);
``growth`` — "<line>A万元,比上年增加D万元,增长x%" (较上年/同比/与上年相比; 增加/减少, 增长/下降/增幅/降幅);
``exec`` — "…预算为B万元,…决算为A万元,完成年初预算的x%";
``sangong_share`` — a 三公 statement in words: "“三公”经费支出决算T万元,其中:公务接待费A万元,占x%".
The figures carry two decimals and are large enough that their rounding moves the rate by far less than one unit
of its last place, and the exact quotient stands 0.1 to 0.4 of a unit past its print: the correct rate is the only
one any rounding gives (half up, half even, truncated), the planted one (one unit up or down) none.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

KINDS = ("share_of", "growth", "exec", "sangong_share")
_WHOLES = ("占年计划{b}万元的", "占全年预算{b}万元的", "占一般公共预算支出{b}万元的", "占调整预算数{b}万元")
_SUBJECTS = ("本年收入合计", "本年支出合计", "财政拨款支出", "一般公共预算财政拨款支出")
_COMPARED = ("比上年", "较上年", "与上年相比,", "同比", "较{y}年")
_UP, _DOWN = (("增加", "增长"), ("增加", "增幅")), (("减少", "下降"), ("减少", "降幅"))


@dataclass
class RateDoc:
    lines: list[str]
    line: int  # the 1-based line that states the rate
    kind: str
    doc_type: str


def _round(x: Decimal, places: int) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _draw(rng: random.Random, places: int, make):  # type: ignore[no-untyped-def]
    """Figures whose exact rate lies between 0.1 and 0.4 of a unit past a print (truncated and rounded half up
    alike, and no rounding of the figures reaches another print)."""
    unit = Decimal(1).scaleb(-places)
    while True:
        figures, exact = make(rng)
        past = exact / unit % 1
        if Decimal("0.1") <= past <= Decimal("0.4"):
            return figures, _round(exact, places)


def _amount(rng: random.Random, lo: int, hi: int) -> Decimal:
    return (Decimal(rng.randrange(lo * 100, hi * 100)) / 100).quantize(Decimal("0.01"))


def invent(seed: int, kind: str, slip: int = 0, whole: bool = False) -> RateDoc:
    """``slip``: the rate of ``kind`` printed this many units of its last place off (0: correct); ``whole``: the
    rates as whole percents (else one or two decimals, as the seed picks); a 决算说明 states
    the three prose rates, one to a paragraph, in wordings the seed picks."""
    rng = random.Random(seed * 31 + KINDS.index(kind))
    year, places = rng.randint(2030, 2036), 0 if whole else rng.choice((1, 2))
    unit = Decimal(1).scaleb(-places)
    if kind == "sangong_share":
        (part, total), rate = _draw(rng, places, lambda r: _pick_share(r, lo=40, hi=90))
        other = total - part
        text = (f"{year}年度一般公共预算财政拨款“三公”经费支出决算为{total}万元。其中:因公出国(境)费0万元,占0%;"
                f"公务用车购置及运行维护费{other}万元,占{_round(other / total * 100, places)}%;"
                f"公务接待费{part}万元,占{rate + slip * unit}%。")
        return RateDoc([f"某局{year}年度“三公”经费支出决算情况说明", text], 2, kind, "sangong")
    (part, whole), share = _draw(rng, places, lambda r: _pick_share(r))
    down = rng.random() < 0.5
    (now, diff), growth = _draw(rng, places, lambda r: _pick_growth(r, down))
    (done, budget), done_rate = _draw(rng, places, lambda r: _pick_exec(r))
    share += slip * unit if kind == "share_of" else 0
    growth += slip * unit if kind == "growth" else 0
    done_rate += slip * unit if kind == "exec" else 0
    w, r = rng.choice(_DOWN if down else _UP)
    said = {
        "share_of": f"{year}年,一般公共预算收入完成{part}万元,{rng.choice(_WHOLES).format(b=whole)}{share}%。",
        "growth": (f"{year}年度{rng.choice(_SUBJECTS)}{now}万元,{rng.choice(_COMPARED).format(y=year - 1)}{w}{diff}万元,"
                   f"{r}{growth}%,主要原因是项目调整。"),
        "exec": (f"{year}年度一般公共预算财政拨款“三公”经费支出年初预算为{budget}万元,支出决算为{done}万元,"
                 f"完成年初预算的{done_rate}%。"),
    }
    order = ["share_of", "growth", "exec"]  # (a 三公 sentence before the others is read as a 三公 statement's start)
    lines = [f"某县{year}年度财政决算情况说明", "一、一般公共预算收支决算情况"] + [said[k] for k in order]
    return RateDoc(lines, 3 + order.index(kind), kind, "final_accounts")


def _pick_share(rng: random.Random, lo: int = 20, hi: int = 95):  # type: ignore[no-untyped-def]
    whole = _amount(rng, 500, 9000)
    part = (whole * rng.randrange(lo, hi) / 100 + _amount(rng, 0, 3)).quantize(Decimal("0.01"))
    return (part, whole), part / whole * 100


def _pick_growth(rng: random.Random, down: bool):  # type: ignore[no-untyped-def]
    now = _amount(rng, 500, 9000)
    diff = (now * rng.randrange(3, 40) / 100 + _amount(rng, 0, 3)).quantize(Decimal("0.01"))
    return (now, diff), diff / (now + diff if down else now - diff) * 100


def _pick_exec(rng: random.Random):  # type: ignore[no-untyped-def]
    budget = _amount(rng, 500, 9000)
    done = (budget * rng.randrange(40, 99) / 100 + _amount(rng, 0, 3)).quantize(Decimal("0.01"))
    return (done, budget), done / budget * 100

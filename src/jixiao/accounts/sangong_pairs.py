"""Two 三公 items' changes said together with 分别 (…购置费0.14亿元和…运行费1.27亿元,与2015年相比,分别减少0.18亿元和0.56亿元,
下降133.1%和43.7%): each item's rate checked on its own figures, the change over this year's amount plus (a fall) or
less (a rise) the change, as a rate said with one item's change is (``sangong_rates``).

The sentence names the two amounts, then the two changes, then the two rates, each pair joined by 和 (、, 及, 与), in
the same order; a rate no rounding of the printed figures gives is a suspicion (the pairing is the sentence's order,
not a table's column), and a fall beyond 100% always is. Other wordings are left to the claims' reader.
"""

from __future__ import annotations

import re

from jixiao.accounts.identity import Ctx
from jixiao.accounts.prose import Paragraphs, where
from jixiao.accounts.sangong_claims import WAN, places
from jixiao.accounts.sangong_rates import rate_fits
from jixiao.core.findings import Finding
from jixiao.core.numbers import HUNDRED, ZERO, fmt_plain, half_unit, parse_decimal
from jixiao.core.source import Source

_NUM = r"(\d[\d,]*(?:\.\d+)?)"
_UNIT = r"(亿元|万元|元)"
_AND = r"(?:和|、|及|与)"
_PAIR = re.compile(
    r"([一-龥()（）“”]{2,24}?)" + _NUM + _UNIT + _AND + r"([一-龥()（）“”]{2,24}?)" + _NUM + _UNIT
    + r"[^。;；]{0,30}?分别(?:比|较|与)?[^。;；\d]{0,20}?(增加|减少|节约|压减|下降|增长)了?" + _NUM + _UNIT + "?"
    + _AND + _NUM + _UNIT + r"?[,，、]?\s*(?:分别)?(增长|下降|降低|增加|减少|减幅|增幅)(?:了|为)?" + r"(\d+(?:\.\d+)?)\s*[%％]"
    + _AND + r"(\d+(?:\.\d+)?)\s*[%％]")
_LEAD = re.compile(r"^(?:其中|包括|含|即|以及)[:：]?")
_DOWN = ("减少", "节约", "压减", "下降", "降低", "减幅")


def check_paired(ctx: Ctx, paras: Paragraphs) -> list[Finding]:
    """The findings on the two rates of each sentence that says two items' changes together with 分别."""
    out: list[Finding] = []
    for text, lines in paras:
        for m in _PAIR.finditer(text):
            a, x, ux, b, y, uy, verb, c, uc, d, ud, word, r1, r2 = m.groups()
            down = verb in _DOWN
            if (word in _DOWN) != down:
                continue  # (the change said one way, the rate the other: another statement's words)
            for name, now, unow, change, uchange, rate in ((a, x, ux, c, uc or ux, r1), (b, y, uy, d, ud or uy, r2)):
                f = _judge(ctx, name, now, unow, change, uchange, rate, down, where(lines, m.group(0)[:12]))
                if f is not None:
                    out.append(f)
    return out


def _judge(ctx: Ctx, name: str, now_text: str, unow: str, change_text: str, uchange: str, rate: str, down: bool,
           src: Source) -> Finding | None:
    now = (parse_decimal(now_text) or ZERO) * WAN[unow]
    change = (parse_decimal(change_text) or ZERO) * WAN[uchange]
    fits = rate_fits(rate, change, half_unit(change_text) * WAN[uchange], now, half_unit(now_text) * WAN[unow], down)
    beyond = down and (parse_decimal(rate) or ZERO) > HUNDRED
    if fits is not False and not beyond:
        return None
    base = now + change if down else now - change
    if base <= 0:
        return None
    got = (change / base * HUNDRED).quantize(places(rate))
    word = "下降" if down else "增长"
    item = _LEAD.sub("", name.strip("“”,，"))
    return Finding(
        "text_growth", "suspect", ctx.document, src,
        f"情况说明「{item}{now_text}{unow}」与同句“分别”所说的增减：{word}{rate}%，按 {change_text} ÷ "
        f"({fmt_plain(now / WAN[unow])} {'+' if down else '−'} {change_text}) 重算为 {got}%，印出的各数在其舍入内"
        "也得不出",
        f"the notes give {item} {now_text}{unow} and, paired with another item by 分别, a change of {change_text} "
        f"and a rate of {rate}%; over this year's figure {'plus' if down else 'less'} the change it is {got}%",
        reported=rate + "%", recomputed=f"{got}%", row=item)

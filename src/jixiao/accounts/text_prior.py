"""A change the 情况说明 states together with both figures it is the difference of: "本年收入合计520.00万元,比上年
决算数480.00万元增加50.00万元", "支出530万元,较上年的500万元增加30万元". The three figures stand in one clause run
(this year's amount, the words of the comparison with last year's amount, the change), so the change must be their
difference, in amount and direction. All three printed in one unit; a difference within the rounding of the three
figures as printed is none. The rate that often follows (增长x%) is ``text_rates``' (it takes the amount said after
比上年 as the base). Checked in every 决算/预算 text; a 三公 item's such sentence is ``sangong_words``' too, said once.

The same for a figure against its budget ("公共预算收入35215万元,较年初预算40860万元,短收5645万": 短收/减收/减少/节约
below it, 超收/增收/增加/超支 above it; ``budget_change_findings``).

Also a year's carry-over stated in one sentence: "年初结转和结余2.27万元,本年收入1446.02万元,本年支出1448.11万元,年末
结转和结余0.18万元": 年初 + 收入 − 支出 = 年末 (``carry_findings``), a difference beyond the four figures' rounding
``suspect`` (a fund's 结余分配 or 提取 may stand between, though the sentence names none).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from jixiao.accounts.identity import Ctx
from jixiao.accounts.prose import NUMBER_START, PRIOR_WORDS, Paragraphs, is_change
from jixiao.accounts.prose import where as _where
from jixiao.core.findings import Finding
from jixiao.core.numbers import ZERO, fmt_plain, half_unit, parse_decimal
from jixiao.core.rounding import Rounding, change_allowed

_NUM = r"(\d[\d,]*(?:\.\d+)?)\s*([亿万]?元)"
_STATED = re.compile(NUMBER_START + _NUM + r"\s*[,，]?\s*" + PRIOR_WORDS + r"\s*" + _NUM
                     + r"\s*(?:相比)?\s*[,，]?\s*(增加|增长|减少|下降|降低)了?\s*" + _NUM)
# "…1523.26万元,上年为1423.26万元,增加100.00万元" ("2022年度为…", "上年决算数…"): last year's figure said after this
# year's with no 比/较, then the change (a year's figure only where the sentence names a later year before it)
_SAID_PRIOR = re.compile(NUMBER_START + _NUM + r"\s*[,，]\s*(?:上一?年|去年|(?:19|20)\d{2}\s*年)度?(?:同期)?(?:决算|预算)?数?"
                         r"(?:为|是)?\s*" + _NUM + r"\s*[,，]\s*(?:同比|比上年|较上年)?\s*(增加|增长|减少|下降|降低)了?\s*" + _NUM)
_UP = ("增加", "增长")
# "公共预算收入35215万元,较年初预算40860万元,短收5645万": the year's figure against its budget and the shortfall said
_AGAINST_BUDGET = re.compile(NUMBER_START + _NUM + r"\s*[,，]?\s*(?:比|较|与)(?:年初|调整后?|全年)?预算(?:数)?(?:的)?\s*" + _NUM
                             + r"\s*(?:相比)?\s*[,，]?\s*(短收|超收|增收|减收|增加|减少|节约|超支)了?\s*"
                             + r"(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元|亿|万)")
_UP_BUDGET = ("超收", "增收", "增加", "超支")


def half_printed(text: str) -> Decimal:
    """Half a unit of the last digit printed; none for a zero (nothing rounds to 0 that is not 0)."""
    if not text.strip("0.,"):
        return Decimal(0)
    return half_unit(text)


def prior_findings(ctx: Ctx, paras: Paragraphs) -> list[Finding]:
    """Each change on last year's figure stated with both figures: the change is their difference."""
    return _changes(ctx, paras, _STATED, _UP, ("所比的", "last year's")) + _changes(
        ctx, paras, _SAID_PRIOR, _UP, ("上年的", "last year's"), keep=_last_year)


# "全县教育经费总投入为73728万元,比上年的81381万元增长-9.41%": this year's and last year's figures and the rate of the
# change, no change printed between (a fall printed as a negative growth is one: ``prose.paragraphs`` rewrote it)
_STATED_RATE = re.compile(NUMBER_START + _NUM + r"\s*[,，]?\s*" + PRIOR_WORDS + r"\s*" + _NUM
                          + r"\s*(?:相比)?\s*[,，]?\s*(?:同比)?(增长|下降|降低|上升|提高)了?(?:为|是)?\s*(\d+(?:\.\d+)?)\s*%")


# … or last year's figure said after this year's with no 比/较 ("…100万元,上年为80万元,同比增长25%"; a year's figure only
# where the sentence names a later year before it, as ``_SAID_PRIOR``)
_SAID_PRIOR_RATE = re.compile(NUMBER_START + _NUM + r"\s*[,，]\s*(?:上一?年|去年|(?:19|20)\d{2}\s*年)度?(?:同期)?(?:决算|预算)?数?"
                              r"(?:为|是)?\s*" + _NUM + r"\s*[,，]\s*(?:同比|比上年|较上年)?\s*(增长|下降|降低|上升|提高)了?"
                              r"(?:为|是)?\s*(\d+(?:\.\d+)?)\s*%")


def prior_rate_findings(ctx: Ctx, paras: Paragraphs) -> list[Finding]:
    """Each rate of change stated with both figures it is of ("A,比上年的B增长x%"): x = |A − B| ÷ B × 100 for some
    figures within the printed rounding of A and B (``core.rounding.change_allowed``), in the direction said; else
    suspect. A rate said after 其中's part that the whole's figure gives instead is left alone (which line the words
    mean is not sure)."""
    out: list[Finding] = []
    for text, lines in paras:
        for m in [*_STATED_RATE.finditer(text), *(x for x in _SAID_PRIOR_RATE.finditer(text) if _last_year(text, x))]:
            if m.group(2) != m.group(4) or is_change(text, m.start(1)):
                continue  # figures in different units; a change before 比上年, not this year's figure
            now, before = (parse_decimal(m.group(k).replace(",", "")) for k in (1, 3))
            if now is None or not before:
                continue
            up = m.group(5) in ("增长", "上升", "提高")
            quoted = m.group(6)
            turned = (now < before - half_printed(m.group(1)) - half_printed(m.group(3))) if up else \
                (now > before + half_printed(m.group(1)) + half_printed(m.group(3)))
            if not turned and change_allowed(quoted, now, before) is not False:
                continue
            if any(change_allowed(quoted, w, before) is not False for w, _ in _named_before(text, m)):
                continue
            got = Rounding("half_up", len(quoted.partition(".")[2])).apply(abs(now - before) / before * 100)
            word = "增长" if now > before else "下降"
            out.append(Finding(
                "text_growth", "suspect", ctx.document, _where(lines, quoted + "%"),
                f"情况说明「{m.group(0)}」：按 ({m.group(1)} − {m.group(3)}) ÷ {m.group(3)} 重算为{word}{got}%，"
                f"不是{m.group(5)}{quoted}%",
                f"the notes state {m.group(1)} against last year's {m.group(3)} as a {m.group(5)} of {quoted}%; "
                f"({m.group(1)} − {m.group(3)}) ÷ {m.group(3)} gives {'+' if now > before else '−'}{got}%",
                reported=quoted + "%", recomputed=f"{got}%", row=_label(text, m.start())))
    return out


def budget_change_findings(ctx: Ctx, paras: Paragraphs) -> list[Finding]:
    """Each shortfall or excess on the budget stated with both figures ("…35215万元,较年初预算40860万元,短收5645万",
    超收/减少/增加/节约/超支): the change is their difference, in amount and direction."""
    return _changes(ctx, paras, _AGAINST_BUDGET, _UP_BUDGET, ("预算", "the budget's"))


def _last_year(text: str, m: re.Match[str]) -> bool:
    """The figure compared with is said as last year's (上年, 去年), or of a year before one the sentence names."""
    year = re.search(r"((?:19|20)\d{2})\s*年", text[m.end(2):m.start(3)])
    if year is None:
        return True
    start = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    return any(int(y) > int(year.group(1)) for y in re.findall(r"((?:19|20)\d{2})\s*年", text[start:m.start()]))


def _changes(ctx: Ctx, paras: Paragraphs, pattern: re.Pattern[str], up: tuple[str, ...],
             against: tuple[str, str], keep: Callable[[str, re.Match[str]], bool] | None = None) -> list[Finding]:
    out: list[Finding | None] = []
    for text, lines in paras:
        for m in pattern.finditer(text):
            if keep is not None and not keep(text, m) or is_change(text, m.start(1)):
                continue  # (…减少1.40万元,比上年22.00万元减少3.40万元: the figure before 比上年 is a change, not this year's)
            if len({m.group(k).rstrip("元") for k in (2, 4, 7)}) != 1:
                continue  # figures in different units
            now, before, change = (parse_decimal(m.group(k).replace(",", "")) for k in (1, 3, 6))
            if now is None or before is None or change is None:
                continue
            said = change if m.group(5) in up else -change
            diff = now - before
            slack = half_printed(m.group(1)) + half_printed(m.group(3)) + half_printed(m.group(6))
            wholes = _named_before(text, m)  # (…合计520万元，其中财政拨款收入480万元，比上年…: the whole's change?)
            if abs(diff - said) <= slack or any(abs(w - before - said) <= slack + half_printed(t) for w, t in wholes):
                ctx.record("text_compare", f"情况说明「{m.group(0)}」", None)
                continue
            word = "增加" if diff > 0 else "减少" if diff < 0 else "持平"
            unit = m.group(2)
            out.append(ctx.record("text_compare", f"情况说明「{m.group(0)}」", Finding(
                "text_compare", "suspect" if wholes else "error", ctx.document, _where(lines, m.group(6)),
                f"情况说明「{m.group(0)}」：{m.group(1)}{unit}与{against[0]}{m.group(3)}{unit}相差{fmt_plain(abs(diff))}{unit}，"
                f"实为{word}{fmt_plain(abs(diff)) if diff != ZERO else ''}，不是{m.group(5)}{m.group(6)}{unit}",
                f"the notes state {m.group(1)} against {against[1]} {m.group(3)} as a change of {fmt_plain(said)}; "
                f"the difference is {fmt_plain(diff)}", reported=m.group(6), recomputed=fmt_plain(diff),
                row=_label(text, m.start()))))
    return [f for f in out if f]


_BACK = 300  # characters the sentence before a comparison is looked back over (bounded: linear in a long paragraph)
_LABEL_BACK = 60


def _named_before(text: str, m: re.Match[str]) -> list[tuple[Decimal, str]]:
    """Where 其中 stands earlier in the comparison's sentence, the amounts said before the one compared, in its unit:
    the change may be said of the whole (…合计520万元，其中财政拨款收入480万元，比上年决算数500万元增加20万元), so
    the subject is not sure; none where no 其中 stands before."""
    lo = max(0, m.start() - _BACK)
    start = text.rfind("。", lo, m.start()) + 1 or lo
    if "其中" not in text[start:m.start()]:
        return []
    found = re.finditer(NUMBER_START + _NUM, text[start:m.start()])
    return [(d, a.group(1)) for a in found if a.group(2) == m.group(2)
            and (d := parse_decimal(a.group(1).replace(",", ""))) is not None]


def _label(text: str, at: int) -> str | None:
    """The words naming the line before its amount, back to the clause's start (a bounded look back)."""
    words = re.split(r"[。;；,，:：]", text[max(0, at - _LABEL_BACK):at])[-1]
    return re.sub(r"^\s*(?:(?:19|20)\d{2}\s*年度?)?", "", words).strip() or None


_AMT = r"\s*[为是:：]?\s*" + NUMBER_START + r"(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)\s*[,，、;；]?\s*"
CARRY = re.compile(r"年初结转和?结余" + _AMT + r"本年收入(?:合计)?" + _AMT + r"本年支出(?:合计)?" + _AMT
                    + r"年末结转和?结余\s*[为是:：]?\s*" + NUMBER_START + r"(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)")
# the same sentence where the text may end inside it (an excerpt cut after 本年收入): the later figures optional
CARRY_CUT = re.compile(r"年初结转和?结余" + _AMT + r"本年收入(?:合计)?" + _AMT + r"(?:本年支出(?:合计)?" + _AMT
                       + r"(?:年末结转和?结余" + _AMT + r")?)?")


def carry_findings(ctx: Ctx, paras: Paragraphs) -> list[Finding]:
    """Each "年初结转和结余A,本年收入B,本年支出C,年末结转和结余D" in one unit: A + B − C = D, else suspect."""
    out: list[Finding] = []
    for text, lines in paras:
        for m in CARRY.finditer(text.replace("O", "0")):  # (OCR's O for 0: "年末结转和结余O万元")
            if len({m.group(k) for k in (2, 4, 6, 8)}) != 1:
                continue
            a, b, c, d = (parse_decimal(m.group(k).replace(",", "")) for k in (1, 3, 5, 7))
            if a is None or b is None or c is None or d is None:
                continue
            got = a + b - c
            if abs(got - d) <= sum((half_printed(m.group(k)) for k in (1, 3, 5, 7)), Decimal(0)):
                continue
            out.append(Finding(
                "balance", "suspect", ctx.document, _where(lines, "年末结转和"),
                f"情况说明：年初结转和结余{m.group(1)} + 本年收入{m.group(3)} − 本年支出{m.group(5)} = {fmt_plain(got)}，"
                f"文中年末结转和结余为{m.group(7)}{m.group(8)}",
                f"the notes: carried in {m.group(1)} + income {m.group(3)} − spending {m.group(5)} = {fmt_plain(got)}, "
                f"but the text carries {m.group(7)} forward", reported=m.group(7), recomputed=fmt_plain(got),
                row="年末结转和结余"))
    return out

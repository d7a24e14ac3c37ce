"""A fund's year told three times in the text (湖南's 部门整体支出绩效自评报告, 决算说明): the whole, then its 基本支出 and
its 项目支出, each as one carry-over sentence — "一般公共预算财政拨款年初结转和结余2.27万元,本年收入1446.02万元,本年
支出1448.11万元,年末结转和结余0.18万元。(一)基本支出情况…拨款基本支出年初结转和结余0万元,本年收入216万元,本年支出
216万元,年末结转和结余0万元。(二)项目支出情况…拨款项目支出年初结转和结余2.27万元,本年收入1230.14万元,…". The
two parts are the whole: each of the four figures of the whole is the sum of the parts' (an 一般公共预算 grant is spent on
基本支出 or 项目支出, nothing else).

The three sentences are taken only when they stand in that order, nothing between them but their words, all in one
unit and naming the same fund (一般公共预算 / 政府性基金 / 财政拨款) or none. A figure of the whole that is not its
parts' sum beyond the rounding of the whole as printed is an ``error`` when each sentence's own carry-over identity
holds (年初 + 收入 − 支出 = 年末: each was read whole and in place) and no part printed more coarsely (216 beside
1446.02) could explain the gap by its rounding; otherwise a ``suspect`` that says which. A text that ends inside the
last sentence (an excerpt cut after its 本年收入) is compared on the figures it gives, a ``suspect`` at most.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from jixiao.accounts.prose import paragraphs
from jixiao.accounts.text_prior import CARRY_CUT, half_printed
from jixiao.audit.common import finding
from jixiao.core.findings import Finding
from jixiao.core.numbers import fmt_plain, parse_decimal
from jixiao.core.source import Source

NamedAt = Callable[[Source], str]
Text = tuple[str, Source]

FIGURES = (("年初结转和结余", "carried in"), ("本年收入", "income"), ("本年支出", "spending"),
           ("年末结转和结余", "carried forward"))
_PARTS = ("基本支出", "项目支出")
_FUNDS = ("一般公共预算", "政府性基金", "财政拨款")
_LOOK_BACK = 120  # the words before a sentence that say whose it is (…拨款基本支出年初结转和结余)


class _Said:
    def __init__(self, m: re.Match[str], before: str, src: Source) -> None:
        self.texts = [m.group(k) or "" for k in (1, 3, 5, 7)]  # a sentence the text ends in: its last figures ""
        self.values = [parse_decimal(t.replace(",", "")) if t else None for t in self.texts]
        units = {m.group(k) for k in (2, 4, 6, 8) if m.group(k)}
        self.unit = units.pop() if len(units) == 1 else None
        parts = [(before.rfind(p), p) for p in _PARTS]
        at, part = max(parts)
        self.part = part if at >= 0 else None
        self.fund = next((f for f in _FUNDS if f in before), None)
        self.source = src

    def whole(self) -> bool:
        a, b, c, d = self.values
        if a is None or b is None or c is None or d is None:
            return False
        return abs(a + b - c - d) <= sum((half_printed(t) for t in self.texts), Decimal(0))


def _sentences(body: list[Text]) -> list[_Said]:
    out: list[_Said] = []
    for text, lines in paragraphs(body):
        text = text.replace("O", "0")  # OCR's O for 0: "年末结转和结余O万元"
        last = 0
        for m in CARRY_CUT.finditer(text):
            before = text[max(last, m.start() - _LOOK_BACK) : m.start()]
            src = next((s for t, s in lines if "结转" in t), lines[0][1])
            out.append(_Said(m, before, src))
            last = m.end()
    return out


def _note(cut: bool, held: bool, coarse: bool) -> tuple[str, str]:
    """Why a gap is only a suspect, in both languages ("" when it is an error)."""
    if cut:
        return ("（文本在末句中截断，各句自身的结转恒等式无从全部核对）",
                " (the text ends inside the last sentence: not every sentence's carry-over identity can be checked)")
    if not held:
        return ("（各句自身的结转恒等式未全部成立，可能读错）",
                " (not every sentence's own carry-over identity holds: a figure may be misread)")
    if coarse:
        return ("（只有当印得较粗的分项是四舍五入后的数时才相符）",
                " (they agree only if the part printed more coarsely is a rounded figure)")
    return "", ""


def check_carry_parts(body: list[Text], name_at: NamedAt) -> list[Finding]:
    if not any("结转" in t for t, _ in body):
        return []  # (every file's body passes here: the paragraphs are joined only where a carry-over is said)
    said = _sentences(body)
    out: list[Finding] = []
    for k in range(len(said) - 2):
        whole, p1, p2 = said[k : k + 3]
        if whole.part is not None or {p1.part, p2.part} != set(_PARTS):
            continue
        if whole.unit is None or whole.unit != p1.unit or whole.unit != p2.unit or not whole.fund == p1.fund == p2.fund:
            continue
        cut = any(not t for x in (whole, p1, p2) for t in x.texts)
        held = whole.whole() and p1.whole() and p2.whole()
        for i, (label, en) in enumerate(FIGURES):
            w, wt, a, b = whole.values[i], whole.texts[i], p1.values[i], p2.values[i]
            if w is None or a is None or b is None:
                continue
            parts = a + b
            texts = (wt, p1.texts[i], p2.texts[i])
            fine = half_printed(wt)  # the rounding of the whole as printed, as if its parts were printed alike
            if abs(parts - w) <= 2 * fine:
                continue
            coarse = abs(parts - w) <= sum(map(half_printed, texts), Decimal(0))
            unit = whole.unit
            zh, en_note = _note(cut, held, coarse)
            out.append(finding(
                "dept_funds_parts", "error" if held and not coarse else "suspect", name_at(whole.source),
                whole.source, f"文中{label}{wt}{unit}，而基本支出{p1.texts[i]}{unit} + 项目支出{p2.texts[i]}{unit} = "
                f"{fmt_plain(parts)}{unit}{zh}",
                f"the text's {en} is {wt} {unit}, but basic {p1.texts[i]} + project {p2.texts[i]} = "
                f"{fmt_plain(parts)}{en_note}", w, parts, label))
    return out

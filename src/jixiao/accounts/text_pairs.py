"""Two lines' figures said for two years in one sentence, then the change each makes said once for both: "2023年度收入
总计453.13万元,支出总计453.13万元,2022年度收入总计400.22万元,支出总计400.22万元,与2022年度相比,收入、支出总计各增加
52.91万元" (海南's 决算 说明). Each line's change is its later figure less its earlier one; the two lines are named
the same in both years (the earlier year's pair repeats the later's names), all five figures in one unit, the
earlier year before the later. A difference beyond the rounding of the figures as printed is an ``error`` at the
change: the sentence gives every figure it stands on."""

from __future__ import annotations

import re

from jixiao.accounts.identity import Ctx
from jixiao.accounts.prose import NUMBER_START, Paragraphs
from jixiao.accounts.prose import where as _where
from jixiao.accounts.text_prior import half_printed
from jixiao.core.findings import Finding
from jixiao.core.numbers import fmt_plain, parse_decimal

_NAME = r"[\u4e00-\u9fff]{2,10}?"
_FIG = r"\s*(?:为|是)?\s*" + NUMBER_START + r"(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)"
_YEAR = r"((?:19|20)\d{2})\s*年度?\s*"
_PAIRS = re.compile(_YEAR + "(?P<a>" + _NAME + ")" + _FIG + r"\s*[,，、]\s*(?P<b>" + _NAME + ")" + _FIG
                    + r"\s*[,，;；]\s*" + _YEAR + r"(?P=a)" + _FIG + r"\s*[,，、]\s*(?P=b)" + _FIG
                    + r"[^。]{0,40}?各(增加|增长|减少|下降)了?\s*" + NUMBER_START + r"(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)")


def pair_findings(ctx: Ctx, paras: Paragraphs) -> list[Finding]:
    """Each such sentence: every line's change is its later figure less its earlier one (see the module docstring)."""
    out: list[Finding] = []
    for text, lines in paras:
        for m in _PAIRS.finditer(text):
            # groups: 1 later year, 2 name a, 3/4 a's figure, 5 name b, 6/7 b's, 8 earlier year, 9/10 a's, 11/12 b's,
            # 13 the word, 14/15 the change
            if int(m.group(8)) >= int(m.group(1)) or len({m.group(k) for k in (4, 7, 10, 12, 15)}) != 1:
                continue
            change = parse_decimal(m.group(14).replace(",", ""))
            if change is None:
                continue
            said = change if m.group(13) in ("增加", "增长") else -change
            for name, now, before in ((m.group("a"), 3, 9), (m.group("b"), 6, 11)):
                x, y = (parse_decimal(m.group(k).replace(",", "")) for k in (now, before))
                if x is None or y is None:
                    continue
                diff = x - y
                what = f"情况说明「{m.group(0)}」{name}"
                if abs(diff - said) <= half_printed(m.group(now)) + half_printed(m.group(before)) + \
                        half_printed(m.group(14)):
                    ctx.record("text_compare", what, None)
                    continue
                word = "增加" if diff > 0 else "减少" if diff < 0 else "持平"
                unit = m.group(15)
                found = ctx.record("text_compare", what, Finding(
                    "text_compare", "error", ctx.document, _where(lines, m.group(14)),
                    f"情况说明「{m.group(0)}」：{name}{m.group(1)}年{m.group(now)}{unit}，{m.group(8)}年{m.group(before)}{unit}，"
                    f"实为{word}{fmt_plain(abs(diff)) if diff else ''}，不是{m.group(13)}{m.group(14)}{unit}",
                    f"the notes give {name} as {m.group(now)} and {m.group(before)} the year before, a change of "
                    f"{fmt_plain(diff)}, not {fmt_plain(said)}", reported=m.group(14), recomputed=fmt_plain(diff),
                    row=name))
                if found is not None and not (out and out[-1].location == found.location
                                              and out[-1].recomputed == found.recomputed):
                    out.append(found)  # (both lines off alike: the change said is wrong, said once)
    return out

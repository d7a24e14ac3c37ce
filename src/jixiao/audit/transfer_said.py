"""A transfer's prose against its own arithmetic: an amount and the parts its 其中 lists
(``read.recognise.transfer_said``).

The parts agree when some of them, taken in the order printed from the first, add up to the total within the
rounding of the printed figures (half a unit of each figure's last digit): a list may go on past the total's
parts into another statement. A statement that prints some of its amounts with decimals gives its figures to that
place wherever they have it, so a part printed coarser (43 beside 43.8) is taken as whole: each part counts half a
unit of the finest place printed, the total half a unit of its own (a total is often printed rounded: 1586 for
43.84 + 42.2 + 1500 = 1586.04 holds; 1586 = 43.8 + 43 + 1500 is 0.8 off, beyond 0.5 + 3 × 0.05). Otherwise the
finding is 疑似 (suspect), never an error: a 其中 list need not name every part.
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.audit.common import doc_name, finding
from jixiao.core.findings import Finding
from jixiao.core.numbers import ZERO, half_unit
from jixiao.core.records import Document, Val
from jixiao.read.recognise.transfer import SAID
from jixiao.read.recognise.transfer_said import Said


def _digits(v: Val) -> int:
    return len((v.text or "").partition(".")[2])


def _agrees(s: Said) -> bool:
    t = s.total.dec
    if t is None:
        return True
    half = Decimal(5).scaleb(-max(_digits(v) for v in (s.total, *s.parts)) - 1)  # of the finest place printed
    run, slack = ZERO, half_unit(s.total.text)  # the total, printed coarser, rounded to its own place
    for k, p in enumerate(s.parts, 1):
        if p.dec is None:
            return True  # a part that is no number: nothing can be said
        run += p.dec
        slack += half
        if k >= 2 and abs(run - t) <= slack:
            return True
    return False


def check_said(doc: Document) -> list[Finding]:
    out: list[Finding] = []
    for s in doc.extra.get(SAID) or []:
        if _agrees(s):
            continue
        parts = [p.dec for p in s.parts if p.dec is not None]
        total = sum(parts, ZERO)
        terms = "+".join(p.text or "" for p in s.parts)
        label = s.label or "总额"
        out.append(finding(
            "said_parts_sum", "suspect", doc_name(doc), s.total.source,
            f"正文所述{label}{s.total.text}{s.unit}，与其后“其中”所列各项之和{terms}={total}不符"
            "（若所列并非全部组成部分，请核对）。",
            f"the text's {label} {s.total.text} {'(10k yuan)' if s.unit == '万元' else s.unit} differs from the sum of "
            "the parts its 其中 lists: "
            f"{terms}={total} (check whether the list names every part).",
            s.total.dec, total, label))
    return out

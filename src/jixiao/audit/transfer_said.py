"""A transfer's prose against its own arithmetic: an amount and the parts its 其中 lists
(``read.recognise.transfer_said``): where they do not agree within the rounding of the printed figures
(``transfer_said.agrees_within``), the finding is 疑似 (suspect), never an error: a 其中 list need not name every
part.
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.audit.common import doc_name, finding
from jixiao.core.findings import Finding
from jixiao.core.numbers import ZERO, parse_decimal
from jixiao.core.records import Document, Val
from jixiao.read.recognise.transfer import SAID
from jixiao.read.recognise.transfer_said import agrees_within


def check_said(doc: Document) -> list[Finding]:
    out: list[Finding] = []
    for s in doc.extra.get(SAID) or []:
        if agrees_within(s):
            continue
        parts = [p.dec for p in s.parts if p.dec is not None]
        total = sum(parts, ZERO)
        terms = "+".join(p.text or "" for p in s.parts)
        label = s.label or "总额"
        slip = stray_digit(s.total, s.parts)
        named = s.names[slip[0]] if slip is not None and slip[0] < len(s.names) and s.names[slip[0]] else None
        zh = en = ""
        if slip is not None:
            k, fits = slip
            zh = (f"{named or '其中一项'}{s.parts[k].text}去掉一位数字为{fits}，各项之和即等于{s.total.text}："
                  "疑为多印了一位数字。")
            en = (f" {named or 'One part'} {s.parts[k].text} less one digit is {fits}, and the parts then add up to "
                  f"{s.total.text}: a digit printed too many?")
        out.append(finding(
            "said_parts_sum", "suspect", doc_name(doc), s.parts[slip[0]].source if slip else s.total.source,
            f"正文所述{label}{s.total.text}{s.unit}，与其后“其中”所列各项之和{terms}={total}不符"
            "（若所列并非全部组成部分，请核对）。" + zh,
            f"the text's {label} {s.total.text} {'(10k yuan)' if s.unit == '万元' else s.unit} differs from the sum of "
            "the parts its 其中 lists: "
            f"{terms}={total} (check whether the list names every part)." + en,
            s.total.dec, total, named or label))
    return out


def stray_digit(total: Val, parts: tuple[Val, ...]) -> tuple[int, Decimal] | None:
    """(which part, the figure it makes) where one part with one digit of its whole number taken out makes the parts
    add up to the total exactly (522665.42 for 52665.42: 52665.42 + 6421.07 + 1153 + 2300 = 62539.49); the one such
    part, else None. Never a decimal digit: 43.8 printed for 43 is a rounding, not a slip."""
    if total.dec is None or any(p.dec is None for p in parts):
        return None
    whole = sum((p.dec for p in parts if p.dec is not None), ZERO)
    hits: list[tuple[int, Decimal]] = []
    for k, p in enumerate(parts):
        want = total.dec - (whole - (p.dec or ZERO))
        text = (p.text or "").replace(",", "")
        if want <= ZERO or not text:
            continue
        whole_part = len(text.partition(".")[0])  # (a decimal dropped is a rounding, 43.8 for 43: no stray digit)
        if whole_part > 1 and any(text[i].isdigit() and parse_decimal(text[:i] + text[i + 1:]) == want
                                  for i in range(whole_part)):
            hits.append((k, want))
    return hits[0] if len(hits) == 1 else None

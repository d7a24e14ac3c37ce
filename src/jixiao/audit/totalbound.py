"""A total above what the rows allow, on a form whose rows were not all read.

When a form's indicator table is half read (the text ends inside it, a row could not be placed), Σ scores =
总分 cannot be checked (``totals.check_total`` says so). One thing still can: every point a row read has lost
(its weight minus its score) is lost from the form's full marks, whatever the rows not read hold. A printed
total above full marks minus the points lost is a mistake of the form, or of our reading of the rows that lost
them; it is said as a suspect, with the rows it rests on, never as an error. Full marks are 100 where the first
levels' printed weights make 100, the rows read under each keeping within its weight.
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.audit.common import doc_name, finding, loc
from jixiao.audit.totals import execution_score
from jixiao.core.findings import Finding
from jixiao.core.numbers import HUNDRED, ZERO, fmt_plain
from jixiao.core.records import HALF_READ, Document

_SHOWN = 6  # rows named in the message


def full_marks(doc: Document) -> Decimal | None:
    """The form's full marks, 100, when its first levels' printed weights make it and the rows read under each
    first level keep within its weight (a reading that does not is not one to bound a total with)."""
    weights = {k: v.dec for k, v in doc.level1_weights.items()}
    if not weights or any(w is None for w in weights.values()) or sum(
            (w for w in weights.values() if w is not None), ZERO) != HUNDRED:
        return None
    for name, w in weights.items():
        under = [i.weight.dec for i in doc.indicators if (i.level1.str_ or "") == name]
        if any(x is None for x in under) or sum((x for x in under if x is not None), ZERO) > (w or ZERO):
            return None
    if any((i.level1.str_ or "") not in weights for i in doc.indicators):
        return None
    return HUNDRED


def check_total_bound(doc: Document) -> list[Finding]:
    reported = doc.total_score.dec
    whole = full_marks(doc)
    if not doc.extra.get(HALF_READ) or reported is None or whole is None:
        return []
    lost: list[tuple[str, Decimal]] = []
    for ind in doc.indicators:
        w, s = ind.weight.dec, ind.score.dec
        if w is not None and s is not None and ZERO <= s < w:
            lost.append((ind.level3.str_ or ind.code.str_ or "?", w - s))
    exec_w, exec_s = execution_score(doc)
    if exec_w is not None and exec_s is not None and ZERO <= exec_s < exec_w:
        lost.append(("预算执行", exec_w - exec_s))
    total_lost = sum((x for _, x in lost), ZERO)
    most = whole - total_lost
    if reported <= most:
        return []
    label = str(doc.extra.get("total_label") or "总分")
    terms = "、".join(f"{n}失{fmt_plain(x)}分" for n, x in lost[:_SHOWN]) + ("等" if len(lost) > _SHOWN else "")
    return [finding(
        "total_bound", "suspect", doc_name(doc), loc(doc.total_score),
        f"{label}{fmt_plain(reported)}高于已读各行所能达到的最高分{fmt_plain(most)}：满分{fmt_plain(whole)}，"
        f"已读各行共失{fmt_plain(total_lost)}分（{terms}）；表未读全，未读到的行最多得满分。",
        f"The total {fmt_plain(reported)} is above the most the rows read allow, {fmt_plain(most)}: full marks "
        f"{fmt_plain(whole)} less the {fmt_plain(total_lost)} points the rows read have lost (the rows not read "
        "counted at full marks).",
        reported, most, label,
    )]

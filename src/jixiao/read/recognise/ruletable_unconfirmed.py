"""What a rule text no reader read holds (``ruletable_confirmed``'s candidates, none confirmed by a sum), for the
file's not-recognised finding (``verdict``)."""

from __future__ import annotations

from jixiao.read.base import FileRead
from jixiao.read.recognise.ruletable_confirmed import (
    RULE_WORDS,
    WEIGHT_WORDS,
    candidates,
    flat_text,
    rule_text,
)


def unconfirmed(fr: FileRead) -> tuple[str, str] | None:
    """What a rule text holds that could not be read (its weighted names, none confirmed by a sum), in Chinese and
    English, for the not-recognised finding; None when the text is no rule table or holds no weighted name."""
    text = flat_text(fr)
    if not rule_text(text):
        return None
    cands = candidates(text)
    if not cands:
        words = "、".join(dict.fromkeys(m.group(0) for p in (RULE_WORDS, WEIGHT_WORDS) for m in p.finditer(text)))
        return (f"是评分细则或评分表（含“{words}”），但没有找到带分值的指标名称（分值与名称分开、打乱或缺失），未读取",
                f"a scoring-rule or score table ({words}), but no name with its weight was found (the weights apart "
                "from the names, jumbled or missing): not read")
    shown = "、".join(f"“{c.name}”{c.printed}分" for c in cands[:4])
    return (f"是评分细则或评分表，找到{len(cands)}个带分值的名称（{shown}{'…' if len(cands) > 4 else ''}），"
            "但其分值无法由表内算术（各行的分项之和、各级分值之和、合计）确认，未读取",
            f"a scoring-rule or score table: {len(cands)} weighted names found ({shown}), but no sum of the table (a row's "
            "parts, a level's rows, the total) confirms their weights: not read")


__all__ = ["unconfirmed"]

"""格次 — the point bands of a 评分标准 text ("完成好的得 8-10 分，…，完成一般的得 6 分以下"), and the overlaps,
touches and gaps between them. PDF line wraps are folded away first (``squash``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from jixiao.core.numbers import normalize_text

# Not ``common.unwrap``'s gap: a 评分标准 text is squashed for its bands, so the white space between a Chinese
# character and a number goes too (完成好的得 8-10 分 → 完成好的得8-10分), which a value's text keeps.
_CJK_GAP = re.compile(
    r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])\s+(?=[\d.])|(?<=[\d.%])\s+(?=[^\x00-\x7f])"
)
# "完成好的得 8-10 分", "完成较好的得 3 分", "完成一般的得 6 分以下", "低于 90% 的得 6 分及以下".
_BAND = re.compile(
    r"(?P<label>[^，。；;,:：]*?)的?得(?P<lo>\d+(?:\.\d+)?)(?:-(?P<hi>\d+(?:\.\d+)?))?分(?P<below>及以下|以下)?"
)

def squash(text: str) -> str:
    """PDF wrapping leaves spaces inside Chinese words ("完 成一般的得 6 分以下"): fold them away."""
    return _CJK_GAP.sub("", normalize_text(text))


def _squash_with_breaks(text: str) -> tuple[str, list[int]]:
    """``squash`` that also says where, in its result, white space was folded away (PDF line wraps)."""
    norm = normalize_text(text)
    out: list[str] = []
    breaks: list[int] = []
    pos = 0
    for m in _CJK_GAP.finditer(norm):
        out.append(norm[pos : m.start()])
        breaks.append(sum(map(len, out)))
        pos = m.end()
    out.append(norm[pos:])
    return "".join(out), breaks


@dataclass(frozen=True, slots=True)
class Band:
    """一个格次 — a band in points, as the 评分标准 text gives it."""

    label: str
    min: Decimal
    max: Decimal
    max_exclusive: bool
    text: str

    def to_params(self, named: bool = True) -> dict[str, Any]:
        """The band as a framework writes it: ``{band, min, max[, max_exclusive]}`` (no name for compound bands)."""
        d: dict[str, Any] = {"band": self.label} if named else {}
        d |= {"min": self.min, "max": self.max}
        if self.max_exclusive:
            d["max_exclusive"] = True
        return d


def parse_bands(text: str) -> list[Band]:
    """The 格次 bands of a 评分标准 text, in the order written.

    "a-b 分" is [a, b]; "a 分" is [a, a]; "a 分及以下" is [0, a]; "a 分以下" is read as [0, a) — the bands the
    seed writes next to it ("6-7 分") name a as their own lower bound. 《民法典》第1259条 counts 本数 in
    以下, which would make the two bands overlap at a: ``band_problems`` reports the touch.
    """
    out: list[Band] = []
    flat, breaks = _squash_with_breaks(text)
    for m in _BAND.finditer(flat):
        lo = Decimal(m["lo"])
        start = m.start("label")
        label = re.split(r"[（(）)\s]", m["label"])[-1] or m["label"]
        if len(label) > 12:
            # a long label ran on from the sentence before: cut at the last line wrap that leaves a name
            cuts = [b for b in breaks if start < b <= m.end("label") - 4]
            label = flat[max(cuts) : m.end("label")] if cuts else label
        label = label.removesuffix("的").strip() or f"格次{len(out) + 1}"
        if m["below"]:
            out.append(Band(label, Decimal(0), lo, m["below"] == "以下", m[0]))
        else:
            hi = Decimal(m["hi"]) if m["hi"] else lo
            out.append(Band(label, lo, hi, False, m[0]))
    return out


def band_problems(bands: list[Band], weight: Decimal | None) -> list[tuple[str, str]]:
    """Overlaps, touches and gaps between bands (whole points, as the seed writes them), zh and en."""
    out: list[tuple[str, str]] = []
    ordered = sorted(bands, key=lambda b: (b.min, b.max))
    for low, high in zip(ordered, ordered[1:]):
        if low.max > high.min or (low.max == high.min and not low.max_exclusive and low.min < low.max):
            out.append(
                (
                    f"格次重叠：“{low.text}”与“{high.text}”在{high.min}分处重叠",
                    f"bands overlap: '{low.text}' and '{high.text}' at {high.min} points",
                )
            )
        elif low.max == high.min and low.max_exclusive:
            out.append(
                (
                    f"格次边界相接：“{low.text}”与“{high.text}”在{high.min}分相接；“以下”若按《民法典》第1259条"
                    f"包括本数则两档在{high.min}分重叠，若不含本数则{high.min}分只属“{high.label}”",
                    f"bands touch: '{low.text}' and '{high.text}' meet at {high.min}; read with the number included "
                    f"(Civil Code art. 1259) they overlap, read exclusive {high.min} belongs to '{high.label}' only",
                )
            )
        elif high.min > low.max + (0 if low.max_exclusive else 1):
            out.append(
                (
                    f"格次留有空档：“{low.text}”与“{high.text}”之间（{low.max}–{high.min}分）无对应格次",
                    f"gap between bands '{low.text}' and '{high.text}' ({low.max}–{high.min} points)",
                )
            )
    if ordered and weight is not None and max(b.max for b in ordered) != weight:
        top = max(ordered, key=lambda b: b.max)
        out.append(
            (
                f"最高格次“{top.text}”的上限{top.max}分与分值{weight}不符",
                f"the top band '{top.text}' ends at {top.max}, not at the weight {weight}",
            )
        )
    return out

"""``gradebands.stated_bands`` reads texts folded by ``normalize_text``: the same bands whether the page prints its
brackets, colons, commas, semicolons and ～ full width or half width (the patterns name only the half-width
forms; a full-width branch after the fold could never match)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from jixiao.read.recognise.gradebands import StatedBand, stated_bands

_FULL = str.maketrans({"(": "（", ")": "）", ":": "：", ",": "，", ";": "；", "~": "～"})


@given(st.integers(61, 99), st.integers(1, 20), st.sampled_from(["~", "-"]))
def test_a_range_said_full_width_reads_as_half_width(top: int, gap: int, to: str) -> None:
    low = top - gap
    half = f"注:{top}分(含)以上为优秀,{low}(含){to}{top}分为良好;{low}分以下为较差。"
    bands = stated_bands([half])
    assert stated_bands([half.translate(_FULL)]) == bands
    assert bands == (StatedBand("优秀", Decimal(top), True, None, False, True),
                     StatedBand("良好", Decimal(low), True, Decimal(top), False, True),
                     StatedBand("较差", None, False, Decimal(low), True, True))


@given(st.integers(61, 99), st.integers(1, 20))
def test_names_before_their_conditions_full_width(top: int, gap: int) -> None:
    low = top - gap
    half = f"评价等级:A级:总分≥{top};B级:{low}≤总分<{top};C级:总分<{low}。优({top}分以上)、良({low}-{top}分)"
    bands = stated_bands([half])
    assert stated_bands([half.translate(_FULL)]) == bands
    assert [(b.grade, b.low, b.high) for b in bands] == [
        ("A级", top, None), ("B级", low, top), ("C级", None, low), ("优", top, None), ("良", low, top)]

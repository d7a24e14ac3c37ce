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


def test_a_long_run_of_blanks_after_a_grade_label_is_read_in_linear_time() -> None:
    """A label (等级) then thousands of spaces, pipes or colons (a row of empty cells) and no grade: one run of
    separators between the words, so the search stays linear (three runs around two optional words took 34 s on
    2,000 spaces). Measured as this process's CPU time, at n and 4n, so load on the machine does not decide it."""
    import time

    from jixiao.read.recognise.gradebands import GRADE_SAID

    def cost(n: int) -> float:
        start = time.process_time()
        for gap in (" ", "|", ":", " | "):
            assert GRADE_SAID.search("等级" + gap * n + "x") is None
        return time.process_time() - start

    small, large = cost(2000), cost(8000)
    assert large < 1.0 and large < 8 * small + 0.05  # cubic took seconds at 2,000; ×4 length is ×64 there
    found = GRADE_SAID.search("评价等级" + " " * 3000 + "为 “良好”")
    assert found is not None and found.group(1) == "良好"

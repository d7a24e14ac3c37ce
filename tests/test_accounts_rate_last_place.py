"""A rate one unit of its last place off what its figures give, where no rounding of the figures (each anywhere
within its printed rounding) nor of the exact quotient (half up, half even, truncated) gives it, is the mistake it is,
found at its line (``core.rounding.rate_allowed``); the correct rate gives no finding, and a rate computed from
unrounded figures printed beside their rounded prints is never more than a 尾差 (generated documents:
``tests/layouts/rate_last_place.py``)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.accounts.checks import check_accounts
from jixiao.core.rounding import change_allowed, rate_allowed
from layouts.files import one
from layouts.rate_last_place import KINDS, invent

_KIND = {"share_of": "text_percent", "growth": "text_growth", "exec": "text_percent", "sangong_share": "text_percent"}


def _rated(tmp_path: Path, seed: int, kind: str, slip: int, whole: bool = False) -> list[tuple[str, str, int | None]]:
    d = invent(seed, kind, slip, whole)
    doc = one(tmp_path, "\n".join(d.lines) + "\n", d.doc_type)
    return [(f.kind, f.severity, f.location.line if f.location else None) for f in check_accounts(doc)
            if f.kind in ("text_percent", "text_growth")]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("seed", range(6))
def test_the_correct_rate_gives_no_finding(tmp_path: Path, seed: int, kind: str) -> None:
    assert [f for f in _rated(tmp_path, seed, kind, 0) if f[1] != "info"] == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("seed", range(6))
def test_a_rate_one_unit_off_beyond_rounding_is_found_at_its_line(tmp_path: Path, seed: int, kind: str) -> None:
    d = invent(seed, kind)
    slip = 1 if seed % 2 else -1
    found = [f for f in _rated(tmp_path, seed, kind, slip) if f[1] != "info"]
    assert [(k, line) for k, _, line in found] == [(_KIND[kind], d.line)]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("seed", range(3))
def test_a_whole_percent_one_unit_off_stays_a_last_digit_difference(tmp_path: Path, seed: int, kind: str) -> None:
    said = _rated(tmp_path, seed, kind, 1 if seed % 2 else -1, whole=True)
    assert [f[1] for f in said] == ["info"]  # (often the unrounded figures of a small base): 尾差, never a mistake


def test_rounding_of_the_figures_is_allowed_whole_figures_included() -> None:
    assert rate_allowed("34.86", Decimal("0.12"), Decimal("0.35"))  # 0.1243 ÷ 0.3521
    assert rate_allowed("34.29", Decimal("120.00"), Decimal("350.00"))  # 34.2857…
    assert rate_allowed("34.28", Decimal("120.00"), Decimal("350.00"))  # … truncated
    assert not rate_allowed("34.30", Decimal("120.00"), Decimal("350.00"))  # 34.2836 … 34.2876 at most
    assert not rate_allowed("19.4", Decimal("12.12"), Decimal("62.07"))  # 19.53 at most 19.52 … 19.53
    assert rate_allowed("31", Decimal("134"), Decimal("566"), change_of=1)  # 134 ÷ 432 = 31.02
    assert not rate_allowed("31", Decimal("134"), Decimal("576"), change_of=1)  # 30.32, whole figures ± 0.5: ≤ 30.5
    assert rate_allowed("3", Decimal("0.1"), Decimal("3.4"), change_of=-1)  # a whole percent of a small change
    assert change_allowed("68.8", Decimal("50"), Decimal("160"))  # 68.75
    assert not change_allowed("68.6", Decimal("50.00"), Decimal("160.00"))
    assert change_allowed("1", Decimal("1.0"), Decimal("1.0")) is None  # the direction is open
    assert rate_allowed("5", Decimal("1"), Decimal("0")) is None


@settings(max_examples=60, deadline=None)
@given(st.integers(1000, 900000), st.integers(1, 400), st.booleans(), st.sampled_from([0, 1, 2]))
def test_a_rate_of_unrounded_figures_is_always_allowed(now_k: int, pct: int, down: bool, places: int) -> None:
    now = Decimal(now_k) / 1000
    diff = (now * pct / 1000).quantize(Decimal("0.001"))
    base = now + diff if down else now - diff
    if base <= 0 or diff == 0:
        return
    rate = (diff / base * 100).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
    for q in (Decimal("0.01"), Decimal("0.1"), Decimal(1)):  # figures printed to 2, 1 or 0 decimals
        n, d = now.quantize(q, ROUND_HALF_UP), diff.quantize(q, ROUND_HALF_UP)
        if n - d <= 0 or d == 0:
            continue
        assert rate_allowed(str(rate), d, n, -1 if down else 1) is not False
        assert rate_allowed(str(rate), d, (base.quantize(q, ROUND_HALF_UP))) is not False

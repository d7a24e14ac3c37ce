"""The text's own way of rounding (``accounts.text_convention``): shares of one stated whole, invented figures. A share
printed cut down (6.45% for 6.4564) where the text rounds two others half up (79.886 → 79.89, 9.1353 → 9.14) is a
``suspect`` saying so; the same share alone, with one other rounded half up, or beside a second share cut down, stays
a 尾差 (``info``); so does one that figures within their printed rounding give half up."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths

_WHOLE = "1133753.33"


def _shares(tmp_path: Path, shares: list[tuple[str, str, str]], whole: str = _WHOLE) -> list[tuple[str, int | None]]:
    lines = ["某单位2031年部门预算情况说明", f"2031年基本支出预算{whole}元。"]
    lines += [f"{name}预算{amount}元,占基本支出预算{pct}%。" for name, amount, pct in shares]
    p = tmp_path / "notes.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [(f.severity, f.location.line if f.location else None) for f in audit_paths([str(p)]).findings
            if f.kind == "text_percent"]


_UP = [("工资福利支出", "905709.06", "79.89"), ("公用经费", "103573.04", "9.14")]  # 79.886, 9.1353: half up
_CUT = ("对个人和家庭补助支出", "73200", "6.45")  # 6.4564 cut down


def test_the_one_share_cut_down_where_the_text_rounds_half_up_is_suspect(tmp_path: Path) -> None:
    assert _shares(tmp_path, [_UP[0], _CUT, _UP[1]]) == [("suspect", 4)]
    assert _shares(tmp_path, [_UP[0], (*_CUT[:2], "6.46"), _UP[1]]) == []


@pytest.mark.parametrize("shares", [
    [_CUT],  # no other share
    [_UP[0], _CUT],  # one share rounded half up: no rule yet
    [_UP[0], _CUT, _UP[1], ("其他支出", "51176", "4.51")],  # 4.5138 printed 4.51: both ways; no evidence either way
])
def test_without_the_texts_rule_a_share_cut_down_stays_a_last_digit_difference(
        tmp_path: Path, shares: list[tuple[str, str, str]]) -> None:
    found = _shares(tmp_path, shares)
    assert ("info", 2 + shares.index(_CUT) + 1) in found and all(s == "info" for s, _ in found)


def test_two_shares_cut_down_leave_the_text_no_rule(tmp_path: Path) -> None:
    """A text that cuts twice (6.4564 → 6.45, 17.3653 → 17.36) has no rule of its own: both stay 尾差."""
    second = ("商品和服务支出", "196880", "17.36")  # 17.3653 cut down
    found = _shares(tmp_path, [_UP[0], _CUT, _UP[1], second])
    assert found and all(s == "info" for s, _ in found)


def test_a_share_whole_figures_within_their_rounding_give_half_up_stays_info(tmp_path: Path) -> None:
    """59 ÷ 1525 = 3.869, printed 3.8: a whole 59 may be 58.5 (3.836 → 3.8 half up), so the print is no mistake."""
    up = [("工资福利支出", "905.71", "59.4"), ("公用经费", "140.00", "9.2")]  # 59.391, 9.180: half up
    found = _shares(tmp_path, [*up, ("对个人和家庭补助支出", "59", "3.8")], whole="1525.00")
    assert found == [("info", 5)]
    # (the same share of figures printed to the cent, 59.00: nothing but a cut gives 3.8)
    assert _shares(tmp_path, [*up, ("对个人和家庭补助支出", "59.00", "3.8")], whole="1525.00") == [("suspect", 5)]

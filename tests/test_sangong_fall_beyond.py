"""A 三公 item's fall said beyond 100% ("公务接待费为0万元,较上年减少0.86万元,下降110%"): no rounding of a figure printed
as 0万元 may excuse it (the whole 万元 "0" spans −0.5 to 0.5, and the fall's base with it), since no fall of a spending
passes 100%: found, recomputed as the change over this year's amount plus the change (figures invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths

_TEXT = ("2022年度某区区级“三公”经费决算情况说明\n"
         "公务接待费为0万元,较上年减少1.24万元,下降{rate}%,国内公务接待批次为0次。公务用车购置及运行维护费为512.30万元,"
         "较上年减少100.50万元,下降16.40%。\n")


@pytest.mark.parametrize(("rate", "found"), [("100", False), ("110", True), ("100.5", True)])
def test_a_fall_beyond_the_whole_is_found(tmp_path: Path, rate: str, found: bool) -> None:
    p = tmp_path / "s.txt"
    p.write_text(_TEXT.format(rate=rate), encoding="utf-8")
    said = [f for f in audit_paths([str(p)]).findings if f.severity in ("error", "suspect")]
    assert bool([f for f in said if f"{rate}%" in f.message and "重算为 100" in f.message]) is found, [f.message for f in said]
    assert len(said) == found, [f.message for f in said]

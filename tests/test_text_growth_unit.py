"""A change printed in another unit than the amount it is said of (福建三明's 半年报: "支出完成255,325万元,比上年同期
增支14,484元,增长6.01%"): its rate fits only the change read in the amount's unit, so the unit and the rate cannot both
be right — a suspect; a change whose rate fits as printed, or the same unit, says nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.core.findings import Finding


def _report(sentence: str) -> str:
    return ("示例市2018年上半年预算执行情况\n一、一般公共预算收支情况\n"
            f"上半年,市本级{sentence}\n二、政府性基金预算收支情况\n政府性基金收入完成12,000万元。\n")


def _unit_slips(tmp_path: Path, sentence: str) -> list[Finding]:
    p = tmp_path / "report.txt"
    p.write_text(_report(sentence), encoding="utf-8")
    return [f for f in audit_paths([str(p)]).findings if "单位与增减率不能都对" in f.message]


def test_a_change_in_yuan_whose_rate_fits_wan_is_a_suspect(tmp_path: Path) -> None:
    (f,) = _unit_slips(tmp_path, "一般公共预算支出完成255,325万元,比上年同期增支14,484元,增长6.01%,占预算的50.2%。")
    assert (f.severity, f.kind, f.reported, f.recomputed) == ("suspect", "text_growth", "6.01%", "0.00%")
    assert "增减额印为14484元" in f.message


@pytest.mark.parametrize("sentence", [
    "一般公共预算支出完成255,325万元,比上年同期增支14,484万元,增长6.01%。",  # one unit: the growth check's
    "一般公共预算支出完成255,325万元,比上年同期增支14,484元,增长0.01%。",  # the rate fits neither: not this check's
])
def test_a_change_in_the_amounts_unit_or_a_rate_that_fits_no_unit_is_not_this_slip(tmp_path: Path,
                                                                                    sentence: str) -> None:
    assert _unit_slips(tmp_path, sentence) == []

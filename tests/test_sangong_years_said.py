"""A 三公 说明 that gives each item's two years in sentences of their own (海南's 审计厅 2016: "2016年预算安排8万元,…。
2015年预算数15万元,2016年预算比2015年预算下降46.7%"; the vehicles under their heading, their figure said without a year):
each item's change checked against its own two figures, a wrong rate found, nothing said where all hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.core.findings import Finding


def _text(reception_rate: str = "46.7", vehicles_rate: str = "68.8") -> str:
    return "\n".join([
        "“三公”经费预算情况",
        "现将我厅2016年“三公经费”预算数说明如下:",
        "    一、因公出国(境)经费",
        "    2016年省示例厅预算安排,“因公出国(境)费”15万元,主要用于业务培训费用。2015年预算数15万元, 2016年预算与2015年预算持平。",
        "    二、公务用车购置及运行费",
        "    “公务用车运行维护费”预算数50万元,主要是应急公务用车及机要通信用车费用。2015年预算数160万元, "
        f"2016年预算比2015年预算下降{vehicles_rate}%。下降的主要原因是公务用车进行了改革。",
        "    三、公务接待费",
        f"    2016年预算安排8万元,主要用于兄弟单位调研等费用。2015年预算数15万元,2016年预算比2015年预算下降{reception_rate}%。",
    ]) + "\n"


def _compares(tmp_path: Path, text: str) -> list[Finding]:
    p = tmp_path / "sangong.txt"
    p.write_text(text, encoding="utf-8")
    return [f for f in audit_paths([str(p)]).findings if f.kind == "text_compare"]


def test_rates_that_hold_say_nothing(tmp_path: Path) -> None:
    assert [f for f in _compares(tmp_path, _text()) if f.severity != "info"] == []
    assert not any("无法核对" in f.message for f in _compares(tmp_path, _text()))  # every claim checked


@pytest.mark.parametrize(("reception", "vehicles", "said", "right"), [
    ("36.7", "68.8", "下降36.7%", "实为下降 46.7%"),  # two years on one line: each figure by its own sentence's year
    ("46.7", "60.8", "下降60.8%", "实为下降 68.8%"),  # the part under its heading, its figure said without a year
])
def test_a_wrong_rate_is_found(tmp_path: Path, reception: str, vehicles: str, said: str, right: str) -> None:
    found = [f for f in _compares(tmp_path, _text(reception, vehicles)) if f.severity in ("error", "suspect")]
    assert len(found) == 1 and said in found[0].message and right in found[0].message

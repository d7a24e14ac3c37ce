"""A transfer report whose only statement of the grant puts the fund's words between the verb and the amount
(《…通知》下达第一批森林火灾救灾补助1400万元, 云南's 2023 report): the budget, read last of all wordings, so that its
rate is checked against it; money passed on after the amount (将1400万元…全部下达至有关部门) is never the budget.
Invented figures."""

from __future__ import annotations

from pathlib import Path

from jixiao.audit import audit_paths
from jixiao.read import read_path


def _lines(rate: str, passed_on: bool = False) -> list[str]:
    grant = ("将1200万元中央转移支付资金全部下达至有关州(市)。" if passed_on else
             "《财政部关于下达2031年中央自然灾害救灾资金预算的通知》下达第一批森林火灾救灾补助1200万元,专项用于防灭火物资。")
    return ["东山省应急管理领域2031年度中央转移支付资金绩效自评报告", "一、绩效目标分解下达情况", grant,
            "二、绩效目标完成情况分析", f"(2)项目资金执行情况。实际执行1050万元,项目执行率为{rate}。"]


def _read(tmp_path: Path, lines: list[str]) -> tuple[str | None, str | None, str | None]:
    p = tmp_path / "report.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (doc,) = read_path(p).documents
    t = doc.funds["total"]
    return t.annual_budget.text, t.executed.text, t.rate.text


def test_the_grant_with_the_funds_words_between(tmp_path: Path) -> None:
    assert _read(tmp_path, _lines("87.5%")) == ("1200", "1050", "87.5%")  # 1050 ÷ 1200 = 87.5%
    assert _read(tmp_path, _lines("87.5%", passed_on=True))[0] is None


def test_its_rate_is_checked_against_it(tmp_path: Path) -> None:
    p = tmp_path / "report.txt"
    p.write_text("\n".join(_lines("89.5%")) + "\n", encoding="utf-8")
    assert [(f.reported, f.recomputed) for f in audit_paths([str(p)]).findings
            if f.kind == "execution_rate" and f.severity != "info"] == [("89.5%", "87.50%")]

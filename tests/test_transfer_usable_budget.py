"""A transfer's self-evaluation report whose year's budget is the money it could use, sent down and carried over
(大连 2024's wording, invented figures): the stated rate is the spending ÷ the usable amount, so that amount is the
budget, said so; where the rate is not the spending ÷ it either, the budget stays the amount sent down and the rate
is kept as printed, for the audit to check against it."""

from __future__ import annotations

from pathlib import Path

from jixiao.read import read_path

TEXT = """某市2024年度医疗服务与保障能力提升补助资金绩效自评报告
一、基本情况
2024年医疗服务与保障能力提升补助资金下达我市共计800万元。重点将该专项资金用于医保信息系统建设相关工作。
二、绩效目标实现情况
1.资金投入情况:2024年医疗服务与保障能力提升补助资金下达我市共计800万元,结转2023年资金450.5万元,全年可使用资金合计1250.5万元。
2.资金执行情况:截止2024年底,共使用资金1000.4万元,其中包括:云平台租赁费600万元、运维费400.4万元,资金执行率达{rate}。
"""


def _funds(tmp: Path, rate: str) -> dict[str, str]:
    p = tmp / "report.txt"
    p.write_text(TEXT.format(rate=rate), encoding="utf-8")
    doc = next(d for d in read_path(p).documents if d.type == "project_self_evaluation")
    return {k: v.text or "" for k, v in (doc.extra.get("transfer_funds") or {}).get("total", {}).items()}, doc


def test_the_usable_money_is_the_budget(tmp_path: Path) -> None:
    funds, doc = _funds(tmp_path, "80.00%")  # 1000.4 ÷ 1250.5 = 80.00%
    assert funds == {"annual_budget": "1250.5", "executed": "1000.4", "rate": "80.00%"}
    assert any("可使用资金1250.5" in p.message for p in doc.problems)


def test_a_rate_of_neither_amount_chooses_nothing(tmp_path: Path) -> None:
    funds, _ = _funds(tmp_path, "75.00%")  # neither 1000.4 ÷ 800 nor 1000.4 ÷ 1250.5
    assert funds == {"annual_budget": "800", "executed": "1000.4", "rate": "75.00%"}

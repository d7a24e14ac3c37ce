"""A change's line is named by the words right before its amount, past a count or a year before them ("全省100个县区(含
41个县)一般公共预算收入完成600.0亿元,比上年同期增加100.0亿元,增长21.0%": 一般公共预算收入, not 全省), so its rate is
checked against that line's amount (``accounts.text_rates.line_named``); a rate that holds stays silent, and an item
named after its code (20109-海关事务50万元,…增加50万元,增长100%) is checked against its own amount, never another
line's (invented figures)."""

from __future__ import annotations

from pathlib import Path

from jixiao.accounts.checks import check_accounts
from jixiao.read import read_path


def _growth(tmp_path: Path, body: str) -> list[tuple[str, str | None, str | None, str | None]]:
    f = tmp_path / "news.txt"
    f.write_text("2031年1-3月全省县区财政预算执行情况\n" + body + "\n", encoding="utf-8")
    docs = read_path(f).documents
    assert len(docs) == 1 and docs[0].type in ("budget_disclosure", "final_accounts")
    return [(f.severity, f.row, f.reported, f.recomputed) for f in check_accounts(docs[0]) if f.kind == "text_growth"]


_SAID = ("据县区财政收支快报统计,2031年1-3月,全省100个县区(含41个县和县级市、59个区,下同)一般公共预算收入完成600.0亿元,"
         "比上年同期增加100.0亿元,增长{rate}%,比全省平均水平(17.9%)高2.7个百分点。一般公共预算支出完成800.0亿元,"
         "同比增加50.0亿元,增长6.7%。")


def test_a_rate_that_does_not_divide_out_is_found_on_its_line(tmp_path: Path) -> None:
    assert _growth(tmp_path, _SAID.format(rate="21.0")) == [("suspect", "一般公共预算收入增减率", "21.0%", "20.0%")]


def test_a_rate_that_holds_is_silent(tmp_path: Path) -> None:
    assert _growth(tmp_path, _SAID.format(rate="20.0")) == []


def test_an_item_named_after_its_code_is_its_own_base(tmp_path: Path) -> None:
    body = ("2031年一般公共预算收入决算242259万元,一般公共预算支出决算241000万元。\n"
            "7、20109-海关事务50万元,较2030年决算数增加50万元,增长100%。")
    assert _growth(tmp_path, body) == []

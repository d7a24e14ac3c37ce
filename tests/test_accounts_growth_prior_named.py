"""A change against last year's line named between the comparison and its amount ("比2030年年初预算数3000.00万元减少
300.00万元,下降10.00%", "较2030年收支预算总数1,500.00万元增加30万元,增长2.00%"): that amount is last year's, the
rate's base (``accounts.text_rates._PRIOR_NAMED``), never this year's with the change taken off; a rate that holds on
it is silent, one that does not is found and recomputed on it (invented figures)."""

from __future__ import annotations

from pathlib import Path

from jixiao.accounts.checks import check_accounts
from jixiao.read import read_path


def _growth(tmp_path: Path, body: str) -> list[tuple[str, str | None, str | None]]:
    f = tmp_path / "budget.txt"
    f.write_text("某某中心2031年单位预算情况说明\n" + body + "\n", encoding="utf-8")
    docs = read_path(f).documents
    assert docs and docs[0].type in ("budget_disclosure", "final_accounts")
    return [(f.severity, f.reported, f.recomputed) for f in check_accounts(docs[0]) if f.kind == "text_growth"]


_DOWN = "2031年度收入预算2700.00万元,比2030年年初预算数3000.00万元减少300.00万元,下降{rate}%。主要原因为减少部分项目经费。"
_UP = "2031年收支总预算1,530.00万元,较2030年收支预算总数1,500.00万元增加30万元,增长{rate}%,主要原因是人员正常调资。"


def test_a_fall_on_last_years_named_line_that_holds_is_silent(tmp_path: Path) -> None:
    assert _growth(tmp_path, _DOWN.format(rate="10.00")) == []  # 300 ÷ 3000 (not 300 ÷ 3300 = 9.09%)


def test_a_rise_on_last_years_named_line_that_holds_is_silent(tmp_path: Path) -> None:
    assert _growth(tmp_path, _UP.format(rate="2.00")) == []  # 30 ÷ 1500 (not 30 ÷ 1470 = 2.04%)


def test_a_rate_that_does_not_divide_out_is_recomputed_on_last_years_amount(tmp_path: Path) -> None:
    assert _growth(tmp_path, _UP.format(rate="1.97")) == [("suspect", "1.97%", "2.00%")]

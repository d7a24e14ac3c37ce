"""A 情况说明 holding a very long run of digits (a page-tool's leftover, a garbled cell) is read and checked in time
linear in its length: every pattern of ``accounts`` that starts with an amount starts it at a number's first digit
(``prose.NUMBER_START``), never at each digit of the run (a 10,000-digit line took 4.6 s in ``stated_table`` and
130 s through the audit of a 20,000-digit line; 200,000 digits would take hours)."""

from __future__ import annotations

import time
from decimal import Decimal
from pathlib import Path

from jixiao.accounts.checks import check_accounts
from jixiao.accounts.model import Accounts
from jixiao.read import read_path


def test_a_long_run_of_digits_is_read_and_checked_in_linear_time(tmp_path: Path) -> None:
    f = tmp_path / "notes.txt"
    f.write_text("2023年度部门决算情况说明\n本年收入合计1,000.00万元，其中：财政拨款收入900.00万元，占90.00%；"
                 "其他收入100.00万元，占10.00%。\n" + "1" * 200_000 + "\n本年支出合计1,000.00万元，其中：基本支出"
                 "600.00万元，占60.00%；项目支出400.00万元，占70.00%。\n", encoding="utf-8")
    started = time.perf_counter()
    docs = read_path(f).documents
    found = check_accounts(docs[0])
    assert time.perf_counter() - started < 10.0
    acc = docs[0].extra["accounts"]
    assert isinstance(acc, Accounts)
    stated = {r.name: r.get("金额").dec for t in acc.tables for r in t.rows}
    assert (stated["本年收入合计"], stated["本年支出合计"]) == (Decimal("1000.00"), Decimal("1000.00"))
    assert [(x.kind, x.row) for x in found if x.severity == "error"] == [("text_percent", "项目支出占比")]

"""A file holding a fund's allocation table that no reader read says so, with what the table lacks: a 分配表 cut
before its 合计 row (a search page's excerpt ending inside the table, 重庆大足 2022's) is "an allocation table with no
合计 row", one with its 合计 "an allocation table whose structure is lost", never "no form anchor found"
(``recognise.verdict.not_recognised``, the reason given when no reader read the file; figures invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.read import read_file
from jixiao.read.recognise.verdict import not_recognised

_TEXT = """关于调整2023年农村危房改造补助资金指标的通知

附件1
2023年农村危房改造第二批补助资金分配表
镇街 年度任务(户) 第一批已拨付(万元) 本次应拨付补助资金(万元) 备注
东山街道 6 1 5 0 0.75 0 0 17.5 0 17.5 0 追减“某项资金”
西河镇 4 2 1 1 1.5 3.5 0 3.5 0 0 3.5 追减“某项资金”
{last}
"""


@pytest.mark.parametrize(("last", "said"), [("南坪镇 3 1 2 0 0.75 7 0 7 0 7 0", "没有合计行"),
                                             ("合计 13 4 8 1 3 10.5 0 28 0 24.5 3.5", "表格结构已损坏")])
def test_an_unread_allocation_table_is_named(tmp_path: Path, last: str, said: str) -> None:
    p = tmp_path / "a.txt"
    p.write_text(_TEXT.format(last=last), encoding="utf-8")
    message = not_recognised(read_file(p)).message
    assert "2023年农村危房改造第二批补助资金分配表" in message and said in message, message

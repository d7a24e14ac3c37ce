"""A budget report's share between two lines it names, each line's amount stated elsewhere in the paragraph
("…民生支出占一般公共预算支出的比重达X%"), is recomputed from those amounts (``accounts.text_named_shares``); a
share that does not divide out is an error on its line; shares that hold, names stated with two amounts and shares
said of two lines at once are left (invented figures)."""

from __future__ import annotations

from pathlib import Path

from jixiao.accounts.checks import check_accounts
from jixiao.core.findings import Finding
from jixiao.read import read_path

_HEAD = "1-6月全县财政预算执行情况"


def _findings(tmp_path: Path, body: str) -> list[Finding]:
    f = tmp_path / "news.txt"
    f.write_text(f"{_HEAD}\n{body}\n", encoding="utf-8")
    docs = read_path(f).documents
    assert [d.type for d in docs] == ["budget_disclosure"]
    return [x for x in check_accounts(docs[0]) if x.kind == "text_percent"]


def test_a_named_share_that_does_not_divide_out_is_an_error(tmp_path: Path) -> None:
    body = ("今年1-6月,全县一般公共预算支出245.60亿元,同比增长8.2%;其中民生支出完成198.30亿元,同比增长6.1%,"
            "民生支出占一般公共预算支出的比重达79.4%。")
    found = _findings(tmp_path, body)
    assert [(f.severity, f.reported, f.recomputed, f.location.line if f.location else None) for f in found] == [("error", "79.4%", "80.7%", 2)]
    assert found[0].row == "民生支出占一般公共预算支出的比重"


def test_a_named_share_that_holds_is_left(tmp_path: Path) -> None:
    body = ("今年1-6月,全县一般公共预算收入52.10亿元,同比增长4.0%;其中税收收入完成36.47亿元,"
            "税收收入占一般公共预算收入的比重为70%。")
    assert _findings(tmp_path, body) == []


def test_a_name_stated_with_two_amounts_is_not_recomputed(tmp_path: Path) -> None:
    body = ("今年1-6月,全县一般公共预算收入52.10亿元,上年同期一般公共预算收入48.00亿元;其中税收收入完成36.47亿元,"
            "税收收入占一般公共预算收入的比重为90%。")
    assert _findings(tmp_path, body) == []


def test_a_share_of_two_lines_at_once_is_not_recomputed(tmp_path: Path) -> None:
    body = ("今年1-6月,全县一般公共预算收入52.10亿元;其中税收收入完成36.47亿元,非税收入完成15.63亿元,"
            "税收收入和非税收入占一般公共预算收入的比重分别为60%和40%。")
    assert _findings(tmp_path, body) == []

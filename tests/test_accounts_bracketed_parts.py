"""A budget report's list after 其中 whose part carries its own parts in a bracket ("对乡镇税收返还和转移支付200亿元,
占总支出的66.7%(包括一般性转移支付120亿元,占转移支付比重达75%;…)"): the bracket's amounts are no parts of the
sentence's whole, and a share that names another whole (转移支付) is not taken as a share of the whole before 其中
(invented figures). A share of the whole before 其中 that does not divide out is still an error."""

from __future__ import annotations

from pathlib import Path

from jixiao.accounts.checks import check_accounts
from jixiao.core.findings import Finding
from jixiao.read import read_path

_HEAD = "【图表解读】2024年县级一般公共预算支出情况"


def _findings(tmp_path: Path, body: str) -> list[Finding]:
    f = tmp_path / "chart.txt"
    f.write_text(f"{_HEAD}\n{body}\n", encoding="utf-8")
    docs = read_path(f).documents
    assert [d.type for d in docs][:1] == ["budget_disclosure"]
    return [x for d in docs for x in check_accounts(d) if x.severity != "info"]


def _body(own_share: str) -> str:
    return (f"2024年县级一般公共预算总支出安排300.00亿元,收支平衡。其中,县本级支出100.00亿元,占总支出的{own_share}%;"
            "对乡镇税收返还和转移支付200.00亿元,占总支出的66.7%(包括一般性转移支付120.00亿元,占转移支付比重达75%;"
            "专项转移支付40.00亿元)。")


def test_a_part_s_own_parts_in_a_bracket_are_no_parts_of_the_whole(tmp_path: Path) -> None:
    assert _findings(tmp_path, _body("33.3")) == []


def test_a_share_of_the_whole_before_its_list_is_still_checked(tmp_path: Path) -> None:
    found = _findings(tmp_path, _body("35"))
    assert [(f.kind, f.severity, f.reported, f.recomputed) for f in found] == [("text_percent", "error", "35%", "33%")]

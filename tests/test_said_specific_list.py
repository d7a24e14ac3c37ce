"""A transfer report's amount itemised after 具体是/具体为 (西藏文物局's 2020 self-evaluation, a fresh page of session
46: "一是布达拉宫管理处,下达预算资金9378万元。具体是:…项目3005万元;…1613万元。", six projects making 7765): the list
is read as a 其中 list is, and a sum that fails is reported. A list whose items are document numbers run into their
amounts, the bracket lost (湖南's 救灾资金: "具体为:财建〔20202185000万元,…"), states no sum: nothing is reported of
it. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.files import write

_HEAD = "示例自治区文物局中央转移支付2021年度绩效自评报告\n一、绩效目标分解下达情况\n"


@pytest.mark.parametrize(("last", "found"), [("1420", True), ("1107", False)])
def test_a_list_after_juti_shi(tmp_path: Path, last: str, found: bool) -> None:
    text = (_HEAD + "2021年度自治区财政厅下达中央转移支付文物保护专项资金共8530万元。一是示例宫管理处,下达预算资金6215万元。"
            f"具体是:示例宫修缮工程项目2840万元;示例宫结构检测项目1168万元;示例宫古籍保护项目1100万元;示例宫消防提升项目{last}万元。"
            "二是示例博物馆,下达预算资金2315万元。\n")
    got = [(f.kind, f.severity, f.reported, f.recomputed) for f in audit_paths([str(write(tmp_path, text))]).findings
           if f.kind == "said_parts_sum"]
    assert got == ([("said_parts_sum", "suspect", "6215", "6528")] if found else [])
    if found:  # (named by the recipient the clause before names: 一是示例宫管理处,下达预算资金…)
        (f,) = [f for f in audit_paths([str(write(tmp_path, text))]).findings if f.kind == "said_parts_sum"]
        assert f.row == "示例宫管理处下达预算资金"


def test_document_numbers_run_into_amounts_state_no_sum(tmp_path: Path) -> None:
    text = (_HEAD + "2021年中央下达示例省救灾资金36200万元转移支付预算,具体为:财建〔20211525000万元,"
            "财建〔202120911200万元,财资环〔20217320000万元。\n")
    assert [f for f in audit_paths([str(write(tmp_path, text))]).findings if f.kind == "said_parts_sum"] == []

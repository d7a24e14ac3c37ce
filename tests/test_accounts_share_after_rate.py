"""A line's share said after its rate of change ("其中,税收收入452.8亿元,增长1.9%,占一般公共预算收入比重87.8%", a budget
report's every line, 天津滨海 2020) is checked as a share said right after the amount is; the parts' own shares after
their rates still make their whole ("地方税收收入…累计完成137.4亿元,增长42.6%,占比86.5%…非税收入…21.4亿元,下降14.6%,
占比13.5%": of 158.8, never another figure of the text). Invented figures (``accounts.share_parts.RATE_BETWEEN``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from layouts.files import findings


def _shares(tmp_path: Path, body: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(f.severity, f.row, f.reported, f.recomputed)
            for f in findings(tmp_path, "某区2030年决算情况说明\n" + body + "\n") if f.kind == "text_percent"]


@pytest.mark.parametrize(("share", "found"), [
    ("87.8", []),
    ("88.8", [("error", "税收收入占比", "88.8%", "87.8%")]),
])
def test_a_share_after_the_lines_rate_of_change_is_checked(tmp_path: Path, share: str, found: list[object]) -> None:
    body = (f"一般公共预算收入515.5亿元,完成预算102%,增长2.5%。其中,税收收入452.8亿元,增长1.9%,"
            f"占一般公共预算收入比重{share}%。一般公共预算支出806.6亿元,完成预算91.8%,增长2%。")
    assert _shares(tmp_path, body) == found


def test_parts_shares_after_their_rates_make_their_whole(tmp_path: Path) -> None:
    body = ("从收入结构看,地方税收收入当月完成11.1亿元,下降5.5%;累计完成137.4亿元,增长42.6%,占比86.5%。"
            "非税收入当月完成2.1亿元,下降74.9%;累计完成21.4亿元,下降14.6%,占比13.5%。\n"
            "地方一般公共预算支出累计完成210亿元,增长17.9%,其中民生支出完成138.3亿元,增长11.1%,占比65.9%。")
    assert _shares(tmp_path, body) == []


@pytest.mark.parametrize("said", ["(占{s}%)", ",所占比例为{s}%", ",所占比重为{s}%"])
@pytest.mark.parametrize(("share", "found"), [("75", []), ("85", [("error", "财政拨款收入占比", "85%", "75%")])])
def test_a_share_in_brackets_or_said_with_suo_is_checked(tmp_path: Path, said: str, share: str,
                                                          found: list[object]) -> None:
    """"财政拨款收入300万元(占75%)", "…,所占比例为75%": the share's own word in a bracket or after 所 (SHARE_WORD)."""
    body = ("2030年度收入总计500万元,支出总计500万元。\n本年收入合计400万元,其中:财政拨款收入300万元"
            + said.format(s=share) + ";其他收入100万元" + said.format(s="25") + "。")
    assert _shares(tmp_path, body) == found

"""A 三公 item's share said without its amount, its figures said in the sentence before ("“公车”支出占2010年全部“三公”
支出的61%", 中央's 2010 roundup): the item's one amount over the total's one amount (``accounts.sangong_shares``);
a text that states the total twice (two years) leaves it unsaid. In a round-up of several departments' figures (中央's
2010 one, 国税's total lines before), the figures on the share's own line are the pair. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths


def _found(tmp_path: Path, lines: list[str]) -> list[tuple[str, str, int | None, str | None, str | None]]:
    p = tmp_path / "sangong.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [(f.kind, f.severity, f.location.line if f.location else None, f.reported, f.recomputed)
            for f in audit_paths([str(p)]).findings if f.severity != "info"]


def _text(share: str, item: str = "“公车”支出", last_year: bool = False) -> list[str]:
    # 88.4 = 12.35 + 58.61 + 17.44; 58.61 ÷ 88.4 = 66.30%
    more = "2030年“三公”支出合计91.2亿元。" if last_year else ""
    return ["2031年东山省级“三公”经费支出情况",
            "经财政厅汇总,2031年省级行政单位、事业单位“三公”支出合计88.4亿元。“三公”经费中,出国(境)经费12.35亿元,"
            f"车辆购置及运行费58.61亿元,公务接待费17.44亿元。{item}占2031年全部“三公”支出的{share}%,成为占比最大的一项开销。"
            + more]


@pytest.mark.parametrize("item", ["“公车”支出", "公务用车购置及运行费", "公车经费"])
def test_an_items_share_said_without_its_amount(tmp_path: Path, item: str) -> None:
    assert _found(tmp_path, _text("66.3", item)) == []
    assert _found(tmp_path, _text("66", item)) == []
    assert _found(tmp_path, _text("61", item)) == [("text_percent", "suspect", 2, "61%", "66%")]


def test_two_totals_leave_the_share_unsaid(tmp_path: Path) -> None:
    """(A control: silent before the check was made too; it guards the check's reach.)"""
    assert _found(tmp_path, _text("61", last_year=True)) == []


def test_the_shares_own_line_holds_its_pair(tmp_path: Path) -> None:
    """(Before, 国税's total on another line left the share unchecked: two totals in the text.)"""
    lines = _text("61")
    lines.insert(1, "国税系统“三公”决算近22亿元,其公务接待费也以6.6587亿元居首。")
    assert _found(tmp_path, lines) == [("text_percent", "suspect", 3, "61%", "66%")]

"""Wordings of 三公 statements met on fresh pages (session 43), with invented figures:

- 增/减 alone after the figure compared with ("比上年预算增56400元", 保山's): the change, never last year's figure (before:
  56400 was taken for last year's budget and a false "实为增长 589.72%");
- the vehicles as 公务用车经费 (旺苍's "2024年公务用车经费执行数1021.58万元"): the vehicles' item;
- a change on last year's budget (较上年预算数减少…) where the text gives last year's 执行数 only: no comparison with that
  other stage's figure (before: a false "实为减少 5.54 万元")."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.sangong import VEHICLES, item_of
from jixiao.audit import audit_paths


def _found(tmp_path: Path, lines: list[str]) -> list[tuple[str, str, int | None, str | None]]:
    p = tmp_path / "sangong.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return sorted((f.kind, f.severity, f.location.line if f.location else None, f.reported)
                  for f in audit_paths([str(p)]).findings if f.severity != "info")


def _bare(rate: str = "16.62", reception_rate: str = "21.48") -> list[str]:
    # 2031: 452000 = 0 + 73000 + 379000; 2030: 387500 (+64500, 16.65%); reception 93000 (−20000, 21.51%)
    return ["2031年东山县环保局“三公”经费预算情况说明",
            f"2031年东山县环保局“三公”经费财政拨款预算安排452000元,比上年预算增64500元,同比增长{rate}%。具体情况如下:",
            "(一)因公出国(境)费", "安排因公出国(境)费0元。",
            "(二)公务接待费",
            f"安排公务接待费73000元,比上年预算减20000元,同比下降{reception_rate}%。",
            "(三)公务用车运行维护及购置费", "安排公务用车运行维护及购置费379000元。"]


def test_a_change_said_by_zeng_or_jian_alone_is_the_change(tmp_path: Path) -> None:
    assert _found(tmp_path, _bare("16.65", "21.51")) == []
    assert _found(tmp_path, _bare("17.65", "21.51")) == [("text_growth", "error", 2, "17.65%")]
    assert _found(tmp_path, _bare("16.65", "22.51")) == [("text_growth", "error", 6, "22.51%")]


@pytest.mark.parametrize("label", ["公务用车经费", "2031年公务用车经费执行数", "公车经费", "公务车辆费用"])
def test_the_vehicles_costs_named_as_one(label: str) -> None:
    assert item_of(label) == VEHICLES


def _two_stages(vehicles: str = "802.31") -> list[str]:
    # 2030 执行数 1700.55 = 0 + 898.24 + 802.31; 2031 预算 1650.12, on last year's budget (not given) −80.4
    return ["2031年东山县“三公”经费执行情况和预算情况",
            "二、“三公”经费2030年执行情况和2031年预算情况",
            "2030年东山县“三公”经费执行数1700.55万元,2031年“三公”经费预算数1650.12万元,较上年预算数减少80.4万元,下降4.65%。",
            "(一)因公出国(境)", "2030年东山县因公出国(境)费执行数0万元。",
            "2031年东山县因公出国(境)费预算数0万元,较上年预算数无变化。",
            "(二)公务接待", "2030年东山县公务接待费执行数898.24万元。",
            "2031年东山县公务接待费预算数850.12万元,较上年预算数减少70.3万元,下降7.64%。",
            "(三)公务用车", f"2030年公务用车经费执行数{vehicles}万元,"]


def test_a_change_on_last_years_budget_is_not_checked_on_its_spending(tmp_path: Path) -> None:
    assert _found(tmp_path, _two_stages()) == []
    # the spending's own sum still holds the vehicles as one item: a slip in it is found
    assert [f[:2] for f in _found(tmp_path, _two_stages("812.31"))] == [("three_public", "suspect")]

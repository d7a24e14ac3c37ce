"""A 三公 决算 table across the page, one cell a line (上海闵行's layout): the head over the columns' group
(一般公共预算财政拨款“三公”经费, over 合计 and the items) stands nearer the items than the title (…“三公”经费支出决算表).
The title says what the table is: a 决算, its 决算数 the current year's, so the 说明's 决算 amounts agree with it rather
than being compared with the 预算数 (figures invented)."""

from __future__ import annotations

from pathlib import Path

from jixiao.audit import audit_paths
from layouts.files import one

_HEADS = ["合计", "因公出国", "(境)费", "公务用车购置及运行维护费", "公务接待费", "小计", "公务用车", "购置费", "公务用车",
          "运行维护费"]
_FIGURES = ["500.00", "300.00", "60.00", "0.00", "320.00", "250.00", "100.00", "98.00", "220.00", "152.00", "120.00",
            "50.00"]


def _text() -> str:
    lines = ["某区教育局2021年“三公”经费决算公开", "一般公共预算财政拨款“三公”经费支出决算表", "单位:万元",
             "一般公共预算财政拨款“三公”经费", *_HEADS, *(["预算数", "决算数"] * 6), *_FIGURES,
             "注:本表反映部门本年度“三公”经费支出预决算情况。", "",
             "“三公”经费财政拨款支出年初预算为500.00万元,支出决算为300.00万元,完成预算的60%,其中:因公出国(境)费"
             "决算为0万元,完成预算的0%;公务用车购置及运行维护费支出决算为250.00万元,完成预算的78.13%;公务接待费支出"
             "决算为50.00万元,完成预算的41.67%。"]
    return "\n\n".join(lines) + "\n"


def test_the_title_not_the_group_head_says_it_is_a_final_account(tmp_path: Path) -> None:
    doc = one(tmp_path, _text(), "sangong")
    table = doc.extra["accounts"].tables[0]
    assert table.stage == "final" and table.title == "一般公共预算财政拨款“三公”经费支出决算表"
    rows = {r.item: [v.text for v in r.values.values()] for r in table.rows}
    assert rows["合计"] == ["500.00", "300.00"] and rows["公务接待费"] == ["120.00", "50.00"]
    p = tmp_path / "sangong.txt"
    p.write_text(_text(), encoding="utf-8")
    found = audit_paths([str(p)]).findings
    assert not [f for f in found if f.severity in ("error", "suspect")], [f.message for f in found]
    assert not [f for f in found if "无法核对" in f.message and "完成" in f.message]


def test_a_wrong_completion_rate_in_the_text_is_found(tmp_path: Path) -> None:
    p = tmp_path / "sangong.txt"
    p.write_text(_text().replace("完成预算的41.67%", "完成预算的47.67%"), encoding="utf-8")
    found = [f for f in audit_paths([str(p)]).findings if f.severity in ("error", "suspect")]
    assert any("47.67" in f.message for f in found), [f.message for f in found]

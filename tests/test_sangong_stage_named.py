"""A 三公 statement that names the total once and gives its other stage by the stage alone ("2031年度一般公共预算财政拨款
“三公”经费支出预算为89.90万元,支出决算为57.53万元,完成预算的63.99%"): the second figure is the 三公 total's 决算, read
under the total's name (“三公”经费支出决算), not as a line called 支出决算 (``accounts.sangong_text``); a stage said
after an item is that item's (invented figures)."""

from __future__ import annotations

from pathlib import Path

from jixiao.read import read_path

_TEXT = """某市中级人民法院2031年一般公共预算财政拨款“三公”经费支出决算情况说明
一、一般公共预算财政拨款“三公”经费支出决算总体情况说明。
2031年度一般公共预算财政拨款“三公”经费支出预算为89.90万元,支出决算为57.53万元,完成预算的63.99%。
二、一般公共预算财政拨款“三公”经费支出决算具体情况说明。
2031年度一般公共预算财政拨款“三公”经费支出决算中,因公出国(境)费支出决算为0万元,占0%;公务用车购置及运行费支出决算为57.35万元,占99.69%;公务接待费支出决算为0.18万元,占0.31%。
"""


def test_a_stage_alone_is_the_total_s(tmp_path: Path) -> None:
    f = tmp_path / "sangong.txt"
    f.write_text(_TEXT, encoding="utf-8")
    docs = read_path(f).documents
    assert [d.type for d in docs] == ["sangong"]
    rows = {r.name: str(r.get("金额").dec) for t in docs[0].extra["accounts"].tables for r in t.rows}
    assert rows.get("“三公”经费支出决算") == "57.53"
    assert "支出决算" not in rows

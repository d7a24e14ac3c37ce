"""A 三公 决算表 in pipes whose header is two rows: the stages (预算数 | 决算数) over the same three columns each, 合计 |
一般公共预算 | 政府性基金 — sources named without 拨款 (安徽巢湖法院's layout). The second row's 合计 heads a column, not the
table's total row; the columns are named by stage and source; the total row comes last (总计). Before, the header row
was taken for the total with words for figures, no column was known, and the 说明's shares were divided by the wrong
whole: a false suspicion (figures invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.files import one

_ROWS = [("因公出国(境)费", "0", "0"), ("公务接待费", "10", "4.20"), ("公务用车购置及运行费", "90", "85.80"),
         ("其中:公务用车运行维护费", "60", "58.30"), ("公务用车购置费", "30", "27.50"), ("总计", "100", "90.00")]


def _text(rows: list[tuple[str, str, str]] = _ROWS, share: str = "4.67") -> str:
    table = "\n".join(f"{name} | {b} | {b} | 0 | {f} | {f} | 0 |" for name, b, f in rows)
    return ("某市人民法院2022年度\n一般公共预算及政府性基金财政\n拨款“三公”经费支出决算情况说明\n"
            "一、2022年度一般公共预算及政府性基金财政拨款“三公”经费支出决算表\n单位:万元\n"
            "项目 | 预算数 | 决算数 | ||||\n合计 | 一般公共预算 | 政府性基金 | 合计 | 一般公共预算 | 政府性基金 | |\n"
            f"{table}\n二、2022年度一般公共预算及政府性基金财政拨款“三公”经费支出决算情况说明\n"
            "2022年度“三公”经费支出决算中,因公出国(境)费支出决算0万元,占0%;公务接待费支出决算4.20万元,"
            f"占{share}%;公务用车购置及运行费支出决算85.80万元,占95.33%。\n")


def test_the_two_row_header_names_each_column(tmp_path: Path) -> None:
    doc = one(tmp_path, _text(), "sangong")
    table = doc.extra["accounts"].tables[0]
    rows = {r.item: {k: v.text for k, v in r.values.items()} for r in table.rows}
    assert rows["合计"] == {"预算数": "100", "预算数一般公共预算": "100", "预算数政府性基金": "0",
                          "决算数": "90.00", "决算数一般公共预算": "90.00", "决算数政府性基金": "0"}
    assert rows["公务接待费"]["决算数"] == "4.20"
    p = tmp_path / "s.txt"
    p.write_text(_text(), encoding="utf-8")
    found = audit_paths([str(p)]).findings
    assert not [f for f in found if f.severity in ("error", "suspect")], [f.message for f in found]


@pytest.mark.parametrize(("slip", "said"), [("share", "4.76"), ("item", "95.80")])
def test_a_slip_in_the_text_or_the_table_is_found(tmp_path: Path, slip: str, said: str) -> None:
    rows = [(n, b, "95.80" if slip == "item" and f == "85.80" else f) for n, b, f in _ROWS]
    p = tmp_path / "s.txt"
    p.write_text(_text(rows, share=said if slip == "share" else "4.67"), encoding="utf-8")
    found = [f for f in audit_paths([str(p)]).findings if f.severity in ("error", "suspect")]
    assert any(said in f.message for f in found), [f.message for f in found]

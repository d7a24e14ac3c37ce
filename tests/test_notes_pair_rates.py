"""Two lines' changes on last year, then their rates said once for both with 分别 (``accounts.text_pair_rates``):
"2031年度收入520.40、支出总计500.00万元。与2030年相比,收入减少…、支出总计减少…万元,分别下降x%、y%". Each rate is
its change over last year's figure (this year's plus a decrease, less an increase); the rates over this year's
figures are suspected, the right ones pass. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths


def _found(tmp_path: Path, sentence: str) -> list[tuple[str, str, str | None, str | None]]:
    p = tmp_path / "notes.txt"
    p.write_text("\n".join(["某单位2031年度部门决算", "一、收入支出决算总体情况说明", sentence]) + "\n", encoding="utf-8")
    return [(f.kind, f.severity, f.row, f.reported) for f in audit_paths([str(p)]).findings
            if f.kind == "text_percent" and f.severity != "info"]


@pytest.mark.parametrize(("word", "change", "rates", "found"), [
    # 收入 520.40 − 79.60 → last year 600.00, 79.60 ÷ 600 = 13.27%; 支出总计 500.00 + 100.00 → 600.00, 16.67%
    ("减少", "下降", ("13.27", "16.67"), []),
    ("减少", "下降", ("15.3", "20"), [("text_percent", "suspect", "收入", "15.3%"), ("text_percent", "suspect", "支出总计", "20%")]),
    ("减少", "下降", ("13.27", "20"), [("text_percent", "suspect", "支出总计", "20%")]),
    # increases: 收入 520.40 − 79.60 = 440.80 last year, 18.06%; 支出总计 500.00 − 100.00 = 400.00, 25%
    ("增加", "增长", ("18.06", "25"), []),
    ("增加", "增长", ("15.3", "25"), [("text_percent", "suspect", "收入", "15.3%")]),
])
def test_each_rate_is_over_last_years_figure(tmp_path: Path, word: str, change: str, rates: tuple[str, str],
                                             found: list[tuple[str, str, str, str]]) -> None:
    sentence = (f"2031年度收入520.40、支出总计500.00万元。与2030年相比,收入{word}79.60、支出总计{word}100.00万元,"
                f"分别{change}{rates[0]}%、{rates[1]}%。")
    assert _found(tmp_path, sentence) == found

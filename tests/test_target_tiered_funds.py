"""A 专项 target table (绩效目标申报表) whose funds header is two rows, the fiscal label spanning the levels under it
(湖南南岳 雨露计划 2023's layout: 本年度预计投入(万元) | 财政资金(万元) | 其他 ⏎ 中央 | 省级 | 市级资金 | 本级 ⏎ 7 | 0 | 7 | 0 |
0 | 0): read where the first label, a whole, is the sum of the amounts after it, the levels under their own names.
Before, no funds were read and the file was not recognised (figures invented)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_path

_TEXT = """| 某某补助绩效目标申报表 | |||||||||
| (2024年度) | |||||||||
| 专项基本情况 | 专项名称 | 2024年某某补助项目 | |||||||
| 主管部门 | 某区某局 | 专项起止时间 | 2024年1月至12月 | ||||||
| 专项资金情况 | 本年度预计投入(万元) | 财政资金(万元) | 其他 | ||||||
| 中央 | 省级 | 市级资金 | 本级 | |||||
| {whole} | 3 | 9.5 | 0 | 2 | 0 | ||||
| 专项年度绩效指标 | 一级指标 | 二级指标 | 三级指标内容 | 指标值及单位 | |||||
| 产出 指标 | 数量指标 | 年度补助人数 | >=100人 | |||||
"""


def test_the_levels_under_the_fiscal_label_are_read(tmp_path: Path) -> None:
    p = tmp_path / "t.txt"
    p.write_text(_TEXT.format(whole="14.5"), encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["budget_disclosure"]
    rows = {r.name: r.get("金额").dec for r in docs[0].extra["accounts"].tables[0].rows}
    assert rows == {"本年度预计投入": Decimal("14.5"), "中央": 3, "省级": Decimal("9.5"), "市级资金": 0, "本级": 2, "其他": 0}


@pytest.mark.parametrize("whole", ["15.5", "9.5"])
def test_amounts_the_whole_does_not_make_are_not_placed(tmp_path: Path, whole: str) -> None:
    p = tmp_path / "t.txt"
    p.write_text(_TEXT.format(whole=whole), encoding="utf-8")
    for d in read_path(p).documents:
        acc = d.extra.get("accounts")
        for t in getattr(acc, "tables", None) or []:
            assert "中央" not in {r.name for r in t.rows}

"""上级补助收入 and the three kinds of transfer from above in the bracket after it ("上级补助收入完成294842万元(返还性收入
6544万元、一般性转移支付收入256585万元、专项转移支付收入31713万元)", 昌吉's report): the kinds make the whole by definition
(``notes_parts.SPLITS``), so a sum beyond the rounding of its figures is an error, one within it a 尾差 (info). Before,
parts in a bracket were never read as a split, and 返还性收入 was no line. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from layouts.files import audited


@pytest.mark.parametrize("said", ["完成", "预计为"])
@pytest.mark.parametrize(("whole", "found"), [
    ("294842", []),
    ("294852", [("total_sum", "error", "上级补助收入", "294852", "294842")]),
])
def test_the_three_kinds_make_the_transfers(tmp_path: Path, said: str, whole: str, found: list[object]) -> None:
    _, findings = audited(tmp_path, [
        "东山县2031年财政决算报告",
        "2031年全县一般公共预算收入完成408633万元,同比增长3.2%,加上级补助收入294842万元,收入合计703475万元。",
        f"(2)上级补助收入{said}{whole}万元(返还性收入6544万元、一般性转移支付收入256585万元、专项转移支付收入31713万元);"
        "(3)调入资金176万元。",
    ], "final.txt")
    assert [(f.kind, f.severity, f.row, f.reported, f.recomputed) for f in findings] == found

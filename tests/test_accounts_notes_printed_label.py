"""A 说明's line named with its budget and level (市本级收入 → 市本级一般公共预算收入, ``accounts.notes_subject``) keeps
the label the text prints (``AccountRow.printed``): what the page calls the row is never lost to the name it is
checked under."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from layouts.files import one


@pytest.mark.parametrize(("whole", "own", "other"), [("700.4", "341.5", "358.9"), ("1,025.5", "417.7", "607.8")])
def test_the_printed_label_is_kept(tmp_path: Path, whole: str, own: str, other: str) -> None:
    text = (f"1-4月,全市一般公共预算收入{whole}亿元,增长1.9%。其中:市本级收入{own}亿元,下降0.7%;区级收入{other}亿元,"
            "增长4.4%。\n全市一般公共预算支出900.5亿元,完成年初预算36.7%。\n")
    doc = one(tmp_path, text)
    rows = {r.printed: r.get("金额").dec for t in doc.extra["accounts"].tables for r in t.rows if r.printed}
    assert rows.get("市本级收入") == Decimal(own) and rows.get("区级收入") == Decimal(other)

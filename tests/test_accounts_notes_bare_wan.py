"""An amount whose unit is 万 alone, its clause or line ending after it ("财政专户管理资金收入154万;", a page cut after
"…154万"), is in 万元; 万人, 万亩 and a headline's "(原标题:…减365万)" are no amounts of the 说明."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from layouts.files import one


@pytest.mark.parametrize("end", ["。", ";", "", "，主要是学费收入。"])
def test_a_bare_wan_is_wan_yuan(tmp_path: Path, end: str) -> None:
    text = ("2024年某某中学预算情况说明\n一、收入支出预算总体情况说明\n"
            "某中学2024年收入总计3120.40万元,支出总计3120.40万元。\n二、收入预算总体情况说明\n"
            f"某中学2024年收入合计3120.40万元,其中:一般公共预算拨款收入2966.40万元;财政专户管理资金收入154万{end}\n")
    doc = one(tmp_path, text.replace("某某中学", "东湖中学").replace("某中学", "东湖中学"))
    read = {r.name: r.get("金额").dec for t in doc.extra["accounts"].tables for r in t.rows}
    assert read.get("财政专户管理资金收入") == Decimal(154)

"""A rule table whose rows are numbered items in a group's cell, each closed by the bracket of its weight, the
bracket holding what it says of the points before its last clause (5.按时报送工作台账(每次报送1分,合计6分)。),
numbered on across groups (遂宁's 七五普法 考评 table): the items are the rows, each group's weight made by its items
(``ruletable_confirmed._ITEM``). Before, the items whose weight closes a longer bracket were not found, the groups
were not made and the table was not recognised. Invented figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_path
from layouts.files import write

_GROUPS = [
    ("工作推进机制", [("制定出台全县普法规划和决议。", "5"), ("召开全县普法动员会议", "5"), ("全面建立乡镇法治辅导站", "4"),
                      ("按时准确报送工作台账", "(基础数据半年报送1次共2次,每次报送1分,合计6分)")]),
    ("基层示范创建", [("示范点实行动态管理并及时上报", "7"),
                      ("对已命名的示范乡镇(街道)进行动态管理", "(每个示范点2分,3个示范点共计6分)")]),
]


def _weight(w: str) -> Decimal:
    return Decimal(w) if w.isdigit() else Decimal(w.rsplit("计", 1)[1].removesuffix("分)"))


def _text(weight_of_group: int) -> str:
    lines = ["| 考评内容 | 考评要点 | 计入总分权重 |"]
    n = 0
    for k, (group, items) in enumerate(_GROUPS):
        total = sum(_weight(w) for _, w in items) + (weight_of_group if k == 0 else 0)
        lines.append(f"| {group} ({total}分) |")
        said = []
        for name, w in items:
            n += 1
            said.append(f"{n}.{name}" + (f"({w}分)" if w.isdigit() else w))
        lines.append("; ".join(said) + "。 |")
        lines.append("10% |" if k == 0 else "|")
    return "\n".join(lines) + "\n"


def test_numbered_items_closed_by_their_brackets_make_their_groups(tmp_path: Path) -> None:
    (doc,) = [d for d in read_path(write(tmp_path, _text(0))).documents if d.type == "assessment_rules"]
    want = [(g, name.rstrip("。"), _weight(w)) for g, items in _GROUPS for name, w in items]
    assert [(i.level1.text, i.level3.str_, i.weight.dec) for i in doc.indicators] == want


@pytest.mark.parametrize("off", [1, -1])
def test_a_group_its_items_do_not_make_is_not_read_as_made(tmp_path: Path, off: int) -> None:
    """The first group's printed weight off by one: its items are not confirmed by it, so it is not read as their
    group (the second group still is)."""
    docs = [d for d in read_path(write(tmp_path, _text(off))).documents if d.type == "assessment_rules"]
    groups = {i.level1.text for d in docs for i in d.indicators}
    assert "工作推进机制" not in groups

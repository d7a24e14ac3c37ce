"""A rule table run together whose rows are numbered through its groups, each row's text closed by its weight and
followed by its rule (考核项目 | 考核内容及计分标准 | 标准分 | 扣分标准: "领导重视(20分)1.成立…领导小组,…。8分未成立的扣2分;…
2.每年…召开4次会议…。4分…", a weight also after a note in brackets, "…领导包案。(主要是积案化解)13分"; a 信访 page of
session 48). Before, each row was named by the rule of the row before it and the groups alone were read. Now a row
starts at its number, and the rows are kept where their numbers run on in order through the groups whose weights
they make (``ruletable_confirmed``); numbers starting again under each group are a row's own points, never rows.
Invented figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.read import read_path
from layouts.files import write

_GROUPS = [("组织领导", [("成立工作领导小组,有专人负责", "6"), ("每年召开专题会议不少于2次", "4")]),
           ("制度落实", [("建立来访登记制度,台账完整", "5"), ("落实包案责任", "7")])]


def _text(numbers: list[int]) -> str:
    rows, k = [], 0
    for name, items in _GROUPS:
        weight = sum(int(w) for _, w in items)
        rows.append(f"{name}({weight}分)")
        for i, (item, w) in enumerate(items):
            note = "(以检查为准)" if i == 1 else ""
            rows.append(f"{numbers[k]}.{item}。{note}{w}分未落实的扣1分;落实不好的酌情扣分。")
            k += 1
    return ("某镇信访工作目标管理考核细则(总分值:100分)考核项目考核内容及计分标准标准分扣分标准" + "".join(rows) + "\n")


def _rows(tmp_path: Path, numbers: list[int]) -> list[tuple[str | None, Decimal | None]]:
    docs = [d for d in read_path(write(tmp_path, _text(numbers))).documents if d.type == "assessment_rules"]
    return [(i.level3.str_, i.weight.dec) for d in docs for i in d.indicators]


def test_rows_numbered_through_their_groups_are_read(tmp_path: Path) -> None:
    want = [(item.split(",")[0], Decimal(w)) for _, items in _GROUPS for item, w in items]  # named by the first clause
    assert _rows(tmp_path, [1, 2, 3, 4]) == want


def test_numbers_starting_again_are_no_rows(tmp_path: Path) -> None:
    assert _rows(tmp_path, [1, 2, 1, 2]) == [("组织领导", Decimal("10")), ("制度落实", Decimal("12"))]

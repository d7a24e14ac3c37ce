"""A department's budget said in its own words on both sides ("本部门收入预算7018.51万元,其中:… 本部门支出预算7018.51
万元", 湖南's 部门预算说明 template, 祁阳 2024): the two balance; a side misprinted is a suspect (``accounts.notes_checks.
_SIDE``). Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from layouts.files import findings


def _found(tmp_path: Path, spending: str) -> list[tuple[str, str, str | None, str | None]]:
    text = "\n".join([
        "东山县某镇2031年部门预算说明",
        "(一)收入预算\n2031年本部门收入预算7018.51万元,其中,一般公共预算财政拨款收入7018.51万元,政府性基金预算财政拨款收入0万元。",
        f"(二)支出预算\n2031年本部门支出预算{spending}万元,其中,一般公共服务支出3000.00万元,农林水支出4018.51万元。",
    ]) + "\n"
    return [(f.kind, f.severity, f.reported, f.recomputed) for f in findings(tmp_path, text) if f.kind == "balance"]


@pytest.mark.parametrize(("spending", "found"), [
    ("7018.51", []),
    ("7018.61", [("balance", "suspect", "7018.51", "7018.61")]),
])
def test_the_departments_own_two_sides_balance(tmp_path: Path, spending: str, found: list[object]) -> None:
    assert _found(tmp_path, spending) == found

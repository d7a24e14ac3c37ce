"""A sentence's list of its whole's parts opened by 分别为 or by a split by the code list's classes ("支出预算总额500万元,
按功能分类:一般公共服务支出300万元,…") is read as one opened by 包括 is (``accounts.notes_anylist._LISTS``): parts
beyond the whole are a suspect; parts that fall short prove nothing. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from layouts.files import findings


def _found(tmp_path: Path, sentence: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.severity, f.reported, f.recomputed)
            for f in findings(tmp_path, "某单位2030年部门预算说明\n一、收支预算总体情况\n" + sentence + "\n")
            if f.severity in ("error", "suspect")]


@pytest.mark.parametrize("opener", ["分别为", "按功能分类:", "按支出功能分类,"])
@pytest.mark.parametrize(("last", "found"), [("50", []), ("100", [("suspect", "500", "550")])])
def test_a_list_opened_so_is_held_to_its_whole(tmp_path: Path, opener: str, last: str, found: list[object]) -> None:
    sentence = (f"2030年支出预算总额500万元,{opener}一般公共服务支出300万元,社会保障和就业支出150万元,"
                f"住房保障支出{last}万元。")
    assert _found(tmp_path, sentence) == found

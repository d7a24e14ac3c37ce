"""A 说明's list of parts whose separator the page lost between two of them ("其中:文化旅游体育与传媒支出707.81万元社会
保障和就业80.39万元,卫生健康支出…": 重庆沙坪坝区图书馆 2025): the clause is cut after the amount whose next part's name
follows, so the parts are read and their sum checked; an amount glued to words that go on with it (比上年增加20万元)
makes no part of the list, and no false suspicion (figures invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths

_TEXT = ("某区文化馆2025年部门预算情况说明\n"
         "(二)支出预算:2025年年初预算数612.40万元,其中:文化旅游体育与传媒支出{culture}万元社会保障和就业60.25万元,"
         "卫生健康支出18.06万元,住房保障21.09万元。支出较上年度增加31.20万元。\n")


def _found(tmp_path: Path, culture: str) -> list[str]:
    p = tmp_path / "b.txt"
    p.write_text(_TEXT.format(culture=culture), encoding="utf-8")
    return [f.message for f in audit_paths([str(p)]).findings if f.severity in ("error", "suspect")]


def test_parts_that_make_the_whole_raise_nothing(tmp_path: Path) -> None:
    assert _found(tmp_path, "513.00") == []  # 513.00 + 60.25 + 18.06 + 21.09 = 612.40


@pytest.mark.parametrize("culture", ["513.10", "523.00"])
def test_parts_beyond_the_whole_are_found(tmp_path: Path, culture: str) -> None:
    found = _found(tmp_path, culture)
    assert any("612.40" in m and culture in m for m in found), found


def test_words_that_go_on_with_an_amount_are_no_part(tmp_path: Path) -> None:
    p = tmp_path / "b.txt"
    p.write_text("某区文化馆2025年部门预算情况说明\n(二)支出预算:2025年年初预算数612.40万元,其中:基本支出500.00万元比上年增加"
                 "20.00万元,项目支出112.40万元。\n", encoding="utf-8")
    found = [f.message for f in audit_paths([str(p)]).findings if f.severity in ("error", "suspect")]
    assert found == []

"""基本支出's change explained line by line by its three economic classes (临沧's 预算变动说明, ``accounts.class_reasons``):
the whole's signed change is the sum of theirs (增/增加 up, 减/减少 and a bracketed (减少) down); a sum that does not hold is
a suspect on the whole's line. A list that leaves a class out, or another kind's lines (项目支出) in between, is not
read. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from layouts.files import audited


def _lines(whole: str, third: str = "3.对个人和家庭补助支出较上年(减少)16.23万元,减幅 71 %。主要原因是:退休人员减少。") -> list[str]:
    return ["东山县某局2032年部门预算变动情况说明",
            "一、预算收支增减变化情况说明",
            "(一)基本支出预算收支增减情况",
            f"2032年基本支出预算较上年增 {whole}万元,增幅22% 。主要变动原因如下:",
            "1.工资福利支出较上年增94.22万元,增44 %。主要原因是:新增人员。",
            "2.商品和服务支出较上年增1.11万元,增3.6%。主要原因是:新增人员。",
            third,
            "(二)项目支出预算收支增减情况",
            "2032年项目支出预算较上年(减)6万元,(减)幅23 %。主要原因是:压缩项目支出。",
            "二、“三公”经费预算收支增减情况",
            "2032年财政拨款“三公”经费预算总额为2.7万元,其中,因公出国(境)费支出0万元,公务用车购置及运行费支出1.5万元,"
            "公务接待费支出1.2万元。"]


@pytest.mark.parametrize(("whole", "found"), [
    ("79.10", []),
    ("59.11", [("total_sum", "suspect", "基本支出", "59.11", "79.10")]),
])
def test_the_whole_change_is_its_classes(tmp_path: Path, whole: str, found: list[object]) -> None:
    _, findings = audited(tmp_path, _lines(whole), "budget.txt")
    assert [(f.kind, f.severity, f.row, f.reported, f.recomputed) for f in findings] == found


def test_a_list_without_all_three_classes_is_not_read(tmp_path: Path) -> None:
    _, findings = audited(tmp_path, _lines("59.11", "3.资本性支出较上年减少16.23万元。"), "budget.txt")
    assert findings == []

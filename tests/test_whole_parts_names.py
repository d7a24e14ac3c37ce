"""A 其中 list's parts named as the sentence says them (寿县司法局's 三公 预算说明 as the wording: "其中:因公出国(境)费支出
预算为0万元,公务接待费支出预算为4万元,…"): the accounts' line word the reader matches (支出预算) is the tail of each
item's name, and a finding saying "支出预算 = 支出预算 + 支出预算 + 支出预算" tells the reader nothing. Invented figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.files import write

ITEMS = ("因公出国(境)费支出预算", "公务接待费支出预算", "公务用车购置及运行费支出预算")


@pytest.mark.parametrize(("printed", "heading"), [("0 14 75", "(一)预算情况\n"), ("2 30 61", ""),
                                                  ("0 15.5 40.25", "二、“三公”经费\n")])
def test_the_parts_of_a_failed_list_are_named_in_full(tmp_path: Path, printed: str, heading: str) -> None:
    figures = [Decimal(x) for x in printed.split()]
    whole = sum(figures) - 10  # the parts exceed the whole by 10
    said = ",".join(f"{n}为{v}万元" for n, v in zip(ITEMS, figures, strict=True))
    table = (f"一、2022年一般公共预算“三公”经费支出预算表\n单位:万元\n“三公”经费合计 | 因公出国(境)费 | 公务用车购置及运行费 | "
             f"公务接待费\n{whole} | {figures[0]} | {figures[2]} | {figures[1] - 10}\n")
    text = (f"某县某局2022年“三公”经费预算情况\n{table}二、2022年一般公共预算“三公”经费支出预算情况说明\n{heading}"
            f"某县某局2022年一般公共预算“三公”经费支出预算为{whole}万元,比上年预算减少49万元。其中:{said}。\n")
    found = [f for f in audit_paths([str(write(tmp_path, text))]).findings if f.kind == "total_sum"]
    assert [(f.severity, f.row) for f in found] == [("suspect", "一般公共预算“三公”经费支出预算")]
    assert found[0].message.startswith("情况说明：一般公共预算“三公”经费支出预算 = " + " + ".join(ITEMS))


def test_a_year_or_heading_before_a_line_is_not_its_name(tmp_path: Path) -> None:
    text = ("某县某局2023年部门预算说明\n(一)收入情况\n本年度预算总收入为110万元,其中:一般预算财政拨款收入90万元,占90%;"
            "其他收入10万元,占10%。\n")
    found = [f for f in audit_paths([str(write(tmp_path, text))]).findings if f.kind == "total_sum"]
    assert [f.row for f in found] == ["预算总收入"]

"""A 说明's lines stated in other wordings (``accounts.notes.stated_pattern``, ``_each_pattern``): a bracket after the
name saying what it holds (基本支出（含人员经费和公用经费）A万元), the line named with 方面 (基本支出方面，安排A万元),
and two lines given together (基本支出和项目支出分别为A万元和B万元). Each line's amount is read under its name."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_path

WORDINGS = [
    "支出预算{t}万元，其中基本支出（含人员经费和公用经费）{b}万元，项目支出（主要用于专项业务）{p}万元。",
    "支出预算{t}万元。基本支出方面，安排{b}万元；项目支出方面，安排{p}万元。",
    "支出预算{t}万元，基本支出和项目支出分别为{b}万元和{p}万元。",
    "支出预算{t}万元，基本支出与项目支出预算数分别为{b}、{p}万元。",
]


@pytest.mark.parametrize("wording", WORDINGS)
@pytest.mark.parametrize(("basic", "project"), [("1000.00", "234.56"), ("86.4", "12.05")])
def test_each_line_is_read_under_its_name(tmp_path: Path, wording: str, basic: str, project: str) -> None:
    total = Decimal(basic) + Decimal(project)
    p = tmp_path / "notes.txt"
    p.write_text("\n".join(["某某局2024年部门预算公开说明", "一、部门预算收支情况",
                            f"2024年收入预算{total}万元，全部为一般公共预算拨款收入。",
                            wording.format(t=total, b=basic, p=project)]) + "\n", encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["budget_disclosure"]
    rows = {r.name: v.value for t in docs[0].extra["accounts"].tables for r in t.rows for v in r.values.values()}
    assert rows.get("基本支出") == Decimal(basic)
    assert rows.get("项目支出") == Decimal(project)


@pytest.mark.parametrize(("budget", "final"), [("950.00", "1000.00"), ("1,204.5", "1,180.25")])
def test_the_final_template_sentence_gives_the_line_its_final_figure(tmp_path: Path, budget: str, final: str) -> None:
    """"一般公共预算财政拨款支出年初预算为A万元，支出决算为B万元，完成年初预算的C%": B is the line's own figure in a 决算."""
    p = tmp_path / "notes.txt"
    p.write_text("\n".join(["某某局2022年度部门决算情况说明", "一、收入支出决算总体情况说明",
                            "2022年度收入总计1234.56万元，支出总计1234.56万元。",
                            f"2022年度一般公共预算财政拨款支出年初预算为{budget}万元，支出决算为{final}万元，完成年初预算的"
                            "101.00%。"]) + "\n", encoding="utf-8")
    docs = read_path(p).documents
    rows = {r.name: v.value for t in docs[0].extra["accounts"].tables for r in t.rows for v in r.values.values()}
    assert rows.get("一般公共预算财政拨款支出") == Decimal(final.replace(",", ""))


def test_a_class_named_with_its_level_is_the_line(tmp_path: Path) -> None:
    """一般公共服务（类）支出 is the line 一般公共服务支出 (the code list's level in brackets)."""
    p = tmp_path / "notes.txt"
    p.write_text("\n".join(["某某局2022年度部门决算情况说明", "一、收入支出决算总体情况说明",
                            "2022年度收入总计1234.56万元，支出总计1234.56万元。",
                            "一般公共服务（类）支出600.00万元，主要用于机关运转。", "教育（类）支出634.56万元，主要用于学校运转。"])
                 + "\n", encoding="utf-8")
    rows = {r.name: v.value for t in read_path(p).documents[0].extra["accounts"].tables for r in t.rows
            for v in r.values.values()}
    assert rows.get("一般公共服务支出") == Decimal("600.00")
    assert rows.get("教育支出") == Decimal("634.56")

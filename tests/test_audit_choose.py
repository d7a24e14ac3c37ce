"""The audit picks a document's framework from the frameworks' own metadata (kind, locality, year)."""

from __future__ import annotations

from jixiao.audit.choose import pick_framework, place_names
from jixiao.core.records import Document, Val
from jixiao.core.source import Source


def doc(kind: str, unit: str, year: int | None) -> Document:
    return Document(type=kind, title="项目", source=Source("x.txt", line=1), year=year, header={"主管部门": Val(unit)})


def test_place_names_widest_first() -> None:
    assert place_names("上海市杨浦区") == ["上海", "杨浦"]
    assert place_names("南京市") == ["南京"]
    assert place_names("全国") == []


def test_most_specific_locality_the_document_names() -> None:
    assert pick_framework(doc("project_self_evaluation", "上海市杨浦区科学技术委员会", 2022)) == "yangpu-2022-project"
    assert pick_framework(doc("project_self_evaluation", "上海市经济和信息化委员会", 2023)) == "shanghai-2023-project"
    assert pick_framework(doc("project_self_evaluation", "某省某厅", 2023)) == "mof-2020-project"
    assert pick_framework(doc("policy_self_evaluation", "上海市杨浦区科学技术委员会", 2022)) == "yangpu-2022-policy"
    assert pick_framework(doc("dept_evaluation", "南京市工业和信息化局", 2024)) == "nanjing-2024-dept"
    assert pick_framework(doc("dept_evaluation", "某市某局", 2024)) is None
    assert pick_framework(doc("final_accounts", "上海市宝山区经济委员会", 2017)) is None

"""A rule text whose first heading names the rules themselves with the table's whole (一、考核评比内容及评分标准(100分)),
its parts under it ((一)组织发动(5分) …), the excerpt cut before the last parts: that heading is the whole, its 100 the
stated total, kept as printed and unchecked; its parts are the table's first levels. Before, it was read as a group
named 标准 holding the first two parts, and its 100 against their 20 was a suspect the document does not deserve.
Invented figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path


@pytest.mark.parametrize(("heading", "a", "b", "c1", "c2", "c3"), [
    ("考核评比内容及评分标准", "5", "15", "12", "8", "10"),
    ("考核内容及考核标准", "10", "20", "15", "5", "10"),
])
def test_the_rules_heading_is_the_whole(tmp_path: Path, heading: str, a: str, b: str, c1: str, c2: str, c3: str) -> None:
    c = str(int(c1) + int(c2) + int(c3))
    text = ("某县秋季农业农村工作考核评比办法\n为确保各项任务目标的完成,特制定本考核评比办法。"
            f"一、{heading}(100分)(一)组织发动({a}分)成立领导小组,发动组织群众好的计{a}分,差的扣1分。"
            f"(二)开沟排水({b}分)完成开沟排水任务的计{b}分,每差1亩扣1分,扣满为止。"
            f"(三)良种良法配套示范({c}分)1、油菜种植({c1}分):完成油菜良种推广的计{c1}分,不足的按比例扣分;"
            f"2、小麦种植({c2}分):完成小麦种植计划的计{c2}分,不足的按比例扣分;"
            f"3、洋芋种植({c3}分):完成洋芋种植计划的计{c3}分,不足的按比例扣分。(四)农田水利")
    path = tmp_path / "rules.txt"
    path.write_text(text + "\n", encoding="utf-8")
    (doc,) = [d for d in read_path(path).documents if d.type == "assessment_rules"]
    assert doc.total_weight.dec == Decimal(100)
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators][:2] == [("组织发动", Decimal(a)), ("开沟排水", Decimal(b))]
    assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]

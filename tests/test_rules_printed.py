"""A rule table whose weights no sum of its own confirms, read as its labels print them (``ruletable_printed``).

Published rule tables are often a preview cut off inside the table (宣城 粮食安全考核评分表: 一、…(45分) | (一)保护耕地(15分)
| 1.耕地保有量(7分) | rule …, the text ending in the second group), or print a group's weight beside rows that fall
short of it. No sum holds, so the confirmed reader read nothing and the file was "not recognised" though every label
says its weight. Now such a file, when nothing else reads it, is read flat: each label's name and the weight it
prints, the document half read (no total checked) and its note saying the weights are unconfirmed, to check against
the table. A plain weight after a name (…。组织领导完善管理制度3分) is taken only where the name opens its cell or an
item of a list, never glued after a stop. Invented figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from jixiao.read.draft import draft_framework
from jixiao.read.recognise.ruletable_printed import PRINTED
from layouts.files import write

# (group, its weight, [(sub-group, its weight, [(row, weight), …])]): no level's weights make the one above (a
# printed table whose sums do not hold)
_TREE = [("保障粮食生产能力", "38", [("保护耕地资源", "16", [("耕地保有量", "9"), ("永久基本农田", "6")]),
                                   ("建设高标准农田", "24", [("年度建设任务", "12"), ("建后管护", "10")])]),
         ("落实储备责任", "35", [("地方储备规模", "20", [("储备到位率", "11")])])]


def _pipes(cut: bool) -> str:
    lines = ["某市2025年度粮食安全考核评分表 | |||||", "考核内容 | 重点考核事项 | 考核指标 | 评分标准 | 牵头部门 |"]
    marks = "一二三"
    for g, (group, gw, subs) in enumerate(_TREE):
        for s, (sub, sw, rows) in enumerate(subs):
            for r, (row, rw) in enumerate(rows):
                cells = [f"{marks[g]}、{group}({gw}分)" if s == r == 0 else "",
                         f"({marks[s]}){sub}({sw}分)" if r == 0 else "", f"{r + 1}.{row}({rw}分)",
                         f"达到目标任务的得{rw}分,每低1个百分点扣0.5分,扣完为止。", "市农业农村局"]
                lines.append(" | ".join(c for c in cells if c) + " |")
    text = "\n".join(lines) + "\n"
    return text[: text.index("(9分)") + 4] + " | 全市耕地保有" if cut else text  # (a preview stops in the first row)


def _labels(cut: bool) -> list[tuple[str, Decimal]]:
    if cut:
        return [("保障粮食生产能力", Decimal(38)), ("保护耕地资源", Decimal(16)), ("耕地保有量", Decimal(9))]
    out = []
    for group, gw, subs in _TREE:
        out.append((group, Decimal(gw)))
        for sub, sw, rows in subs:
            out.append((sub, Decimal(sw)))
            out += [(row, Decimal(rw)) for row, rw in rows]
    return out


def test_labels_no_sum_confirms_are_read_as_printed(tmp_path: Path) -> None:
    path = write(tmp_path, _pipes(True), "rules.txt")
    (doc,) = read_path(path).documents
    assert doc.type == "assessment_rules" and doc.extra.get(PRINTED)
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == _labels(True)
    assert all(i.level1.value is None and i.level2.value is None for i in doc.indicators)  # flat: no level placed
    assert doc.total_weight.dec is None  # none printed, none made up
    assert any("未经确认" in p.message and "请对照原表核对" in p.message for p in doc.problems)
    found = audit_paths([str(path)]).findings
    assert [f for f in found if f.severity == "error"] == []
    assert not [f for f in found if f.kind == "not_recognised"]  # read, and said to be unconfirmed


def test_the_whole_table_is_read_by_its_levels(tmp_path: Path) -> None:
    """The same table whole: the label tree reads its levels and finds the sums that do not hold; never the flat
    reading of its labels."""
    path = write(tmp_path, _pipes(False), "rules.txt")
    (doc,) = read_path(path).documents
    assert doc.type == "assessment_rules" and not doc.extra.get(PRINTED)
    assert {("保障粮食生产能力(38分)", "保护耕地资源(16分)", "耕地保有量")} <= {
        (i.level1.str_, i.level2.str_, i.level3.str_) for i in doc.indicators}


def test_the_draft_of_a_printed_reading_says_no_sum_confirmed_it(tmp_path: Path) -> None:
    from jixiao.read import read_file

    draft = draft_framework(read_file(write(tmp_path, _pipes(True), "rules.txt")))
    assert draft is not None
    assert "no sum confirmed the weights" in draft.text and "\ntotal_weight:" not in draft.text
    assert '  name: "耕地保有量"\n  weight: 9\n' in draft.text


def test_plain_weights_glued_after_a_stop_are_not_read(tmp_path: Path) -> None:
    """组织领导完善管理制度3分 run together after the last row's stop: the group's name glued to the row's; no label in
    brackets, no name opening a cell: nothing read, the file not recognised (said so)."""
    text = ("某镇2025年度综合考核细则\n考核项目考核内容分值评分标准组织领导完善管理制度3分完善的得3分。"
            "日常管理成立领导小组6分成立的得6分;发现1处问题扣0.5分。工作成效规范资料归档2分归档的得2分。\n")
    path = write(tmp_path, text, "rules.txt")
    assert not [d for d in read_path(path).documents if d.type == "assessment_rules"]
    assert [f for f in audit_paths([str(path)]).findings if f.kind == "not_recognised"]


def test_a_list_of_plain_weights_is_read(tmp_path: Path) -> None:
    """其中征收管理20分、票据管理15分、资金缴库10分、稽查整改5分: the items of a sentence's list, each its weight; the
    whole the text states (百分制) kept as printed, the rows never checked against it (half read: 50 of 100 is no
    mistake of the table)."""
    text = ("某县非税收入征收工作考核办法\n一、考核内容\n考核实行百分制,其中征收管理20分、票据管理15分、资金缴库10分、"
            "稽查整改5分,其余由年终评议确定。\n")
    path = write(tmp_path, text, "rules.txt")
    (doc,) = [d for d in read_path(path).documents if d.type == "assessment_rules"]
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == [
        ("征收管理", 20), ("票据管理", 15), ("资金缴库", 10), ("稽查整改", 5)]
    assert doc.extra.get(PRINTED) and doc.total_weight.dec == 100
    assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]



@pytest.mark.parametrize("first", ["4", "3"])
def test_a_header_run_into_the_first_name_is_no_part_of_it(tmp_path: Path, first: str) -> None:
    """考核项目 考核内容 核准分合计一、组织领导(10分): the header's words run on before the first row's list mark are no
    part of its name, whether its rows make its weight or not (4 + 6, 3 + 6); nor is a cell's separator left before a
    name (、廉洁自律)."""
    text = ("某单位2031年度党风廉政建设考评指标体系\n考核项目 考核内容 核准分合计一、组织领导(10分) "
            f"1.建立工作机构({first}分)明确专人负责。 2.签订责任状(6分)逐级签订。 二、制度建设(15分) 3.完善制度(8分)"
            "制度健全。 、廉洁自律(7分)无违纪。 4.廉政档\n")
    (doc,) = read_path(write(tmp_path, text, "rules.txt")).documents
    names = [n for i in doc.indicators for n in (i.level1.str_, i.level3.str_) if n]
    assert any(n.split("(")[0] == "组织领导" for n in names)
    assert not any("合计" in n or n.startswith("、") for n in names)

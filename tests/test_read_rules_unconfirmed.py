"""Rule tables whose weights no sum confirms (no 合计 row, or the excerpt stops before it), published one cell a line
or with lone pipes between the cells, under headers of 考核 / 检查 / 评定 tables that never say 绩效: the rows read by
the header's column model (序号 / 项次, the 检查项目 and 评定得分 words, the weight printed before the row's name), two
rows enough where each prints every cell the header names; rows run together whose weight is glued before their
rule's first item, read where the items' points make it; the numbers in the rules (years, item numbers, amounts,
target percentages) never taken for weights; the draft saying no total confirmed the weights, and ``framework check``
still finding a sum that is not 100 (generator: ``tests/layouts/ruleplain``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.core.records import Document
from jixiao.frameworks.loader import load_framework_text
from jixiao.read import read_file, read_path
from jixiao.read.draft import UNCONFIRMED, draft_framework
from layouts.files import write
from layouts.ruleplain import SHAPES, TITLES, Row, invent, invent_runon, invent_tree_run, run_together


def _rules(path: Path, rows: list[Row]) -> Document:
    (doc,) = [d for d in read_path(path).documents if d.type == "assessment_rules"]
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == [(r.name, Decimal(r.weight)) for r in rows]
    assert doc.total_weight.dec is None  # no total printed: none made up
    return doc


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("shape", SHAPES)
def test_rows_read_by_the_header_without_a_total(tmp_path: Path, shape: str, seed: int) -> None:
    text, rows = invent(seed, shape)
    path = write(tmp_path, text)
    _rules(path, rows)
    assert [f for f in audit_paths([str(path)]).findings if f.severity == "error"] == []


@pytest.mark.parametrize("shape", [s for s in SHAPES if not s.endswith("_norule")])  # (whole rows: each its rule)
def test_two_whole_rows_are_a_table(tmp_path: Path, shape: str) -> None:
    text, rows = invent(5, shape, keep=2)  # the excerpt stops after the second row
    _rules(write(tmp_path, text), rows)


@pytest.mark.parametrize("shape", ["check_cells", "xiangci_cells", "late_pipes"])
def test_the_draft_says_no_total_confirmed_the_weights(tmp_path: Path, shape: str) -> None:
    text, rows = invent(2, shape)
    draft = draft_framework(read_file(write(tmp_path, text)))
    assert draft is not None
    assert UNCONFIRMED in draft.text and "\ntotal_weight:" not in draft.text
    assert "kind: assessment" in draft.text  # 考核 / 检查 / 评定 in the title, never 绩效
    assert f'title: "{TITLES[SHAPES[shape][0]]}"' in draft.text  # the table's name, not a form's field (评定日期)
    filled = draft.text.replace("rule: TODO", "rule: manual")
    _, problems = load_framework_text(filled, "draft.yaml")
    summed = sum(r.weight for r in rows)
    assert summed != 100
    assert any(f"之和 {summed} 不等于总分 100" in p.message for p in problems)  # the user's to fix


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("lines", [1, 3, 5])
def test_rows_run_together_weight_glued_before_the_first_item(tmp_path: Path, seed: int, lines: int) -> None:
    """序号, 内容, 标准分, 评分标准 run together in a few long lines (…落实。71有…得2分。2有…得5分。): each row's weight
    read where its items' points make it, its name the content's first clause (wrapped over a line or not); a year
    broken by the wrap (…于20 / 23年) never a weight."""
    text, rows = invent_runon(seed, lines)
    (doc,) = [d for d in read_path(write(tmp_path, text)).documents if d.type == "assessment_rules"]
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == [(r.name, Decimal(r.weight)) for r in rows]


def test_a_weight_never_taken_from_the_rule_text(tmp_path: Path) -> None:
    """A row whose weight cell is lost: its rule's year, item numbers and percentages are not its weight; the row
    is read without one or not at all, never with a number of its rule."""
    text, rows = invent(3, "check_cells")
    lost = rows[1]
    lines = text.split("\n")
    k = lines.index(lost.name)
    del lines[k + 1]  # the weight's line
    docs = [d for d in read_path(write(tmp_path, "\n".join(lines))).documents if d.type == "assessment_rules"]
    rule_numbers = {Decimal(2023), Decimal(1), Decimal(2), Decimal(95), Decimal("0.5"), Decimal(20)}
    for d in docs:
        for i in d.indicators:
            if i.level3.str_ == lost.name:
                assert i.weight.dec is None or i.weight.dec not in rule_numbers - {Decimal(lost.weight)}


def test_points_a_rule_awards_are_no_weight(tmp_path: Path) -> None:
    """A header with no weight column and rules that only award or take off points (得5分, 扣2分), name a year or a
    target: no row is given a weight from them."""
    lines = ["某县2023年度安全生产工作考核细则", "考核项目", "考核内容", "评分标准"]
    for name in ("成立领导小组", "制定实施方案", "建立工作台账"):
        lines += ["组织领导", name, f"2023年{name}完成率达到95%的得5分,每少1项扣2分。"]
    docs = [d for d in read_path(write(tmp_path, "\n".join(lines) + "\n")).documents if d.type == "assessment_rules"]
    assert all(i.weight.dec is None for d in docs for i in d.indicators)


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("shape", ["levels_cells", "kaohe_cells_fen", "check_cells", "late_cells_fen", "yaosu_cells"])
def test_run_together_without_a_sum_never_misread(tmp_path: Path, shape: str, seed: int) -> None:
    """The same tables run together into a few long lines, no sum to confirm where a row ends: whatever is read is a
    row's own name and weight (a row may be missing, never made up: no 得分。 named row, no weight from a rule)."""
    text, rows = invent(seed, shape)
    truth = {(r.name, Decimal(r.weight)) for r in rows}
    docs = read_path(write(tmp_path, run_together(text, seed))).documents
    read = [(i.level3.str_, i.weight.dec) for d in docs if d.type == "assessment_rules" for i in d.indicators
            if i.weight.dec is not None]
    assert all(x in truth for x in read)


@pytest.mark.parametrize("seed", range(6))
def test_run_together_one_name_column_read_by_the_header(tmp_path: Path, seed: int) -> None:
    """序号, 考核内容, 分值, 评分标准 run together into a few long lines (…的得4分;2.未成立的不得分。2制定实施方案6分…): no
    group label can be glued to a name, so each row is read where a stop is followed by its number, name and weight
    with 分, and no rule awards more than its row's weight; its rules' years, item numbers and percentages are no
    weights."""
    text, rows = invent(seed, "single_cells_fen")
    (doc,) = [d for d in read_path(write(tmp_path, run_together(text, seed))).documents if d.type == "assessment_rules"]
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == [(r.name, Decimal(r.weight)) for r in rows]
    assert doc.total_weight.dec is None


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("bare", [False, True])
def test_run_together_standard_levels_cut_by_their_words(tmp_path: Path, seed: int, bare: bool) -> None:
    """一级指标二级指标三级指标分值评分标准 run together, each group's labels running into its first row's name
    (决策项目立项立项依据充分性4分…): the standard levels' words cut them off (产出质量 is a second level, not 产出 +
    质量; 资金分配合理性 a row, not 资金分配 + 合理性), each row under both its levels with its weight, printed with 分
    or bare before its rule (a year, 2023年, or a count, 3次, after a stop never taken for a row's weight)."""
    text, rows = invent_tree_run(seed, bare=bare)
    (doc,) = [d for d in read_path(write(tmp_path, text)).documents if d.type == "assessment_rules"]
    got = [(i.level1.str_, i.level2.str_, i.level3.str_, i.weight.dec) for i in doc.indicators]
    assert got == [(r.group, r.sub, r.name, Decimal(r.weight)) for r in rows]


def test_a_count_after_a_stop_is_no_row(tmp_path: Path) -> None:
    """Bare weights run together: a rule's next sentence opening with a count (全年开展3次培训) or a year (2023年底前)
    after its stop is no row's name and weight: the units say they are quantities."""
    text = ("某镇2022年度安全生产考核细则\n序号考核内容分值评分标准1成立领导小组4成立领导小组的得4分。全年开展3次检查"
            "的不扣分。2制定实施方案6方案制定的得6分。2023年底前未修订的扣1分。3开展隐患排查10排查到位的得10分,少1次扣2分。"
            "4建立工作台账5台账完整的得5分。\n")
    (doc,) = [d for d in read_path(write(tmp_path, text)).documents if d.type == "assessment_rules"]
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == [
        ("成立领导小组", 4), ("制定实施方案", 6), ("开展隐患排查", 10), ("建立工作台账", 5)]

"""The dept_evaluation recogniser on seeds 002 and 003 and on small tables written the way PDFs extract them."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.core.records import Document, IndicatorRow
from jixiao.read.recognise.dept import recognise
from jixiao.read.text import read_text_tables

D = Decimal
SEEDS = Path(__file__).resolve().parents[1] / "samples"


def _seed(prefix: str) -> Path:
    found = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not found:
        pytest.skip(f"seed {prefix} not available")
    return found[0]


def _read(text: str, name: str = "t.txt") -> list[Document]:
    return recognise(read_text_tables(text, name))


def _doc(prefix: str) -> Document:
    path = _seed(prefix)
    docs = _read(path.read_text(encoding="utf-8"), str(path))
    assert len(docs) == 1 and docs[0].type == "dept_evaluation"
    return docs[0]


def _by_code(doc: Document) -> dict[str, IndicatorRow]:
    return {str(r.code.value): r for r in doc.indicators}


# --- seed 002: one table, 42 leaves over four pages -------------------------------------------------------


def test_seed_002_has_42_indicators_with_the_seeds_codes() -> None:
    doc = _doc("002")
    codes = [r.code.value for r in doc.indicators]
    assert len(codes) == 42 and codes[0] == "A11" and codes[-1] == "E11"
    assert codes[6:12] == ["B11", "B12", "B13", "B14", "B15", "B16"]
    assert sum(r.weight.dec or D(0) for r in doc.indicators) == D(100)
    assert sum(r.score.dec or D(0) for r in doc.indicators) == D("93.98")
    assert doc.year == 2024 and doc.title == "南京市工业和信息化局2024年度部门整体绩效自评价综合评分表"


def test_seed_002_total_row_and_grade_keep_their_sources() -> None:
    doc = _doc("002")
    assert doc.total_score.dec == D("93.98") and doc.total_score.text == "93. 98"
    assert doc.total_score.source is not None and doc.total_score.source.line == 258
    assert doc.total_weight.dec == D(100)
    assert doc.grade.value == "优" and doc.grade.source is not None and doc.grade.source.line == 112


def test_seed_002_row_values_with_sources() -> None:
    b12 = _by_code(_doc("002"))["B12"]
    assert (b12.level1.value, b12.level2.value, b12.level3.value) == (
        "过程(24 分)",
        "预算执行 (10分)",
        "预算执行率",
    )
    assert b12.weight.dec == D("2.00") and b12.score.dec == D("1.88") and b12.standard.value == "100%"
    assert b12.rule_text.value is not None and b12.rule_text.value.startswith("①比率=100%,得满分")
    assert (
        b12.evidence.value is not None and "94.12%" in b12.evidence.value and "得1.88分" in b12.evidence.value
    )
    assert b12.score.source is not None and (b12.score.source.line, b12.score.source.cell) == (215, "C8")
    assert b12.source is not None and b12.source.line == 215


def test_seed_002_numbers_with_spaces_and_ocr_slips_as_printed() -> None:
    by = _by_code(_doc("002"))
    assert by["A11"].weight.text == "2. 00" and by["A11"].weight.dec == D("2.00")
    assert by["B15"].standard.value == "≪0%"  # printed so; nothing is corrected by the reader
    assert by["A21"].level1.value == "央策(12 分)"  # OCR for 决策, kept as read


def test_seed_002_shifted_rows_and_labels_carried_down() -> None:
    by = _by_code(_doc("002"))
    # B16 and B21 lost their blank first cells; labels printed on a middle row of their group.
    assert by["B16"].weight.dec == D("1.00") and by["B16"].score.dec == D("1.00")
    assert by["B21"].level2.value == "资产管理(3分)" and by["B22"].level2.value == "资产管理(3分)"
    assert by["A11"].level1.value == by["A32"].level1.value == "央策(12 分)"
    assert by["C12"].level2.value == "强化工业经济运行调度"  # "C1强化工业 经济运行调" + "度" on the next row


def test_seed_002_cells_wrapped_across_a_page_break() -> None:
    by = _by_code(_doc("002"))
    assert by["C22"].standard.value is not None and by["C22"].standard.value.endswith("超5000家")
    assert by["C22"].evidence.value is not None and "5028家" in by["C22"].evidence.value
    assert by["C32"].evidence.value is not None and by["C32"].evidence.value.endswith(
        "13000P FLOPS(FP16)。得满分。"
    )
    assert by["C22"].score.dec == D("3.00")


def test_seed_002_first_level_c_has_no_name_and_says_so() -> None:
    doc = _doc("002")
    by = _by_code(doc)
    assert by["C11"].level1.value is None
    assert [(p.message, p.source.line if p.source else None) for p in doc.problems] == [
        ("指标C的名称在表中未能读出（C11的上级）", 233)
    ]
    assert doc.problems[0].message_en is not None


# --- seed 003: an indicator-system table and score tables ------------------------------------------------

BAOSHAN_PUBLISHED = {
    "A101": "2", "A102": "2.7", "A1031": "0.5", "B101": "0.33", "B102": "1.32", "B103": "0.57", "B1041": "0.75",
    "B1042": "0.75", "B204": "0.8", "B301": "0.4", "B302": "0.71", "B501": "3.6", "C2011": "0", "C202": "1.5",
    "C2031": "3", "C1022": "6",
}  # fmt: skip


def test_seed_003_leaves_weights_and_published_scores() -> None:
    doc = _doc("003")
    by = _by_code(doc)
    assert len(doc.indicators) == 45
    assert sum(r.weight.dec or D(0) for r in doc.indicators) == D(100)
    assert {c: str(by[c].score.dec) for c in BAOSHAN_PUBLISHED} == BAOSHAN_PUBLISHED
    assert doc.total_score.dec == D("88.93") and doc.total_score.source is not None
    assert doc.total_score.source.line == 1324 and doc.grade.value == "良"


def test_seed_003_a_missing_score_is_a_located_problem_not_a_guess() -> None:
    doc = _doc("003")
    c1021 = _by_code(doc)["C1021"]
    assert c1021.weight.dec == D(3) and c1021.score.value is None
    assert sum(r.score.dec or D(0) for r in doc.indicators) == D("88.93") - D(3)
    assert [(p.message, p.source.line if p.source else None) for p in doc.problems] == [
        ("指标C1021的得分在表中未能读出", 1565)
    ]


def test_seed_003_levels_and_names_joined_across_wrapped_rows() -> None:
    by = _by_code(_doc("003"))
    a1031 = by["A1031"]
    assert (a1031.level1.value, a1031.level2.value, a1031.level3.value, a1031.level4.value) == (
        "部门决策", "部门战略规划", "部门绩效目标", "部门绩效目标适应性",
    )  # fmt: skip
    assert by["A201"].level2.value == "部门项目决策"  # "A2 部门" + "项目决策" after a page break
    assert by["C1011"].level4.value == "推进“中国产业互联网创新实践区”建设完成情况"
    assert by["A101"].level4.value is None and by["A101"].level3.value == "部门规划情况"
    # 表3-0 prints C2012 in the 二级指标 column with its weight four cells further on
    assert (by["C2012"].level3.value, by["C2012"].weight.dec, by["C2012"].score.dec) == (
        "工作成效",
        D(4),
        D(4),
    )
    assert by["B302"].rule_text.value == "100%为满分，每降低 1%扣权重分的 5%，低于 80%不得分。"


def test_seed_003_evidence_paragraphs_and_subtotals() -> None:
    doc = _doc("003")
    by = _by_code(doc)
    b101 = by["B101"].evidence
    assert b101.value is not None and b101.source is not None and b101.source.line == 1502
    assert "预算执行率 74.72%，扣 1.67 分，得 0.33 分。" in b101.value
    assert by["B302"].evidence.value is not None and by["B302"].evidence.value.endswith(
        "扣 1.29 分，得 0.71 分。"
    )
    subtotals = {k: v.dec for k, v in doc.extra["subtotals"].items()}
    assert subtotals == {"A": D("13.2"), "B": D("23.23"), "C": D("52.5")}
    # 表3-0-1 prints B2 as 4.7 while its leaves in 表3-2 add up to 4.8: both are kept as read.
    assert doc.extra["level_scores"]["B2"].dec == D("4.7")
    assert sum(by[c].score.dec or D(0) for c in ("B201", "B202", "B203", "B204")) == D("4.8")


# --- small tables, written as PDFs extract them ---------------------------------------------------------

HEADER = "一级指标\t二级指标\t三级指标\t权重 分\t标准值\t评分规则\t业绩值及评分过程\t得分\n"
ROWS = (
    "A决策(4 分)\tA1计划\tA11规划 健全性\t2. 00\t健全\t是否具有规划,符合得满分。\t已制定,得满分。\t2. 00\n"
    "\tA12计划健全性\t1.00\t健全\t是否制定计划。\t已制定, 得满\t1.00\n"
    "\t\t\t\t\t\t分。\t\n"
)


def test_page_break_splits_the_table_and_rows_shift_left() -> None:
    text = (
        HEADER
        + ROWS
        + "\n\n\n\n\n"
        + "B过程(1 分)\tB1执行\tB11执行率\t1.00\t100%\t按比例。\t执行率=90%\t0.90\n合计\t\t\t4\t\t\t\t3.90\n"
    )
    doc = _read(text)[0]
    by = _by_code(doc)
    assert list(by) == ["A11", "A12", "B11"]
    assert by["A12"].weight.dec == D("1.00") and by["A12"].level2.value == "计划"
    assert by["A12"].evidence.value == "已制定, 得满分。"
    assert by["B11"].score.dec == D("0.90") and doc.total_score.dec == D("3.90")


def test_unreadable_weight_is_located_and_missing() -> None:
    text = HEADER + ROWS.replace("1.00\t健全\t是否制定计划", "壹\t健全\t是否制定计划")
    doc = _read(text)[0]
    a12 = _by_code(doc)["A12"]
    assert a12.weight.value is None
    problem = next(p for p in doc.problems if "A12" in p.message)
    assert (
        problem.message == "指标A12的权重未能读出" and problem.source is not None and problem.source.line == 3
    )


def test_a_score_that_is_not_a_number_is_located_and_missing_and_a_dash_is_not_a_problem() -> None:
    text = HEADER + ROWS.replace("得满分。\t2. 00\n", "得满分。\t贰\n").replace("得满\t1.00\n", "得满\t——\n")
    doc = _read(text)[0]
    by = _by_code(doc)
    assert (by["A11"].score.value, by["A11"].score.text) == (None, "贰")
    assert (by["A12"].score.value, by["A12"].score.text) == (None, "——")
    scores = [p for p in doc.problems if "得分" in p.message]
    assert [p.message for p in scores] == ["指标A11的得分不是数字：贰"]
    assert scores[0].source is not None and (scores[0].source.line, scores[0].source.cell) == (2, "C8")


def test_tables_without_codes_are_not_dept_evaluations() -> None:
    form = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标\t数量指标\t场次\t≥2\t2\t20\t20\n"
    assert _read(form) == []


HEADERS = [
    HEADER.rstrip("\n"),
    "一级指标\t权重\t二级指标\t分值\t三级指标\t分值\t四级指标\t分值\t指标解释\t评分标准",
    "二级指标\t分值\t三级指标\t分值\t四级指标\t分值\t得分\t得分率",
    "一级指标\t二级指标\t分值\t得分\t得分率",
]
CELLS = st.one_of(
    st.sampled_from(
        [
            "A",
            "A1",
            "A11 名",
            "A101 名",
            "A1031 名",
            "B 部门",
            "2",
            "0.5",
            "—",
            "合计",
            "",
            "%",
            "3. 00",
            "(3分)",
        ]
    ),
    st.text(max_size=5),
)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(HEADERS), st.lists(st.lists(CELLS, max_size=12), max_size=15), st.integers(0, 4))
def test_any_rows_under_any_header_give_records_or_problems(
    header: str, rows: list[list[str]], gap: int
) -> None:
    """Codes at any depth, numbers, dashes, totals and junk in any cell, a page break anywhere: never an
    exception, and every indicator read has a code and a row."""
    lines = [header] + ["\t".join(r) + "\n" * gap * (i == 3) for i, r in enumerate(rows)]
    for doc in _read("\n".join(lines) + "\n"):
        doc.to_json()
        for row in doc.indicators:
            assert row.code.value is not None and row.source is not None


def test_xlsx_with_merged_labels(tmp_path: Path) -> None:
    """The same recogniser on a spreadsheet: merged label cells repeat on every row they cover."""
    openpyxl = pytest.importorskip("openpyxl")
    from jixiao.read.xlsx import read_xlsx

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["一级指标", "二级指标", "三级指标", "权重", "标准值", "评分规则", "业绩值及评分过程", "得分"])
    ws.append(
        ["A决策(4分)", "计划制定", "A11中长期规划制定健全性", "2.00", "健全", "符合得满分", "得满分", "2.00"]
    )
    ws.append([None, None, "A12工作计划制定健全性", "1.00", "健全", "符合得满分", "得满分", "1.00"])
    ws.append([None, "A2目标设定", "A21绩效目标合理性", "1.00", "合理", "各占1/3", "扣减0.5分", "0.50"])
    ws.append(["合计", None, None, "4", None, None, None, "3.50"])
    ws.merge_cells("A2:A4")
    ws.merge_cells("B2:B3")
    path = tmp_path / "score.xlsx"
    wb.save(path)
    doc = recognise(read_xlsx(str(path)))[0]
    by = _by_code(doc)
    assert [(c, r.level1.value, r.level2.value, r.score.dec) for c, r in by.items()] == [
        ("A11", "决策(4分)", "计划制定", D("2.00")),
        ("A12", "决策(4分)", "计划制定", D("1.00")),
        ("A21", "决策(4分)", "目标设定", D("0.50")),
    ]
    assert by["A21"].score.source is not None and by["A21"].score.source.cell == "H4"
    assert doc.total_score.dec == D("3.50") and doc.problems == []

"""Every 项目支出绩效自评表 of seeds 001 (23 forms, tab rows, 万元) and 004 (5 forms, markdown, 元).

The figures are the documents' own, as printed (thousands separators and % included); the reader must give
each one as the Decimal it reads, with the cell it came from. The damaged forms of seed 001 give what can
be read and a located problem for every cell that cannot be placed.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.core.records import Document, IndicatorRow
from jixiao.read import read_path

SEEDS = Path(__file__).resolve().parents[1] / "samples"
SEED_001 = next(SEEDS.glob("001_*.txt"), None)
SEED_004 = next(SEEDS.glob("004_*.txt"), None)
pytestmark = pytest.mark.skipif(SEED_001 is None or SEED_004 is None, reason="seeds not available")

COLS = ("initial_budget", "annual_budget", "executed", "weight", "rate", "score")

# title, 年度资金总额 row, 当年财政拨款 row (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分),
# number of indicator rows, 总分, 评分等级 — as printed in seed 001.
FORMS_001 = [
    ("产业转型升级重点工作", ("2,270.00", "1,995.03", "1,984.00", "10.00", "99.44", "9.94"),
     ("2,270.00", "1,995.03", "1,984.00", None, "99.44", None), 11, "99.94", "优"),
    ("干部人才工作", ("127.70", "127.70", "103.37", "10.00", "80.94", "8.09"),
     ("127.70", "127.70", "103.37", None, "80.94", None), 5, "98.09", "优"),
    ("机关党委工作", ("59.80", "59.80", "30.07", "10.00", "50.28", "5.02"),
     ("59.80", "59.80", "30.07", None, "50.28", None), 6, "95.02", "优"),
    ("纪检其他工作", ("16.00", "8.60", "2.22", "10.00", "25.81", "2.58"),
     ("16.00", "8.60", "2.22", None, "25.81", None), 5, "92.58", "优"),
    ("纪检专项工作经费", ("30.00", "30.00", "0.66", "10.00", "2.20", "0.22"),
     ("30.00", "30.00", "0.66", None, "2.20", None), 5, "90.22", "优"),
    ("进博会能源保障经费", ("0.00", "35.00", "34.75", "10.00", "99.28", "9.92"),
     ("0.00", "35.00", "34.75", None, "99.28", None), 3, "99.92", "优"),
    ("进博会网络安全保障", ("0.00", "101.00", "101.00", "10.00", "100.00", "10.00"),
     ("0.00", "101.00", "101.00", None, "100.00", None), 6, "100", "优"),
    # damaged: the header row holds the labels and, between them, numbers that cannot be placed
    ("经济运行与产业安全专项", ("315.00", "315.00", "315.00", None, "100.00", None),
     ("315.00", "315.00", "315.00", None, "100.00", None), 5, "100", "优"),
    ("上海市城市数字化转型专项资金", ("15,000.00", "15,000.00", "14,992.90", "10.00", "99.95", "9.99"),
     ("15,000.00", "15,000.00", "14,992.90", None, "99.95", None), 6, "99.99", "优"),
    ("上海市促进产业高质量发展专项资金", ("187,229.00", "187,229.00", "298,771.40", "10.00", "159.57", "10.00"),
     ("187,229.00", "187,229.00", "298,771.40", None, "159.57", None), 6, "100", None),
    ("上海市法人网上身份统一认证和电子印章公共服务", ("4,650.00", "4,650.00", "4,649.70", "10.00", "99.99", "9.99"),
     ("4,650.00", "4,650.00", "4,649.70", None, "99.99", None), 8, "99.99", "优"),
    ("上海市中小企业发展专项资金", ("10,000.00", "10,000.00", "10,127.42", "10.00", "101.27", "10.00"),
     ("10,000.00", "10,000.00", "9,997.96", None, "99.97", None), 9, "100", None),
    # damaged: padding cells between every column
    ("市级重大研究项目", ("300.00", "300.00", "300.00", "10.00", "100.00", "10.00"),
     ("300.00", "300.00", "300.00", None, "100.00", None), 8, "100", "优"),
    # damaged: rows shifted and duplicated, 年度资金总额 lost
    ("系统干部培训专项工作", (None,) * 6, (None,) * 6, 5, "97.16", "优"),
    ("系统群团工作", ("151.00", "151.00", "139.31", "10.00", "92.25", "9.22"),
     ("151.00", "151.00", "139.31", None, "92.25", None), 7, "99.22", "优"),
    ("系统组织、宣传、统战工作", ("197.10", "197.10", "129.16", "10.00", "65.53", "6.55"),
     ("197.10", "197.10", "129.16", None, "65.53", None), 9, "96.55", "优"),
    ("相关专项补贴", ("8,712.77", "8,712.77", "7,627.81", "10.00", "87.54", "8.75"),
     ("8,712.77", "8,712.77", "7,627.81", None, "87.54", None), 5, "98.75", "优"),
    ("信息化发展重点工作", ("3,175.63", "3,063.00", "2,815.85", "10.00", "91.93", "9.19"),
     ("3,175.63", "3,063.00", "2,815.85", None, "91.93", None), 6, "99.19", "优"),
    ("政府软件体系（信创产业发展）", ("200.00", "200.00", "99.60", "10.00", "49.80", "4.98"),
     ("200.00", "200.00", "99.60", None, "49.80", None), 7, "94.98", "优"),
    ("专项资金管理、验收、审计等工作", ("2,137.00", "2,087.00", "1,797.23", "10.00", "86.11", "8.61"),
     ("2,137.00", "2,087.00", "1,797.23", None, "86.11", None), 6, "98.61", "优"),
    ("自然人身份多源认证服务", ("300.00", "300.00", "298.80", "10.00", "99.60", "9.96"),
     ("300.00", "300.00", "298.80", None, "99.60", None), 7, "99.96", "优"),
    ("综合部门重点工作", ("6,394.50", "5,464.66", "5,395.11", "10.00", "98.72", "9.87"),
     ("6,394.50", "5,464.66", "5,395.11", None, "98.72", None), 16, "99.87", "优"),
    ("综治稳定工作", ("7.90", "7.90", "3.48", "10.00", "44.05", "4.40"),
     ("7.90", "7.90", "3.48", None, "44.05", None), 5, "94.4", "优"),
]

FORMS_004 = [
    ("科学技术普及发展专项", ("16173800.00", "17556000.00", "14,366,388.61", "10", "81.84%", "8"),
     ("16173800", "15546000", "12366388.61", None, None, None), 41, "94.47999999999999", None),
    ("产业扶持", ("964246000.00", "937556000.00", "908,613,114.04", "10", "96.92%", "9.69"),
     ("0", "937556000", "908613114.04", None, None, None), 41, "94.49", None),
    ("杨浦区“一网统管”建设专项", ("460596116.00", "409954216.00", "400,947,074.63", "10", "97.81%", "9.78"),
     ("460596116", "409954216", "400947074.63", None, None, None), 6, "99.78", None),
    ("全区数字信息化建设及管理专项", ("16223650.00", "15276100.00", "13,769,083", "10", "90.14%", "9.01"),
     ("16223650", "15276100", "13769083.00", None, None, None), 22, "99.01", None),
    ("社保卡管理专项经费", ("50000.00", "50000.00", "39,974", "10", "79.95%", "8"),
     ("50000", "50000", "39974", None, None, None), 6, "98", None),
]


def _dec(printed: str | None) -> Decimal | None:
    return None if printed is None else Decimal(printed.replace(",", "").rstrip("%"))


@pytest.fixture(scope="module")
def seed001() -> list[Document]:
    assert SEED_001 is not None
    return [d for d in read_path(SEED_001).documents if d.type == "project_self_evaluation"]


@pytest.fixture(scope="module")
def seed004() -> list[Document]:
    assert SEED_004 is not None
    return [d for d in read_path(SEED_004).documents if d.type == "project_self_evaluation"]


def _check(docs: list[Document], forms: list, year: int, unit: str) -> None:
    assert [d.title for d in docs] == [f[0] for f in forms]
    for d, (title, total, current, n, total_score, grade) in zip(docs, forms):
        assert (d.year, d.money_unit) == (year, unit), title
        assert [getattr(d.funds["total"], c).value for c in COLS] == [_dec(x) for x in total], title
        assert [getattr(d.funds["current_year"], c).value for c in COLS] == [_dec(x) for x in current], title
        assert len(d.indicators) == n, title
        assert d.total_score.value == Decimal(total_score), title
        assert d.total_weight.value == Decimal(100), title
        assert d.grade.value == grade, title


def test_seed_001_every_form(seed001: list[Document]) -> None:
    _check(seed001, FORMS_001, 2023, "万元")


def test_seed_004_every_form(seed004: list[Document]) -> None:
    _check(seed004, FORMS_004, 2022, "元")


def _row(doc: Document, name: str) -> IndicatorRow:
    return next(i for i in doc.indicators if i.level3.value == name)


def _values(i: IndicatorRow) -> tuple:
    return (i.level1.value, i.level2.value, i.level3.value, i.target.value, i.actual.value, i.weight.value,
            i.score.value, i.deviation_note.value)


def test_first_form_rows_carry_their_labels_down(seed001: list[Document]) -> None:
    d = seed001[0]
    assert d.header["主管部门"].value == "上海市经济和信息化委员会"
    assert d.header["实施单位"].value == "上海市经济和信息化委员会"
    assert _values(d.indicators[0]) == (
        "产出指标", "数量指标", "时尚创意交流活动", "=2(场)", "2.00(场)", Decimal("10.00"), Decimal("10.00"), None)
    assert _values(d.indicators[6]) == (
        "产出指标", "数量指标", "重点结构调整项目审核", "=36(次)", "36.00(次)", Decimal("10.00"), Decimal("10.00"), None)
    assert _values(d.indicators[-1]) == (
        "满意度指标", "服务对象满意度指标", "企业满意度", "90以上", "90以上", Decimal("5.00"), Decimal("5.00"), None)
    # the carried label points at the cell it was read from (line 17), the row at its own line
    assert d.indicators[3].level1.source is not None and d.indicators[3].level1.source.line == 17
    assert d.indicators[3].source is not None and d.indicators[3].source.line == 20
    assert d.funds["total"].executed.source is not None
    assert (d.funds["total"].executed.source.line, d.funds["total"].executed.source.cell) == (10, "C6")
    assert d.problems == []


def test_ocr_signs_and_notes_kept_as_written(seed001: list[Document]) -> None:
    high = next(d for d in seed001 if d.title == "上海市促进产业高质量发展专项资金")
    assert _row(high, "预算执行率").target.value == "》99"  # the target parser reads 》 as ≥
    assert _row(high, "服务对象满意度").actual.value == "≥90"
    sme = next(d for d in seed001 if d.title == "上海市中小企业发展专项资金")
    assert _row(sme, "贴息专精特新企业户数").deviation_note.value == "2582家，超额完成"
    assert sme.funds["carried_over"].executed.value == Decimal("129.46")


def test_row_shifted_left_when_its_first_level_cell_was_lost(seed001: list[Document]) -> None:
    d = next(d for d in seed001 if d.title == "综合部门重点工作")
    assert _values(_row(d, "完成日期")) == (
        "产出指标", "时效指标", "完成日期", "≤1(年)", "1.00(年)", Decimal("6.00"), Decimal("6.00"), None)
    assert d.problems == []


def test_damaged_header_row_values_are_located_problems(seed001: list[Document]) -> None:
    d = next(d for d in seed001 if d.title == "经济运行与产业安全专项")
    located = sorted((p.source.line, p.source.cell) for p in d.problems if p.source and p.source.cell)
    assert located == [(170, "C10"), (170, "C12"), (170, "C3"), (170, "C4"), (170, "C6"), (170, "C8")]
    assert any("标准栏目顺序" in p.message for p in d.problems)
    assert d.funds["other"].annual_budget.value == Decimal("0.00")
    # wrapped cells keep their text, the PDF's wrap gaps removed from the value
    assert _row(d, "完成合同要求").actual.value == "完成对相关行业运行分析"
    assert _row(d, "完成合同要求").actual.text == "完成对相关 行业运行分 析"


def test_padding_cells_between_columns(seed001: list[Document]) -> None:
    d = next(d for d in seed001 if d.title == "市级重大研究项目")
    assert d.problems == []
    assert _values(_row(d, "提升政策满意度")) == (
        "满意度指标", "服务对象满意度指标", "提升政策满意度", "研究成果对政策满意度提升有所助益", "满意",
        Decimal("10.00"), Decimal("10.00"), None)
    assert [getattr(d.funds["other"], c).value for c in COLS] == [
        Decimal("0.00"), Decimal("0.00"), Decimal("0.00"), None, Decimal("0.00"), None]


def test_shifted_and_duplicated_funds_rows_are_not_guessed(seed001: list[Document]) -> None:
    d = next(d for d in seed001 if d.title == "系统干部培训专项工作")
    lines = {p.source.line for p in d.problems if p.source}
    assert lines == {316, 317, 318, 319, 320, 321}
    assert len(d.problems) == 28  # every number of those rows, none placed
    assert all(getattr(d.funds[k], c).value is None for k in d.funds for c in COLS)
    assert _values(_row(d, "培训人次"))[3:7] == (
        "≥1000.00(人次)", "1000.00(人次)", Decimal("20.00"), Decimal("20.00"))


def test_yangpu_first_form(seed004: list[Document]) -> None:
    d = seed004[0]
    assert d.total_score.value == Decimal("94.47999999999999")  # kept as printed; the audit flags it
    assert d.total_score.source is not None and d.total_score.source.line == 74
    total = d.funds["total"]
    assert (total.executed.value, total.executed.text) == (Decimal("14366388.61"), "14,366,388.61")
    assert (total.rate.value, total.rate.text) == (Decimal("81.84"), "81.84%")
    assert d.funds["current_year"].weight.text == "—" and d.funds["current_year"].weight.value is None
    assert d.funds["other"].executed.value == Decimal("2000000")
    # rows above the first label (the merged 产出指标/数量指标 cell printed mid-span on the next page)
    first = d.indicators[0]
    assert _values(first) == ("产出指标", "数量指标", "产学研、军民融合组织相关活动", "8场", "活动8场，课题1项",
                              Decimal("2.5"), Decimal("2.5"), None)
    assert first.source is not None and first.source.line == 19
    assert first.level1.source is not None and first.level1.source.line == 27
    assert _row(d, "完成外国人来华工作许可相关审批").score.value == Decimal("1.5")
    # a row shifted left (二级 cell lost) and a row shifted right (outer 绩效指标 column) on the last page
    assert _values(_row(d, "廉洁自律达标情况"))[2:7] == (
        "廉洁自律达标情况", "无违规违纪", "无违规违纪", Decimal("2"), Decimal("2"))
    assert _values(_row(d, "参与活动与项目申报企业满意度")) == (
        "满意度指标", "服务对象满意度指标", "参与活动与项目申报企业满意度", ">=95%", "95%", Decimal("2.5"),
        Decimal("2.5"), None)
    # a row whose figures were lost: missing, located, not invented
    lost = _row(d, "重大学术论坛活动质量")
    assert (lost.weight.value, lost.score.value) == (None, None)
    assert {(p.source.line, p.source.cell) for p in d.problems if "重大学术论坛活动质量" in p.message} == {
        (38, "C5"), (38, "C6")}


def test_yangpu_labels_that_contradict_the_carried_first_level_are_reported(seed004: list[Document]) -> None:
    d = seed004[3]
    assert _row(d, "区域信息化发展支持率").level1.value == "效益指标"  # the label-only 效益指标 row
    flagged = {p.source.line for p in d.problems if p.source and "不属于" in p.message}
    assert flagged == set(range(197, 204))


def test_form_across_tables_knows_its_tables(seed004: list[Document]) -> None:
    assert [len(d.tables) for d in seed004] == [5, 6, 1, 3, 2]
    assert seed004[1].indicators[-1].level3.value == "高质量发展专项资金项目申报企业"


def test_flattened_text_gives_the_labelled_values_only() -> None:
    assert SEED_001 is not None
    lines = SEED_001.read_text(encoding="utf-8").splitlines()[:29]
    flat = "\n".join(" ".join(c for c in line.split("\t") if c) for line in lines)  # every tab lost
    from jixiao.read.recognise.project import recognise
    from jixiao.read.text import read_text_tables

    (d,) = recognise(read_text_tables(flat, "flat.txt"))
    assert (d.title, d.year, d.money_unit) == ("产业转型升级重点工作", 2023, "万元")
    assert d.header["实施单位"].value == "上海市经济和信息化委员会"
    assert [getattr(d.funds["total"], c).value for c in COLS] == [
        Decimal("2270.00"), Decimal("1995.03"), Decimal("1984.00"), Decimal("10.00"), Decimal("99.44"), Decimal("9.94")]
    assert d.funds["total"].executed.source is not None and d.funds["total"].executed.source.line == 10
    assert (d.total_score.value, d.grade.value) == (Decimal("99.94"), "优")
    assert d.indicators == [] and any("指标行未读取" in p.message for p in d.problems)


def test_a_cell_wrapped_onto_the_next_line_is_joined_to_its_row() -> None:
    from jixiao.read.recognise.project import recognise
    from jixiao.read.text import read_text_tables

    text = "\n".join([
        "项目名称\t测试\t\t\t\t\t\t",
        "项目资金 (元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        "\t年度资金总额\t100\t100\t100\t10\t100%\t10",
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
        "产出指标\t数量指标\t行业分析\t完成对相关\t完成\t90\t85\t因疫情",
        "\t\t\t行业运行分析\t\t\t\t推迟",
        "总分\t\t\t\t\t100\t95\t",
    ])
    (d,) = recognise(read_text_tables(text, "wrap.txt"))
    (row,) = d.indicators
    assert (row.target.value, row.deviation_note.value) == ("完成对相关行业运行分析", "因疫情推迟")
    assert row.target.text == "完成对相关\n行业运行分析"
    assert d.problems == []


def test_first_level_taken_from_the_classification_past_a_lost_merge(seed004: list[Document]) -> None:
    """Seed 004 line 49: 经济效益指标 rows printed where the carried 一级 label is still 产出指标."""
    d = seed004[0]
    row = _row(d, "对区域产业技术进步的促进作用")
    assert (row.level1.value, row.level2.value) == ("效益指标", "经济效益指标")
    assert row.level1.source is not None and row.level1.source.line == 49
    said = [p for p in d.problems if p.source and p.source.line == 49]
    assert said and "按指标分类取一级指标“效益指标”" in said[0].message
    # rows that do belong under the carried label keep it, without a problem
    assert _row(d, "举办科技教育培训场次").level1.value == "产出指标"

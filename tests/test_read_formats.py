"""The binary readers: merged cells, number formats, cell locations, body text, unreadable files."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from jixiao.read.docx import read_docx
from jixiao.read.grid import UnreadableFile, column_letter
from jixiao.read.pdf import NO_TEXT, read_pdf
from jixiao.read.pdf_cells import cell_text
from jixiao.read.xls import read_xls
from jixiao.read.xlsx import number_text, read_xlsx

# ---- xlsx ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "number_format", "shown"),
    [
        (2270, "#,##0.00", "2,270.00"),
        (1995.03, "#,##0.00", "1,995.03"),
        (0.9944, "0.00%", "99.44%"),
        (0.8184, "0.00%", "81.84%"),
        (10, "0.00", "10.00"),
        (9.944999, "0.00", "9.94"),  # the format shows two places, rounded half up as Excel does
        (94.47999999999999, "General", "94.47999999999999"),  # only because the file stores it
        (99.44, "General", "99.44"),  # the shortest text of the double, not 99.4399999999999977...
        (2.0, "General", "2"),
        (16173800, "0.00_ ", "16173800.00"),
        (-3.5, '#,##0.0;[Red]\\-#,##0.0', "-3.5"),
        (Decimal("1.10"), "General", "1.10"),
    ],
)
def test_number_shown_as_its_format_shows_it(value: object, number_format: str, shown: str) -> None:
    assert number_text(value, number_format) == shown  # type: ignore[arg-type]


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_two_place_numbers_survive_a_double(d: Decimal) -> None:
    """A figure typed with two decimals and stored as a double reads back as typed under ``0.00``."""
    assert number_text(float(d), "0.00") == format(d, "f")


def _xlsx(tmp_path: Path) -> str:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "自评表"
    ws["B2"] = "财政项目支出绩效自评表"
    ws.merge_cells("B2:E2")
    ws["B4"] = "项目资金\n(万元)"
    ws.merge_cells("B4:B6")
    ws["C4"], ws["D4"], ws["E4"] = "年初预算数", "全年执行数", "执行率"
    ws["C5"], ws["D5"], ws["E5"] = 2270, 1984, 0.9944
    ws["C5"].number_format = ws["D5"].number_format = "#,##0.00"
    ws["E5"].number_format = "0.00%"
    ws["C6"] = "-"
    # a second form after an empty row, opened by its own title
    ws["B8"] = "财政项目支出绩效自评表"
    ws["B9"], ws["C9"] = "项目名称", "干部人才工作"
    ws.merge_cells("C9:E9")
    path = str(tmp_path / "form.xlsx")
    wb.save(path)
    return path


def test_xlsx_merged_range_repeated_and_flagged(tmp_path: Path) -> None:
    fr = read_xlsx(_xlsx(tmp_path))
    assert fr.format == "xlsx" and not fr.problems
    first = fr.tables[0]
    assert first.texts() == [
        ["项目资金\n(万元)", "年初预算数", "全年执行数", "执行率"],
        ["项目资金\n(万元)", "2,270.00", "1,984.00", "99.44%"],
        ["项目资金\n(万元)", "-", "", ""],
    ]
    assert [[c.merged for c in row][0] for row in first.rows] == [False, True, True]
    assert str(first.rows[1][3].source) == f"{fr.source.file}:自评表 [E5]"


def test_xlsx_sheet_split_into_forms_with_titles(tmp_path: Path) -> None:
    fr = read_xlsx(_xlsx(tmp_path))
    assert len(fr.tables) == 2
    assert [t.title for t in fr.tables] == ["财政项目支出绩效自评表", "财政项目支出绩效自评表"]
    assert fr.tables[1].texts() == [["项目名称", "干部人才工作", "干部人才工作", "干部人才工作"]]
    assert [(t, s.cell) for t, s in fr.body] == [("财政项目支出绩效自评表", "B2"), ("财政项目支出绩效自评表", "B8")]


def test_xlsx_empty_row_inside_a_form_does_not_split_it(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["一级指标", "三级指标", "分值"])
    ws.append(["产出指标", "时尚创意交流活动", 10])
    ws.append([])
    ws.append(["", "产业投资年报", 10])
    path = str(tmp_path / "gap.xlsx")
    wb.save(path)
    fr = read_xlsx(path)
    assert len(fr.tables) == 1
    assert [r[1].text for r in fr.tables[0].rows] == ["三级指标", "时尚创意交流活动", "产业投资年报"]
    assert fr.tables[0].rows[2][1].source.cell == "B4"


def test_not_a_workbook_is_one_located_error(tmp_path: Path) -> None:
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"this is not a zip file")
    with pytest.raises(UnreadableFile) as e:
        read_xlsx(str(bad))
    assert str(bad) in str(e.value) and "xlsx" in e.value.message
    for reader, name in ((read_xls, "broken.xls"), (read_docx, "broken.docx"), (read_pdf, "broken.pdf")):
        p = tmp_path / name
        p.write_bytes(b"garbage")
        with pytest.raises(UnreadableFile):
            reader(str(p))


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 7, 25, 26, 701, 702)] == ["A", "H", "Z", "AA", "ZZ", "AAA"]


# ---- xls ----------------------------------------------------------------------------------------


def test_xls_merges_and_numbers(tmp_path: Path) -> None:
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("表1")
    ws.write_merge(0, 0, 0, 3, "财政项目支出绩效自评表")
    ws.write_merge(1, 3, 0, 0, "项目资金\n(万元)")
    ws.write(1, 1, "年度资金总额")
    ws.write(1, 2, 1995.03, xlwt.easyxf(num_format_str="#,##0.00"))
    ws.write(1, 3, 99.44)
    ws.write(2, 1, "上年结转资金")
    ws.write(2, 2, 0.0)
    path = str(tmp_path / "form.xls")
    wb.save(path)
    fr = read_xls(path)
    assert fr.tables[0].title == "财政项目支出绩效自评表"
    rows = fr.tables[0].rows
    # calamine gives no number formats: the double's shortest text
    assert [c.text for c in rows[0]] == ["项目资金\n(万元)", "年度资金总额", "1995.03", "99.44"]
    assert [c.text for c in rows[1]][:3] == ["项目资金\n(万元)", "上年结转资金", "0"]
    assert rows[1][0].merged and not rows[0][0].merged
    assert rows[0][2].source.cell == "C2" and rows[0][2].source.sheet == "表1"


# ---- docx ---------------------------------------------------------------------------------------


def test_docx_vertical_and_horizontal_merges(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("财政项目支出绩效自评表")
    d.add_paragraph("(2023年度)")
    t = d.add_table(rows=4, cols=4)
    t.cell(0, 0).text = "项目名称"
    t.cell(0, 1).merge(t.cell(0, 3)).text = "产业转型升级重点工作"
    t.cell(1, 0).merge(t.cell(3, 0)).text = "产出指标"
    t.cell(1, 1).text = "时尚创意交流活动"
    t.cell(1, 2).text = "=2(场)"
    t.cell(2, 1).text = "产业投资年报"
    t.cell(2, 2).merge(t.cell(3, 3)).text = "两行两列"
    t.cell(3, 1).text = "第一行\n第二行"
    d.add_paragraph("说明：以上为自评结果。")
    path = str(tmp_path / "form.docx")
    d.save(path)
    fr = read_docx(path)
    table = fr.tables[0]
    assert table.preamble == ["财政项目支出绩效自评表", "(2023年度)"] and table.title == "(2023年度)"
    assert table.texts() == [
        ["项目名称", "产业转型升级重点工作", "产业转型升级重点工作", "产业转型升级重点工作"],
        ["产出指标", "时尚创意交流活动", "=2(场)", ""],
        ["产出指标", "产业投资年报", "两行两列", "两行两列"],
        ["产出指标", "第一行\n第二行", "两行两列", "两行两列"],
    ]
    assert [[c.merged for c in r] for r in table.rows] == [
        [False, False, True, True],
        [False, False, False, False],
        [True, False, False, True],
        [True, False, True, True],
    ]
    assert table.rows[3][1].source.cell == "T1R4C2"
    assert [(text, s.line) for text, s in fr.body] == [
        ("财政项目支出绩效自评表", 1),
        ("(2023年度)", 2),
        ("说明：以上为自评结果。", 3),
    ]


# ---- pdf ----------------------------------------------------------------------------------------


def _chars(lines: list[tuple[str, float]], top: float = 100, size: float = 8) -> list[dict[str, object]]:
    out = []
    for k, (text, x0) in enumerate(lines):
        for i, ch in enumerate(text):
            out.append({"text": ch, "x0": x0 + i * size, "x1": x0 + (i + 1) * size, "top": top + k * 10})
    return out


def test_pdf_cell_wrapped_lines_joined_explicit_breaks_kept() -> None:
    # a cell from x=0 to x=60 with 6 pt padding: 6 characters of 8 pt fill a line
    assert cell_text(_chars([("很长的指标名", 6), ("称", 6)]), 0, 60) == "很长的指标名称"
    assert cell_text(_chars([("项目资金", 6), ("(万元)", 6)]), 0, 60) == "项目资金\n(万元)"
    assert cell_text(_chars([("annual", 6), ("target", 6)]), 0, 60) == "annual target"


def _pdf(path: str, pages: list[list[list[str]]], spans: list[tuple[int, int, int, int]] = ()) -> None:  # type: ignore[assignment]
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("t", fontName="STSong-Light", fontSize=12, leading=16)
    story: list[object] = [Paragraph("财政项目支出绩效自评表", style)]
    for k, rows in enumerate(pages):
        if k:
            story.append(PageBreak())
        t = Table(rows, colWidths=[70, 120, 60])
        t.setStyle(
            TableStyle(
                [("FONT", (0, 0), (-1, -1), "STSong-Light", 8), ("GRID", (0, 0), (-1, -1), 0.5, "black")]
                + [("SPAN", (c0, r0), (c1, r1)) for r0, c0, r1, c1 in (spans if k == 0 else [])]
            )
        )
        story.append(t)
    SimpleDocTemplate(path, pagesize=A4).build(story)


def test_pdf_table_with_spans_and_page(tmp_path: Path) -> None:
    path = str(tmp_path / "form.pdf")
    rows = [["项目名称", "产业转型升级重点工作", ""], ["产出指标", "时尚创意交流活动", "10.00"], ["", "产业投资年报", "10.00"]]
    _pdf(path, [rows], spans=[(0, 1, 0, 2), (1, 0, 2, 0)])
    fr = read_pdf(path)
    assert not fr.problems
    (table,) = fr.tables
    assert table.title == "财政项目支出绩效自评表"
    assert table.texts() == [
        ["项目名称", "产业转型升级重点工作", "产业转型升级重点工作"],
        ["产出指标", "时尚创意交流活动", "10.00"],
        ["产出指标", "产业投资年报", "10.00"],
    ]
    assert table.rows[2][0].merged and table.rows[0][2].merged and not table.rows[1][0].merged
    assert table.rows[1][2].source.page == 1 and table.rows[1][2].source.cell == "T1R2C3"
    assert fr.body[0][0] == "财政项目支出绩效自评表" and fr.body[0][1].page == 1


def test_pdf_table_going_on_after_a_page_break_is_one_table(tmp_path: Path) -> None:
    path = str(tmp_path / "two-pages.pdf")
    _pdf(path, [[["一级指标", "三级指标", "分值"], ["产出指标", "时尚创意交流活动", "10.00"]], [["", "产业投资年报", "10.00"]]])
    fr = read_pdf(path)
    (table,) = fr.tables
    assert [r[1].text for r in table.rows] == ["三级指标", "时尚创意交流活动", "产业投资年报"]
    assert [r[1].source.page for r in table.rows] == [1, 1, 2]


def test_scanned_pdf_says_so_without_raising(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.pdfgen import canvas

    monkeypatch.setenv("JIXIAO_OCR", "none")  # no OCR engine (tests/test_ocr.py reads such pages with one)
    path = str(tmp_path / "scan.pdf")
    c = canvas.Canvas(path)
    c.rect(50, 50, 400, 600, fill=1)  # an image-only page: marks, no text layer
    c.showPage()
    c.save()
    fr = read_pdf(path)
    assert fr.tables == [] and fr.body == []
    assert [p.message for p in fr.problems] == [NO_TEXT]
    assert fr.problems[0].source is not None and fr.problems[0].source.file == path
    # and `jixiao read` says it in its table view too, not only in --json
    from typer.testing import CliRunner

    from jixiao.cli import app

    out = CliRunner().invoke(app, ["read", path])
    assert out.exit_code == 0 and "".join(NO_TEXT.split()) in "".join(out.output.split())  # rich wraps lines


def test_xlsx_formula_without_a_saved_result_is_a_located_problem(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "自评表"
    ws.append(["全年预算数", "全年执行数", "执行率"])
    ws.append([1995.03, 1984, "=B2/A2"])  # openpyxl saves the formula, not its result
    path = str(tmp_path / "formula.xlsx")
    wb.save(path)
    fr = read_xlsx(path)
    assert fr.tables[0].texts()[1] == ["1995.03", "1984", "#公式未计算"]  # marked, not a number made up (nor blank)
    (problem,) = fr.problems
    assert problem.source is not None and (problem.source.sheet, problem.source.cell) == ("自评表", "C2")
    assert "=B2/A2" in problem.message


# ---- properties: any grid with any merged ranges comes back as written ------------------------------

_TEXTS = st.sampled_from(["", "产出指标", "数量指标", "=2(场)", "10.00", "99.44%", "优", "第一行\n第二行"])


@st.composite
def grids(draw: st.DrawFn, max_rows: int = 6, max_cols: int = 5) -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
    """A grid of texts and non-overlapping merged ranges (each at least two cells)."""
    rows, cols = draw(st.integers(1, max_rows)), draw(st.integers(1, max_cols))
    texts = [[draw(_TEXTS) for _ in range(cols)] for _ in range(rows)]
    taken: set[tuple[int, int]] = set()
    merges = []
    for _ in range(draw(st.integers(0, 4))):
        r0, c0 = draw(st.integers(0, rows - 1)), draw(st.integers(0, cols - 1))
        r1, c1 = draw(st.integers(r0, rows - 1)), draw(st.integers(c0, cols - 1))
        cells = {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
        if len(cells) > 1 and not cells & taken:
            taken |= cells
            merges.append((r0, c0, r1, c1))
    for r0, c0, r1, c1 in merges:
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    texts[r][c] = ""
    return texts, merges


def _expected(texts: list[list[str]], merges: list[tuple[int, int, int, int]]) -> list[list[tuple[str, bool]]]:
    from jixiao.core.source import Source
    from jixiao.read.grid import Grid

    return [[(c.text, c.merged) for c in row] for row in Grid(texts, merges).cells(lambda r, c: Source("x"))]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(grids())
def test_docx_any_merges_come_back(tmp_path: Path, grid: tuple[list[list[str]], list[tuple[int, int, int, int]]]) -> None:
    import docx

    texts, merges = grid
    d = docx.Document()
    table = d.add_table(rows=len(texts), cols=len(texts[0]))
    for row, row_texts in zip(table.rows, texts):
        for cell, text in zip(row.cells, row_texts):
            cell.text = text
    for r0, c0, r1, c1 in merges:
        table.cell(r0, c0).merge(table.cell(r1, c1)).text = texts[r0][c0]
    path = str(tmp_path / "any.docx")
    d.save(path)
    (got,) = read_docx(path).tables
    assert [[(c.text, c.merged) for c in row] for row in got.rows] == _expected(texts, merges)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(grids(max_rows=5, max_cols=4))
def test_pdf_any_spans_come_back(tmp_path: Path, grid: tuple[list[list[str]], list[tuple[int, int, int, int]]]) -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    texts, merges = grid
    assume(any(t for row in texts for t in row))  # a page without any text is a scan (tested above)
    owner = {(r, c): k for k, (r0, c0, r1, c1) in enumerate(merges) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
    rows, cols = len(texts), len(texts[0])
    assume(len({owner.get((r, c), (r, c)) for r in range(rows) for c in range(cols)}) > 1)  # a lone box is no table
    # a grid line hidden by merged cells along its whole length is not in the PDF: nothing to find it by
    assume(all(any(owner.get((r, c - 1), (r, c - 1)) != owner.get((r, c), (r, c)) for r in range(rows)) for c in range(1, cols)))
    assume(all(any(owner.get((r - 1, c), (r - 1, c)) != owner.get((r, c), (r, c)) for c in range(cols)) for r in range(1, rows)))
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("c", fontName="STSong-Light", fontSize=8, leading=10)
    body = [[Paragraph(t.replace("\n", "<br/>"), style) if t else "" for t in row] for row in texts]
    t = Table(body, colWidths=[80] * cols, rowHeights=[24] * rows)  # no 1 pt rows: pdfplumber snaps them away
    # a BOX round every cell and merged range: reportlab's GRID leaves out some lines next to spans
    boxes = merges + [(r, c, r, c) for r in range(rows) for c in range(cols) if (r, c) not in owner]
    t.setStyle(
        TableStyle(
            [("BOX", (c0, r0), (c1, r1), 0.5, "black") for r0, c0, r1, c1 in boxes]
            + [("SPAN", (c0, r0), (c1, r1)) for r0, c0, r1, c1 in merges]
        )
    )
    path = str(tmp_path / "any.pdf")
    SimpleDocTemplate(path).build([t])
    (got,) = read_pdf(path).tables
    assert [[(c.text, c.merged) for c in row] for row in got.rows] == _expected(texts, merges)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(grids(max_rows=8))
def test_xlsx_any_sheet_loses_no_text(tmp_path: Path, grid: tuple[list[list[str]], list[tuple[int, int, int, int]]]) -> None:
    """Whatever the layout, every written text is read back, in a table or as body text, at its cell."""
    from openpyxl import Workbook

    from jixiao.read.export import set_cell

    texts, merges = grid
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for r, row in enumerate(texts):
        for c, text in enumerate(row):
            set_cell(ws.cell(row=r + 2, column=c + 2), text)
    for r0, c0, r1, c1 in merges:
        ws.merge_cells(start_row=r0 + 2, start_column=c0 + 2, end_row=r1 + 2, end_column=c1 + 2)
    path = str(tmp_path / "any.xlsx")
    wb.save(path)
    fr = read_xlsx(path)
    found = {c.source.cell: c.text for t in fr.tables for row in t.rows for c in row if not c.merged and c.text}
    found.update({s.cell: text for text, s in fr.body})
    written = {f"{column_letter(c + 1)}{r + 2}": t for r, row in enumerate(texts) for c, t in enumerate(row) if t}
    assert found == written


def test_excel_error_value_is_a_located_problem(tmp_path: Path) -> None:
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("表1")
    ws.write(0, 0, "执行率")
    ws.write(0, 1, xlwt.Formula("1/0"))  # saved by xlwt as an error result
    ws.write(1, 0, "得分")
    ws.write(1, 1, "#N/A")
    path = str(tmp_path / "errors.xls")
    wb.save(path)
    fr = read_xls(path)
    located = [(p.source.cell if p.source else None, p.message) for p in fr.problems]
    assert ("B2", "单元格为 Excel 错误值 #N/A，没有可读的数值") in located


def test_xls_merged_range_past_the_last_value(tmp_path: Path) -> None:
    """calamine's grid ends at the last value; a merged range going further is still filled in."""
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("表1")
    ws.write(2, 1, "项目名称")
    ws.write_merge(2, 2, 2, 4, "干部人才工作")
    ws.write(3, 1, "主管部门")
    ws.write(3, 2, "上海市经济和信息化委员会")
    path = str(tmp_path / "offset.xls")
    wb.save(path)
    rows = read_xls(path).tables[0].rows
    assert [(c.text, c.source.cell, c.merged) for c in rows[0]] == [
        ("项目名称", "B3", False),
        ("干部人才工作", "C3", False),
        ("干部人才工作", "D3", True),
        ("干部人才工作", "E3", True),
    ]

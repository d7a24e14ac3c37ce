"""Generators of test files: project forms typed in from seed 001, written as xlsx, xls, docx and pdf.

Every format is written from the same layout (``jixiao.read.export.form_grid``: the official eight-column
财政项目支出绩效自评表 with its merged cells), so a test can compare what a reader gives back with what was
written. ``FORMS`` holds two of seed 001's forms as published; ``multiline`` adds the explicit line breaks
and long texts that a real form has in its cells.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any
from xml.sax.saxutils import escape

from jixiao.core.numbers import fmt, parse_decimal
from jixiao.core.records import FUNDS_COLUMNS
from jixiao.read.export import form_grid, set_cell, spreadsheet_number
from jixiao.read.grid import Grid

# The record's field names, written out here rather than taken from the exporter under test.
INDICATOR_KEYS = ("level1", "level2", "level3", "target", "actual", "weight", "score", "deviation_note")


def val(text: str) -> dict[str, Any]:
    """A value as ``jixiao read --json`` gives it, without a source."""
    return {"value": text or None, "text": text, "source": None}


def num(text: str) -> dict[str, Any]:
    d = parse_decimal(text)
    return {"value": fmt(d), "text": text, "source": None}


@dataclass(frozen=True)
class Form:
    """一张项目支出绩效自评表 as typed from a seed: every figure as printed."""

    name: str
    year: int
    funds: dict[str, tuple[str, str, str, str, str, str]]
    goals: tuple[str, str]
    indicators: list[tuple[str, str, str, str, str, str, str, str]]
    total_weight: str
    total: str
    grade: str
    dept: str = "上海市经济和信息化委员会"
    unit: str = "上海市经济和信息化委员会"
    money_unit: str = "万元"
    title: str = "财政项目支出绩效自评表"
    extra: dict[str, str] = field(default_factory=dict)

    def doc(self) -> dict[str, Any]:
        """The form as the JSON of one document (what ``jixiao export-form`` reads)."""
        return {
            "type": "project_self_evaluation",
            "title": self.title,
            "year": self.year,
            "money_unit": self.money_unit,
            "header": {
                "项目名称": val(self.name),
                "主管部门": val(self.dept),
                "实施单位": val(self.unit),
                "预期目标": val(self.goals[0]),
                "实际完成情况": val(self.goals[1]),
            },
            "funds": {k: {c: num(t) for c, t in zip(FUNDS_COLUMNS, row)} for k, row in self.funds.items()},
            "indicators": [
                {k: (num(t) if k in ("weight", "score") else val(t)) for k, t in zip(INDICATOR_KEYS, row)}
                for row in self.indicators
            ],
            "total_weight": num(self.total_weight),
            "total_score": num(self.total),
            "grade": val(self.grade),
        }

    def grid(self) -> Grid:
        return form_grid(self.doc())


INDUSTRY = Form(  # seed 001, the first form
    name="产业转型升级重点工作",
    year=2023,
    funds={
        "total": ("2,270.00", "1,995.03", "1,984.00", "10.00", "99.44", "9.94"),
        "current_year": ("2,270.00", "1,995.03", "1,984.00", "-", "99.44", "-"),
        "carried_over": ("0.00", "0.00", "0.00", "-", "0.00", "-"),
        "other": ("0.00", "0.00", "0.00", "-", "0.00", "-"),
    },
    goals=(
        "掌握当年度本市产业发展数据，研究产业发展趋势，制订产业发展规划，研究制订产业发展政策，规范使用产业转型发展专项资金，引导和促进本市产业健康发展。",
        "掌握当年度本市产业发展数据，研究产业发展趋势，制订产业发展规划，研究制订产业发展政策，规范使用产业转型发展专项资金，引导和促进本市产业健康发展。",
    ),
    indicators=[
        ("产出指标", "数量指标", "时尚创意交流活动", "=2(场)", "2.00(场)", "10.00", "10.00", ""),
        ("产出指标", "数量指标", "产业投资年报", "=160(份)", "160.00(份)", "10.00", "10.00", ""),
        ("产出指标", "数量指标", "节能量审核", "=5(次)", "5.00(次)", "10.00", "10.00", ""),
        ("产出指标", "数量指标", "投资政策汇编", "=160(次)", "160.00(次)", "10.00", "10.00", ""),
        ("产出指标", "数量指标", "生产性服务业杂志", "=4(期)", "4.00(期)", "10.00", "10.00", ""),
        ("产出指标", "数量指标", "高新技术产业动态", "=400(份)", "400.00(份)", "10.00", "10.00", ""),
        ("产出指标", "数量指标", "重点结构调整项目审核", "=36(次)", "36.00(次)", "10.00", "10.00", ""),
        ("产出指标", "质量指标", "项目完成度", "80以上", "80以上", "5.00", "5.00", ""),
        ("产出指标", "时效指标", "完成时间", "1年内", "全部完成", "5.00", "5.00", ""),
        ("效益指标", "社会效益指标", "落实国家产业政策", "有效", "有效", "5.00", "5.00", ""),
        ("满意度指标", "服务对象满意度指标", "企业满意度", "90以上", "90以上", "5.00", "5.00", ""),
    ],
    total_weight="100",
    total="99.94",
    grade="优",
)

SME = Form(  # seed 001, 上海市中小企业发展专项资金: thousands separators, notes, 》 for ≥, no grade printed
    name="上海市中小企业发展专项资金",
    year=2023,
    funds={
        "total": ("10,000.00", "10,000.00", "10,127.42", "10.00", "101.27", "10.00"),
        "current_year": ("10,000.00", "10,000.00", "9,997.96", "-", "99.97", "-"),
        "carried_over": ("0.00", "0.00", "129.46", "-", "0.00", "-"),
        "other": ("0.00", "0.00", "0.00", "-", "0.00", "-"),
    },
    goals=("全年执行1亿元。", "全年执行1亿元。"),
    indicators=[
        ("产出指标", "数量指标", "培育专业化服务平台", "≥5.00(个)", "15.00(个)", "10.00", "10.00", ""),
        ("产出指标", "数量指标", "中小企业数字化赋能项目", "≥500.00(家)", "737.00(家)", "10.00", "10.00", ""),
        ("产出指标", "数量指标", "贴息专精特新企业户数", "=2000(户)", "2000.00(户)", "10.00", "10.00", "2582家，超额完成"),
        ("产出指标", "质量指标", "降低中小企业数字化转型成本", "≥10.00(%)", "12.60(%)", "10.00", "10.00", ""),
        ("产出指标", "时效指标", "项目完成及时性", "2023年完成", "达成指标", "10.00", "10.00", ""),
        ("效益指标", "经济效益指标", "降低专精特新中小企业贷款成本", "=4000.00(万元)", "4000.00(万元)", "10.00", "10.00", ""),
        ("效益指标", "社会效益指标", "撬动专精特新融资", "=300.00(亿元)", "300.00(亿元)", "10.00", "10.00", "327，超额完成"),
        ("效益指标", "社会效益指标", "精准服务中小企业", "≥100.00(家)", "2871.00(家)", "10.00", "10.00", ""),
        ("满意度指标", "服务对象满意度指标", "企业满意度", "》85%", "》85%", "10.00", "10.00", ""),
    ],
    total_weight="100",
    total="100",
    grade="",
)

FORMS = (INDUSTRY, SME)


def multiline(form: Form) -> Form:
    """The form with explicit line breaks in cells (a two-line note, a two-line indicator name)."""
    rows = list(form.indicators)
    first = rows[0]
    rows[0] = first[:2] + (first[2] + "\n（含线上活动）",) + first[3:7] + ("按计划完成\n无偏差",)
    return replace(form, indicators=rows)


# ---- writers: one file holding several forms -------------------------------------------------------


def _grids(forms: Sequence[Form]) -> list[Grid]:
    return [f.grid() for f in forms]


def write_xlsx(forms: Sequence[Form], path: str, *, sheets: int = 1) -> None:
    """Forms stacked on one sheet, an empty row between them; with ``sheets=2`` the last on a second sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "表1"
    row0 = 0
    for k, grid in enumerate(_grids(forms)):
        if sheets > 1 and k == len(forms) - 1 and k > 0:
            ws, row0 = wb.create_sheet("表2"), 0
        for r, row in enumerate(grid.texts):
            for c, text in enumerate(row):
                cell = ws.cell(row=row0 + r + 1, column=c + 1)
                set_cell(cell, text)
                if "\n" in text:
                    cell.alignment = Alignment(wrap_text=True)
        for r0, c0, r1, c1 in grid.merges:
            ws.merge_cells(start_row=row0 + r0 + 1, start_column=c0 + 1, end_row=row0 + r1 + 1, end_column=c1 + 1)
        row0 += len(grid.texts) + 1
    wb.save(path)


def write_xls(forms: Sequence[Form], path: str) -> None:
    """Forms stacked on one sheet of an Excel 97 workbook, numbers as numbers with their formats."""
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("表1")
    styles: dict[str, Any] = {}
    row0 = 0
    for grid in _grids(forms):
        anchors = {(r0, c0): (r1, c1) for r0, c0, r1, c1 in grid.merges}
        covered = {
            (r, c) for (r0, c0), (r1, c1) in anchors.items() for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)
        }
        for r, row in enumerate(grid.texts):
            for c, text in enumerate(row):
                if (r, c) in covered and (r, c) not in anchors:
                    continue
                number = spreadsheet_number(text)
                value: Any = text
                style = styles.setdefault("General", xlwt.XFStyle())
                if number is not None:
                    value = float(number[0])
                    if number[1] not in styles:
                        styles[number[1]] = xlwt.easyxf(num_format_str=number[1])
                    style = styles[number[1]]
                if (r, c) in anchors:
                    r1, c1 = anchors[(r, c)]
                    ws.write_merge(row0 + r, row0 + r1, c, c1, value, style)
                else:
                    ws.write(row0 + r, c, value, style)
        row0 += len(grid.texts) + 1
    wb.save(path)


def write_docx(forms: Sequence[Form], path: str) -> None:
    """Each form: the title and year as paragraphs, then the table with merged cells."""
    import docx

    d = docx.Document()
    for grid in _grids(forms):
        d.add_paragraph(grid.texts[0][0])
        d.add_paragraph(grid.texts[1][0])
        body = grid.texts[2:]
        table = d.add_table(rows=len(body), cols=len(body[0]))
        table.style = "Table Grid"
        for row, texts in zip(table.rows, body):  # row by row: table.cell() is slow on big tables
            for cell, text in zip(row.cells, texts):
                if text:
                    cell.text = text
        for r0, c0, r1, c1 in grid.merges:
            if r0 >= 2:
                anchor = table.rows[r0 - 2].cells[c0]
                text = anchor.text
                merged = anchor.merge(table.rows[r1 - 2].cells[c1])
                merged.text = text  # merging joins the paragraphs of the cells: keep the anchor's text
        d.add_page_break()
    d.save(path)


def write_pdf(forms: Sequence[Form], path: str, *, font_size: float = 7, max_span: int = 20) -> None:
    """Each form from a new page: title and year above a ruled table (GRID) with SPAN merges; a long
    form goes on over the next pages."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    cell_style = ParagraphStyle("cell", fontName="STSong-Light", fontSize=font_size, leading=font_size * 1.3)
    title_style = ParagraphStyle("title", fontName="STSong-Light", fontSize=14, leading=20, alignment=1)
    widths = [48, 56, 110, 62, 62, 36, 40, 96]
    story: list[Any] = []
    for grid in _grids(forms):
        story += [Paragraph(grid.texts[0][0], title_style), Paragraph(grid.texts[1][0], title_style)]
        body = [
            [Paragraph(escape(t).replace("\n", "<br/>"), cell_style) if t else "" for t in row]
            for row in grid.texts[2:]
        ]
        style = [("FONT", (0, 0), (-1, -1), "STSong-Light", font_size), ("GRID", (0, 0), (-1, -1), 0.5, "black")]
        # reportlab cannot break a page inside a merged range: a long one is cut into pieces, the later
        # ones blank, as a merged label looks on the next page of a printed form
        for r0, c0, r1, c1 in grid.merges:
            if r0 < 2:
                continue
            for start in range(r0, r1 + 1, max_span):
                end = min(start + max_span - 1, r1)
                if (start, c0) != (end, c1):
                    style.append(("SPAN", (c0, start - 2), (c1, end - 2)))
        table = Table(body, colWidths=widths)
        table.setStyle(TableStyle(style))
        story += [table, PageBreak()]
    SimpleDocTemplate(path, pagesize=A4, leftMargin=36, rightMargin=36).build(story)


def write_text(forms: Sequence[Form], path: str) -> None:
    """The forms as text extracted from a PDF: title lines, then tab-separated rows (seed 001's shape)."""
    lines: list[str] = []
    for grid in _grids(forms):
        lines += ["", grid.texts[0][0], "", grid.texts[1][0], ""]
        for row in grid.texts[2:]:
            lines.append("\t".join(t.replace("\n", " ") for t in row))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def write_html(forms: Sequence[Form], path: str, *, encoding: str = "utf-8", sloppy: bool = False) -> None:
    """The forms as a government site publishes them: one page, the content framed by a layout table
    (so each form's table is nested in it), a script and a style that are no text, the title and year
    as a heading and a paragraph, merged cells as ``rowspan``/``colspan``, entities for ``&`` and blanks.
    ``encoding`` is declared in ``<meta charset>`` (``gb2312`` writes GB18030 bytes, as sites do);
    ``sloppy`` leaves ``</td>`` and ``</tr>`` out, as hand-made pages do."""
    from html import escape as html_escape

    end_td, end_tr = ("", "") if sloppy else ("</td>", "</tr>")
    parts = [
        "<!DOCTYPE html>",
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={encoding}">',
        f"<title>{html_escape(forms[0].title)}_政府信息公开</title>",
        "<style>td { border: 1px solid #000 } .x::after { content: '假数 999' }</style>",
        '<script>document.write("<table><tr><td>项目名称</td><td>脚本写的假表</td></tr></table>")</script>',
        "</head><body>",
        '<table class="frame" width="100%"><tr><td class="nav">首页 &gt; 信息公开 &gt; 绩效自评</td></tr>',
        "<tr><td>",
    ]
    for grid in _grids(forms):
        parts += [f"<h1>{html_escape(grid.texts[0][0])}</h1>", f'<p align="center">{html_escape(grid.texts[1][0])}</p>']
        spans = {(r0, c0): (r1 - r0 + 1, c1 - c0 + 1) for r0, c0, r1, c1 in grid.merges if r0 >= 2}
        covered = {
            (r, c) for (r0, c0), (h, w) in spans.items() for r in range(r0, r0 + h) for c in range(c0, c0 + w)
        } - set(spans)
        parts.append('<table border="1" cellspacing="0"><tbody>')
        for r, row in enumerate(grid.texts[2:], start=2):
            parts.append("<tr>")
            for c, text in enumerate(row):
                if (r, c) in covered:
                    continue
                h, w = spans.get((r, c), (1, 1))
                attrs = (f' rowspan="{h}"' if h > 1 else "") + (f' colspan="{w}"' if w > 1 else "")
                inner = html_escape(text).replace("\n", "<br/>") if text else "&nbsp;"
                parts.append(f"<td{attrs}>{inner}{end_td}")
            parts.append(end_tr)
        parts.append("</tbody></table>")
    parts += ["<p>（本页信息由 <b>财政局</b> 发布）</p>", "</td></tr></table></body></html>"]
    codec = "gb18030" if encoding.lower() in ("gb2312", "gbk", "gb18030") else encoding
    with open(path, "wb") as f:
        f.write("\n".join(parts).encode(codec))


def write_scanned_pdf(forms: Sequence[Form], path: str, *, dpi: int = 200) -> None:
    """The forms as a scanned PDF: each page of ``write_pdf`` rendered to a grey image and wrapped in a PDF
    again, so the pages have no text layer (as a scanner or a "print to image" makes them)."""
    import os
    import tempfile

    import pypdfium2 as pdfium

    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "text.pdf")
        write_pdf(forms, source)
        doc = pdfium.PdfDocument(source)
        try:
            images = [doc[i].render(scale=dpi / 72).to_pil().convert("L") for i in range(len(doc))]
        finally:
            doc.close()
    images[0].save(path, "PDF", resolution=float(dpi), save_all=True, append_images=images[1:])

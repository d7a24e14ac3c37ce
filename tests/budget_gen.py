"""A budget disclosure (部门预算公开) as a PDF, in the layout of the published Shanghai district ones (samples/
budget-2026-*.pdf), with invented figures and mistakes planted on request.

The model guarantees every identity (类 = Σ 款 = Σ 项, 合计 = 基本 + 项目, the summaries agree with the
classified tables, the notes quote the tables and their rates divide out). ``write_budget_pdf`` prints it: a
目录, the 编制说明 with item paragraphs, the nine tables with headers over two or three rows (merged cells,
codes split over 类/款/项 columns or code and name in one cell), a long table continued over pages without
its header and one with the header repeated, empty tables declared so, and the 三公 text at the end.
``PLANTS`` names the mistakes that can be planted; each changes exactly what its comment says.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

D = Decimal
CENT = D("0.01")
WAN = D(10000)
YEAR = 2026
UNIT = "上海市东湖区文化旅游局"
FUNCTIONAL = (
    ("204", "公共安全支出", (("20406", "司法", (("2040601", "行政运行"), ("2040604", "基层司法业务"),
                                                ("2040605", "普法宣传"), ("2040699", "其他司法支出"))),)),
    ("208", "社会保障和就业支出", (("20805", "行政事业单位养老支出", (("2080501", "行政单位离退休"),
                                                                   ("2080505", "机关事业单位基本养老保险缴费支出"))),)),
    ("221", "住房保障支出", (("22102", "住房改革支出", (("2210201", "住房公积金"), ("2210203", "购房补贴"))),)),
)
ECONOMIC = (("301", "工资福利支出", (("30101", "基本工资"), ("30102", "津贴补贴"))),
            ("302", "商品和服务支出", (("30201", "办公费"), ("30217", "公务接待费"))),
            ("303", "对个人和家庭的补助", (("30302", "退休费"),)))
PLANTS = {
    "total": "一般公共预算支出表的合计行「合计」多 100.00 元",
    "class": "收入预算总表 208 类的「合计」多 1000.00 元（类 ≠ Σ 款）",
    "cross": "财政拨款收支预算总表中二、三两类的数额对调（本表各和仍成立）",
    "text": "编制说明中 2040604 基层司法业务的金额比表中多 1.00 万元",
    "share": "编制说明中项目支出的占比多写 1 个百分点",
    "missing": "目录列有国有资本经营预算支出表，文件中没有",
}
ORD = "一二三四五六七八九"


def _yuan(rng: random.Random, low: int, high: int) -> Decimal:
    return D(rng.randint(low, high)) * CENT


def wan(v: Decimal) -> str:
    return str(v.__truediv__(WAN).quantize(CENT, ROUND_HALF_UP))


@dataclass
class Budget:
    """项 rows (code → (name, basic, project) in 元), the economic split of the basic spending, 三公 (万元)."""

    items: dict[str, tuple[str, Decimal, Decimal]] = field(default_factory=dict)
    economic: dict[str, tuple[str, Decimal, Decimal]] = field(default_factory=dict)  # code → (name, 人员, 公用)
    trips: tuple[Decimal, Decimal, Decimal, Decimal] = (D(0), D(0), D(0), D(0))  # 出国, 购置, 运行, 接待
    prior: dict[str, Decimal] = field(default_factory=dict)  # 项 → 2025 executed, 万元

    def total(self, prefix: str = "", col: int = 0) -> Decimal:
        """Σ of 项 rows under ``prefix``: col 0 合计, 1 基本, 2 项目."""
        out = D(0)
        for code, (_, b, p) in self.items.items():
            if code.startswith(prefix):
                out += (b + p, b, p)[col]
        return out


def make_budget(seed: int) -> Budget:
    rng = random.Random(seed)
    m = Budget()
    for _, _, kuans in FUNCTIONAL:
        for _, _, xiangs in kuans:
            for code, name in xiangs:
                basic = _yuan(rng, 10_000_00, 900_000_00) if code in ("2040601",) or code[:3] != "204" else D(0)
                project = _yuan(rng, 50_000_00, 3_000_000_00) if code[:3] == "204" and code != "2040601" else D(0)
                m.items[code] = (name, basic, project)
                current = (basic + project) / WAN
                m.prior[code] = (current * D(rng.randint(80, 120)) / 100).quantize(CENT, ROUND_HALF_UP)
    basic = m.total(col=1)
    people = (basic * D(rng.randint(70, 90)) / 100).quantize(CENT)
    public = basic - people
    retire = (people * D("0.1")).quantize(CENT)
    pay = people - retire
    office = (public * D("0.95")).quantize(CENT)
    m.economic = {"30101": ("基本工资", (pay * D("0.4")).quantize(CENT), D(0)),
                  "30102": ("津贴补贴", pay - (pay * D("0.4")).quantize(CENT), D(0)),
                  "30201": ("办公费", D(0), office), "30217": ("公务接待费", D(0), public - office),
                  "30302": ("退休费", retire, D(0))}
    m.trips = (D(0), D(0), D(rng.randint(100, 999)) / 100, D(rng.randint(10, 99)) / 100)
    return m


def _figure(text: str) -> bool:
    return bool(text) and text.replace(",", "").replace(".", "", 1).lstrip("-").isdigit()


def _n(v: Decimal) -> str:
    return f"{v:,.2f}"


def _classified(m: Budget, plant: set[str], table: str, split_codes: bool) -> list[list[str]]:
    """Rows of a functional table: class, 款 and 项 rows, then 合计. Columns: 合计, 基本, 项目 (or the
    income columns 合计, 财政拨款收入, 事业收入, 其他收入)."""
    rows: list[list[str]] = []
    for cls, cname, kuans in FUNCTIONAL:
        entries = [(cls, cname)] + [e for k, kn, xs in kuans for e in [(k, kn), *xs]]
        for code, name in entries:
            t, b, p = m.total(code), m.total(code, 1), m.total(code, 2)
            if table == "income":
                extra = D(1000) if ("class" in plant and code == "208") else D(0)
                values = [_n(t + extra), _n(t), "0.00", "0.00"]
            else:
                values = [_n(t), _n(b), _n(p)]
            codes = [code[:3], code[3:5], code[5:7]]
            rows.append((codes + [name] if split_codes else [f"{code} {name}"]) + values)
    t, b, p = m.total(), m.total(col=1), m.total(col=2)
    if table == "income":
        values = [_n(t), _n(t), "0.00", "0.00"]
    else:
        values = [_n(t + (D(100) if "total" in plant and table == "gp" else D(0))), _n(b), _n(p)]
    rows.append((["合计", "", "", ""] if split_codes else ["合计"]) + values)
    return rows


def write_budget_pdf(m: Budget, path: str, plant: set[str] | None = None, ruled: bool = True) -> None:
    """The disclosure as a PDF; ``ruled=False`` prints its tables without any line (columns only from where the
    words stand), headers centred over their columns and figures right-aligned, as many published ones are."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    plant = plant or set()
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=10, leading=15)
    head = ParagraphStyle("head", fontName="STSong-Light", fontSize=14, leading=20, alignment=1)
    story: list[Any] = []

    def text(*lines: str) -> None:
        story.extend(Paragraph(x, body) for x in lines)

    def table(title: str, unit: str, header: list[list[str]], spans: list[tuple[int, int, int, int]],
              rows: list[list[str]], widths: list[int], repeat: int = 0, tall: int = 0, after: str = "") -> None:
        story.extend([Paragraph(title, head), Paragraph(f"编制部门：{UNIT} 单位：{unit}", body), Spacer(1, 6)])
        style: list[Any] = [("FONT", (0, 0), (-1, -1), "STSong-Light", 9)]
        if ruled:
            style.append(("GRID", (0, 0), (-1, -1), 0.5, "black"))
        else:
            style.append(("ALIGN", (0, 0), (-1, len(header) - 1), "CENTER"))
            style += [("ALIGN", (c, len(header)), (c, -1), "RIGHT") for c in range(len(widths))
                      if rows and any(_figure(r[c]) for r in rows if c < len(r))]
        style += [("SPAN", (c0, r0), (c1, r1)) for r0, c0, r1, c1 in spans]
        heights = [18] * len(header) + [tall or 18] * len(rows)
        story.append(Table(header + rows, colWidths=widths, rowHeights=heights, repeatRows=repeat, style=TableStyle(style)))
        if after:
            text(after)
        story.append(PageBreak())

    t, b, p = m.total(), m.total(col=1), m.total(col=2)
    share_p = (p / t * 100).quantize(CENT, ROUND_HALF_UP) + (1 if "share" in plant else 0)
    share_b = (b / t * 100).quantize(CENT, ROUND_HALF_UP)
    names = ["财务收支预算总表", "收入预算总表", "支出预算总表", "财政拨款收支预算总表", "一般公共预算支出功能分类预算表",
             "政府性基金预算支出功能分类预算表", "国有资本经营预算支出功能分类预算表",
             "一般公共预算基本支出部门预算经济分类预算表", "“三公”经费和机关运行经费预算表"]
    story.append(Paragraph(f"上海市东湖区{YEAR}年区级部门预算", head))
    text("目 录", "一、部门主要职能", "二、部门预算编制说明", "三、部门预算表",
         *[f"{i + 1}. {YEAR}年部门{n}" for i, n in enumerate(names)], "四、其他相关情况说明")
    story.append(PageBreak())
    text(f"{YEAR}年部门预算编制说明",
         f"{YEAR}年，{UNIT}收入预算{wan(t)}万元，其中：财政拨款收入{wan(t)}万元；事业收入0万元；其他收入0万元。",
         f"支出预算{wan(t)}万元，其中：基本支出{wan(b)}万元，占{share_b}%；项目支出{wan(p)}万元，占{share_p}%。",
         "财政拨款支出主要内容如下：")
    k = 0
    for cls, cname, kuans in FUNCTIONAL:
        for kc, kname, xiangs in kuans:
            for code, name in xiangs:
                k += 1
                amount = m.total(code) / WAN
                quoted = wan(m.total(code) + (WAN if "text" in plant and code == "2040604" else D(0)))
                prior = m.prior[code]
                rate = ((amount.quantize(CENT, ROUND_HALF_UP) - prior) / prior * 100).quantize(CENT, ROUND_HALF_UP)
                word = "增加" if rate >= 0 else "减少"
                text(f"{k}、{cname}（{cls}类）{kname}（{kc[3:]}款）{name}（{code[5:]}项）{quoted}万元。主要用于："
                     f"{name}方面的支出。{YEAR - 1}年当年预算执行数为{prior}万元，{YEAR}年预算安排{quoted}万元，"
                     f"比{YEAR - 1}年预算执行数{word}{abs(rate)}%。主要原因是：业务量变化。")
    story.append(PageBreak())
    # 1 财务收支预算总表
    inc = [["一、财政拨款收入", _n(t)], ["1. 一般公共预算", _n(t)], ["2. 政府性基金预算", "0.00"],
           ["3. 国有资本经营预算", "0.00"], ["二、事业收入", "0.00"], ["三、其他收入", "0.00"]]
    exp = [[f"{ORD[i]}、{c[1]}", _n(m.total(c[0]))] for i, c in enumerate(FUNCTIONAL)]
    rows = [(inc[i] if i < len(inc) else ["", ""]) + (exp[i] if i < len(exp) else ["", ""]) for i in range(len(inc))]
    table(f"{YEAR}年部门财务收支预算总表", "元", [["本年收入", "", "本年支出", ""], ["项目", "预算数", "项目", "预算数"]],
          [(0, 0, 0, 1), (0, 2, 0, 3)], rows + [["收入总计", _n(t), "支出总计", _n(t)]], [170, 110, 190, 110])
    # 2 收入预算总表 (codes over 类/款/项)
    code_head = [["项目", "", "", "", "收入预算", "", "", ""],
                 ["功能分类科目编码", "", "", "功能分类科目名称", "合计", "财政拨款收入", "事业收入", "其他收入"],
                 ["类", "款", "项", "", "", "", "", ""]]
    code_spans = [(0, 0, 0, 3), (0, 4, 0, 7), (1, 0, 1, 2), (1, 3, 2, 3), (1, 4, 2, 4), (1, 5, 2, 5), (1, 6, 2, 6),
                  (1, 7, 2, 7)]
    table(f"{YEAR}年部门收入预算总表", "元", code_head, code_spans, _classified(m, plant, "income", True),
          [32, 32, 32, 200, 95, 95, 80, 80])
    # 3 支出预算总表: code and name in one cell, long enough to go on over the next page without its header
    table(f"{YEAR}年部门支出预算总表", "元", [["项目", "支出预算", "", ""], ["科目编码及名称", "合计", "基本支出", "项目支出"]],
          [(0, 1, 0, 3)], _classified(m, plant, "expenditure", False), [260, 110, 110, 110], tall=34)
    # 4 财政拨款收支预算总表
    fvals = [m.total(c[0]) for c in FUNCTIONAL]
    if "cross" in plant:
        fvals[1], fvals[2] = fvals[2], fvals[1]
    finc = [["一、一般公共预算", _n(t)], ["二、政府性基金预算", "0.00"], ["三、国有资本经营预算", "0.00"]]
    frows = [(finc[i] if i < len(finc) else ["", ""]) + [f"{ORD[i]}、{c[1]}", _n(fvals[i]), _n(fvals[i]), "0.00", "0.00"]
             for i, c in enumerate(FUNCTIONAL)]
    table(f"{YEAR}年部门财政拨款收支预算总表", "元",
          [["财政拨款收入", "", "财政拨款支出", "", "", "", ""],
           ["项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"]],
          [(0, 0, 0, 1), (0, 2, 0, 6)], frows + [["收入总计", _n(t), "支出总计", _n(t), _n(t), "0.00", "0.00"]],
          [120, 90, 150, 90, 90, 90, 90])
    # 5 一般公共预算支出表: long, its three header rows repeated on the next page
    gp_head = [[h if i < 5 else "" for i, h in enumerate(r[:7])] for r in code_head]
    gp_head[0][4], gp_head[1][4:7] = "一般公共预算支出", ["合计", "基本支出", "项目支出"]
    gp_spans = [(0, 0, 0, 3), (0, 4, 0, 6), (1, 0, 1, 2), (1, 3, 2, 3), (1, 4, 2, 4), (1, 5, 2, 5), (1, 6, 2, 6)]
    table(f"{YEAR}年部门一般公共预算支出功能分类预算表", "元", gp_head, gp_spans, _classified(m, plant, "gp", True),
          [32, 32, 32, 220, 110, 110, 110], repeat=3, tall=34)
    for kind, name in (("gov", "政府性基金预算"), ("soe", "国有资本经营预算")):
        if kind == "soe" and "missing" in plant:
            continue
        head2 = [[h for h in r] for r in gp_head]
        head2[0][4] = f"{name}支出"
        table(f"{YEAR}年部门{name}支出功能分类预算表", "元", head2, gp_spans,
              [["无", "", "", "", "", "", ""], ["合计", "", "", "", "", "", ""]], [32, 32, 32, 220, 110, 110, 110],
              after=f"注：本部门{YEAR}年无{name}财政拨款安排的预算，故本表为空表。")
    # 8 基本支出经济分类表
    erows: list[list[str]] = []
    for cls, cname, kids in ECONOMIC:
        people = sum((m.economic[c][1] for c, _ in kids), D(0))
        public = sum((m.economic[c][2] for c, _ in kids), D(0))
        erows.append([cls, "", cname, _n(people + public), _n(people), _n(public)])
        for code, name in kids:
            _, pe, pu = m.economic[code]
            erows.append([cls, code[3:], name, _n(pe + pu), _n(pe), _n(pu)])
    pe_t = sum((v[1] for v in m.economic.values()), D(0))
    pu_t = sum((v[2] for v in m.economic.values()), D(0))
    erows.append(["合计", "", "", _n(pe_t + pu_t), _n(pe_t), _n(pu_t)])
    table(f"{YEAR}年部门一般公共预算基本支出部门预算经济分类预算表", "元",
          [["项目", "", "", "一般公共预算基本支出", "", ""], ["经济分类科目编码", "", "经济分类科目名称", "合计", "人员经费", "公用经费"],
           ["类", "款", "", "", "", ""]],
          [(0, 0, 0, 2), (0, 3, 0, 5), (1, 0, 1, 1), (1, 2, 2, 2), (1, 3, 2, 3), (1, 4, 2, 4), (1, 5, 2, 5)],
          erows, [40, 40, 220, 110, 110, 110])
    # 9 三公 (万元)
    abroad, buy, run, host = m.trips
    total3 = abroad + buy + run + host
    office = wan(pu_t)
    table(f"{YEAR}年部门“三公”经费和机关运行经费预算表", "万元",
          [["“三公”经费预算数", "", "", "", "", "", "机关运行经费预算数"],
           ["合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费", "", "", ""],
           ["", "", "", "小计", "购置费", "运行费", ""]],
          [(0, 0, 0, 5), (0, 6, 2, 6), (1, 0, 2, 0), (1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 1, 5)],
          [[str(total3), str(abroad), str(host), str(buy + run), str(buy), str(run), office]], [80, 100, 80, 90, 80, 80, 110])
    text("其他相关情况说明", f"一、{YEAR}年“三公”经费预算情况说明",
         f"{YEAR}年“三公”经费预算数为{total3}万元。其中：", f"（一）因公出国（境）费{abroad}万元。",
         f"（二）公务用车购置及运行费{buy + run}万元。", f"（三）公务接待费{host}万元。", "二、机关运行经费预算",
         f"{YEAR}年{UNIT}机关运行经费预算为{office}万元。")
    SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=40, rightMargin=40).build(story)

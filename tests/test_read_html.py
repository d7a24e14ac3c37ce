"""The HTML reader: pages as government sites publish them (layout frames, spans, entities, GB2312,
unclosed cells), read into tables the recognisers then read, and audited."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import fixtures_gen as gen
from jixiao.cli import app
from jixiao.read import read_path
from jixiao.read.html import read_html


def _page(tmp_path: Path, body: str, name: str = "p.html", head: str = "") -> str:
    path = tmp_path / name
    path.write_text(f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>", encoding="utf-8")
    return str(path)


def test_rowspan_colspan_laid_out_as_browsers_do(tmp_path: Path) -> None:
    fr = read_html(_page(tmp_path, """
        <table>
          <tr><th rowspan="3">项目资金<br>(万元)</th><th>年初预算数</th><th colspan="2">执行</th></tr>
          <tr><td>2,270.00</td><td>1,984.00</td><td rowspan="5">跨到表尾</td></tr>
          <tr><td colspan="2">两列</td></tr>
        </table>"""))
    assert not fr.problems and len(fr.tables) == 1
    table = fr.tables[0]
    assert table.texts() == [
        ["项目资金\n(万元)", "年初预算数", "执行", "执行"],
        ["项目资金\n(万元)", "2,270.00", "1,984.00", "跨到表尾"],
        ["项目资金\n(万元)", "两列", "两列", "跨到表尾"],
    ]
    assert [[c.merged for c in r] for r in table.rows] == [
        [False, False, False, True],
        [True, False, False, False],
        [True, False, True, True],
    ]
    assert table.rows[1][2].source.cell == "T1R2C3" and table.rows[2][2].source.cell == "T1R3C3"


def test_layout_frame_nested_tables_script_style_entities(tmp_path: Path) -> None:
    fr = read_html(_page(tmp_path, head="<title>自评表 &amp; 说明</title><style>td{color:red}</style>", body="""
        <script>var t = "<table><tr><td>项目名称</td></tr></table>";</script>
        <table class="layout"><tr><td>首页 &gt; 公开</td><td>
          <h2>财政项目支出绩效自评表</h2><p>(2023年度)</p>
          <table><tr><td>项目名称</td><td>&#20135;业&nbsp;转型</td></tr></table>
          <div style="display:none">隐藏的 999</div>
          <p>填表人：<span>张三</span></p>
          <table><tr><td>评分等级</td><td>优</td></tr></table>
        </td></tr></table>
        <noscript>请启用脚本</noscript><!-- 注释 123 -->"""))
    assert [t.texts() for t in fr.tables] == [[["项目名称", "产业 转型"]], [["评分等级", "优"]]]
    assert [text for text, _ in fr.body] == [
        "自评表 & 说明", "首页 > 公开", "财政项目支出绩效自评表", "(2023年度)", "填表人：张三"
    ]
    assert [s.line for _, s in fr.body] == [1, 2, 3, 4, 5]
    assert fr.tables[0].preamble == ["首页 > 公开", "财政项目支出绩效自评表", "(2023年度)"]
    assert fr.tables[0].title == "(2023年度)" and fr.tables[1].title == "填表人：张三"
    assert fr.tables[1].rows[0][1].source.cell == "T2R1C2"


@pytest.mark.parametrize(
    ("declared", "written", "encoding", "problem"),
    [
        ("gb2312", "gb18030", "gb18030", False),
        ("utf-8", "utf-8", "utf-8", False),
        ("utf-8", "gb18030", "gb18030", True),  # the page says UTF-8 but is GBK: read, and said
        (None, "gb18030", "gb18030", False),  # no declaration: detected from the bytes
    ],
)
def test_encoding_from_meta_or_bytes(tmp_path: Path, declared: str | None, written: str, encoding: str,
                                     problem: bool) -> None:
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={declared}">' if declared else ""
    path = tmp_path / "p.htm"
    path.write_bytes(f"<html><head>{meta}</head><body><p>项目名称：乡村振兴</p></body></html>".encode(written))
    fr = read_html(str(path))
    assert fr.body[0][0] == "项目名称：乡村振兴" and fr.encoding == encoding
    assert bool(fr.problems) == problem
    if problem:
        assert "utf-8" in fr.problems[0].message and str(path) == fr.problems[0].source.file


@pytest.mark.parametrize("sloppy", [False, True])
def test_forms_page_read_as_records(tmp_path: Path, sloppy: bool) -> None:
    path = tmp_path / "forms.html"
    gen.write_html([gen.INDUSTRY, gen.SME], str(path), encoding="gb2312", sloppy=sloppy)
    result = read_path(path)
    assert not result.problems and [f.format for f in result.files] == ["html"]
    docs = [d for d in result.documents if d.type == "project_self_evaluation"]
    assert [d.header["项目名称"].value for d in docs] == ["产业转型升级重点工作", "上海市中小企业发展专项资金"]
    total = docs[0].funds["total"]
    assert (total.annual_budget.dec, total.executed.dec, total.rate.dec, total.score.dec) == (
        Decimal("1995.03"), Decimal("1984.00"), Decimal("99.44"), Decimal("9.94")
    )
    assert total.executed.source is not None and total.executed.source.cell == "T1R4C5"
    assert [i.level3.value for i in docs[1].indicators][:2] == ["培育专业化服务平台", "中小企业数字化赋能项目"]
    assert docs[1].indicators[8].target.value == "》85%" and docs[0].total_score.dec == Decimal("99.94")
    assert not any("脚本" in c.text for t in result.files[0].tables for r in t.rows for c in r)


def test_audit_finds_the_planted_mistake(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    gen.write_html([replace(gen.INDUSTRY, total="98.94")], str(path))
    out = CliRunner().invoke(app, ["audit", str(path), "--json"])
    assert out.exit_code == 0, out.output
    findings = json.loads(out.output)["findings"]
    wrong = [f for f in findings if f["severity"] == "error"]
    assert [(f["kind"], f["reported"], f["recomputed"], f["location"]["cell"]) for f in wrong] == [
        ("total_sum", "98.94", "99.94", "T1R22C7")
    ]
    clean = tmp_path / "clean.html"
    gen.write_html([gen.INDUSTRY], str(clean))
    findings = json.loads(CliRunner().invoke(app, ["audit", str(clean), "--json"]).output)["findings"]
    assert not [f for f in findings if f["severity"] == "error"]


def test_page_without_an_html_suffix_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "download"
    gen.write_html([gen.INDUSTRY], str(path))
    result = read_path(path)
    assert [f.format for f in result.files] == ["html"] and len(result.documents) >= 1


_MARKUP = st.lists(
    st.sampled_from(["<", ">", "/", "=", '"', " ", "&", ";", "#", "项目", "1", "<td>", "<tr>", "<table>", "</td>",
                     "</table>", "<th rowspan=3>", "<td colspan=9999>", "<td rowspan=0>", "<br>", "&nbsp;", "<script>"]),
    max_size=60,
).map("".join)


@settings(max_examples=60, deadline=None)
@given(_MARKUP)
def test_any_markup_reads_without_raising(tmp_path_factory: pytest.TempPathFactory, markup: str) -> None:
    path = tmp_path_factory.mktemp("h") / "x.html"
    path.write_text(markup, encoding="utf-8")
    result = read_path(path)  # never raises
    for t in (t for f in result.files for t in f.tables):
        assert all(c.source.cell for row in t.rows for c in row)
        assert t.width <= 1000


def test_columns_beyond_the_limit_are_a_located_problem(tmp_path: Path) -> None:
    fr = read_html(_page(tmp_path, "<table><tr>" + '<td colspan="900">宽</td>' * 3 + "</tr></table>"))
    assert fr.tables[0].width == 1000
    assert [p.source.cell for p in fr.problems] == ["T1R1C1001"] and "1000" in fr.problems[0].message


def test_a_table_beyond_the_grid_limit_is_refused_at_once_and_the_next_read(tmp_path: Path) -> None:
    """1,001 rows of one colspan="1000" cell are a grid of 1,001,000 cells (50,000 such rows, a 2 MB page, were
    50 million, built before any limit was checked, and the whole page lost): refused before its cells are made,
    located at the table, and the page's next table read under its own number."""
    huge = "<table>" + '<tr><td colspan="1000">宽</td></tr>' * 1001 + "</table>"
    fr = read_html(_page(tmp_path, huge + "<p>正文</p><table><tr><td>项目名称</td><td>测试</td></tr></table>"))
    assert [(p.source.cell, p.message) for p in fr.problems] == [
        ("T1", "表格范围 1001 行 × 1000 列 = 1001000 个单元格，超过上限 1000000，未读取")]
    assert [(t.source.cell, t.texts()) for t in fr.tables] == [("T2", [["项目名称", "测试"]])]
    assert [line for line, _ in fr.body] == ["正文"]
    alone = read_path(_page(tmp_path, huge, "alone.html"))  # nothing else: said so, not called an empty file
    assert [p.message for p in alone.unrecognised] == ["未能识别：文件的表格或文字超过读取上限，未读取（见同一文件的上限问题），其余为空"]


def test_nesting_beyond_the_parsers_depth_is_said_not_silent(tmp_path: Path) -> None:
    """libxml2 stops parsing at 256 levels of nesting and drops the rest of the page, the form after a deep block
    with it: a located problem says so (the page was once 'not recognised: empty')."""
    deep = "<div>" * 300 + "深" + "</div>" * 300
    fr = read_html(_page(tmp_path, "<p>前</p>" + deep + "<table><tr><td>项目名称</td><td>测试</td></tr></table>"))
    assert [line for line, _ in fr.body][:1] == ["前"]
    (said,) = [p.message for p in fr.problems]
    assert said.startswith("网页元素嵌套过深（源文件第 1 行") and said.endswith("此后的内容未读取")

"""Tiny files that used to eat the machine: each refused fast as a located problem, the other files still read.

Before the limits: the far xlsx cell and the whole-sheet merge ran for minutes in gigabytes, the xls far cell
took 1.1 GB in calamine (and aborted the worker with a Rust backtrace under a memory limit), gridSpan
5,000,000 and the 50 MB line of tabs built millions of cells, the PDF stream inflated to 200 MB.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import hostile_files as h
import pytest
from conftest import jixiao

from jixiao.read import read_file, read_path
from jixiao.read.limits import MAX_GRID_CELLS, MAX_ROW_CELLS, MAX_XLSX_CELLS


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("hostile")
    h.xlsx_far_cell(d / "far.xlsx")
    h.xlsx_whole_sheet_merge(d / "merge.xlsx")
    h.xlsx_far_dimension(d / "dimension.xlsx")
    h.xlsx_zip_bomb(d / "bomb.xlsx")
    h.xlsx_many_cells(d / "cells.xlsx", MAX_XLSX_CELLS + 1)  # (openpyxl's cell objects: ~700 MB at 1M)
    h.xls_far_cell(d / "far.xls")
    h.docx_grid_span(d / "span.docx")
    h.pdf_stream_bomb(d / "bomb.pdf")
    h.long_line(d / "tabs.txt")
    (d / "commas.csv").write_bytes(b"," * (5 * 1024 * 1024))  # the csv module would make 5 million cells
    shutil.copy(h.SEED_001, d / "zz_good.txt")  # read last: the hostile files before it do not stop it
    return d


EXPECTED = {  # file → (where, what the problem says)
    "far.xlsx": ({"sheet": "Sheet", "cell": "XFD1048576"}, f"表格有 16384 列，超过上限 {MAX_ROW_CELLS} 列，未读取"),
    "merge.xlsx": ({"sheet": "Sheet"}, "合并单元格共覆盖 17179869184 个单元格，超过上限 1000000，未读取"),
    "bomb.xlsx": ({}, "xlsx 的 XML 部件解压后共 150 MB（最大的部件 xl/bomb.xml 为 150 MB），超过上限 100 MB，未读取"),
    "far.xls": ({"sheet": "表1"}, f"表格范围 65536 行 × 256 列 = 16777216 个单元格，超过上限 {MAX_GRID_CELLS}，未读取"),
    "cells.xlsx": ({"sheet": "Sheet"}, f"工作表有 {MAX_XLSX_CELLS + 2} 个单元格，超过上限 {MAX_XLSX_CELLS}，未读取"),
    "span.docx": ({"cell": "T1"}, f"第 1 行的单元格跨 5000000 列，超过每行 {MAX_ROW_CELLS} 列的上限，表格未读取"),
    "bomb.pdf": ({"page": 1}, "PDF 中有一个数据流解压后超过 64 MB（压缩炸弹？），未读取"),
    "tabs.txt": ({"line": 1}, "该行有 52428800 个字符，超过每行 200000 个字符的上限，未读取"),
    "commas.csv": ({"line": 1}, "该行有 5242880 个字符，超过每行 200000 个字符的上限，未读取"),
}


def test_read_refuses_each_fast_and_reads_the_good_file(folder: Path) -> None:
    r = jixiao("read", str(folder), "--json")
    r.clean()
    assert r.code == 2  # the files refused whole (merge.xlsx, bomb.xlsx, far.xls) are unreadable
    assert r.seconds < 30, r.seconds
    data = json.loads(r.stdout)
    problems = [(Path(p["source"]["file"]).name, p["source"], p["message"]) for p in data["problems"]]
    for name, (where, message) in EXPECTED.items():
        hits = [src for n, src, m in problems if n == name and m == message]
        assert hits, (name, [p for p in problems if p[0] == name])
        assert all(hits[0].get(k) == v for k, v in where.items()), (name, hits[0])
    # the good file after them: its 12 forms, first one read whole
    good = [d for d in data["documents"] if d["source"]["file"].endswith("zz_good.txt")]
    assert len(good) >= 12 and good[0]["header"]["项目名称"]["value"] == h.PROJECT_NAME
    # a far <dimension> alone is not a problem: openpyxl sizes the sheet by its cells
    assert not [p for p in problems if p[0] == "dimension.xlsx" and "上限" in p[2]]
    # refused is never "damaged"
    assert not [p for p in problems if p[0] in EXPECTED and "损坏" in p[2]]


def test_audit_with_workers_reports_each_and_the_good_file(folder: Path) -> None:
    r = jixiao("audit", str(folder), "--json", "--jobs", "2", "--timeout", "40")
    r.clean()
    assert r.code == 2 and r.seconds < 40, (r.code, r.seconds)
    data = json.loads(r.stdout)
    assert data["summary"]["files"] == 11
    refused = {"merge.xlsx", "bomb.xlsx", "far.xls", "cells.xlsx"}
    assert {Path(line.split(":")[0]).name for line in r.stderr.splitlines()} == refused
    found = json.dumps(data, ensure_ascii=False)
    for name in ("far.xlsx", "span.docx", "bomb.pdf", "tabs.txt", "commas.csv"):
        assert EXPECTED[name][1] in found, name
    assert h.PROJECT_NAME in found


def test_a_far_cell_that_only_carries_a_format_does_not_cost_the_sheet(tmp_path: Path) -> None:
    # Excel may write an empty, formatted cell far away; the sheet is read by the cells with values
    path = h._rezip(h._workbook({"A1": "项目名称", "B1": "x"}), tmp_path / "styled.xlsx", h._sheet(
        lambda s: s.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576" s="0"/></row></sheetData>')))
    fr = read_file(path)
    assert not fr.problems and fr.body == [] and fr.tables[0].texts() == [["项目名称", "x"]]


def test_memory_error_is_never_called_damage(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import jixiao.read.text as text

    def boom(*_: object) -> None:
        raise MemoryError

    monkeypatch.setattr(text, "read_text_tables", boom)
    path = tmp_path / "a.txt"
    path.write_text("x", encoding="utf-8")
    (p,) = read_path(path).unreadable
    assert p.message == "内存不足，无法读取此文件（文件过大或结构异常庞大）" and "损坏" not in p.message


def test_per_file_time_budget_of_the_workers_skips_a_slow_file(tmp_path: Path) -> None:
    """i12's per-file limit: a file slower than --timeout is skipped, located, and the next file still read."""
    slow = tmp_path / "a_slow.txt"  # 150,000 lines of 40 tab cells: read in several seconds, not in one
    slow.write_text(("项目名称" + "\t1" * 40 + "\n") * 150_000, encoding="utf-8")
    (tmp_path / "b_good.txt").write_text(h.forms(1), encoding="utf-8")  # one form: well inside 1 s on a loaded machine
    r = jixiao("audit", str(tmp_path), "--json", "--jobs", "1", "--timeout", "1")
    r.clean()
    assert r.code == 2
    assert r.stderr.startswith(f"{slow}: ") and "1" in r.stderr
    assert h.PROJECT_NAME in r.stdout


def test_a_limit_met_while_a_library_opens_the_file_is_said_as_the_limit(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """pdfplumber wraps what pdfminer raises (an object-stream bomb met while opening): still the limit."""
    import pdfplumber
    from pdfplumber.utils.exceptions import PdfminerException

    from jixiao.read.pdfzlib import StreamTooLarge

    def bomb(*_: object, **__: object) -> None:
        raise PdfminerException(StreamTooLarge())

    monkeypatch.setattr(pdfplumber, "open", bomb)
    (p,) = read_path(h.pdf(tmp_path / "a.pdf", b"")).unreadable
    assert p.message == "PDF 中有一个数据流解压后超过 64 MB（压缩炸弹？），未读取"


def test_a_line_or_cell_beyond_the_line_limit_in_a_page_is_left_out_and_said(tmp_path: Path) -> None:
    """The text reader's line limit holds for every format: a web page's paragraph or cell of more than
    ``MAX_LINE_CHARS`` characters (a 4.5 MB paragraph ran for minutes in the recognisers) is left out, a problem
    at its line or cell, and the page's other text and cells read."""
    from jixiao.read.limits import MAX_LINE_CHARS

    long = "项目名称 1 " * (MAX_LINE_CHARS // 7 + 1)
    page = tmp_path / "long.html"
    page.write_text(f"<html><body><p>{long}</p><p>正文</p><table><tr><td>项目名称</td><td>{long}</td><td>测试</td></tr>"
                    "</table></body></html>", encoding="utf-8")
    fr = read_file(page)
    assert [(p.source.line, p.source.cell, p.message) for p in fr.problems] == [
        (1, None, f"该行有 {len(long.strip())} 个字符，超过每行 {MAX_LINE_CHARS} 个字符的上限，未读取"),
        (None, "T1R1C2", f"单元格有 {len(long.strip())} 个字符，超过 {MAX_LINE_CHARS} 个字符的上限，未读取")]
    assert [line for line, _ in fr.body] == ["正文"] and fr.tables[0].texts() == [["项目名称", "", "测试"]]

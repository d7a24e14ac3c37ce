"""A web page beyond the page limits (``read.limits.page_bytes``) is not parsed: lxml builds the whole tree, about
40 times the markup (a 30 MB page of <div> tags took 1.2 GB and 41 s). It reads as empty with a located problem
saying which limit, so the file is reported not recognised for that reason, and the other files are still read."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import hostile_files as h
from conftest import jixiao

from jixiao.read.limits import MAX_PAGE_BYTES, MAX_PAGE_TAGS


def test_pages_beyond_the_limits_are_refused_said_and_the_others_read(tmp_path: Path) -> None:
    unit = "<div><span>测</span></div>"  # 4 tags
    count = MAX_PAGE_TAGS // 4 + 1
    (tmp_path / "tags.html").write_text(f"<html><body>{unit * count}</body></html>", encoding="utf-8")
    with (tmp_path / "large.htm").open("wb") as f:  # (sparse: no disk, no time; refused before it is read)
        f.write(b"<html><body>")
        f.truncate(MAX_PAGE_BYTES + 1)
    below = tmp_path / "below.html"  # a page under both limits is read as before
    below.write_text(f"<html><body><p>说明</p>{'<p>x</p>' * 1000}</body></html>", encoding="utf-8")
    shutil.copy(h.SEED_001, tmp_path / "zz_good.txt")
    r = jixiao("read", str(tmp_path), "--json")
    r.clean()
    data = json.loads(r.stdout)
    said = {(Path(p["source"]["file"]).name, p["message"]) for p in data["problems"]}
    tags = count * 4 + 4
    assert ("tags.html", f"网页有 {tags} 个标记（“<”），超过上限 {MAX_PAGE_TAGS} 个，未读取") in said
    assert ("large.htm", f"网页文件有 {(MAX_PAGE_BYTES + 1) / 1024 / 1024:.0f} MB，超过上限 "
            f"{MAX_PAGE_BYTES / 1024 / 1024:.0f} MB，未读取") in said
    for name in ("tags.html", "large.htm"):  # not recognised, for the limit: never silent, never "damaged"
        assert (name, "未能识别：文件的表格或文字超过读取上限，未读取（见同一文件的上限问题），其余为空") in said
        assert not [m for n, m in said if n == name and "损坏" in m]
    assert not [m for n, m in said if n == "below.html" and "上限" in m]
    good = [d for d in data["documents"] if d["source"]["file"].endswith("zz_good.txt")]
    assert len(good) >= 12 and good[0]["header"]["项目名称"]["value"] == h.PROJECT_NAME


def test_a_pdf_page_drawing_too_many_characters_is_left_out_as_it_is_read(tmp_path: Path) -> None:
    """pdfminer makes an object of every character a page draws (200,000 on one page took 470 MB and 12 s): past
    ``MAX_PAGE_CHARS`` the page is given up while it is read, a problem at its page, the other files read."""
    from jixiao.read.limits import MAX_PAGE_CHARS

    h.pdf(tmp_path / "dense.pdf", b"BT /F1 6 Tf 10 800 Td (" + b"a" * (MAX_PAGE_CHARS + 1) + b") Tj ET")
    h.pdf(tmp_path / "fine.pdf", b"BT /F1 6 Tf 10 800 Td (" + b"a" * MAX_PAGE_CHARS + b") Tj ET")
    shutil.copy(h.SEED_001, tmp_path / "zz_good.txt")
    r = jixiao("read", str(tmp_path), "--json")
    r.clean()
    data = json.loads(r.stdout)
    said = [(Path(p["source"]["file"]).name, p["source"].get("page"), p["message"]) for p in data["problems"]]
    assert ("dense.pdf", 1, f"该页的字符超过 {MAX_PAGE_CHARS} 个，超过每页的上限，未读取") in said
    assert ("dense.pdf", None, "未能识别：文件的表格或文字超过读取上限，未读取（见同一文件的上限问题），其余为空") in said
    assert not [m for n, _, m in said if n == "fine.pdf" and "上限" in m]
    assert any(d["source"]["file"].endswith("zz_good.txt") for d in data["documents"])


def test_a_docx_of_too_many_tags_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    """python-docx holds the whole tree (a 275 KB docx of 90 MB of paragraphs took 2.9 GB and 94 s): a docx whose XML
    holds more than ``MAX_DOCX_TAGS`` tags is refused as they are counted, the other files read."""
    from jixiao.read.limits import MAX_DOCX_TAGS

    h.docx_paragraphs(tmp_path / "many.docx", MAX_DOCX_TAGS // 6 + 1)
    h.docx_paragraphs(tmp_path / "fewer.docx", 1000)
    shutil.copy(h.SEED_001, tmp_path / "zz_good.txt")
    r = jixiao("read", str(tmp_path), "--json")
    r.clean()
    data = json.loads(r.stdout)
    said = [(Path(p["source"]["file"]).name, p["message"]) for p in data["problems"]]
    assert ("many.docx", f"docx 的 XML 部件有超过 {MAX_DOCX_TAGS} 个标记（“<”，在 word/document.xml 中超出），超过上限，"
            "未读取") in said
    assert not [m for n, m in said if n == "fewer.docx" and "上限" in m]
    assert any(d["source"]["file"].endswith("zz_good.txt") for d in data["documents"])


def test_a_pdf_of_more_pages_than_the_limit_is_read_to_it_and_the_rest_said_not_read(tmp_path: Path) -> None:
    """pdfplumber walked every page of the tree before the first was read, and each page read costs ~0.1 s: a 16 MB
    file of 100,000 pages ran for hours, bounded only by ``--timeout``. The first ``MAX_PDF_PAGES`` are read, the
    rest said not read at the first page left out, the file still reported and the other files read."""
    from jixiao.read.limits import MAX_PDF_PAGES

    line = b"BT /F1 10 Tf 40 800 Td (page 12.5) Tj ET"
    h.pdf_pages(tmp_path / "long.pdf", MAX_PDF_PAGES + 2, line)
    h.pdf_pages(tmp_path / "short.pdf", 3, line)
    shutil.copy(h.SEED_001, tmp_path / "zz_good.txt")
    r = jixiao("read", str(tmp_path), "--json")
    r.clean()
    data = json.loads(r.stdout)
    said = [(Path(p["source"]["file"]).name, p["source"].get("page"), p["message"]) for p in data["problems"]]
    beyond = f"PDF 共 {MAX_PDF_PAGES + 2} 页，超过每个文件 {MAX_PDF_PAGES} 页的上限：第 {MAX_PDF_PAGES + 1}–{MAX_PDF_PAGES + 2} 页未读取"
    assert ("long.pdf", MAX_PDF_PAGES + 1, beyond) in said
    assert [n for n, _, m in said if "未能识别" in m] == ["long.pdf", "short.pdf"]  # reported, for what it holds
    assert not [m for n, _, m in said if n == "short.pdf" and "上限" in m]
    assert any(d["source"]["file"].endswith("zz_good.txt") for d in data["documents"])


def test_the_pages_up_to_the_limit_are_read_and_no_further(tmp_path: Path) -> None:
    from jixiao.read import read_file
    from jixiao.read.limits import MAX_PDF_PAGES

    fr = read_file(h.pdf_pages(tmp_path / "long.pdf", MAX_PDF_PAGES + 1, b"BT /F1 10 Tf 40 800 Td (page 12.5) Tj ET"))
    pages = {src.page for _, src in fr.body}
    assert pages == set(range(1, MAX_PDF_PAGES + 1))
    assert [(p.source.page, p.message) for p in fr.problems] == [
        (MAX_PDF_PAGES + 1, f"PDF 共 {MAX_PDF_PAGES + 1} 页，超过每个文件 {MAX_PDF_PAGES} 页的上限：第 {MAX_PDF_PAGES + 1} 页未读取")]

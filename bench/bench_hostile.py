"""Hostile and odd input read in bounded CPU time: each file below (made here, in a temporary folder) read by
``read_path``, its CPU seconds (this process's, ``time.process_time``, which the machine's other work does not
inflate) against a limit. The shapes are the ones that once ran for minutes or ate the memory (session 23):
50,000 repeated form rows (project name rows, pipe headers, indicator headers), a 4.5 MB web-page paragraph,
a page of 50,000 rows of one ``colspan="1000"`` cell, and 300 levels of nesting; and 50,000 lines of plain text.
Limits: 5 s (the recognisers whose words a file lacks do not run, ``recognise.anchors``: plain lines were 15.8 s,
the name rows 29–34 s, session 24; the name rows, every line a form's first row, 5–8 s until session 25 built no
form holding nothing a form is kept for and split each repeated word once); the pages are refused or cut at once. Then the peak memory of ``jixiao read`` (a child process,
``bench.peak``) on web pages beyond and just under the page limits (``read.limits.MAX_PAGE_TAGS``), and on a PDF of more pages
than ``read.limits.MAX_PDF_PAGES``."""

from __future__ import annotations

import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path

from bench.peak import measure
from bench.timing import verdict
from jixiao.read import read_path
from jixiao.read.limits import MAX_PAGE_TAGS, MAX_PDF_PAGES

LINES = 50_000
SHAPES: list[tuple[str, str, Callable[[], str], float]] = [  # name, file name, content, limit in CPU seconds
    ("plain lines", "plain.txt", lambda: "这是一行普通的文字 123\n" * LINES, 5.0),
    ("name rows", "names.txt", lambda: "项目名称\t测试\n" * LINES, 5.0),
    ("pipe headers", "pipes.txt", lambda: "| 一级指标 | 二级指标 | 三级指标 | 分值 |\n|---|---|---|---|\n" * (LINES // 2), 5.0),
    ("indicator headers", "heads.txt", lambda: "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n" * LINES, 5.0),
    ("long paragraph", "long.html", lambda: "<html><body><p>" + "项目名称 1 " * 500_000 + "</p></body></html>", 5.0),
    ("colspan rows", "colspan.html",
     lambda: "<html><body><table>" + '<tr><td colspan="1000">项目名称</td></tr>' * LINES + "</table></body></html>", 5.0),
    ("deep nesting", "deep.html", lambda: "<html><body>" + "<div>" * 300 + "项目名称" + "</div>" * 300 + "</body></html>", 5.0),
]


# web pages read by ``jixiao read`` in a child process, for its peak memory (lxml builds the whole tree): one far
# beyond ``limits.MAX_PAGE_TAGS`` (30 MB of tags: 1,233 MB and 41 s before the limit, session 24), one just under it
_DIV = "<div><span>测</span></div>"  # 4 tags
PAGES: list[tuple[str, str, int, float]] = [  # name, file name, <div>s, limit in peak MB
    ("30 MB of tags", "tags.html", 30 * 1024 * 1024 // len(_DIV.encode()), 150.0),
    ("page at tag limit", "limit.html", MAX_PAGE_TAGS // 4 - 10, 400.0),
]


def write_pdf(path: Path, objects: list[bytes]) -> Path:
    """A PDF file of ``objects`` (numbered from 1, the first the catalog) with its cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for k, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def pdf_pages(path: Path, pages: int, content: bytes) -> Path:
    """A PDF of ``pages`` pages that all draw one content stream ``content``: a few dozen bytes a page, however many
    (100,000 pages are 16 MB)."""
    stream = zlib.compress(content, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (5 + k) for k in range(pages)) + b"] /Count %d >>" % pages,
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        *[b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R "
          b"/Resources << /Font << /F1 4 0 R >> >> >>"] * pages,
    ]
    return write_pdf(path, objects)


# a PDF of many pages (one line each), measured by ``jixiao read`` in a child: read to ``limits.MAX_PDF_PAGES``, the
# rest said not read (session 25: 20,000 such pages 15.7 s CPU, every page read; 100,000 pages of 40 lines ran for
# hours, the page tree alone 21 s and 360 MB before the first page)
PDF_PAGES = 20 * MAX_PDF_PAGES
PDF_LIMIT = 10.0  # CPU seconds


def _page(path: Path, divs: int) -> None:
    """The page written a thousand <div>s at a time: this process stays small (a child it starts inherits its peak)."""
    with path.open("w", encoding="utf-8") as f:
        f.write("<html><body>")
        for k in range(0, divs, 1000):
            f.write(_DIV * min(1000, divs - k))
        f.write("</body></html>")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="jixiao-hostile-") as tmp:
        # (first: a child starts with this process's peak memory as its own, so this one must still be small)
        for name, file, divs, most in PAGES:
            path = Path(tmp) / file
            _page(path, divs)
            got = measure("read", str(path), "--json")
            print(f"   {name:18} {path.stat().st_size / 1e6:5.1f} MB: {got['cpu']:6.2f} s CPU, peak {got['main']:5.0f} MB"
                  f"  limit ≤{most:.0f} MB: {verdict(got['main'] <= most)}", flush=True)
        path = pdf_pages(Path(tmp) / "pages.pdf", PDF_PAGES, b"BT /F1 10 Tf 40 800 Td (page 12.5) Tj ET")
        got = measure("read", str(path), "--json")
        print(f"   {f'{PDF_PAGES:,} PDF pages':18} {path.stat().st_size / 1e6:5.1f} MB: {got['cpu']:6.2f} s CPU, peak "
              f"{got['main']:5.0f} MB  limit ≤{PDF_LIMIT:.0f} s: {verdict(got['cpu'] <= PDF_LIMIT)}", flush=True)
        read_path(Path(__file__))  # (the readers' modules imported outside the measure)
        for name, file, content, limit in SHAPES:
            path = Path(tmp) / file
            path.write_text(content(), encoding="utf-8")
            start = time.process_time()
            result = read_path(path)
            seconds = time.process_time() - start
            said = len(result.problems)
            print(f"   {name:18} {path.stat().st_size / 1e6:5.1f} MB: {seconds:6.2f} s CPU, {said} problem(s)"
                  f"  limit ≤{limit:.0f} s: {verdict(seconds <= limit)}", flush=True)


if __name__ == "__main__":
    main()

"""Hostile input made by code: each function writes one small file that once crashed, hung or ate the machine.

The spreadsheets start from a real workbook written by openpyxl and have one part of their XML changed; the
bombs are written in chunks, so making them costs little memory.
"""

from __future__ import annotations

import gc
import io
import os
import re
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

from bench.bench_hostile import (
    pdf_pages,  # noqa: F401  (the many-page PDF the bench measures)
    write_pdf,
)

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
SEED_001 = next(SAMPLES.glob("001_*.txt"))
PROJECT_NAME = "产业转型升级重点工作"  # the first form of seed 001


def best_cpu(run: Callable[[], object], runs: int = 3) -> float:
    """The least CPU time (this process's) of ``runs`` runs of ``run``: the timing tests' measure."""
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def forms(count: int) -> str:
    """The first ``count`` project forms of seed 001 (a run over a few forms is quicker than over 23)."""
    text = SEED_001.read_text(encoding="utf-8")
    starts = [m.start() for m in re.finditer("财政项目支出绩效自评表", text)]
    return text[: starts[count]] if count < len(starts) else text


def small_seed(path: Path, count: int = 2) -> Path:
    path.write_text(forms(count), encoding="utf-8")
    return path


def seed_with_name(path: Path, name: str) -> Path:
    """Seed 001 with its first project's name replaced (tabs and line breaks in ``name`` kept out of the
    table structure by the caller)."""
    text = SEED_001.read_text(encoding="utf-8").replace(PROJECT_NAME, name, 1)
    path.write_bytes(text.encode("utf-8"))
    return path


def seed_with_names(path: Path, names: list[str]) -> Path:
    """Seed 001 with the names of its first ``len(names)`` projects replaced, one each."""
    text = forms(len(names) + 1)
    found = re.findall(r"项目名称(\t+)([^\t\n]+)", text)
    assert len(found) >= len(names)
    for (tabs, old), new in zip(found, names):
        text = text.replace(f"项目名称{tabs}{old}", f"项目名称{tabs}{new}", 1)
    path.write_bytes(text.encode("utf-8"))
    return path


def _workbook(cells: dict[str, str], merge: str | None = None) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for ref, value in cells.items():
        ws[ref] = value
    if merge:
        ws.merge_cells(merge)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _rezip(data: bytes, path: Path, change: Callable[[str, bytes], bytes], extra: Callable[[zipfile.ZipFile], None] | None = None) -> Path:
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            zout.writestr(name, change(name, zin.read(name)))
        if extra is not None:
            extra(zout)
    return path


def _sheet(change: Callable[[str], str]) -> Callable[[str, bytes], bytes]:
    def f(name: str, data: bytes) -> bytes:
        return change(data.decode()).encode() if name == "xl/worksheets/sheet1.xml" else data

    return f


def xlsx_far_cell(path: Path) -> Path:
    """One value at XFD1048576: a 17-billion-cell grid."""
    return _rezip(_workbook({"A1": "项目名称", "B1": "x"}), path, _sheet(
        lambda s: s.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>')))


def xlsx_whole_sheet_merge(path: Path) -> Path:
    """A merged range A1:XFD1048576 (openpyxl would make a cell object for each covered cell)."""
    return _rezip(_workbook({"A1": "项目名称"}, merge="A3:B3"), path, _sheet(lambda s: s.replace("A3:B3", "A1:XFD1048576")))


def xlsx_far_dimension(path: Path) -> Path:
    """The sheet says its dimension is A1:XFD1048576; its cells are two."""
    return _rezip(_workbook({"A1": "项目名称", "B1": "x"}), path, _sheet(lambda s: s.replace('ref="A1:B1"', 'ref="A1:XFD1048576"')))


def xlsx_zip_bomb(path: Path, megabytes: int = 150) -> Path:
    """A package with an XML part that unzips to ``megabytes`` MB of spaces (a few hundred KB on disk)."""
    def bomb(z: zipfile.ZipFile) -> None:
        with z.open("xl/bomb.xml", "w", force_zip64=True) as f:
            chunk = b" " * (1024 * 1024)
            for _ in range(megabytes):
                f.write(chunk)

    return _rezip(_workbook({"A1": "项目名称"}), path, lambda n, d: d, bomb)


def xlsx_many_cells(path: Path, count: int) -> Path:
    """A sheet of ``count`` one-character cells in one row after another, 20 to a row (a few MB of XML that
    compresses to little)."""
    def rows() -> str:
        out = []
        for r in range(count // 20 + 1):
            n = min(20, count - r * 20)
            if n <= 0:
                break
            out.append(f'<row r="{r + 2}">' + "".join(f'<c r="{chr(65 + k)}{r + 2}"><v>1</v></c>' for k in range(n)) + "</row>")
        return "".join(out)

    return _rezip(_workbook({"A1": "项目名称"}), path, _sheet(lambda s: s.replace("</sheetData>", rows() + "</sheetData>")))


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(path: Path, body: Callable[[], Iterator[str]]) -> Path:
    """A docx package whose document body is the pieces ``body`` yields, written as they come."""
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
             'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
             'relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
             'officedocument.wordprocessingml.document.main+xml"/></Types>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", rels)
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            f.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{_W}"><w:body>'.encode())
            for piece in body():
                f.write(piece.encode())
            f.write(b"</w:body></w:document>")
    return path


def docx_grid_span(path: Path, span: int = 5_000_000) -> Path:
    """A one-cell table whose cell spans ``span`` grid columns, and a paragraph after it."""
    return _docx(path, lambda: iter([
        f'<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr><w:p><w:r><w:t>项目名称</w:t></w:r></w:p>'
        "</w:tc></w:tr></w:tbl><w:p><w:r><w:t>正文</w:t></w:r></w:p>"]))


def docx_paragraphs(path: Path, count: int) -> Path:
    """A docx of ``count`` one-character paragraphs (six tags each), a few hundred KB however many."""
    para = "<w:p><w:r><w:t>测</w:t></w:r></w:p>"
    return _docx(path, lambda: (para * min(10_000, count - k) for k in range(0, count, 10_000)))


def pdf(path: Path, content: bytes, *, compress_to: int | None = None) -> Path:
    """A one-page PDF whose content stream is ``content`` (FlateDecode), or, with ``compress_to``, that many
    MB of spaces after it (a stream of a few hundred KB that inflates to ``compress_to`` MB)."""
    z = zlib.compressobj(9)
    stream = z.compress(content)
    if compress_to:
        chunk = b" " * (1024 * 1024)
        for _ in range(compress_to):
            stream += z.compress(chunk)
    stream += z.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return write_pdf(path, objects)


def pdf_stream_bomb(path: Path, megabytes: int = 100) -> Path:
    return pdf(path, b"BT /F1 12 Tf 72 720 Td (hello) Tj ET\n", compress_to=megabytes)


def encrypted_pdf(path: Path, user: str, owner: str) -> Path:
    """A Chinese line in a PDF encrypted by reportlab: ``user`` "" for an owner password only."""
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), encrypt=StandardEncryption(user, owner))
    c.setFont("STSong-Light", 12)
    c.drawString(72, 720, "财政项目支出绩效自评表 项目名称 测试")
    c.save()
    return path


def long_line(path: Path, megabytes: int = 50) -> Path:
    """A text file that is one line of tabs (50 million cells)."""
    path.write_bytes(b"\t" * (megabytes * 1024 * 1024))
    return path


def xls_far_cell(path: Path) -> Path:
    """An Excel 97 sheet with one value at IV65536, the format's last cell."""
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("表1")
    ws.write(0, 0, "项目名称")
    ws.write(65535, 255, 1)
    wb.save(str(path))
    return path


def gbk_name(folder: Path, name: str = "项目报告.txt") -> Path:
    """A path whose name is GBK bytes, as on a Chinese-locale disk (Python holds it with surrogate escapes)."""
    return folder / os.fsdecode(name.encode("gbk"))

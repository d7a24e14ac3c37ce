"""OCR of PDF pages without a text layer: a generated form rendered to an image and wrapped in a PDF again,
read through each installed engine into the records and the audit, every OCR'd value marked."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

import fixtures_gen as gen
from jixiao.audit import audit_paths
from jixiao.cli import app
from jixiao.core.source import Source
from jixiao.read import ocr
from jixiao.read.pdf import NO_TEXT, read_pdf


def _engine(name: str) -> str:
    """Skip, saying why, when the engine is not installed here (CI installs both: .ci/system-deps, pyproject)."""
    if ocr._engine(name) != name:
        install = "pip install -e '.[ocr]'" if name == "rapidocr" else "apt-get install tesseract-ocr tesseract-ocr-chi-sim"
        pytest.skip(f"OCR engine {name} is not installed ({install})")
    return name


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """seed 001's first form, its total misprinted 98.94 (the scores add up to 99.94), as a scanned page."""
    path = tmp_path_factory.mktemp("scan") / "scan.pdf"
    gen.write_scanned_pdf([replace(gen.INDUSTRY, total="98.94")], str(path))
    return path


# Every key figure, as the form prints it; the engine read them all (rapidocr), or all but the ones it could
# not read, which are then missing, never another number (tesseract reads 1,984.00 as 1.984.00; it reads 得分
# as 得合作分, a label no alias knows, which the column model reads as 得分: the one field the header lacks there).
KEY = {
    "annual_budget": "1995.03", "executed": "1984.00", "rate": "99.44", "score": "9.94", "total": "98.94",
    "weight 7": "10.00", "score 11": "5.00",
}
UNREAD = {"rapidocr": set(), "tesseract": {"executed"}}
FOUND = dict.fromkeys(("rapidocr", "tesseract"), [("total_sum", "98.94", "99.94", "scan.pdf:p1 [T1R22C7]（OCR）")])


@pytest.mark.parametrize("engine", ["rapidocr", "tesseract"])
def test_scanned_form_read_and_audited(scanned: Path, engine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JIXIAO_OCR", _engine(engine))
    result = audit_paths([str(scanned)])
    docs = [d for d in result.documents if d.type == "project_self_evaluation"]
    assert len(docs) == 1, [p.message for f in result.files for p in f.problems]
    doc = docs[0]
    assert doc.header["项目名称"].value == "产业转型升级重点工作" and doc.year == 2023
    assert len(doc.indicators) == 11
    total = doc.funds["total"]
    got = {
        "annual_budget": total.annual_budget, "executed": total.executed, "rate": total.rate,
        "score": total.score, "total": doc.total_score, "weight 7": doc.indicators[6].weight,
        "score 11": doc.indicators[10].score,
    }
    assert {k for k, v in got.items() if v.dec is None} == UNREAD[engine]
    assert {k: str(v.dec) for k, v in got.items() if v.dec is not None} == {
        k: v for k, v in KEY.items() if k not in UNREAD[engine]
    }
    source = total.annual_budget.source
    assert source is not None and source.ocr and source.page == 1 and source.cell == "T1R4C4"
    assert str(source).endswith("（OCR）") and source.to_json()["ocr"] is True
    # the planted total is found where the scores were read; what was not read raises no false error
    wrong = [f for f in result.findings if f.severity == "error"]
    assert [(f.kind, f.reported, f.recomputed, f.location and f.location.where()) for f in wrong] == FOUND[engine]


def test_no_engine_reports_the_pages_without_a_text_layer(scanned: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JIXIAO_OCR", "none")
    fr = read_pdf(str(scanned))
    assert fr.tables == [] and [p.message for p in fr.problems] == [NO_TEXT]
    out = CliRunner().invoke(app, ["read", str(scanned), "--json"])
    assert out.exit_code == 0 and NO_TEXT in out.output


def test_page_where_ocr_finds_no_text_is_a_located_problem(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    name = ocr.engine_name()
    if name is None:
        pytest.skip("no OCR engine is installed (pip install -e '.[ocr]')")
    path = str(tmp_path / "blank.pdf")
    c = canvas.Canvas(path)
    c.rect(50, 50, 400, 600, fill=1)  # marks, no text, nothing an engine reads
    c.showPage()
    c.save()
    fr = read_pdf(path)
    assert fr.tables == [] and fr.body == []
    assert [(p.source.page if p.source else None) for p in fr.problems] == [1]
    assert f"该页无文字层（扫描件），OCR（{name}）也未识别出文字" in fr.problems[0].message


def test_ruling_lines_found_and_strokes_ignored() -> None:
    """A 3×2 grid with a merged cell, a filled box and a run of character strokes: only the grid is lines."""
    import numpy as np
    from PIL import Image

    img = np.full((400, 600), 255, dtype=np.uint8)
    for y in (50, 100, 150, 200):
        img[y : y + 2, 40:540] = 0
    for x in (40, 300, 538):
        img[50:202, x : x + 2] = 0
    img[100:102, 302:538] = 255  # the right column's two lower cells are one merged cell
    img[120:122, 60:200] = 0  # strokes of characters lined up, touching no vertical line
    img[250:300, 100:400] = 0  # a filled box
    h, v, clean = ocr.ruling_lines(Image.fromarray(img), 72 / 72)
    assert sorted((round(ln["top"]), round(ln["x0"]), round(ln["x1"])) for ln in h) == [
        (50, 40, 540), (100, 40, 302), (150, 40, 540), (200, 40, 540)
    ]
    assert sorted((round(ln["x0"]), round(ln["top"]), round(ln["bottom"])) for ln in v) == [
        (40, 50, 202), (300, 50, 202), (538, 50, 202)
    ]
    assert clean[50, 100] == 255 and clean[120, 100] == 0 and clean[260, 200] == 0


def test_word_boxes_become_characters_in_points() -> None:
    chars = ocr._chars([("99.44", 100.0, 50.0, 150.0, 70.0), ("优 秀", 200.0, 50.0, 230.0, 70.0)], 2.0)
    assert "".join(c["text"] for c in chars) == "99.44优秀"
    assert (chars[0]["x0"], chars[0]["x1"], chars[0]["top"], chars[4]["x1"]) == (50.0, 55.0, 25.0, 75.0)


def test_source_marks_ocr() -> None:
    s = Source("a.pdf", page=2, cell="T1R3C4", ocr=True)
    assert str(s) == s.where() == "a.pdf:p2 [T1R3C4]（OCR）"
    assert s.to_json() == {"file": "a.pdf", "page": 2, "cell": "T1R3C4", "ocr": True}
    plain = Source("a.pdf", page=2, cell="T1R3C4")
    assert "ocr" not in plain.to_json() and plain.where() == "a.pdf:p2 [T1R3C4]"
    assert json.dumps(s.to_json(), ensure_ascii=False)

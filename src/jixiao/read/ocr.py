"""OCR for PDF pages without a text layer (scanned forms), offline.

A page without text is rendered to a grey image (pdfplumber's renderer, pypdfium2). The table's ruling lines
are found in the image (long runs of dark pixels) and handed to pdfplumber's table finder as explicit lines,
so the cells and merged cells come out exactly as from a PDF with a text layer (``read.pdf``); the lines are
then painted out, the image is read by the OCR engine, and each recognised character, placed by its box
in page coordinates, goes to the cell that holds it. Every value read this way has ``Source.ocr`` set:
reports show it as "（OCR）", to be checked against the page.

Engines, the first one installed is used, in the order of measured accuracy (docs/reading.md):
``rapidocr`` (the rapidocr-onnxruntime 1.x wheel, PP-OCRv4 models inside the wheel: nothing is downloaded;
installed with the project, extra ``ocr``) and ``tesseract`` (Debian's tesseract-ocr with
tesseract-ocr-chi-sim, run as a program with a time limit per page). Both run offline;
``JIXIAO_OCR=none|rapidocr|tesseract`` chooses. rapidocr runs in the process: its time per page follows the
page's pixel count, which ``MAX_PIXELS`` bounds. Without an engine the page is reported as without a text
layer (``read.pdf``).
"""

from __future__ import annotations

import functools
import importlib.util
import io
import os
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from jixiao.core.source import Source
from jixiao.core.table import Cell, Table
from jixiao.read.recognise.common import unwrap

DPI = 200  # render resolution: the forms' 7–9 pt print reads as well as at 300 dpi, in half the time
MAX_PIXELS = 6000  # a page is rendered at most this many pixels wide or high (an A3 page at 300 dpi)
TIMEOUT = float(os.environ.get("JIXIAO_OCR_TIMEOUT", "120"))  # seconds per page
_DARK = 160  # grey level below which a pixel is ink
# A ruling line is a thin run of ink: a horizontal one at least as long as a narrow cell is wide (strokes of
# neighbouring characters can line up over a few characters), a vertical one at least one row high; and
# the lines must meet: a vertical line ends on horizontal ones, a horizontal line crosses two vertical ones.
_MIN_H_PT = 30.0
_MIN_V_PT = 10.0
_MAX_THICK_PT = 3.0  # thicker dark bands are filled areas, not lines
_MEET_PX = 4  # line ends this close meet

Word = tuple[str, float, float, float, float]
Segment = tuple[float, int, int, int, int]  # centre row, first row, last row, start, end (pixels)  # text, x0, top, x1, bottom in image pixels
Item = Table | tuple[str, Source]


class OcrFailed(ValueError):
    """OCR ran but gave nothing usable for the page (time limit, engine error, no text found)."""


def _tesseract_ready() -> bool:
    exe = shutil.which("tesseract")
    if exe is None:
        return False
    try:
        langs = subprocess.run([exe, "--list-langs"], capture_output=True, timeout=30, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return b"chi_sim" in langs.split()


def _tesseract(image: Any, dpi: int) -> list[Word]:
    buf = io.BytesIO()
    image.save(buf, "PNG")
    env = dict(os.environ, OMP_THREAD_LIMIT="1")  # one core per page: predictable beside other work
    # --psm 11: sparse text, which suits table cells; chi_sim reads the digits and Latin of these forms too.
    cmd = ["tesseract", "stdin", "stdout", "-l", "chi_sim", "--psm", "11", "--dpi", str(dpi), "tsv"]
    try:
        done = subprocess.run(cmd, input=buf.getvalue(), capture_output=True, timeout=TIMEOUT, env=env, check=False)
    except subprocess.TimeoutExpired:
        raise OcrFailed(f"OCR 超过 {TIMEOUT:.0f} 秒未完成 / OCR took longer than {TIMEOUT:.0f} s") from None
    if done.returncode != 0:
        raise OcrFailed(f"tesseract: {done.stderr.decode('utf-8', 'replace').strip()[:200]}")
    words: list[Word] = []
    line_end: dict[tuple[str, ...], float] = {}  # (block, paragraph, line) → right edge of its last word
    for row in done.stdout.decode("utf-8", "replace").splitlines()[1:]:
        f = row.split("\t")
        if len(f) == 12 and f[0] == "5" and f[11].strip():
            text = f[11].strip()
            x, y, w, h = (float(v) for v in f[6:10])
            # chi_sim's word boxes overlap ("2.00(" then "场" inside it): keep its reading order within a line
            x0 = max(x, line_end.get(tuple(f[2:5]), x))
            x1 = max(x + w, x0 + len(text))
            line_end[tuple(f[2:5])] = x1
            words.append((text, x0, y, x1, y + h))
    return words


@functools.cache
def _rapidocr() -> Any:
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR()


def _rapid(image: Any, dpi: int) -> list[Word]:
    import numpy as np

    result, _ = _rapidocr()(np.asarray(image.convert("RGB")), return_word_box=True)
    words: list[Word] = []
    for line in result or []:
        boxes, chars = line[3], line[4]
        if len(boxes) != len(chars):  # no box per character: the line as one word
            boxes, chars = [line[0]], [line[1]]
        for box, ch in zip(boxes, chars):
            xs, ys = [p[0] for p in box], [p[1] for p in box]
            words.append((str(ch), min(xs), min(ys), max(xs), max(ys)))
    return words


def _installed(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def _rapid_ready() -> bool:
    try:  # the wheel may be there while OpenCV misses a system library (libGL): then it is not usable
        import rapidocr_onnxruntime  # noqa: F401
    except (ImportError, OSError):
        return False
    return True


# In the order of measured accuracy on Chinese form tables (docs/reading.md, bench/bench_ocr.py).
ENGINES: dict[str, tuple[Callable[[], bool], Callable[[Any, int], list[Word]]]] = {
    "rapidocr": (_rapid_ready, _rapid),
    "tesseract": (_tesseract_ready, _tesseract),
}


def engine_name() -> str | None:
    """The OCR engine this machine has (``JIXIAO_OCR`` chooses), or None."""
    return _engine(os.environ.get("JIXIAO_OCR", "").strip().lower())


@functools.cache
def _engine(wanted: str) -> str | None:
    if wanted == "none":
        return None
    if not _installed("numpy"):  # the ruling lines are found with numpy
        return None
    names = [wanted] if wanted in ENGINES else list(ENGINES)
    return next((n for n in names if ENGINES[n][0]()), None)


# ---- ruling lines ---------------------------------------------------------------------------------


def _runs(mask: Any, min_len: int) -> list[tuple[int, int, int]]:
    """(row, start, end) of the dark runs at least ``min_len`` long in each row of a boolean array."""
    import numpy as np

    out: list[tuple[int, int, int]] = []
    for r in np.flatnonzero(mask.sum(axis=1) >= min_len):
        row = mask[r].astype(np.int8)
        # a one-pixel gap (anti-aliasing) does not break a line
        edges = np.diff(np.concatenate(([0], row, [0])))
        starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
        merged: list[list[int]] = []
        for s, e in zip(starts.tolist(), ends.tolist()):
            if merged and s - merged[-1][1] <= 1:
                merged[-1][1] = e
            else:
                merged.append([s, e])
        out.extend((int(r), s, e) for s, e in merged if e - s >= min_len)
    return out


def _segments(runs: list[tuple[int, int, int]]) -> list[Segment]:
    """Runs on neighbouring rows that overlap are one line: (centre row, first row, last row, start, end)."""
    lines: list[list[int]] = []  # first row, last row, start, end
    for r, s, e in runs:
        joined = False
        for ln in reversed(lines):
            if ln[1] < r - 1:
                break
            if s < ln[3] and e > ln[2]:
                ln[1], ln[2], ln[3] = r, min(ln[2], s), max(ln[3], e)
                joined = True
                break
        if not joined:
            lines.append([r, r, s, e])
    return [((a + b) / 2, a, b, s, e) for a, b, s, e in lines]


def _meeting(horizontal: list[Segment], vertical: list[Segment]) -> tuple[list[Segment], list[Segment]]:
    """The lines that form a table: verticals ending on horizontals, horizontals crossing two verticals."""

    def on_horizontal(y: int, x: float) -> bool:
        return any(a - _MEET_PX <= y <= b + _MEET_PX and s - _MEET_PX <= x <= e + _MEET_PX
                   for _, a, b, s, e in horizontal)

    vertical = [v for v in vertical if on_horizontal(v[3], v[0]) and on_horizontal(v[4] - 1, v[0])]
    kept = [
        h for h in horizontal
        if sum(1 for x, a, b, s, e in vertical
               if h[3] - _MEET_PX <= x <= h[4] + _MEET_PX and s - _MEET_PX <= h[0] <= e + _MEET_PX) >= 2
    ]
    return kept, vertical


def ruling_lines(grey: Any, scale: float) -> tuple[list[dict[str, Any]], list[dict[str, Any]], Any]:
    """Horizontal and vertical ruling lines (pdfplumber line objects in points), and the image without
    them (for the OCR engine)."""
    import numpy as np

    pixels = np.asarray(grey)
    ink = pixels < _DARK
    thick = max(int(_MAX_THICK_PT * scale), 2)
    horizontal = [ln for ln in _segments(_runs(ink, int(_MIN_H_PT * scale))) if ln[2] - ln[1] < thick]
    vertical = [ln for ln in _segments(_runs(ink.T, int(_MIN_V_PT * scale))) if ln[2] - ln[1] < thick]
    horizontal, vertical = _meeting(horizontal, vertical)
    h = [
        {"object_type": "line", "x0": s / scale, "x1": e / scale, "top": y / scale, "bottom": y / scale,
         "width": (e - s) / scale, "height": 0.0}
        for y, _, _, s, e in horizontal
    ]
    v = [
        {"object_type": "line", "x0": x / scale, "x1": x / scale, "top": s / scale, "bottom": e / scale,
         "width": 0.0, "height": (e - s) / scale}
        for x, _, _, s, e in vertical
    ]
    clean = pixels.copy()
    for _, a, b, s, e in horizontal:
        clean[max(a - 1, 0) : b + 2, s:e] = 255
    for _, a, b, s, e in vertical:
        clean[s:e, max(a - 1, 0) : b + 2] = 255
    return h, v, clean


# ---- the page ---------------------------------------------------------------------------------------


def _chars(words: list[Word], scale: float) -> list[dict[str, Any]]:
    """pdfplumber-like characters in points: a word's box shared evenly among its characters."""
    out: list[dict[str, Any]] = []
    for text, x0, top, x1, bottom in words:
        step = (x1 - x0) / len(text)
        for k, ch in enumerate(text):
            if not ch.isspace():
                out.append({"text": ch, "x0": (x0 + k * step) / scale, "x1": (x0 + (k + 1) * step) / scale,
                            "top": top / scale, "bottom": bottom / scale})
    return out


def _marked(items: list[Item]) -> list[Item]:
    """Every source marked as OCR'd; the gaps the engine leaves between Chinese characters closed (``common.unwrap``)."""
    out: list[Item] = []
    for item in items:
        if isinstance(item, Table):
            item.rows = [
                [Cell(unwrap(c.text), replace(c.source, ocr=True), c.merged) for c in row]
                for row in item.rows
            ]
            item.source = replace(item.source, ocr=True)
            out.append(item)
        else:
            out.append((unwrap(item[0]), replace(item[1], ocr=True)))
    return out


ReadPage = Callable[..., "list[Item] | None"]


def read_scanned_page(page: Any, path: str, number: int, read_page: ReadPage) -> list[Item] | None:
    """A page without a text layer read by OCR: its tables and lines as ``read_page`` (``read.pdf``) makes
    them from the OCR'd characters, every source marked; None when no OCR engine is installed."""
    from PIL import Image

    name = engine_name()
    if name is None:
        return None
    width, height = float(page.width), float(page.height)
    dpi = max(min(DPI, int(MAX_PIXELS * 72 / max(width, height, 1.0))), 36)
    scale = dpi / 72
    grey = page.to_image(resolution=dpi).original.convert("L")
    h, v, clean = ruling_lines(grey, scale)
    words = ENGINES[name][1](Image.fromarray(clean), dpi)
    chars = _chars(words, scale)
    if not chars:
        raise OcrFailed(f"该页无文字层（扫描件），OCR（{name}）也未识别出文字 / "
                        f"the page has no text layer (scanned) and OCR ({name}) found no text on it")
    settings: dict[str, Any] | None = None
    if len(h) >= 2 and len(v) >= 2:
        settings = {"vertical_strategy": "explicit", "horizontal_strategy": "explicit",
                    "explicit_vertical_lines": v, "explicit_horizontal_lines": h}
    items = read_page(page, path, number, chars=chars, table_settings=settings)
    return _marked(items or [])

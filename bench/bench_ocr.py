"""OCR of scanned pages: accuracy and speed of each installed engine on generated Chinese form tables.

Seed 001's two forms (one with line breaks in its cells) are written as a PDF with a text layer and as the
same pages scanned (rendered to grey images at 200 dpi and wrapped in a PDF again, ``write_scanned_pdf``).
Both are read (``read_pdf``); every cell of the scanned tables is compared with the same cell of the text
layer, after the folding the recognisers do anyway (``normalize_text``: full-width forms; spaces dropped).
Printed per engine: cells read exactly, number cells read right / missing (not readable as a number) /
WRONG (another number: the dangerous case), and seconds per page (wall and CPU, the engine's own process
included). The engine comes first in ``read.ocr.ENGINES`` by these figures.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from jixiao.core.numbers import normalize_text, parse_decimal
from jixiao.read import ocr
from jixiao.read.pdf import read_pdf

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import fixtures_gen as gen  # noqa: E402

_NUMBER_CHARS = set("0123456789,.%-")


def _cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def compare(text_pdf: str, scanned_pdf: str) -> tuple[int, int, list[int], int]:
    """(cells exact, cells, [numbers right, missing, wrong], pages) of the scanned read against the text."""
    want, got = read_pdf(text_pdf), read_pdf(scanned_pdf)
    exact = cells = 0
    numbers = [0, 0, 0]
    pages = len({c.source.page for t in got.tables for row in t.rows for c in row})
    for tw, tg in zip(want.tables, got.tables):
        for rw, rg in zip(tw.rows, tg.rows):
            for cw, cg in zip(rw, rg):
                if cw.merged:
                    continue
                a, b = (normalize_text(c.text).replace(" ", "") for c in (cw, cg))
                cells += 1
                exact += a == b
                if a and set(a) <= _NUMBER_CHARS and parse_decimal(a) is not None:
                    va, vb = parse_decimal(a), parse_decimal(b)
                    numbers[0 if vb == va else 1 if vb is None else 2] += 1
    return exact, cells, numbers, pages


def main() -> None:
    forms = [gen.multiline(gen.INDUSTRY), gen.SME]
    with tempfile.TemporaryDirectory(prefix="jixiao-bench-ocr-") as tmp:
        text_pdf, scanned_pdf = os.path.join(tmp, "text.pdf"), os.path.join(tmp, "scan.pdf")
        gen.write_pdf(forms, text_pdf)
        gen.write_scanned_pdf(forms, scanned_pdf)
        for name in ocr.ENGINES:
            if ocr._engine(name) != name:
                print(f"   {name:9} not installed", flush=True)
                continue
            os.environ["JIXIAO_OCR"] = name
            t0, c0 = time.perf_counter(), _cpu()
            exact, cells, (right, missing, wrong), pages = compare(text_pdf, scanned_pdf)
            wall, cpu = time.perf_counter() - t0, _cpu() - c0
            n = sum((right, missing, wrong))
            print(
                f"   {name:9} cells exact {exact}/{cells} = {exact / max(cells, 1):.1%}; number cells: right"
                f" {right}/{n}, missing {missing}, WRONG {wrong}; {wall / max(pages, 1):.1f} s/page wall,"
                f" {cpu / max(pages, 1):.1f} s/page CPU ({pages} pages)",
                flush=True,
            )
        os.environ.pop("JIXIAO_OCR", None)

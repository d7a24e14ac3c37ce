"""A PDF page's characters made into text (``read.pdf``): grouped into lines, a space where the gap between two is
wide; a cell's wrapped lines joined back where the line was full (Chinese joined as is, Latin words with a space),
"\\n" kept where a line ends short; and a ruled table's grid lines, its cell boxes (a box over several grid columns
or rows is a merged cell) and which box each character's centre falls in.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import Any

from jixiao.read.grid import Grid, clean_text

Char = dict[str, Any]
_EDGE_TOLERANCE = 1.0  # points: cell edges closer than this are one grid line
_LINE_TOLERANCE = 3.0  # points: characters whose tops differ less are on one line (pdfplumber's default)
_WORD_GAP = 3.0  # points: a wider gap between characters is a space (pdfplumber's x_tolerance)


def _edges(values: Iterable[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > _EDGE_TOLERANCE:
            out.append(v)
    return out


def _index(edges: list[float], v: float) -> int:
    """The grid line nearest ``v``."""
    i = bisect_right(edges, v + _EDGE_TOLERANCE) - 1
    return max(i, 0)


def char_lines(chars: Sequence[Char]) -> list[list[Char]]:
    """Characters grouped into lines (top to bottom), each line left to right."""
    rows: list[list[Char]] = []
    for c in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        if rows and abs(c["top"] - rows[-1][0]["top"]) <= _LINE_TOLERANCE:
            rows[-1].append(c)
        else:
            rows.append([c])
    for r in rows:
        r.sort(key=lambda c: c["x0"])
    return rows


def line_text(line: list[Char]) -> str:
    parts: list[str] = []
    prev = None
    for c in line:
        if prev is not None and c["x0"] - prev["x1"] > _WORD_GAP:
            parts.append(" ")
        parts.append(c["text"])
        prev = c
    return " ".join("".join(parts).split())


def _join(a: str, b: str) -> str:
    """Where a full line wrapped: Latin words get their space back, Chinese does not."""
    if a and b and a[-1].isascii() and a[-1].isalnum() and b[0].isascii() and b[0].isalnum():
        return " "
    return ""


def cell_text(chars: Sequence[Char], x0: float, x1: float) -> str:
    """The text of one cell box: wrapped lines joined, explicit line breaks kept."""
    lines = [ln for ln in char_lines(chars) if line_text(ln)]
    if not lines:
        return ""
    pad = min(max(min(ln[0]["x0"] for ln in lines) - x0, 1.0), 8.0)
    out = line_text(lines[0])
    for prev, cur in zip(lines, lines[1:]):
        text = line_text(cur)
        wrapped = prev[-1]["x1"] + (cur[0]["x1"] - cur[0]["x0"]) > x1 - pad + 0.5
        out += _join(out, text) + text if wrapped else "\n" + text
    return clean_text(out)


class PageTable:
    """One table found on a page: its grid lines, its cells and which cell owns each grid slot."""

    def __init__(self, found: Any) -> None:
        self.bbox = found.bbox
        boxes = found.cells
        self.xs = _edges([b[0] for b in boxes] + [b[2] for b in boxes])
        self.ys = _edges([b[1] for b in boxes] + [b[3] for b in boxes])
        self.boxes = boxes
        self.spans = []
        self.owner: dict[tuple[int, int], int] = {}
        for k, (x0, top, x1, bottom) in enumerate(boxes):
            c0, c1 = _index(self.xs, x0), max(_index(self.xs, x1) - 1, _index(self.xs, x0))
            r0, r1 = _index(self.ys, top), max(_index(self.ys, bottom) - 1, _index(self.ys, top))
            self.spans.append((r0, c0, r1, c1))
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    self.owner.setdefault((r, c), k)
        self.chars: list[list[Char]] = [[] for _ in boxes]

    def contains(self, x: float, y: float) -> bool:
        x0, top, x1, bottom = self.bbox
        return x0 <= x <= x1 and top <= y <= bottom

    def take(self, c: Char, x: float, y: float) -> bool:
        k = self.owner.get((_index(self.ys, y), _index(self.xs, x)))
        if k is None:
            return False
        self.chars[k].append(c)
        return True

    def grid(self) -> Grid:
        width, height = max(len(self.xs) - 1, 1), max(len(self.ys) - 1, 1)
        texts = [[""] * width for _ in range(height)]
        merges = []
        for k, (r0, c0, r1, c1) in enumerate(self.spans):
            if r0 >= height or c0 >= width:
                continue
            texts[r0][c0] = cell_text(self.chars[k], self.boxes[k][0], self.boxes[k][2])
            if (r1, c1) != (r0, c0):
                merges.append((r0, c0, r1, c1))
        return Grid(texts, merges)

"""CSV-shaped lines inside a text file (a form published as ``"一级指标","二级指标",…`` or ``项目名称,示例项目,,,``)
turned into tab rows, so that the text reader reads them as table rows with each cell's line and column.

Each line is parsed on its own by the ``csv`` module (strict: a stray quote is no CSV). A line is CSV only
in a block of consecutive candidate lines that is consistently so: the block has quoted fields, or it has
several lines most of which have the same field count and it does not read as prose (fields beginning with a
space, sentences ending in 。/./!/? with no empty field). Prose with commas, ASCII or Chinese, is never split:
a Chinese paragraph uses "，", which is no separator here. Every line keeps its number; cells are text (a
cell starting with ``=`` stays text).
"""

from __future__ import annotations

import csv
import re
from collections import Counter

from jixiao.read.limits import MAX_ROW_CELLS
from jixiao.read.recognise.dept_state import join_text

_SENTENCE_END = ("。", "！", "？", "；", ".", "!", "?", ";")
_FULL_STOPS = ("。", "！", "？")
_MEAN_CELL = 40  # characters in a cell of an unquoted row, on average at most
# a comma between digits, three after it: a thousands separator (2,400,889), no field's end
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def _fields(line: str) -> list[str] | None:
    """The fields of one CSV-shaped line (two or more), or None: no comma, a tab or pipe (another reader's
    row), a stray quote, or too many cells."""
    if "," not in line or "\t" in line or "|" in line or line.count(",") >= MAX_ROW_CELLS:
        return None
    if "," not in _THOUSANDS.sub("", line):
        return None  # every comma a thousands separator (西河镇 568,252 340,951): amounts, no CSV row
    try:
        records = list(csv.reader([line], strict=True))
    except csv.Error:
        return None
    if len(records) != 1 or len(records[0]) < 2 or not any(f.strip() for f in records[0]):
        return None
    return records[0]


def _quoted(line: str) -> bool:
    """A field of the line begins with a double quote (the line parsed, so the quotes are balanced)."""
    s = line.strip()
    return s.startswith('"') or ',"' in s


def _all_quoted(line: str, fields: list[str]) -> bool:
    """Every field that holds text is quoted (a quote-all export, whose cells may hold sentences)."""
    s = line.strip()
    return s.startswith('"') + s.count(',"') >= sum(1 for f in fields if f)


def _prose(fields: list[str]) -> bool:
    """No empty field, and fields that begin with a space or hold a sentence's end: a sentence, not a row. A field
    that is nothing but a full stop (…支付率为60.8%,。 — a copy that doubled its commas, 75.20亿元,,支出) ends a sentence
    whatever the empty fields: no table's cell is a stop alone."""
    if any(f.strip() and f.strip() in _FULL_STOPS for f in fields):
        return True
    if any(f == "" for f in fields):
        return False
    spaced = sum(f.startswith(" ") for f in fields[1:])
    return (spaced * 2 >= len(fields) - 1 or any(c in f for f in fields for c in _FULL_STOPS)
            or fields[-1].rstrip().endswith(_SENTENCE_END))


def _is_csv_block(block: list[tuple[str, list[str]]]) -> bool:
    """Two lines or more, the same width on two lines in three, and either quoted fields on every line that
    reads as prose, or short cells with empty ones among them (a form's merged cells) or three cells or more
    on three lines, and prose on fewer than half the lines."""
    if len(block) < 2:
        return False
    width, most = Counter(len(f) for _, f in block).most_common(1)[0]
    if most * 3 < len(block) * 2:
        return False
    if any(_quoted(line) for line, _ in block) and all(not _prose(f) or _all_quoted(line, f) for line, f in block):
        return True
    cells = [c for _, f in block for c in f]
    if sum(map(len, cells)) > _MEAN_CELL * len(cells):  # long runs of text: OCR'd or wrapped prose
        return False
    empties = any("" in f for _, f in block)
    if not empties and (width < 3 or most < 3):
        return False
    return sum(_prose(f) for _, f in block) * 2 < len(block)


def _as_tabs(fields: list[str]) -> str:
    return "\t".join(f.replace("\t", " ").strip() for f in fields)


_MAX_SPAN = 12  # physical lines one quoted cell may span


def _records(lines: list[str]) -> list[tuple[int, str, int]]:
    """The lines as logical records (first line, text, lines spanned): a line whose quotes do not balance
    opens a quoted cell that a line break continues, so it is joined with the lines after it until its quotes
    balance (at most ``_MAX_SPAN`` lines; otherwise it stays one line, which the csv module then refuses).
    Every break joined lies inside quotes, so it becomes the joiner of wrapped text, never a cell boundary."""
    out: list[tuple[int, str, int]] = []
    i = 0
    while i < len(lines):
        text = lines[i]
        span = 1
        if "," in text and text.count('"') % 2:
            quotes = text.count('"')
            for k in range(i + 1, min(i + _MAX_SPAN, len(lines))):
                quotes += lines[k].count('"')
                if quotes % 2 == 0:
                    for part in lines[i + 1:k + 1]:
                        text = join_text(text, part.strip())
                    span = k + 1 - i
                    break
        out.append((i, text, span))
        i += span
    return out


def csv_lines_as_tabs(lines: list[str]) -> list[str]:
    """The lines with each CSV block's lines rewritten as tab rows (same number of lines, same order; a row
    whose quoted cell spanned several lines stands on its first line, the lines it spanned left blank)."""
    out = list(lines)
    block: list[tuple[int, str, list[str], int]] = []

    def flush() -> None:
        if block and _is_csv_block([(line, f) for _, line, f, _ in block]):
            for i, _, f, span in block:
                out[i] = _as_tabs(f)
                out[i + 1:i + span] = [""] * (span - 1)
        block.clear()

    for i, line, span in _records(lines):
        fields = _fields(line)
        if fields is None:
            flush()
        else:
            block.append((i, line, fields, span))
    flush()
    return out

"""Rows of cells as text, the ways published pages give them."""

from __future__ import annotations

from collections.abc import Callable


def pipes(rows: list[list[str]]) -> str:
    """A markdown-style pipe table, blank cells kept."""
    return "\n".join("| " + " | ".join(r) + " |" for r in rows) + "\n"


def tabs(rows: list[list[str]]) -> str:
    """Tab-separated rows, blank cells kept (the shape a spreadsheet's copy gives)."""
    return "\n".join("\t".join(r) for r in rows) + "\n"


def pipes_doubled(rows: list[list[str]]) -> str:
    """Pipes with the blank cells gone and every separator doubled (``|| a || b ||``)."""
    return "\n".join("|| " + " || ".join(c for c in r if c) + " ||" for r in rows) + "\n"


def pipes_trailing(rows: list[list[str]]) -> str:
    """Pipes with the blank cells gone and a run of empty cells after every row (``| a | b | | |``)."""
    return "\n".join("| " + " | ".join(c for c in r if c) + " | | |" for r in rows) + "\n"


def pipes_collapsed(rows: list[list[str]]) -> str:
    """Pipes with the blank cells collapsed away, and a trailing run of empty pipes on some rows."""
    return "\n".join("| " + " | ".join(c for c in r if c) + " |" + ("||" if k % 3 == 0 else "")
                     for k, r in enumerate(rows)) + "\n"


def flattened(rows: list[list[str]]) -> str:
    """The whole form on one line, cells separated by spaces, blank cells gone."""
    return " ".join(c for r in rows for c in r if c) + "\n"


def row_lines(rows: list[list[str]]) -> str:
    """One line a row, cells separated by spaces, blank cells gone."""
    return "\n".join(" ".join(c for c in r if c) for r in rows) + "\n"


def cell_lines(rows: list[list[str]]) -> str:
    """One cell a line with a blank line between, blank cells as a line holding one space."""
    return "\n\n".join(c or " " for r in rows for c in r) + "\n"


def cell_per_line(rows: list[list[str]]) -> str:
    """One cell a line and nothing else: no separator, no blank line, blank cells gone (a .docx or web page's
    table copied as paragraphs)."""
    return "\n".join(c for r in rows for c in r if c) + "\n"


def _labels_only(row: list[str]) -> bool:
    return any(c.strip() for c in row) and not any(ch.isdigit() for c in row for ch in c)


def header_merged(rows: list[list[str]]) -> str:
    """Pipes, blank cells gone, each header row (a row of labels, no digit in it) on one line with the data row
    under it, as PDF text gives a header whose bottom edge the first row's text overlaps
    (``| 一级指标 | … | 得分 | 产出指标 | 数量指标 | … | 10 |``)."""
    out: list[str] = []
    held: list[str] = []
    for r in rows:
        cells = [c for c in r if c]
        if _labels_only(r):
            if held:
                out.append("| " + " | ".join(held) + " |")
            held = cells
            continue
        out.append("| " + " | ".join([*held, *cells]) + " |")
        held = []
    if held:
        out.append("| " + " | ".join(held) + " |")
    return "\n".join(out) + "\n"


def trailing_pipes(rows: list[list[str]]) -> str:
    """One cell a line ending in " |", a blank cell as a lone "|"."""
    return "\n".join((f"{c} |" if c else "|") for r in rows for c in r) + "\n"


def lone_pipes(rows: list[list[str]]) -> str:
    """One cell a run of lines closed by a line holding only "|", long cells wrapped every 8 characters
    (a converter's output seen on government sites)."""
    out: list[str] = []
    for r in rows:
        for c in r:
            out.extend(c[k : k + 8] for k in range(0, len(c), 8))
            out.append("|")
    return "\n".join(out) + "\n"


def _chunks(text: str, width: int) -> list[str]:
    """A cell's text as a narrow column wraps it: Chinese text every ``width`` characters; a number or Latin text
    (the column is made as wide as its figures) whole."""
    if not any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return [text]
    return [text[k : k + width] for k in range(0, len(text), width)] or [""]


def wrapped_cells(rows: list[list[str]], width: int = 8) -> str:
    """One cell a line, no separator, a long Chinese cell wrapped over lines of ``width`` characters (a PDF's
    narrow column); blank cells gone."""
    return "\n".join(part for r in rows for c in r if c for part in _chunks(c, width)) + "\n"


def wrapped_rows(rows: list[list[str]], width: int = 8) -> str:
    """One row a run of lines, as PDF text extraction gives a table whose cells wrap: the row's first line holds
    each cell's first ``width`` characters separated by spaces, the next lines the cells' continuations (the
    columns' text interleaved); blank cells gone."""
    out: list[str] = []
    for r in rows:
        parts = [_chunks(c, width) for c in r if c]
        for k in range(max((len(p) for p in parts), default=0)):
            out.append(" ".join(p[k] for p in parts if k < len(p)))
    return "\n".join(out) + "\n"


def pipes_rebroken(rows: list[list[str]], per_line: int = 5) -> str:
    """Cells between pipes, blank cells gone, the row breaks lost: a new line after every ``per_line`` cells
    wherever the rows end (a converter's output seen on government sites)."""
    cells = [c for r in rows for c in r if c]
    return "\n".join("| " + " | ".join(cells[k : k + per_line]) + " |" for k in range(0, len(cells), per_line)) + "\n"


def pipes_unled(rows: list[list[str]]) -> str:
    """Cells between pipes with no pipe opening the row (``a | b | c |``), blank cells gone: rows the text reader
    takes for lines of text, as a converter's output seen on government sites."""
    return "\n".join(" | ".join(c for c in r if c) + " |" for r in rows) + "\n"


def run_together(rows: list[list[str]]) -> str:
    """Every cell of a row run together with no separator; rows on lines of their own."""
    return "\n".join("".join(r) for r in rows) + "\n"


def one_run(rows: list[list[str]]) -> str:
    """The whole form as one string: every cell of every row run together, no separator at all."""
    return "".join(c for r in rows for c in r) + "\n"


RENDERERS: dict[str, Callable[[list[list[str]]], str]] = {
    "pipes": pipes,
    "pipes_collapsed": pipes_collapsed,
    "flattened": flattened,
    "row_lines": row_lines,
    "cell_lines": cell_lines,
    "trailing_pipes": trailing_pipes,
    "lone_pipes": lone_pipes,
}

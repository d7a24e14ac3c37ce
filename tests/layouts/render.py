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

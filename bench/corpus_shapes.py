"""A metamorphic test of reading on the development corpus: each dev document read right today, re-flattened
into the other shapes published text takes, must read the same figures.

    .venv/bin/python -m bench.corpus_shapes /work/devcorpus [--shape NAME ...] [-v]

The held-out documents fail where the dev documents of the same type read well because the same forms reach
users flattened in other ways (issue 8 §2). This finds those failures without looking at held-out text: every
dev document whose figures are all read right (``bench.corpus_accuracy``, the same manifest and the same
comparison) is rewritten

- table by table, from jixiao's own reading of its text tables (``jixiao.read.text``: rows of cells, each with
  its line), into the table shapes (``tests/layouts/render.py``: tab rows, pipes with blank cells kept,
  collapsed, doubled, trailing, with no pipe opening the row or with the row breaks lost, one cell per line (with
  or without blank lines between, long cells wrapped), rows flattened to single spaces, each header row on one
  line with the data row under it, the whole table as one paragraph as document-preview pages give it, cells run
  together row by row or all in one run); the lines between tables stay as they are;
- as a whole, into the character slips (``tests/layouts/degrade.py``): full-width digits (and signs), traditional
  script, spaces inside runs of Chinese characters (PDF text: 年初预 算数), column labels wrapped over two lines
  (年初 / 预算数), OCR slips in every number of the page (IO for 10, O for 0 after a digit: ``IO0.0O``) and in
  the indicator targets jixiao read (》 or 2 for ≥, IO for 10, O for 0);

then audited again and judged against the SAME ground truth by ``corpus_accuracy.run`` (a proven mistake's line
is moved to where the reshaping put it). A table is printed: shape × document type → documents recognised,
figures right, proven mistakes found, false errors (an ``error`` on a document that does not deserve it) and silent
files. A shape
that cannot carry a table must end as a reading problem or "not recognised": never a false error, never silent.
Documents whose text holds no table (read from flattened text) take only the character slips.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections.abc import Callable
from copy import deepcopy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench import corpus_accuracy as ca
from bench import corpus_match as cm
from jixiao.read.text import read_text_file

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from layouts import degrade, render  # noqa: E402  (the generators the tests use: one definition of each shape)

Rows = list[list[str]]
_SEPARATOR = re.compile(r"[\s|｜+\-=:：]*")  # a line of pipes and rules only: a table's separator, not its end
TABLE_SHAPES: dict[str, Callable[[Rows], str]] = {
    "tabs": render.tabs,
    "pipes": render.pipes,
    "pipes_collapsed": render.pipes_collapsed,
    "pipes_doubled": render.pipes_doubled,
    "pipes_trailing": render.pipes_trailing,
    "pipes_unled": render.pipes_unled,
    "pipes_rebroken": render.pipes_rebroken,
    "header_merged": render.header_merged,
    "cell_lines": render.cell_lines,
    "cell_per_line": render.cell_per_line,
    "trailing_pipes": render.trailing_pipes,
    "row_lines": render.row_lines,
    "lone_pipes": render.lone_pipes,
    "wrapped_cells": render.wrapped_cells,
    "wrapped_rows": render.wrapped_rows,
    "paragraph": render.flattened,
    "run_together": render.run_together,
    "one_run": render.one_run,
}
TEXT_SHAPES: dict[str, Callable[[str], str]] = {
    "full_width": degrade.full_width_signs,
    "full_width_digits": degrade.full_width,
    "traditional": degrade.traditional,
    "ocr_ge_quote": degrade.ocr_signs,
    "pdf_spaces": degrade.pdf_spaces,
    "wrapped_labels": degrade.wrapped_labels,
    "ocr_text": degrade.ocr_digits,
}
TARGET_SHAPES: dict[str, Callable[[str], str]] = {  # slips in the indicator targets only
    "ocr_ge_2": degrade.ocr_ge_two,
    "ocr_digits": degrade.ocr_digits,
}
SHAPES = [*TABLE_SHAPES, *TEXT_SHAPES, *TARGET_SHAPES]


@dataclass(slots=True)
class Shaped:
    """A document's text in another shape, and where each line of the original went (1-based)."""

    text: str
    lines: dict[int, int]


def _table_spans(path: Path) -> list[tuple[int, int, Rows]]:
    """(first line, last line, rows of cell texts) of each text table jixiao reads in the file. A table runs
    to the line before the next body line (only blank lines and separator rows stand between its rows)."""
    fr = read_text_file(path)
    body = sorted(src.line for text, src in fr.body if src.line is not None and not _SEPARATOR.fullmatch(text))
    starts = sorted(t.source.line for t in fr.tables if t.source.line is not None)
    spans = []
    for t in fr.tables:
        first = t.source.line
        if first is None:
            continue
        stops = [b for b in body if b > first] + [s for s in starts if s > first]
        last = min(stops) - 1 if stops else 10**9
        rows = [[c.text.replace("\n", "") for c in row] for row in t.rows]
        spans.append((first, last, [r for r in rows if any(c.strip() for c in r)]))
    return spans


def _line_spans(lines: list[str]) -> list[tuple[int, int, Rows]]:
    """Text with no table: each run of lines of two or more words (split at white space) is taken for rows of
    cells, a word a cell; a line of one word (a sentence, a heading) or holding a pipe ends the run and stays."""
    spans: list[tuple[int, int, Rows]] = []
    run: Rows = []
    for no, line in enumerate([*lines, ""], start=1):
        words = line.split()
        if len(words) >= 2 and "|" not in line:
            run.append(words)
            continue
        if run:
            spans.append((no - len(run), no - 1, run))
            run = []
    return spans


def reshape_tables(text: str, path: Path, shape: Callable[[Rows], str], words: bool = False) -> Shaped | None:
    """The text with each of its tables rendered by ``shape`` (None when it has no table); with ``words``, a
    text with no table has its runs of lines of words rendered instead (``_line_spans``)."""
    lines = text.splitlines()
    spans = _table_spans(path) or (_line_spans(lines) if words else [])
    if not spans:
        return None
    out: list[str] = []
    where: dict[int, int] = {}
    k = 0
    for first, last, rows in spans:
        while k + 1 < first:
            out.append(lines[k])
            where[k + 1] = len(out)
            k += 1
        last = min(last, len(lines))
        while last > first and not lines[last - 1].strip():
            last -= 1  # blank lines after the table stay
        rendered = shape(rows).rstrip("\n").split("\n") if rows else []
        for no in range(first, last + 1):
            where[no] = len(out) + 1
        out.extend(rendered)
        k = last
    while k < len(lines):
        out.append(lines[k])
        where[k + 1] = len(out)
        k += 1
    return Shaped("\n".join(out) + "\n", where)


def slip_targets(text: str, docs: list[Any], slip: Callable[[str], str]) -> Shaped | None:
    """The text with ``slip`` applied to each indicator target jixiao read, on the target's own line."""
    lines = text.splitlines()
    changed = False
    for doc in docs:
        for ind in doc.indicators:
            t, src = ind.target.text or ind.target.str_, ind.target.source
            if not t or src is None or src.line is None or not 0 < src.line <= len(lines):
                continue
            slipped = slip(t)
            if slipped != t and t in lines[src.line - 1]:
                lines[src.line - 1] = lines[src.line - 1].replace(t, slipped, 1)
                changed = True
    return Shaped("\n".join(lines) + "\n", {}) if changed else None


def moved(entry: dict[str, Any], where: dict[int, int]) -> dict[str, Any]:
    """The entry with its proven mistakes' lines moved to where the reshaping put them."""
    if not where or not entry.get("mistakes"):
        return entry
    e = deepcopy(entry)
    for m in e["mistakes"]:
        if m.get("line") is not None:
            m["line"] = where.get(int(m["line"]), m["line"])
    return e


def well_read(root: Path, entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entries read right today (recognised, every figure right, no false error), each with only the proven
    mistakes found today: those must be found in every shape too."""
    good = []
    for o in ca.run(root, entries):
        if o.tally.recognised and o.tally.figures_right == o.tally.figures and not o.tally.false_errors:
            e = dict(o.entry)
            e["mistakes"] = [m for m in o.entry.get("mistakes") or [] if str(m.get("what") or m) not in o.missed]
            good.append(e)
    return good


def run_shape(root: Path, entries: list[dict[str, Any]], shape: str, work: Path,
              words: bool = False) -> list[cm.Outcome]:
    """Every entry's file in ``shape`` (those the shape does not apply to are left out), audited and judged.
    With ``words``, only the files that hold no text table, their lines of words taken for rows."""
    from jixiao.audit import audit_paths

    out_root = work / shape
    shaped_entries: list[dict[str, Any]] = []
    for entry in entries:
        src = ca.entry_file(root, entry)
        text = src.read_text(encoding="utf-8", errors="replace")
        shaped: Shaped | None
        if words and (shape not in TABLE_SHAPES or _table_spans(src)):
            continue
        if shape in TABLE_SHAPES:
            shaped = reshape_tables(text, src, TABLE_SHAPES[shape], words)
        elif shape in TEXT_SHAPES:
            shaped = Shaped(TEXT_SHAPES[shape](text), {})
        else:
            result = audit_paths([str(src)])
            docs = result.files[0].documents if result.files else []
            shaped = slip_targets(text, docs, TARGET_SHAPES[shape])
        if shaped is None:
            continue
        dest = ca.entry_file(out_root, entry)
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(shaped.text, encoding="utf-8")
        shaped_entries.append(moved(entry, shaped.lines))
    return ca.run(out_root, shaped_entries)


def table(results: dict[str, list[cm.Outcome]]) -> str:
    """shape × document type → documents recognised, figures right, proven mistakes found, false errors, silent
    files."""
    head = ("shape", "type", "docs", "recognised", "figures right", "mistakes found", "false errors", "silent")
    rows: list[tuple[str, ...]] = [head]
    for shape, outcomes in results.items():
        groups, total = ca._group(outcomes, lambda e: str(e.get("type")))
        for kind, t in [*sorted(groups.items()), ("TOTAL", total)]:
            rows.append((shape if kind == "TOTAL" else "", kind, str(t.documents), ca._pct(t.recognised, t.documents),
                         ca._pct(t.figures_right, t.figures), ca._pct(t.mistakes_found, t.mistakes),
                         str(t.false_errors), str(t.silent)))
    return ca.grid(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.corpus_shapes", description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", default="/work/devcorpus", help="the corpus folder (dev/)")
    ap.add_argument("--manifest", default=str(ca.MANIFEST))
    ap.add_argument("--shape", action="append", choices=SHAPES, help="only these shapes (repeatable)")
    ap.add_argument("--type", help="only documents of this manifest type")
    ap.add_argument("--words", action="store_true",
                    help="the files with no text table, their lines of words (split at white space) taken for rows")
    ap.add_argument("-v", "--verbose", action="store_true", help="list each document's losses per shape")
    args = ap.parse_args(argv)
    root = ca.corpus_root(args.corpus)
    if root is None:
        return 0
    entries = ca.dev_entries(Path(args.manifest), args.type)
    good = well_read(root, entries)
    print(f"dev: {len(good)} of {len(entries)} documents read right today, re-read in {len(args.shape or (TABLE_SHAPES if args.words else SHAPES))} shapes")
    results: dict[str, list[cm.Outcome]] = {}
    with tempfile.TemporaryDirectory(prefix="jixiao-shapes-") as tmp:
        for shape in args.shape or (TABLE_SHAPES if args.words else SHAPES):
            results[shape] = run_shape(root, good, shape, Path(tmp), args.words)
    print(table(results))
    if args.verbose:
        for shape, outcomes in results.items():
            print(ca.explain(outcomes, f"[{shape}] "))
    return 0


if __name__ == "__main__":
    sys.exit(main())

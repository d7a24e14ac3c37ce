"""The dev documents with their text perturbed the ways publishing does, the figures unchanged: what breaks.

    .venv/bin/python -m bench.corpus_perturb /work/devcorpus [--only KIND ...] [--sample N] [--type T] [-v]

The readers are tuned to the exact text of the pages the corpus holds; the same forms reach users with other
line endings, page furniture, character widths, scripts and separators. Each dev document (the manifest as
``bench.corpus_accuracy`` loads it) is rewritten by each perturbation below into a temporary folder, audited
again and judged by ``corpus_accuracy.run`` against the SAME ground truth (a proven mistake's line follows the
lines a perturbation adds or removes: ``corpus_shapes.moved``). The table gives, per perturbation and type, the
documents recognised and the figures right against the unperturbed reading of the same documents, the
documents that lost figures, and false errors (an ``error`` the document does not deserve). A file that a
perturbation leaves unchanged keeps its unperturbed outcome (it is not read again).

Every perturbation is a small pure function that cannot change what a figure means: it changes line endings,
white space, page furniture, the width or script of characters, separators, or how a number is grouped, never a
digit. Line perturbations map each line to the lines it becomes (``Lines``), so that lines can be followed. Those of
a page's running header and of tables' cells (a header row repeated after a page break, empty cells as — or /, a space
before %, a cell wrapped inside its row) are in ``bench.perturb_tables``.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import corpus_accuracy as ca
from bench import corpus_match as cm
from bench import corpus_shapes as cs
from bench.corpus_shapes import Shaped
from bench.perturb_context import CONTEXT
from bench.perturb_tables import (
    SEP_ROW,
    Lines,
    cell_wrapped,
    cells_per_line,
    empty_dash,
    empty_slash,
    furniture,
    header_repeated,
    is_pipe_row,
    one_line,
    page_header,
    per_line,
    percent_space,
    run_together,
)
from bench.perturb_words import WORDS
from jixiao.read.text import split_cells


def crlf(text: str) -> str:
    """Windows line endings (CR LF), as a file saved on Windows has them."""
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def trailing_spaces(text: str) -> str:
    """Spaces after every line's text (blank lines become lines of spaces), as copied web pages give them."""
    return "\n".join(line + "   " for line in text.split("\n"))


def blank_doubled(text: str) -> Lines:
    """Every blank line doubled (and a blank line after each line of a paragraph-per-line page)."""
    return per_line(text, lambda _, line: [line, ""] if not line.strip() else [line])


def blank_removed(text: str) -> Lines:
    """Every blank line removed."""
    return per_line(text, lambda _, line: [line] if line.strip() else [])


def page_footer(text: str, every: int = 40) -> Lines:
    """A footer ``第 3 页 共 12 页`` every ``every`` lines."""
    return furniture(text, every, lambda p, n: f"第 {p} 页 共 {n} 页")


def dash_footer(text: str, every: int = 40) -> Lines:
    """A page number between dashes ``— 3 —`` every ``every`` lines."""
    return furniture(text, every, lambda p, _: f"— {p} —")


def breadcrumb(text: str, every: int = 40) -> Lines:
    """A site's breadcrumb (a printed web page's header) every ``every`` lines."""
    return furniture(text, every, lambda p, _: "首页 > 信息公开 > 财政预决算 > 部门预决算")


_WIDE = str.maketrans("0123456789,.%:", "０１２３４５６７８９，．％：")


def full_width(text: str) -> str:
    """Digits and the number punctuation in their full-width forms (０-９ ，．％ ：), as typed with a Chinese IME."""
    return text.translate(_WIDE)


def brackets_full(text: str) -> str:
    """Half-width brackets as full-width ones: ( ) → （ ）."""
    return text.replace("(", "（").replace(")", "）")


def brackets_half(text: str) -> str:
    """Full-width brackets as half-width ones: （ ） → ( )."""
    return text.replace("（", "(").replace("）", ")")


def traditional(text: str) -> str:
    """Traditional script (zhconv, the converter the reader itself uses the other way: ``read.normalise``)."""
    return cs.degrade.traditional(text)


_LABEL = re.compile(r"(?:(?<=^)|(?<=[\s|]))[\u4e00-\u9fff]{2,4}(?=$|[\s|])", re.MULTILINE)


def label_spaces(text: str) -> str:
    """A short label standing alone (a cell or a word of 2-4 Chinese characters) letter-spaced, as PDF text gives
    a header spread over its cell: ``项 目 名 称``, ``合 计``, ``分 值``. Numbers are never spaced."""
    return _LABEL.sub(lambda m: " ".join(m[0]), text)


def _pipes_as(line: str, sep: str) -> str:
    if not is_pipe_row(line):
        return line
    if SEP_ROW.match(line):
        return ""
    return sep.join(split_cells(line)).rstrip()


def tabs_for_pipes(text: str) -> str:
    """Pipe rows (``| a | b |``) as tab-separated rows (``a<TAB>b``), as text copied from a spreadsheet; the
    separator rows become blank lines."""
    return "\n".join(_pipes_as(line, "\t") for line in text.split("\n"))


def spaces_for_pipes(text: str) -> str:
    """Pipe rows' cells separated by two or more spaces instead of pipes (a blank cell leaves only spaces)."""
    return "\n".join(_pipes_as(line, "   ") for line in text.split("\n"))


_PROSE_END = ("。", "；", "！", "？", "：", ";", ":")
_CLAUSE = re.compile(r"[^，,。；;：:、！？!?]{61}")  # 60 characters without a comma or stop: no sentence's clause


def _prose(line: str) -> bool:
    """A line of prose: long, of at most two words, ending as a sentence ends, every clause of it short (a table
    row flattened or run together into one line has long stretches without punctuation), no table separators."""
    s = line.strip()
    return (len(s) >= 24 and s.endswith(_PROSE_END) and "|" not in s and "\t" not in s and len(s.split()) <= 2
            and not _CLAUSE.search(s))


_UNCUT = re.compile(r"[0-9A-Za-z.,%]")  # a cut never falls inside a number or a Latin word


def rewrapped(text: str, width: int = 30) -> Lines:
    """Each line of prose (``_prose``: a paragraph, as a page gives it on one line) wrapped at ``width`` characters,
    as PDF text gives a paragraph (the cut moved past a number or Latin word rather than falling inside it). Table
    rows and short lines stay as they are; a paragraph's lines stay its own (paragraphs are not run together)."""
    def wrap(_: int, line: str) -> list[str]:
        if not _prose(line):
            return [line]
        s, out, at = line.strip(), [], 0
        while at < len(s):
            cut = min(at + width, len(s))
            while cut < len(s) and _UNCUT.match(s[cut - 1]) and _UNCUT.match(s[cut]):
                cut += 1
            out.append(s[at:cut])
            at = cut
        return out
    return per_line(text, wrap)


_AMOUNT = re.compile(r"(?<![\d.,])(\d{4,})(\.\d+)(?![\d.%])")


def thousands(text: str) -> str:
    """Amounts of 1000 or more with a decimal part grouped in thousands (``1234.56`` → ``1,234.56``). Whole
    numbers (years, codes, counts) stay, and so does a ``2021.05``-like date."""
    def group(m: re.Match[str]) -> str:
        whole, frac = m[1], m[2]
        if 1990 <= int(whole) <= 2039 and len(frac) <= 3 and 1 <= int(frac[1:]) <= 12:
            return m[0]
        return f"{int(whole):,}{frac}"
    return _AMOUNT.sub(group, text)


Perturbation = Callable[[str], str] | Callable[[str], Lines]
PERTURBATIONS: dict[str, Perturbation] = {
    "crlf": crlf, "trailing_spaces": trailing_spaces, "blank_doubled": blank_doubled, "blank_removed": blank_removed,
    "page_footer": page_footer, "dash_footer": dash_footer, "breadcrumb": breadcrumb,
    "full_width": full_width, "brackets_full": brackets_full, "brackets_half": brackets_half,
    "traditional": traditional, "label_spaces": label_spaces, "tabs_for_pipes": tabs_for_pipes,
    "spaces_for_pipes": spaces_for_pipes, "rewrapped": rewrapped, "thousands": thousands,
    "page_header": page_header, "header_repeated": header_repeated, "empty_dash": empty_dash,
    "empty_slash": empty_slash, "percent_space": percent_space, "cell_wrapped": cell_wrapped,
    "cells_per_line": cells_per_line, "run_together": run_together,
    "one_line": one_line,
    **CONTEXT,  # what stands around the document on its page (bench.perturb_context)
    **WORDS,  # other templates' labels, the title left off (bench.perturb_words)
}


def perturb(text: str, kind: str) -> Shaped:
    """The text perturbed by ``kind``, with where each of its lines went (1-based; empty when none moved). Kinds
    joined by ``+`` are applied in turn (``traditional+one_line``: a page in traditional script given on one line),
    as real pages reach users with more than one of these at once; each line follows through them all."""
    if "+" in kind:
        first, rest = kind.split("+", 1)
        one = perturb(text, first)
        two = perturb(one.text, rest)
        if not one.lines and not two.lines:
            return two
        count = text.count("\n") + 1
        return Shaped(two.text, {no: two.lines.get(one.lines.get(no, no), one.lines.get(no, no))
                                 for no in range(1, count + 1)})
    done = PERTURBATIONS[kind](text)
    if isinstance(done, str):
        return Shaped(done, {})
    lines: list[str] = []
    where: dict[int, int] = {}
    original = text.split("\n")
    for no, became in enumerate(done, start=1):
        # (where the line itself went: lines put before it, a page's header, another unit's statement, precede it)
        own = original[no - 1] if no <= len(original) else None
        # (a line that became nothing went into the line before it: a row run into its table's line)
        where[no] = (len(lines) + 1 + (became.index(own) if own in became else 0)) if became else max(1, len(lines))
        lines += became
    return Shaped("\n".join(lines), where)


_PRECEDED = ("after_sangong", "after_project")  # perturbations that put another document before the entry's


def run_kind(root: Path, entries: list[dict[str, Any]], base: dict[str, cm.Outcome], kind: str,
             work: Path) -> list[cm.Outcome]:
    """Every entry's file perturbed by ``kind``, audited and judged; an unchanged file keeps its ``base`` outcome."""
    out_root = work / kind
    changed: list[dict[str, Any]] = []
    for entry in entries:
        src = ca.entry_file(root, entry)
        if not src.exists():
            continue
        text = src.read_bytes().decode("utf-8", errors="replace")
        shaped = perturb(text, kind)
        if shaped.text == text:
            continue
        dest = ca.entry_file(out_root, entry)
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(shaped.text.encode("utf-8"))
        moved = cs.moved(entry, shaped.lines)
        if kind in _PRECEDED and shaped.lines.get(1, 1) > 1:  # another document put before it: not the entry's
            moved = {**moved, "from_line": shaped.lines[1]}
        changed.append(moved)
    read = {str(o.entry["id"]): o for o in ca.run(out_root, changed)}
    return [read.get(str(e["id"]), base[str(e["id"])]) for e in entries]


def _lost(before: cm.Outcome, after: cm.Outcome) -> bool:
    return (after.tally.figures_right < before.tally.figures_right or after.tally.recognised < before.tally.recognised
            or after.tally.false_errors > before.tally.false_errors)


def table(base: dict[str, cm.Outcome], results: dict[str, list[cm.Outcome]]) -> str:
    """perturbation × type → recognised and figures right (unperturbed → perturbed), documents that lost, false
    errors."""
    head = ("perturbation", "type", "docs", "recognised", "figures right", "docs lost", "false errors")
    rows: list[tuple[str, ...]] = [head]
    for kind, outcomes in results.items():
        types = sorted({str(o.entry.get("type")) for o in outcomes})
        for t in ["TOTAL", *types]:
            mine = [o for o in outcomes if t in ("TOTAL", o.entry.get("type"))]
            was = [base[str(o.entry["id"])] for o in mine]
            b, a = cm.Tally(), cm.Tally()
            for x, y in zip(was, mine, strict=True):
                b.add(x.tally)
                a.add(y.tally)
            lost = sum(_lost(x, y) for x, y in zip(was, mine, strict=True))
            if t != "TOTAL" and not lost and (a.recognised, a.figures_right) == (b.recognised, b.figures_right):
                continue  # a type that lost nothing is in the total only
            rows.append((kind if t == "TOTAL" else "", t, str(a.documents), f"{b.recognised} → {a.recognised}",
                         f"{b.figures_right} → {a.figures_right} /{a.figures}", str(lost),
                         f"{b.false_errors} → {a.false_errors}"))
    return ca.grid(rows)


def losses(base: dict[str, cm.Outcome], results: dict[str, list[cm.Outcome]]) -> str:
    """Each document that lost under a perturbation, with the figures now wrong that were right (``-v``)."""
    out: list[str] = []
    for kind, outcomes in results.items():
        for o in outcomes:
            b = base[str(o.entry["id"])]
            if _lost(b, o):
                out.append(f"[{kind}] {o.entry['id']} ({o.entry.get('type')}): recognised {b.tally.recognised} → "
                           f"{o.tally.recognised}, figures {b.tally.figures_right} → {o.tally.figures_right}")
                out += [f"  wrong   {w}" for w in o.wrong if w not in b.wrong]
                out += [f"  false   {f}" for f in o.false if f not in b.false]
    return "\n".join(out)


def _kind(text: str) -> str:
    """A perturbation's name, or several joined by ``+``, each one of ``PERTURBATIONS``."""
    unknown = [k for k in text.split("+") if k not in PERTURBATIONS]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown perturbation {unknown[0]!r}; one of: {', '.join(PERTURBATIONS)}")
    return text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.corpus_perturb", description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", default="/work/devcorpus", help="the corpus folder (dev/)")
    ap.add_argument("--manifest", default=str(ca.MANIFEST))
    ap.add_argument("--only", action="append", type=_kind,
                    help="only these perturbations (joined by + to apply several in turn: traditional+one_line)")
    ap.add_argument("--type", help="only documents of this manifest type")
    ap.add_argument("--sample", type=int, help="only every k-th document, k chosen to keep about N of them")
    ap.add_argument("-v", "--verbose", action="store_true", help="list each document's losses per perturbation")
    args = ap.parse_args(argv)
    root = ca.corpus_root(args.corpus)
    if root is None:
        return 0
    entries = ca.dev_entries(Path(args.manifest), args.type)
    if args.sample and len(entries) > args.sample:
        entries = entries[:: math.ceil(len(entries) / args.sample)]
    t0 = time.monotonic()
    base = {str(o.entry["id"]): o for o in ca.run(root, entries)}
    print(f"dev: {len(entries)} documents, unperturbed reading {time.monotonic() - t0:.1f}s")
    results: dict[str, list[cm.Outcome]] = {}
    with tempfile.TemporaryDirectory(prefix="jixiao-perturb-") as tmp:
        for kind in args.only or PERTURBATIONS:
            t0 = time.monotonic()
            results[kind] = run_kind(root, entries, base, kind, Path(tmp))
            print(f"  {kind}: {time.monotonic() - t0:.1f}s", file=sys.stderr)
    print(table(base, results))
    if args.verbose:
        print(losses(base, results))
    return 0


if __name__ == "__main__":
    sys.exit(main())

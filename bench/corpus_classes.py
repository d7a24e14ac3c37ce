"""Where the figures a reading got wrong fall, by class only: never a document's id, name or text.

    .venv/bin/python -m bench.corpus_classes /work/devcorpus [--split dev|heldout|all]

The held-out documents are kept from the people who write the readers (``bench.corpus_accuracy -v`` is not
run on them). This prints what can be said of them without opening any: per document type, the figures got
wrong by kind (funds total, funds rows, indicator weights, indicator scores, total score, grade, table totals)
and whether each was missing (nothing read) or misread (another number read), and the documents not
recognised per type. It tells which class of reading fails on unseen layouts, so that the work goes there.
The proven mistakes missed are counted the same way: per type, and whether the document was not recognised,
read with some figures wrong, or read with every figure right (then the check, not the reading, is what failed).
With ``--totals``, each table total not read is placed by what the reading holds (``total_place``): nothing
tabular read at all, the value read under another name, the value in a table away from its label, the label in a
table without its value, or neither.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from bench.corpus_accuracy import MANIFEST, SPLITS, corpus_root, load_manifest, run
from bench.corpus_match import FUNDS_FIGURES, Outcome, _in_model, _table_total, name_key
from jixiao.core.numbers import parse_decimal
from jixiao.core.records import Document


def figure_kind(label: str) -> str:
    """The class of a wrong figure's label as ``compare_figures`` writes it (``budget: 1 ≠ None``)."""
    name = label.split(": ", 1)[0]
    if name.startswith("total "):
        return "table total"
    if name in FUNDS_FIGURES:
        return f"funds {name}"
    if name in ("total_score", "total_weight", "grade"):
        return name
    if name.endswith((".weight", ".score")):
        return f"indicator {name.rsplit('.', 1)[1]}"
    return "funds row"


def classes(outcomes: list[Outcome]) -> Counter[tuple[str, str, str]]:
    """(type, figure kind, missing|misread) → count, and (type, "document", "unrecognised") for the others."""
    out: Counter[tuple[str, str, str]] = Counter()
    for o in outcomes:
        kind = str(o.entry.get("type"))
        if not o.tally.recognised:
            out[(kind, "document", "unrecognised")] += 1
            continue
        for w in o.wrong:
            got = w.rsplit("≠", 1)[1].strip() if "≠" in w else "None"
            out[(kind, figure_kind(w), "missing" if got == "None" or "not read" in w else "misread")] += 1
    return out


def missed(outcomes: list[Outcome]) -> Counter[tuple[str, str]]:
    """(type, how the document was read) → proven mistakes not found; how: unrecognised, figures wrong, figures right."""
    out: Counter[tuple[str, str]] = Counter()
    for o in outcomes:
        lost = o.tally.mistakes - o.tally.mistakes_found
        if not lost:
            continue
        how = ("unrecognised" if not o.tally.recognised
               else "figures right" if o.tally.figures_right == o.tally.figures else "figures wrong")
        out[(str(o.entry.get("type")), how)] += lost
    return out


def total_place(doc: Document | None, label: str, value: object) -> str:
    """Where a table total the reading missed stands in what it did read (a class, never the text)."""
    if doc is None:
        return "document unrecognised"
    want, key = parse_decimal(str(value)), name_key(label)
    if want is None or _table_total(doc, label, str(value)):
        return "read"
    accounts = doc.extra.get("accounts") if isinstance(doc.extra, dict) else None
    cells = [t for table in doc.tables for row in table.texts() for t in row]
    if not cells and accounts is None:
        return "no table or accounts read"
    if accounts is not None and _in_model(accounts, "", want):
        return "value read under another name"
    if any(parse_decimal(t) == want for t in cells):
        return "value in a table, away from its label"
    if any(key in name_key(t) for t in cells):
        return "label in a table, value not read"
    return "neither label nor value read"


def totals(outcomes: list[Outcome]) -> Counter[tuple[str, str]]:
    """(type, place) → table totals of recognised documents not read (``total_place``)."""
    out: Counter[tuple[str, str]] = Counter()
    for o in outcomes:
        if o.doc is None:
            continue
        for label, value in ((o.entry.get("figures") or {}).get("totals") or {}).items():
            if (place := total_place(o.doc, str(label), value)) != "read":
                out[(str(o.entry.get("type")), place)] += 1
    return out


def spread(outcomes: list[Outcome]) -> Counter[tuple[str, str, str]]:
    """(type, figure kind, missing|misread) → how many documents the class's wrong figures stand in: nine missing
    scores in one document are one layout not read, in nine documents a class of wording."""
    out: Counter[tuple[str, str, str]] = Counter()
    for o in outcomes:
        for key in classes([o]):
            out[key] += 1
    return out


def report(counts: Counter[tuple[str, str, str]], docs: Counter[tuple[str, str, str]] | None = None) -> str:
    lines = [f"{'type':<18} {'figure':<26} {'how':<13} count  documents"]
    for key, n in sorted(counts.items(), key=lambda kv: (kv[0][0], -kv[1])):
        kind, fig, how = key
        spread_of = str(docs[key]) if docs is not None else ""
        lines.append(f"{kind:<18} {fig:<26} {how:<13} {n:<6} {spread_of}".rstrip())
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.corpus_classes", description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", default="/work/devcorpus")
    ap.add_argument("--split", choices=(*SPLITS, "all"), default="heldout")
    ap.add_argument("--manifest", default=str(MANIFEST))
    ap.add_argument("--totals", action="store_true", help="place each table total not read (classes only)")
    args = ap.parse_args(argv)
    root = corpus_root(args.corpus)
    if root is None:
        return 0
    entries = [e for e in load_manifest(Path(args.manifest)) if args.split == "all" or e.get("split") == args.split]
    outcomes = run(root, entries)
    print(report(classes(outcomes), spread(outcomes)))
    lost = missed(outcomes)
    if lost:
        print(f"\n{'type':<18} {'mistakes missed where the document was':<40} count")
        for (kind, how), n in sorted(lost.items()):
            print(f"{kind:<18} {how:<40} {n}")
    if args.totals:
        print(f"\n{'type':<18} {'table totals not read: where they stand':<40} count")
        for (kind, place), n in sorted(totals(outcomes).items()):
            print(f"{kind:<18} {place:<40} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

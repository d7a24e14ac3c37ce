"""How much of what the documents state the checks test: a typist's slip planted in each figure read, one at a time.

    .venv/bin/python -m bench.corpus_plant /work/devcorpus [--type T] [--sample N] [--per-doc K] [--slip tens|digit|x10] [-v]

Each dev document (``bench.corpus_accuracy.dev_entries``, never the held-out split) of the audited types is read and
audited once. Every figure the reading placed (a value of the document model whose source line is known: funds and
indicator cells, the total score, the accounts tables' cells, the figures a 情况说明 states) and every share, rate of
change or rate the document's prose prints (``占…%``, ``增长…%``) is a place to plant a slip: its last significant
digit but one changed by one, ten units of its last place and so beyond any rounding (``--slip digit``: the last
significant digit, often within the rounding the checks allow; ``--slip x10``: the figure ten times as large). The text with ONE slip is audited again and
judged as a proven mistake is (``corpus_accuracy.finding_at``): found when a new finding (error, suspect or warning;
new: not in the unplanted audit with the same place and figures) names its row or stands on its line; detected when a
new finding stands anywhere. A planted model figure that the
reading of the changed text no longer holds (the slip changed what was read, not only the value) is "unhit" and
counts in neither.

The table gives, per document type and figure class, the figures planted, found and detected; ``-v`` lists, per
class, a few slips nothing found (id, line, row, old → new) to study. Use ``--sample`` and ``--per-doc`` to keep it
fast: each plant is one more audit of its file.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from bench import corpus_accuracy as ca
from bench import corpus_match as cm
from jixiao.core.records import Document, Val

TYPES = ("final_accounts", "sangong", "budget_disclosure", "transfer", "project")
NUMBER = re.compile(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?(?![\d])")
_PERCENT_AFTER = re.compile(r"^\s*[%％]")
_GROWTH = ("增长", "下降", "增加", "减少", "降低", "上升", "提高", "持平", "减", "增幅", "降幅")
_CLAUSE_END = re.compile(r"[，,。；;：:]")


@dataclass(frozen=True, slots=True)
class Plant:
    """One slip: on ``line`` (1-based), the number at ``start`` of the line is ``old`` and becomes ``new``."""

    line: int
    start: int
    old: str
    new: str
    cls: str  # the figure's class (table total, 三公 item, text share 占 …)
    row: str | None  # the row it stands in, as a proven mistake names it
    path: tuple[Any, ...] | None  # where the model holds it (None: a figure of the prose)


def slip(number: str, kind: str = "tens") -> str | None:
    """A typist's slip on a printed number: ``tens``, its last digit but one one more (one less for a 9: 99.54 →
    99.64, 100 → 110; a 1 before a one-digit number: 5 → 15), ten units of its last place, beyond any rounding; ``digit``, its last significant digit one
    more (often within the rounding tolerance the checks allow: 尾差); ``x10``, the figure ten times as large (a digit
    typed twice, a point moved). None for a number with no digit to change."""
    digits = [i for i, ch in enumerate(number) if ch.isdigit()]
    if not digits:
        return None
    if kind == "tens":
        if len(digits) == 1:  # 5 → 15, 0 → 10: ten units more, never within a rounding (5% for 4.6% is a ceiling)
            return number[:digits[0]] + "1" + number[digits[0]:]
        i = digits[-2]
        d = int(number[i])
        return number[:i] + str(d - 1 if d == 9 else d + 1) + number[i + 1:]
    if kind == "x10":
        if "." in number:
            i = number.index(".")
            frac = number[i + 1:]
            return number[:i] + (frac[:1] or "0") + ("." + frac[1:] if frac[1:] else "")
        return number + "0"
    sig = [i for i in digits if number[i] != "0"] or digits
    i = sig[-1]
    d = int(number[i])
    return number[:i] + str(d - 1 if d == 9 else d + 1) + number[i + 1:]


def _fold(line: str) -> str:
    """The line with full-width digits and signs as ASCII, character for character (positions kept)."""
    return "".join(c if len(n := unicodedata.normalize("NFKC", c)) != 1 else n for c in line)


def _numbers(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in NUMBER.finditer(_fold(line))]


def _same(a: str, b: str) -> bool:
    return a.replace(",", "") == b.replace(",", "")


def model_values(doc: Document, di: int) -> Iterator[tuple[tuple[Any, ...], Val, str, str | None]]:
    """(path, value, class, row) for every number the reading placed in ``doc`` (the ``di``-th of its file)."""
    for key, fr in doc.funds.items():
        for col in ("initial_budget", "annual_budget", "executed", "weight", "rate", "score"):
            cls = (f"funds amount {'total' if key == 'total' else 'part'}"
                   if col in ("initial_budget", "annual_budget", "executed") else f"funds {col}")
            yield (di, "funds", key, col), getattr(fr, col), cls, None
    for i, ind in enumerate(doc.indicators):
        for col in ("weight", "score"):
            yield (di, "ind", i, col), getattr(ind, col), f"indicator {col}", ind.level3.str_ or ind.level2.str_
    yield (di, "total_score"), doc.total_score, "total score", None
    acc = cm._accounts(doc)
    for ti, table in enumerate(getattr(acc, "tables", None) or []):
        for ri, row in enumerate(table.rows):
            if table.kind == "three_public":
                cls = "三公 total" if row.total or row.item == "合计" else "三公 item"
            elif table.kind == "notes":
                cls = "text amount (stated)"
            else:
                cls = "table total" if row.total else "table part"
            for col, val in row.values.items():
                yield (di, "acc", ti, ri, col), val, cls, row.name


def at_path(docs: list[Document], path: tuple[Any, ...]) -> Val | None:
    """The value at ``path`` in a reading of the file (None when the reading has no such place)."""
    try:
        doc = docs[path[0]]
        if path[1] == "funds":
            return getattr(doc.funds[path[2]], path[3])
        if path[1] == "ind":
            return getattr(doc.indicators[path[2]], path[3])
        if path[1] == "total_score":
            return doc.total_score
        return cm._accounts(doc).tables[path[2]].rows[path[3]].values[path[4]]
    except (IndexError, KeyError, AttributeError):
        return None


def _prose_class(line: str, start: int) -> str | None:
    """The class of a percentage printed in prose, from the words of its clause before it (None: not a percentage)."""
    m = NUMBER.match(_fold(line), start)
    if not m or not _PERCENT_AFTER.match(_fold(line)[m.end():]):
        return None
    before = line[:start]
    cut = max((x.end() for x in _CLAUSE_END.finditer(before)), default=0)
    clause = before[max(cut, start - 24):]
    if "占" in clause or "比重" in clause:
        return "text share 占"
    if any(w in clause for w in _GROWTH):
        return "text growth 增长下降"
    return "text rate %"


def plants(text: str, docs: list[Document], kind: str = "tens") -> list[Plant]:
    """Every place a slip can be planted in a file's text, as its reading ``docs`` placed its figures."""
    lines = text.split("\n")
    out: dict[tuple[int, int], Plant] = {}
    taken: Counter[tuple[int, str]] = Counter()
    for di, doc in enumerate(docs):
        for path, val, cls, row in model_values(doc, di):
            src = val.source
            if val.dec is None or src is None or src.line is None or not 0 < src.line <= len(lines):
                continue
            raw = NUMBER.search(_fold(val.text or ""))
            want = raw.group() if raw else str(val.dec)
            hits = [(s, n) for s, n in _numbers(lines[src.line - 1]) if _same(n, want)]
            k = taken[(src.line, want)]
            taken[(src.line, want)] += 1
            if k >= len(hits):
                continue
            start, old = hits[k]
            new = slip(old, kind)
            if new is not None and (src.line, start) not in out:
                out[(src.line, start)] = Plant(src.line, start, old, new, cls, row, path)
    for doc in docs:
        for _, src in doc.body:
            no = src.line
            if no is None or not 0 < no <= len(lines):
                continue
            for start, old in _numbers(lines[no - 1]):
                said = _prose_class(lines[no - 1], start)
                new = slip(old, kind)
                if said and new is not None and (no, start) not in out:
                    out[(no, start)] = Plant(no, start, old, new, said, None, None)
    return sorted(out.values(), key=lambda p: (p.line, p.start))


def spread(found: list[Plant], k: int | None) -> list[Plant]:
    """At most ``k`` plants, taken in turn from each class (so that a long table does not crowd out the prose)."""
    if not k or len(found) <= k:
        return found
    by: dict[str, list[Plant]] = {}
    for p in found:
        by.setdefault(p.cls, []).append(p)
    picked: list[Plant] = []
    queues = [q[:: max(1, len(q) // k)] for q in by.values()]
    while len(picked) < k and any(queues):
        for q in queues:
            if q and len(picked) < k:
                picked.append(q.pop(0))
    return picked


def planted_text(text: str, p: Plant) -> str:
    lines = text.split("\n")
    line = lines[p.line - 1]
    lines[p.line - 1] = line[:p.start] + p.new + line[p.start + len(p.old):]
    return "\n".join(lines)


def _key(f: Any) -> tuple[Any, ...]:
    """A finding as the slip may change it: where it stands and the figures it gives (a finding the unplanted text
    had already, now with the planted figure in it, is the check seeing the slip)."""
    loc = f.location
    return (f.kind, f.severity, f.row, loc.line if loc else None, loc.cell if loc else None, f.reported, f.recomputed)


@dataclass(slots=True)
class Result:
    entry: dict[str, Any]
    plant: Plant
    outcome: str  # found | detected | missed | unhit
    said: str = ""  # the new finding that found it
    proof: str = ""  # the identity of the text the slip breaks (``bench.plant_proof``), or its "no partner"


def _audit(path: Path) -> tuple[list[Document], list[Any]]:
    from jixiao.audit import audit_paths

    result = audit_paths([str(path)])
    fa = result.files[0] if result.files else None
    return (fa.documents if fa else []), list(result.findings)


def judge_plant(p: Plant, docs: list[Document], findings: list[Any], base: Counter[tuple[Any, ...]]) -> tuple[str, str]:
    """found / detected / missed / unhit for one slip, from the audit of the text that holds it."""
    if p.path is not None:
        val = at_path(docs, p.path)
        if val is None or val.dec is None or not _same(str(val.dec), str(Decimal(p.new.replace(",", "")))):
            return "unhit", ""
    seen = Counter(base)
    new: list[Any] = []
    for f in findings:
        k = _key(f)
        if seen[k]:
            seen[k] -= 1
        elif f.severity in cm.FOUND:
            new.append(f)
    # the row as printed ("3、公务用车费", "其中:(1)公务用车运转维护费") and as the checks name it, its ordinal and 其中
    # taken off (``accounts.model.clean_name``): a finding on the item is on the item however it is numbered
    from jixiao.accounts.model import clean_name

    mistake = {"row": p.row, "line": p.line, "aliases": [clean_name(p.row)] if p.row else []}
    at = [f for f in new if cm.finding_at(f, mistake)]
    if at:
        return "found", f"{at[0].severity} {at[0].kind}"
    return ("detected", f"{new[0].severity} {new[0].kind}") if new else ("missed", "")


def run_entry(root: Path, entry: dict[str, Any], work: Path, per_doc: int | None, kind: str) -> list[Result]:
    src = ca.entry_file(root, entry)
    if not src.exists():
        return []
    text = src.read_bytes().decode("utf-8", errors="replace")
    docs, findings = _audit(src)
    doc = cm.pick_document(docs, entry)
    if doc is None:
        return []
    from bench.plant_proof import proof  # it reads figures as this module does (a late import: no cycle)

    base = Counter(_key(f) for f in findings)
    out: list[Result] = []
    dest = work / src.name
    for p in spread(plants(text, [doc], kind), per_doc):
        dest.write_bytes(planted_text(text, p).encode("utf-8"))
        got, shown = _audit(dest)
        # the entry's document in the planted reading: the same index among the file's documents
        mine = cm.pick_document(got, entry)
        outcome, said = judge_plant(p, [mine] if mine else [], shown, base)
        out.append(Result(entry, p, outcome, said, proof(text, p, doc)))
    return out


def table(results: list[Result]) -> str:
    groups: dict[tuple[str, str], Counter[str]] = {}
    for r in results:
        for key in ((str(r.entry.get("type")), r.plant.cls), (str(r.entry.get("type")), "ALL"), ("TOTAL", "ALL")):
            groups.setdefault(key, Counter())[r.outcome] += 1
    head = ("type", "class", "planted", "found", "detected", "unhit")
    rows: list[tuple[str, ...]] = [head]
    for (t, cls), c in sorted(groups.items(), key=lambda kv: (kv[0][0] == "TOTAL", kv[0][0], kv[0][1] != "ALL",
                                                              kv[0][1])):
        n = c["found"] + c["detected"] + c["missed"]
        rows.append((t, cls, str(n), ca._pct(c["found"], n), ca._pct(c["found"] + c["detected"], n), str(c["unhit"])))
    return ca.grid(rows)


def uncaught(results: list[Result], root: Path, per_class: int = 6) -> str:
    """A few slips nothing found though the text's own arithmetic proves them (``plant_proof``), per (type, class and
    identity): id, line, row, old → new and the line's start."""
    out: list[str] = []
    shown: Counter[tuple[str, str]] = Counter()
    for r in results:
        key = (str(r.entry.get("type")), f"{r.plant.cls} / {r.proof}")
        if r.outcome != "missed" or r.proof == "no partner" or shown[key] >= per_class:
            continue
        shown[key] += 1
        p = r.plant
        line = ca.entry_file(root, r.entry).read_text(encoding="utf-8", errors="replace").split("\n")[p.line - 1]
        lo = max(0, p.start - 40)
        out.append(f"[{key[0]} / {key[1]}] {r.entry['id']}:{p.line} row={p.row} {p.old} → {p.new}\n"
                   f"    …{line[lo:p.start + 40]}…")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.corpus_plant", description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", default="/work/devcorpus", help="the corpus folder (dev/)")
    ap.add_argument("--manifest", default=str(ca.MANIFEST))
    ap.add_argument("--type", choices=TYPES, help="only documents of this manifest type")
    ap.add_argument("--sample", type=int, help="only every k-th document, k chosen to keep about N of them")
    ap.add_argument("--per-doc", type=int, default=12, help="at most this many slips per document (0: all)")
    ap.add_argument("--slip", choices=("tens", "digit", "x10"), default="tens")
    ap.add_argument("--id", action="append", help="only these documents (dev ids)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list slips nothing found, per class")
    ap.add_argument("--examples", type=int, default=6, help="with -v: at most this many slips per class")
    args = ap.parse_args(argv)
    root = ca.corpus_root(args.corpus)
    if root is None:
        return 0
    entries = [e for e in ca.dev_entries(Path(args.manifest), args.type) if e.get("type") in TYPES
               and (not args.id or e["id"] in args.id)]
    if args.sample and len(entries) > args.sample:
        entries = entries[:: math.ceil(len(entries) / args.sample)]
    t0 = time.monotonic()
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="jixiao-plant-") as tmp:
        for entry in entries:
            results += run_entry(root, entry, Path(tmp), args.per_doc or None, args.slip)
    took = time.monotonic() - t0
    print(f"dev: {len(entries)} documents, {len(results)} slips planted ({args.slip}), {took:.1f}s "
          f"({took / max(1, len(results) + len(entries)):.3f}s per audit)")
    print(table(results))
    from bench.plant_proof import breakdown

    print("\nby what the text's own arithmetic proves (no partner: a figure stated once, which no check can test)")
    print(breakdown(results))
    if args.verbose:
        print(uncaught(results, root, args.examples))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""How well jixiao reads real published documents: the development corpus against its ground truth.

    .venv/bin/python -m bench.corpus_accuracy /work/devcorpus [--split dev|heldout|all] [--manifest FILE] [-v]
    .venv/bin/python -m bench.corpus_accuracy --composition | --queries     # the manifest only, as Markdown

The corpus folder holds the documents' text (``dev/<id>.txt``, ``heldout/<id>.txt``), gathered from public
pages and kept outside the repository; the ground truth is ``bench/corpus/manifest.yaml`` (addresses, queries
and figures, never the pages' text; docs/reading.md says how to rebuild the folder from it). Each file is
read and audited by jixiao's own API (``jixiao.audit.audit_paths``, which reads through ``jixiao.read``) and
compared with the manifest, and a table is printed per document type and in total:

- recognised: the file gave a document read as the manifest's type (``right_type``: a budget disclosure must
  be read as 预算, not 决算; a 三公 table must come out as a 三公 table; a department-wide form read in the
  project layout must say it is a department's); a document of another type does not count;
- figures: key figures read right (budget, executed, rate, execution score, indicator weights and scores,
  total, grade, table totals), compared as numbers (``jixiao.core.numbers.parse_decimal``), only from the
  document recognised (a file that is absent or not recognised has all its figures wrong); names are compared
  after the reader's own normalisation (full-width forms, traditional script and pinyin glosses, spaces);
- mistakes: proven mistakes found, i.e. a finding (error or suspect) naming the mistake's row, or naming
  no row but standing on the mistake's line (±1) and mentioning the row in its message;
- false errors: ``error`` findings that match no proven mistake of the file;
- silent: files with neither a document nor any finding (nothing said at all).

The table is printed per document type, then per province (``--by province``).

Without the corpus folder (CI has none) it says so and exits 0. It is not part of ``make test``; ``make bench``
runs it when ``JIXIAO_CORPUS`` names the folder.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Callable, Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

from bench.corpus_match import Outcome, Tally, judge
from jixiao.core.records import Document

MANIFEST = Path(__file__).resolve().parent / "corpus" / "manifest.yaml"
SPLITS = ("dev", "heldout")


def load_manifest(path: Path) -> list[dict[str, Any]]:
    """The manifest's entries, and those of ``manifest.d/*.yaml`` beside it (one file per batch of documents,
    so that several people adding documents at once do not edit the same file). An id given twice is an error."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe")
    files = [path, *sorted((path.parent / "manifest.d").glob("*.yaml"))]
    entries: list[dict[str, Any]] = []
    seen: dict[str, Path] = {}
    for f in files:
        data = yaml.load(f.read_text(encoding="utf-8")) or {}
        for e in data.get("documents") or []:
            key = str(e.get("id"))
            if key in seen:
                raise SystemExit(f"{f}: id {key} is already in {seen[key]}")
            seen[key] = f
            entries.append(e)
    return entries


def entry_file(root: Path, entry: dict[str, Any]) -> Path:
    return root / str(entry.get("file") or f"{entry['split']}/{entry['id']}.txt")


def corpus_root(folder: str) -> Path | None:
    """The corpus folder, or None (said on stdout) when it is absent: the corpus is not in the repository, and a
    machine without it measures nothing rather than failing."""
    root = Path(folder)
    if not root.is_dir():
        print(f"corpus folder {root} is absent: nothing measured (see docs/reading.md to rebuild it)")
        return None
    return root


def dev_entries(manifest: Path, kind: str | None = None) -> list[dict[str, Any]]:
    """The dev split's entries (of one type when ``kind`` is given): what the tools that re-read dev documents in
    other shapes (``corpus_shapes``, ``corpus_perturb``) work on; never the held-out split."""
    return [e for e in load_manifest(manifest) if e.get("split") == "dev" and (kind is None or e.get("type") == kind)]


def run(root: Path, entries: Iterable[dict[str, Any]]) -> list[Outcome]:
    """Audit each entry's file once and judge every entry on it (a file may hold several entries' documents)."""
    from jixiao.audit import audit_paths

    outcomes: list[Outcome] = []
    cache: dict[Path, tuple[list[Document], list[Any], bool]] = {}
    for entry in entries:
        path = entry_file(root, entry)
        if not path.exists():  # nothing read: every figure and mistake of the entry counts as missed
            out = judge(entry, [], [], said=True)
            out.wrong.insert(0, "file absent")
            outcomes.append(out)
            continue
        if path not in cache:
            result = audit_paths([str(path)])
            fa = result.files[0] if result.files else None
            docs = fa.documents if fa else []
            said = bool(result.findings) or bool(fa and fa.error)
            if fa and fa.read is not None:
                said = said or bool(getattr(fa.read, "problems", None))
            cache[path] = (docs, list(result.findings), said)
        docs, findings, said = cache[path]
        # Findings belong to every entry of the file; each entry's mistakes are matched among them all.
        outcomes.append(judge(entry, docs, findings, said))
    return outcomes


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} ({Decimal(a * 100) / Decimal(b):.0f}%)" if b else "0/0"


def _group(outcomes: list[Outcome], key: Callable[[dict[str, Any]], str]) -> tuple[dict[str, Tally], Tally]:
    groups: dict[str, Tally] = {}
    total = Tally()
    for o in outcomes:
        groups.setdefault(key(o.entry), Tally()).add(o.tally)
        total.add(o.tally)
    return groups, total


def table(outcomes: list[Outcome], by: str = "type") -> str:
    """The accuracy table: one line per value of the entries' ``by`` field (type, province) and the total."""
    groups, total = _group(outcomes, lambda e: str(e.get(by)))
    head = (by, "docs", "recognised", "figures right", "mistakes found", "false errors", "silent")
    rows = [head] + [
        (k, str(t.documents), _pct(t.recognised, t.documents), _pct(t.figures_right, t.figures),
         _pct(t.mistakes_found, t.mistakes), str(t.false_errors), str(t.silent))
        for k, t in sorted(groups.items())
    ] + [("TOTAL", str(total.documents), _pct(total.recognised, total.documents),
          _pct(total.figures_right, total.figures), _pct(total.mistakes_found, total.mistakes),
          str(total.false_errors), str(total.silent))]
    return grid(rows)


def grid(rows: list[tuple[str, ...]]) -> str:
    """Rows (the first a header) as aligned columns with a rule under the header, Chinese taking two columns."""
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c + " " * (w - _width(c)) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _width(text: str) -> int:
    """Columns a text takes in a terminal (a Chinese character takes two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def as_json(outcomes: list[Outcome], split: str) -> dict[str, Any]:
    """The table's counts as data: per type, per province and in total, and each document's misses."""
    groups, total = _group(outcomes, lambda e: str(e.get("type")))
    provinces, _ = _group(outcomes, lambda e: str(e.get("province")))

    def counts(g: dict[str, Tally]) -> dict[str, dict[str, int]]:
        return {k: {f: getattr(t, f) for f in t.__slots__} for k, t in sorted(g.items())}  # type: ignore[attr-defined]

    return {
        "split": split,
        "by_type": counts(groups),
        "by_province": counts(provinces),
        "total": {f: getattr(total, f) for f in total.__slots__},  # type: ignore[attr-defined]
        "documents": [{"id": o.entry.get("id"), "recognised": bool(o.tally.recognised), "wrong": o.wrong,
                       "missed": o.missed, "false_errors": o.false} for o in outcomes],
    }


def families(outcomes: list[Outcome]) -> str:
    """The layout families as a Markdown table (docs/reading.md): type, an example, and what is read today."""
    by: dict[str, list[Outcome]] = {}
    for o in outcomes:
        by.setdefault(str(o.entry.get("family")), []).append(o)
    lines = ["| family | type | docs | example (locality, address) | read today: recognised, figures right |",
             "|---|---|---|---|---|"]
    for fam, outs in sorted(by.items()):
        t = Tally()
        for o in outs:
            t.add(o.tally)
        first = outs[0].entry
        kinds = sorted({str(o.entry.get("type")) for o in outs})
        lines.append(f"| `{fam}` | {', '.join(kinds)} | {t.documents} | {first.get('province')} {first.get('locality')}, "
                     f"<{first.get('url')}> | {t.recognised}/{t.documents}, {_pct(t.figures_right, t.figures)} |")
    return "\n".join(lines)


def composition(entries: list[dict[str, Any]]) -> str:
    """What the corpus holds, per split, as a Markdown table (docs/reading.md): documents, named provinces,
    documents per type and proven mistakes. Read from the manifest only; nothing is audited."""
    kinds = sorted({str(e.get("type")) for e in entries})
    lines = ["| split | docs | provinces (named) | " + " | ".join(kinds) + " | proven mistakes |",
             "|---|---|---|" + "---|" * len(kinds) + "---|"]
    for split in (*SPLITS, "all"):
        part = [e for e in entries if split == "all" or e.get("split") == split]
        if not part:
            continue
        named = sorted({str(e.get("province")) for e in part} - {"未详", "None"})
        counts = [str(sum(1 for e in part if e.get("type") == k)) for k in kinds]
        mistakes = sum(len(e.get("mistakes") or []) for e in part)
        lines.append(f"| {split} | {len(part)} | {len(named)}: {'、'.join(named)} | " + " | ".join(counts)
                     + f" | {mistakes} |")
    return "\n".join(lines)


def queries(entries: list[dict[str, Any]]) -> str:
    """The search queries that find the corpus again, each once, as a Markdown list (docs/reading.md)."""
    return "\n".join(f"- `{q}`" for q in sorted({str(e.get("query")) for e in entries if e.get("query")}))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.corpus_accuracy", description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", default="/work/devcorpus", help="the corpus folder (dev/, heldout/)")
    ap.add_argument("--split", choices=(*SPLITS, "all"), default="dev")
    ap.add_argument("--manifest", default=str(MANIFEST))
    ap.add_argument("--json", action="store_true", help="print the counts per type and in total as JSON")
    ap.add_argument("--families", action="store_true", help="print the layout families as a Markdown table")
    ap.add_argument("-v", "--verbose", action="store_true", help="list wrong figures, missed mistakes, false errors")
    ap.add_argument("--reader", metavar="MODULE:FUNCTION",
                    help="read every file with this one recogniser alone (e.g. jixiao.read.recognise.transfer:recognise) "
                         "in place of all of them: how much of a whole class one reader reads, not only the files "
                         "the others miss (a fallback judged on every document of its class, not on the few it was written for)")
    ap.add_argument("--composition", action="store_true",
                    help="print what the manifest holds (per split, type, province) as Markdown and stop")
    ap.add_argument("--queries", action="store_true", help="print the manifest's search queries as Markdown and stop")
    args = ap.parse_args(argv)
    if args.composition or args.queries:
        listed = load_manifest(Path(args.manifest))
        print(composition(listed) if args.composition else queries(listed))
        return 0
    root = corpus_root(args.corpus)
    if root is None:
        return 0
    entries = [e for e in load_manifest(Path(args.manifest)) if args.split == "all" or e.get("split") == args.split]
    if args.reader:
        only_reader(args.reader)
    outcomes = run(root, entries)
    files = {entry_file(root, e) for e in entries}
    provinces = {str(e.get("province")) for e in entries} - {"未详", "None"}  # 未详: the page does not say
    if args.json:
        print(json.dumps(as_json(outcomes, args.split), ensure_ascii=False, indent=2))
        return 0
    print(f"split {args.split}: {len(entries)} documents in {len(files)} files, {len(provinces)} provinces")
    print(table(outcomes))
    print()
    print(table(outcomes, by="province"))
    if args.families:
        print(families(outcomes))
    if args.verbose:
        print(explain(outcomes))
    return 0


def only_reader(spec: str) -> None:
    """Make ``read_path`` recognise every file with the one recogniser ``spec`` (``module:function``, a function
    of a ``FileRead`` giving documents), as ``--reader`` asks. For measuring only: the process is changed for good."""
    import importlib

    import jixiao.read as read

    module, _, name = spec.partition(":")
    fn = getattr(importlib.import_module(module), name or "recognise")
    read.recognise_documents = fn  # type: ignore[assignment]


def explain(outcomes: list[Outcome], tag: str = "") -> str:
    """Each document's wrong figures, missed mistakes and false errors (``-v``), ``tag`` before its id."""
    out: list[str] = []
    for o in outcomes:
        if o.wrong or o.missed or o.false or not o.tally.recognised:
            out.append(f"\n{tag}{o.entry['id']} ({o.entry.get('type')}): recognised={bool(o.tally.recognised)}")
            out += [f"  wrong   {w}" for w in o.wrong] + [f"  missed  {m}" for m in o.missed]
            out += [f"  false   {f}" for f in o.false]
    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(main())

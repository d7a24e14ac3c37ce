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
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from jixiao.core.numbers import normalize_text, parse_decimal
from jixiao.core.records import Document, Val
from jixiao.read.normalise import simplified

MANIFEST = Path(__file__).resolve().parent / "corpus" / "manifest.yaml"
SPLITS = ("dev", "heldout")

# The manifest's document types and the jixiao record types that can hold them (``right_type`` says more).
ACCEPTS: dict[str, tuple[str, ...]] = {
    "project": ("project_self_evaluation",),
    # jixiao has no type of its own for 转移支付 forms: they are read in the project (or policy) layout
    "transfer": ("project_self_evaluation", "policy_self_evaluation"),
    "policy": ("policy_self_evaluation",),
    "department_form": ("dept_evaluation", "project_self_evaluation"),
    "department_score": ("dept_evaluation",),
    "final_accounts": ("final_accounts",),
    "sangong": ("final_accounts", "sangong", "budget_disclosure"),
    "budget_disclosure": ("final_accounts", "budget_disclosure"),
    "scoring_rules": ("assessment_rules",),
}
_DEPT_HEADER = re.compile(r"^部门(\(单位\))?(名称)?$")


def _accounts(doc: Document) -> Any:
    return doc.extra.get("accounts") if isinstance(doc.extra, dict) else None


def right_type(kind: str, doc: Document) -> bool:
    """Whether ``doc`` is the document the manifest's ``kind`` describes, read as that kind.

    Beyond the record type: a department-wide form read in the project layout counts only when the record
    says it is a department's (部门整体 in its title or a 部门/部门名称 header); final accounts must be read as
    决算 and a budget disclosure as 预算 (the accounts model's ``stage``); a 三公 table must have given a 三公
    table (``three_public``) or a record of its own type.
    """
    if doc.type not in ACCEPTS.get(kind, (kind,)):
        return False
    acc = _accounts(doc)
    stage = getattr(acc, "stage", None)
    if kind == "department_form" and doc.type == "project_self_evaluation":
        return "部门整体" in name_key(doc.title) or any(_DEPT_HEADER.match(name_key(k)) for k in doc.header)
    if kind == "final_accounts":
        return stage in (None, "final")
    if kind == "budget_disclosure":
        return doc.type == "budget_disclosure" or stage == "budget"
    if kind == "sangong":
        return doc.type == "sangong" or any(getattr(t, "kind", None) == "three_public"
                                            for t in getattr(acc, "tables", None) or [])
    return True


FUNDS_FIGURES = {  # manifest key → (funds row, column)
    "initial_budget": ("total", "initial_budget"),
    "budget": ("total", "annual_budget"),
    "executed": ("total", "executed"),
    "execution_weight": ("total", "weight"),
    "rate": ("total", "rate"),
    "execution_score": ("total", "score"),
}
_PUNCT = re.compile(r"[\s\u3000:：,，、。;；（）()【】\[\]“”\"'《》<>·.…_-]+")


@lru_cache(maxsize=65536)
def _key(text: str) -> str:
    return _PUNCT.sub("", simplified(normalize_text(text)))


def name_key(text: str | None) -> str:
    """An indicator or row name for comparison, normalised as the reader normalises text: full-width forms
    folded, traditional script converted and pinyin glosses (項(xiàng)) removed (``jixiao.read.normalise``),
    then no spaces or punctuation. A figure read right is not counted wrong for its name's script."""
    return _key(text or "")


_UNIT = re.compile(r"\s*(万元|萬元|万|萬|元|分)$")  # a unit printed after the figure (150万, 10萬, 100分)


def _number(text: object) -> Decimal | None:
    value = parse_decimal(text)
    if value is None and isinstance(text, str):
        value = parse_decimal(_UNIT.sub("", text.strip()))
    return value


def same_number(expected: str, got: Decimal | str | None, *, rate: bool = False) -> bool:
    """True when the figure read equals the printed one as a number (a rate may be printed as a fraction, a
    figure may carry its unit: 150万, 100分)."""
    want = _number(expected)
    have = got if isinstance(got, Decimal) else _number(got)
    if want is None or have is None:
        return want is None and have is None and str(expected).strip() == str(got or "").strip()
    if want == have:
        return True
    return rate and (want * 100 == have or want == have * 100)


@dataclass(slots=True)
class Tally:
    """Counts for one group of documents (a type, or the total)."""

    documents: int = 0
    recognised: int = 0
    figures: int = 0
    figures_right: int = 0
    mistakes: int = 0
    mistakes_found: int = 0
    false_errors: int = 0
    silent: int = 0

    def add(self, other: Tally) -> None:
        for k in self.__slots__:  # type: ignore[attr-defined]
            setattr(self, k, getattr(self, k) + getattr(other, k))


@dataclass(slots=True)
class Outcome:
    """What one manifest entry came to, with the figures that were wrong (for ``-v``)."""

    entry: dict[str, Any]
    tally: Tally
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)
    doc: Document | None = None  # the document judged (None: not recognised), for the class-only tools


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


def pick_document(docs: list[Document], entry: dict[str, Any]) -> Document | None:
    """The document the entry describes: of an accepted type, and holding ``match`` (title or header) if given."""
    kind = str(entry.get("type"))
    cands = [d for d in docs if right_type(kind, d)]
    match = entry.get("match")
    if match:
        key = name_key(str(match))
        cands = [d for d in cands if key in name_key(d.title) or any(key in name_key(v.str_) for v in d.header.values())]
    return cands[0] if cands else None


def _indicator(doc: Document, name: str) -> Any:
    key = name_key(name)
    rows = list(doc.indicators)
    for attr in ("level3", "level4", "level2", "level1"):
        for row in rows:
            if name_key(getattr(row, attr).str_) == key:
                return row
    for row in rows:  # a name the reader ran together with its neighbour still counts when it holds the name
        if key and any(key in name_key(getattr(row, a).str_) for a in ("level3", "level4", "level2")):
            return row
    return None


FLAT_ROW = 12  # a "row" of more cells than this is flattened text (a whole form on one line), not a table row


def _table_total(doc: Document, label: str, value: str) -> bool:
    """The document holds ``value`` for the row or column ``label``: in its parsed accounts model, or in one of
    its tables, beside the label in its row or under it in its column. In a row that is flattened text only
    the cell right after the label counts, so a number elsewhere on the line is not taken for the label's."""
    key = name_key(label)
    want = parse_decimal(value)
    if want is None or not key:
        return False
    accounts = doc.extra.get("accounts")
    if accounts is not None and _in_model(accounts, key, want):
        return True
    for table in doc.tables:
        grid = table.texts()
        for r, texts in enumerate(grid):
            for c, text in enumerate(texts):
                if key not in name_key(text):
                    continue
                after = [t for t in texts[c + 1:] if t.strip()]
                beside = after[:1] if len(texts) > FLAT_ROW else after
                below = [g[c] for g in grid[r + 1:r + 4] if c < len(g) and g[c].strip()][:1]
                if any(parse_decimal(t) == want for t in beside + below):
                    return True
    return False


def _in_model(obj: Any, key: str, want: Decimal, under: bool = False) -> bool:
    """Whether a parsed accounts model holds ``want`` under a label holding ``key``: a row whose name holds
    it, or a column (a values key) that does (walked generically over dataclasses, dicts and lists)."""
    if isinstance(obj, dict):
        return any(_in_model(v, key, want, under or key in name_key(str(k))) for k, v in obj.items())
    if isinstance(obj, (list, tuple)):
        return any(_in_model(x, key, want, under) for x in obj)
    if isinstance(obj, Val):
        return under and obj.dec == want
    if isinstance(obj, Decimal):
        return under and obj == want
    if hasattr(obj, "__dataclass_fields__"):
        named = any(isinstance(getattr(obj, f, None), str) and key in name_key(getattr(obj, f))
                    for f in ("name", "label"))
        return any(_in_model(getattr(obj, f), key, want, under or named) for f in obj.__dataclass_fields__)
    return False


def compare_figures(doc: Document | None, figures: dict[str, Any]) -> tuple[int, int, list[str]]:
    """(figures, read right, what was wrong) for one document against the manifest's figures."""
    total = right = 0
    wrong: list[str] = []

    def check(label: str, expected: Any, got: Decimal | str | None, rate: bool = False) -> None:
        nonlocal total, right
        total += 1
        if doc is not None and same_number(str(expected), got, rate=rate):
            right += 1
        else:
            wrong.append(f"{label}: {expected} ≠ {got}")

    for key, (row, col) in FUNDS_FIGURES.items():
        if key in figures:
            fr = doc.funds.get(row) if doc else None
            val: Val | None = getattr(fr, col) if fr else None
            check(key, figures[key], val.value if val else None, rate=key == "rate")
    for row_name, cols in (figures.get("funds_rows") or {}).items():
        fr = doc.funds.get(row_name) if doc else None
        for col, expected in cols.items():
            val = getattr(fr, col) if fr else None
            check(f"{row_name}.{col}", expected, val.value if val else None, rate=col == "rate")
    for name, want in (figures.get("indicators") or {}).items():
        ind = _indicator(doc, name) if doc else None
        for part in ("weight", "score"):
            if part in want:
                check(f"{name}.{part}", want[part], getattr(ind, part).value if ind else None)
    if "total_score" in figures:
        check("total_score", figures["total_score"], doc.total_score.value if doc else None)
    if "total_weight" in figures:
        check("total_weight", figures["total_weight"], doc.total_weight.value if doc else None)
    if "grade" in figures:
        total += 1
        if doc is not None and doc.grade.str_ and name_key(doc.grade.str_) == name_key(str(figures["grade"])):
            right += 1
        else:
            wrong.append(f"grade: {figures['grade']} ≠ {doc.grade.str_ if doc else None}")
    for label, value in (figures.get("totals") or {}).items():
        total += 1
        if doc is not None and _table_total(doc, label, str(value)):
            right += 1
        else:
            wrong.append(f"total {label}: {value} not read")
    return total, right, wrong


FOUND = ("error", "suspect", "warning")  # severities that report a mistake ("info" does not)


def finding_at(f: Any, mistake: dict[str, Any]) -> bool:
    """A finding is at a mistake's place when it names the mistake's row, or, naming no row, stands on its
    line (±1) and mentions the row in its message.

    A finding that names another row is elsewhere even on the same line: several forms are one line of text,
    so a finding on the line that says nothing of the row is not taken for the mistake either.
    """
    row = mistake.get("row")
    # the row as printed, and other names the same row goes by (first-level weights printed in labels are
    # "一级权重" to an auditor): the manifest's ``aliases``
    keys = [name_key(str(k)) for k in [row, *(mistake.get("aliases") or [])] if k]
    if keys and f.row:
        return any(k in name_key(f.row) for k in keys)
    loc = f.location
    line = mistake.get("line")
    near = line is not None and loc is not None and loc.line is not None and abs(int(loc.line) - int(line)) <= 1
    if not near:
        return False
    return not keys or any(k in name_key(f.message) for k in keys)


def judge(entry: dict[str, Any], docs: list[Document], findings: list[Any], said: bool) -> Outcome:
    """Compare what jixiao made of one file with the entry's ground truth."""
    tally = Tally(documents=1)
    doc = pick_document(docs, entry)
    tally.recognised = int(doc is not None)
    tally.silent = int(not docs and not said)
    tally.figures, tally.figures_right, wrong = compare_figures(doc, entry.get("figures") or {})
    out = Outcome(entry, tally, wrong, doc=doc)
    mistakes = list(entry.get("mistakes") or [])
    tally.mistakes = len(mistakes)
    for m in mistakes:
        if any(f.severity in FOUND and finding_at(f, m) for f in findings):
            tally.mistakes_found += 1
        else:
            out.missed.append(str(m.get("what") or m))
    for f in findings:
        if f.severity == "error" and not any(finding_at(f, m) for m in mistakes):
            tally.false_errors += 1
            out.false.append(f"{f.kind} {f.location}: {f.message}")
    return out


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

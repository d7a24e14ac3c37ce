"""How a reading of one corpus file is judged against its manifest entry: which document is the entry's (by
type and ``match``), which key figures were read right, which proven mistakes a finding names, which errors
are false. ``bench.corpus_accuracy`` runs the corpus through it and prints the tables."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any

from jixiao.accounts.model import clean_name
from jixiao.core.numbers import normalize_text, parse_decimal
from jixiao.core.records import ACCOUNT_TYPES, Document, Val
from jixiao.read.normalise import simplified

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



def pick_document(docs: list[Document], entry: dict[str, Any]) -> Document | None:
    """The document the entry describes: of an accepted type, and holding ``match`` (title or header) if given."""
    kind = str(entry.get("type"))
    cands = [d for d in docs if right_type(kind, d)]
    match = entry.get("match")
    if match:
        key = name_key(str(match))
        cands = [d for d in cands if key in name_key(d.title) or any(key in name_key(v.str_) for v in d.header.values())]
    start = entry.get("from_line")  # (a perturbation's lines before the document: a document read from them is not it)
    own = [d for d in cands if start is None or d.source is None or d.source.line is None or d.source.line >= start]
    return (own or cands)[0] if cands else None


def _indicator(doc: Document, name: str) -> Any:
    key = name_key(name)
    rows = list(doc.indicators)
    for attr in ("level3", "level4", "level2", "level1"):
        for row in rows:
            if name_key(getattr(row, attr).str_) == key:
                return row
    for row in rows:  # a name the reader ran together with its neighbour still counts when it holds the name
        if key and any(key in name_key(getattr(row, a).str_) and not _is_level(getattr(row, a).str_, key)
                       for a in ("level3", "level4", "level2")):
            return row
    return None


def _is_level(label: str | None, key: str) -> bool:
    """The label is the group named ``key`` with its weight (征兵工作(7分)): the group's, not its row's
    (``_level_weight``)."""
    m = _LEVEL_WEIGHT.match(label or "")
    return m is not None and name_key(m.group(1)) == key


_LEVEL_WEIGHT = re.compile(r"^(.*?)[(（](\d+(?:\.\d+)?)分[)）]$")


def _level_weight(doc: Document, name: str) -> Decimal | None:
    """The weight of a group the reader holds as a level label with its weight (工作推进机制(26分): the rule readers'
    levels placed by their sums, ``LEVELS_FROM_WEIGHTS``), where the manifest names the group itself."""
    key = name_key(name)
    for row in doc.indicators:
        for attr in ("level1", "level2"):
            m = _LEVEL_WEIGHT.match(getattr(row, attr).str_ or "")
            if m and name_key(m.group(1)) == key:
                return Decimal(m.group(2))
    return None


FLAT_ROW = 12  # a "row" of more cells than this is flattened text (a whole form on one line), not a table row


def _table_total(doc: Document, label: str, value: str) -> bool:
    """The document holds ``value`` for the row or column ``label``: in its parsed accounts model, or in one of
    its tables, beside the label in its row or under it in its column. In a row that is flattened text only
    the cell right after the label counts, so a number elsewhere on the line is not taken for the label's."""
    key = name_key(clean_name(label))  # (一、基本支出: the list mark a manifest label kept from its line, no part of the name)
    want = parse_decimal(value)
    if want is None or not key:
        return False
    accounts = doc.extra.get("accounts")
    if accounts is not None and (_in_model(accounts, key, want) or _three_public(accounts, key, want)):
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


def _three_public(accounts: Any, key: str, want: Decimal) -> bool:
    """A 三公 table's figure under the name the text gives it: the table's total row (合计) is the “三公”经费 whole the
    label names (“三公”经费支出预算 65 is 合计 | 预算数 65), and an item's 经费 is its 费 (因公出国(境)经费 is 因公出国(境)费)."""
    def fold(name: str) -> str:
        return name.replace("经费", "费")

    for table in getattr(accounts, "tables", []):
        if table.kind != "three_public":
            continue
        for row in table.rows:
            whole = row.total or name_key(row.name) in ("合计", "总计")
            named = "三公" in key if whole else bool(name_key(row.name)) and fold(name_key(row.name)) in fold(key)
            if named and any(v.dec == want for v in row.values.values()):
                return True
    return False


def _in_model(obj: Any, key: str, want: Decimal, under: bool = False) -> bool:
    """Whether a parsed accounts model holds ``want`` under a label holding ``key``: a row whose name holds
    it (or whose label as printed does, where the reader named the row with its budget: 市本级收入 read as
    市本级一般公共预算收入), or a column (a values key) that does (walked generically over dataclasses, dicts and
    lists)."""
    if isinstance(obj, dict):
        return any(_in_model(v, key, want, under or key in name_key(str(k))) for k, v in obj.items())
    if isinstance(obj, (list, tuple)):
        return any(_in_model(x, key, want, under) for x in obj)
    if isinstance(obj, Val):
        return under and obj.dec == want
    if isinstance(obj, Decimal):
        return under and obj == want
    if hasattr(obj, "__dataclass_fields__"):
        printed = getattr(obj, "printed", None)  # a table's columns as printed (一般公共预算财政拨款 read as 一般公共预算)
        if isinstance(printed, dict) and any(
                key in name_key(printed.get(c) or "") and isinstance(v, Val) and v.dec == want
                for r in getattr(obj, "rows", None) or [] for c, v in getattr(r, "values", {}).items()):
            return True
        named = any(isinstance(getattr(obj, f, None), str) and key in name_key(getattr(obj, f))
                    for f in ("name", "label", "printed"))
        return any(_in_model(getattr(obj, f), key, want, under or named) for f in obj.__dataclass_fields__)
    return False


def compare_figures(doc: Document | None, figures: dict[str, Any],
                    sections: Sequence[Document] = ()) -> tuple[int, int, list[str]]:
    """(figures, read right, what was wrong) for one document against the manifest's figures. A table total may also
    stand in ``sections``: the file's other budget, accounts or 三公 documents (a budget's text whose 三公 section jixiao
    reads as a 三公 statement of its own: the section's 合计 is read, in that record)."""
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
                got = getattr(ind, part).value if ind else None
                if ind is None and part == "weight" and doc is not None:
                    got = _level_weight(doc, name)  # a group read as the level label with its weight
                check(f"{name}.{part}", want[part], got)
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
        if doc is not None and any(_table_total(d, label, str(value)) for d in (doc, *sections)):
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
    # (a budget's or final account's 三公 section read as a document of its own: the same file's account documents)
    sections = [d for d in docs if d is not doc and doc is not None and doc.type in ACCOUNT_TYPES
                and d.type in ACCOUNT_TYPES]
    tally.figures, tally.figures_right, wrong = compare_figures(doc, entry.get("figures") or {}, sections)
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

"""What an audit hands to the reports: each file audited (``FileAudit``) and the run's totals (``AuditResult``).

The files may be held in memory (a list) or on disk (``audit.spill.Spill``, for runs too big to hold): the
result reads them in order either way, one file at a time, and keeps only counts of its own. The order of
the findings is fixed by the files' order and never by how many worker processes made them: most severe
first, then file by file as audited, then by line.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from jixiao.audit.choose import framework_of
from jixiao.audit.common import doc_name
from jixiao.audit.rounding_detect import Convention
from jixiao.core.findings import SEVERITIES, SEVERITY_RANK, Finding
from jixiao.core.records import Document
from jixiao.frameworks.model import Framework
from jixiao.read.base import FileRead

if TYPE_CHECKING:
    from jixiao.audit.packed import Tally


@dataclass(slots=True)
class FileAudit:
    """One file: what was read, the documents in it, the rounding convention of its forms, its findings.

    ``by_doc`` and ``frameworks`` are keyed by the document's place in ``documents`` (not by object identity,
    so that a file audited in a worker process and sent back, or spilled to disk and read again, keeps them).
    """

    path: str
    read: FileRead | None
    documents: list[Document]
    conventions: dict[str, Convention] = field(default_factory=dict)  # by document type
    error: str | None = None
    by_doc: dict[int, list[Finding]] = field(default_factory=dict)  # document index → its findings
    error_en: str | None = None
    findings: list[Finding] = field(default_factory=list)  # every finding of the file, most severe first
    frameworks: dict[int, str] = field(default_factory=dict)  # document index → framework id

    def error_text(self, lang: str = "zh") -> str | None:
        """Why the file could not be read, in the language asked for."""
        return self.error_en if lang == "en" and self.error_en else self.error

    def convention_for(self, doc: Document) -> Convention | None:
        return self.conventions.get(doc.type)

    def described(self, lang: str = "zh") -> list[str]:
        """Each inferred convention, in words."""
        from jixiao.core.labels import type_name

        sep = ": " if lang == "en" else "："
        return [f"{type_name(t, lang)}{sep}{c.describe(lang)}" for t, c in self.conventions.items() if c.forms]

    def doc_findings(self, j: int) -> list[Finding]:
        """The findings of the ``j``-th document, most severe first."""
        return sort_findings(self.by_doc.get(j, []))

    def doc_json(self, j: int) -> dict[str, Any]:
        """The ``j``-th document as ``--json`` lists it."""
        d = self.documents[j]
        return {
            "type": d.type,
            "title": d.title,
            "name": doc_name(d),
            "source": d.source.to_json(),
            "framework": self.frameworks.get(j),
            "total_score": d.total_score.str_,
            "grade": d.grade.str_,
            "findings": severity_counts(self.by_doc.get(j, [])),
        }

    def conventions_json(self) -> dict[str, dict[str, str]]:
        return {t: {"zh": c.describe("zh"), "en": c.describe("en")} for t, c in self.conventions.items() if c.forms}


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Most severe first; then by file and line as read."""
    return sorted(
        findings,
        key=lambda f: (
            SEVERITY_RANK.get(f.severity, 9),
            f.location.file if f.location else "",
            (f.location.line or 0) if f.location else 0,
        ),
    )


def severity_counts(findings: Iterable[Finding]) -> dict[str, int]:
    out = {s: 0 for s in SEVERITIES}
    for f in findings:
        out[f.severity] += 1
    return out


@dataclass(slots=True)
class Totals:
    """What the run adds up as files go by: small, whatever the number of files."""

    files: int = 0
    documents: int = 0
    findings: int = 0
    with_conventions: int = 0  # files whose rounding convention was inferred
    unreadable: list[str] = field(default_factory=list)
    not_recognised: list[str] = field(default_factory=list)  # files that gave no document (read or not)
    by_severity: dict[str, int] = field(default_factory=lambda: {s: 0 for s in SEVERITIES})
    by_kind: dict[str, dict[str, int]] = field(default_factory=dict)

    def add(self, fa: FileAudit) -> None:
        from jixiao.audit.packed import tally

        self.add_tally(fa.path, tally(fa))

    def add_tally(self, path: str, t: Tally) -> None:
        self.files += 1
        self.documents += t.documents
        self.findings += len(t.findings)
        if t.error:
            self.unreadable.append(path)
        if not t.documents:
            self.not_recognised.append(path)
        self.with_conventions += t.with_conventions
        for severity, kind in t.findings:
            self.by_severity[severity] += 1
            self.by_kind.setdefault(kind, {s: 0 for s in SEVERITIES})[severity] += 1


class _Documents:
    """Every document of the run, file by file (read again from the files, never held)."""

    def __init__(self, result: AuditResult) -> None:
        self._r = result

    def __len__(self) -> int:
        return self._r.totals.documents

    def __iter__(self) -> Iterator[Document]:
        for fa in self._r.files:
            yield from fa.documents


class _Findings:
    """Every finding of the run in the report order: by severity, then file by file, then by line."""

    def __init__(self, result: AuditResult, severities: Sequence[str] = SEVERITIES) -> None:
        self._r = result
        self._sev = severities

    def __len__(self) -> int:
        return sum(self._r.totals.by_severity[s] for s in self._sev)

    def __iter__(self) -> Iterator[Finding]:
        for sev in self._sev:
            if not self._r.totals.by_severity[sev]:
                continue
            for fa in self._r.files:
                for f in fa.findings:
                    if f.severity == sev:
                        yield f


class AuditResult:
    """The files audited (a list, or a ``Spill`` on disk) and the run's totals.

    ``findings_for(doc)`` is an index lookup: the documents of files held in memory are indexed once; a
    spilled run indexes the files it has most recently read back (reports walk the files in order).
    """

    def __init__(self, files: Sequence[FileAudit], totals: Totals | None = None) -> None:
        self.files = files
        if totals is None:
            totals = Totals()
            for fa in files:
                totals.add(fa)
        self.totals = totals
        self._index: dict[int, tuple[FileAudit, int]] = {}
        if isinstance(files, list):
            for fa in files:
                self._index.update((id(d), (fa, j)) for j, d in enumerate(fa.documents))

    @property
    def documents(self) -> _Documents:
        return _Documents(self)

    @property
    def findings(self) -> _Findings:
        return _Findings(self)

    def findings_at_least(self, min_severity: str) -> _Findings:
        """The findings of ``min_severity`` and worse (error ≻ suspect ≻ info)."""
        return _Findings(self, SEVERITIES[: SEVERITIES.index(min_severity) + 1])

    def _locate(self, doc: Document) -> tuple[FileAudit, int] | None:
        hit = self._index.get(id(doc))
        if hit is not None and hit[0].documents[hit[1]] is doc:
            return hit
        for fa in getattr(self.files, "recent", lambda: [])():
            for j, d in enumerate(fa.documents):
                if d is doc:
                    return fa, j
        return None

    @property
    def frameworks(self) -> dict[str, str]:
        """Document key (``source#name``) → framework id, for every document (built on each call: walks the files)."""
        return {f"{fa.documents[j].source}#{doc_name(fa.documents[j])}": fid
                for fa in self.files for j, fid in fa.frameworks.items()}

    def framework_for(self, doc: Document) -> Framework | None:
        """The framework the audit used for ``doc`` (picked, or the one ``--framework`` named)."""
        return framework_of(self.framework_id(doc))

    def framework_id(self, doc: Document) -> str | None:
        """The id of the framework the audit used for ``doc``, as ``jixiao frameworks list`` shows it."""
        hit = self._locate(doc)
        return hit[0].frameworks.get(hit[1]) if hit else None

    def findings_for(self, doc: Document) -> list[Finding]:
        hit = self._locate(doc)
        return hit[0].doc_findings(hit[1]) if hit else []

    def counts(self) -> dict[str, int]:
        return dict(self.totals.by_severity)

    def not_recognised(self) -> list[str]:
        """The files in which no document was recognised (read or not), in the order audited."""
        return list(self.totals.not_recognised)

    def counts_for(self, doc: Document) -> dict[str, int]:
        """``doc``'s findings by severity, in the order of ``SEVERITIES``."""
        return severity_counts(self.findings_for(doc))

    def kinds(self) -> dict[str, dict[str, int]]:
        return dict(sorted(self.totals.by_kind.items()))

    def conventions(self) -> Iterator[tuple[str, dict[str, dict[str, str]]]]:
        for fa in self.files:
            conv = fa.conventions_json()
            if conv:
                yield fa.path, conv

    def summary_head(self) -> dict[str, Any]:
        """The summary's totals: everything but the conventions of each file."""
        t = self.totals
        return {
            "files": t.files,
            "documents": t.documents,
            "unreadable": list(t.unreadable),
            "not_recognised": list(t.not_recognised),
            "findings": t.findings,
            "by_severity": self.counts(),
            "by_kind": self.kinds(),
        }

    def summary(self) -> dict[str, Any]:
        return {**self.summary_head(), "conventions": dict(self.conventions())}

    def document_rows(self) -> Iterator[dict[str, Any]]:
        for fa in self.files:
            for j in range(len(fa.documents)):
                yield fa.doc_json(j)

    def to_json(self, lang: str = "zh", min_severity: str = "info") -> dict[str, Any]:
        return {
            "documents": list(self.document_rows()),
            "findings": [f.to_json(lang) for f in self.findings_at_least(min_severity)],
            "summary": self.summary(),
        }

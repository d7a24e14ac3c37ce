"""Run the audit: read every file, recognise its documents, run the checks, collect the findings.

Checks come in two kinds. Document checks take one recognised record (a project form, a score table);
file checks take the file's tables and body text, so that figures quoted in a report's text can be held
against its tables whatever the recognisers made of them.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jixiao.audit import rounding_detect
from jixiao.audit.artefacts import check_float_artefacts
from jixiao.audit.choose import framework_grades, framework_of, pick_framework
from jixiao.audit.common import doc_name
from jixiao.audit.consistency import check_body_rates, check_repeated
from jixiao.audit.dept import check_evidence_table, check_leaf_evidence, check_tree, check_tree_codes
from jixiao.audit.funds import check_funds
from jixiao.audit.indicators import check_indicators
from jixiao.audit.plausibility import check_plausibility
from jixiao.audit.recognised import check_recognised
from jixiao.audit.rounding_detect import Convention
from jixiao.audit.tables import check_tables
from jixiao.audit.totals import (
    DEFAULT_GRADES,
    GradeBand,
    check_bounds,
    check_grade,
    check_level1_scores,
    check_total,
    check_weights,
)
from jixiao.core.findings import SEVERITIES, SEVERITY_RANK, Finding
from jixiao.core.records import Document
from jixiao.core.source import Source
from jixiao.frameworks.model import Framework
from jixiao.read.base import FileRead

FORM_TYPES = ("project_self_evaluation", "policy_self_evaluation")


class InputError(Exception):
    """A path that cannot be audited at all (absent, unreadable): one located message."""


@dataclass(slots=True)
class FileAudit:
    """One file: what was read, the documents in it, the rounding convention of its forms."""

    path: str
    read: FileRead | None
    documents: list[Document]
    conventions: dict[str, Convention] = field(default_factory=dict)  # by document type
    error: str | None = None
    by_doc: dict[int, list[Finding]] = field(default_factory=dict)  # id(document) → its findings
    error_en: str | None = None

    def error_text(self, lang: str = "zh") -> str | None:
        """Why the file could not be read, in the language asked for."""
        return self.error_en if lang == "en" and self.error_en else self.error

    def convention_for(self, doc: Document) -> Convention | None:
        return self.conventions.get(doc.type)

    def described(self, lang: str = "zh") -> list[str]:
        """Each inferred convention, in words."""
        from jixiao.report.labels import type_name

        return [f"{type_name(t, lang)}：{c.describe(lang)}" for t, c in self.conventions.items() if c.forms]


@dataclass(slots=True)
class AuditResult:
    files: list[FileAudit]
    findings: list[Finding] = field(default_factory=list)
    frameworks: dict[str, str] = field(default_factory=dict)  # document key → framework id

    @property
    def documents(self) -> list[Document]:
        return [d for f in self.files for d in f.documents]

    def framework_for(self, doc: Document) -> Framework | None:
        """The framework the audit used for ``doc`` (picked, or the one ``--framework`` named)."""
        return framework_of(self.framework_id(doc))

    def framework_id(self, doc: Document) -> str | None:
        """The id of the framework the audit used for ``doc``, as ``jixiao frameworks list`` shows it."""
        return self.frameworks.get(_key(doc))

    def findings_for(self, doc: Document) -> list[Finding]:
        for fa in self.files:
            if id(doc) in fa.by_doc:
                return sort_findings(fa.by_doc[id(doc)])
        return []

    def counts(self) -> dict[str, int]:
        return severity_counts(self.findings)

    def not_recognised(self) -> list[str]:
        """The files in which no document was recognised (read or not), in the order audited."""
        return [f.path for f in self.files if not f.documents]

    def counts_for(self, doc: Document) -> dict[str, int]:
        """``doc``'s findings by severity, in the order of ``SEVERITIES``."""
        return severity_counts(self.findings_for(doc))

    def kinds(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for f in self.findings:
            out.setdefault(f.kind, {s: 0 for s in SEVERITIES})[f.severity] += 1
        return dict(sorted(out.items()))

    def summary(self) -> dict[str, Any]:
        return {
            "files": len(self.files),
            "documents": len(self.documents),
            "unreadable": [f.path for f in self.files if f.error],
            "not_recognised": self.not_recognised(),
            "findings": len(self.findings),
            "by_severity": self.counts(),
            "by_kind": self.kinds(),
            "conventions": {
                f.path: {t: {"zh": c.describe("zh"), "en": c.describe("en")} for t, c in f.conventions.items() if c.forms}
                for f in self.files if any(c.forms for c in f.conventions.values())
            },
        }

    def to_json(self, lang: str = "zh") -> dict[str, Any]:
        docs = []
        for f in self.files:
            for d in f.documents:
                docs.append({
                    "type": d.type,
                    "title": d.title,
                    "name": doc_name(d),
                    "source": d.source.to_json(),
                    "framework": self.framework_id(d),
                    "total_score": d.total_score.str_,
                    "grade": d.grade.str_,
                    "findings": self.counts_for(d),
                })
        return {
            "documents": docs,
            "findings": [f.to_json(lang) for f in self.findings],
            "summary": self.summary(),
        }


def severity_counts(findings: list[Finding]) -> dict[str, int]:
    return {s: sum(1 for f in findings if f.severity == s) for s in SEVERITIES}


def _key(doc: Document) -> str:
    return f"{doc.source}#{doc_name(doc)}"


def load(path: Path) -> FileAudit:
    """One file read and recognised (``jixiao.read``); a file that cannot be read is an error, not a stop."""
    from jixiao.read import read_path

    rr = read_path(path)
    if rr.unreadable:
        p = rr.unreadable[0]
        return FileAudit(str(path), None, [], error=f"{p.source or path}: {p.message}",
                         error_en=f"{p.source or path}: {p.message_en or p.message}")
    return FileAudit(str(path), rr.files[0] if rr.files else None, rr.documents)


def _locator(fa: FileAudit) -> Callable[[Source | None], Document | None]:
    """The document a report's text or table belongs to: the last document starting at or before its line
    (else the first after it). Final accounts are left out: their tables have their own checks, and the
    text around them is the report's."""
    docs = [d for d in fa.documents if d.type != "final_accounts"]
    starts = sorted(((d.source.line or 0), k) for k, d in enumerate(docs))
    lines = [s for s, _ in starts]

    def doc_at(src: Source | None) -> Document | None:
        if not starts or src is None or src.line is None:
            return None
        i = max(bisect.bisect_right(lines, src.line) - 1, 0)
        return docs[starts[i][1]]

    return doc_at


def audit_document(
    doc: Document, conv: Convention, bands: Sequence[GradeBand], grades_expected: bool,
    framework: Framework | None = None,
) -> list[Finding]:
    """Every document check; ``framework`` is the one chosen for the document (its indicator rules)."""
    out: list[Finding] = []
    if doc.type in FORM_TYPES:
        out += check_funds(doc, conv)
        out += check_weights(doc)
        out += check_bounds(doc)
        if doc.type == "project_self_evaluation" or doc.total_score.value is not None:
            out += check_total(doc, conv)
        out += check_level1_scores(doc)
        out += check_grade(doc, bands, grades_expected)
        out += check_indicators(doc, framework)
        out += check_plausibility(doc)
    elif doc.type == "dept_evaluation":
        out += check_bounds(doc)
        out += check_tree(doc)
        out += check_tree_codes(doc)
        out += check_leaf_evidence(doc)
    elif doc.type == "final_accounts":
        out += _accounts(doc)
    elif doc.type == "assessment_rules":
        from jixiao.audit.assessment import check_assessment

        out += check_assessment(doc)
    return out


def _accounts(doc: Document) -> list[Finding]:
    try:
        from jixiao.accounts.checks import check_accounts
    except ImportError:
        return []
    return list(check_accounts(doc))


def audit_file(
    fa: FileAudit, bands: Sequence[GradeBand] = DEFAULT_GRADES, frameworks: dict[int, str] | None = None
) -> list[Finding]:
    """Every check on one file; each finding is also filed under the document it concerns (``by_doc``)."""
    out: list[Finding] = []
    for t in FORM_TYPES:
        forms = [d for d in fa.documents if d.type == t]
        conv = rounding_detect.infer(forms)
        fa.conventions[t] = conv
        if conv.forms:
            out.append(_convention_finding(fa, t, conv))
    fa.by_doc = {id(d): [] for d in fa.documents}
    for t in FORM_TYPES:
        forms = [d for d in fa.documents if d.type == t]
        grades_expected = any((d.grade.str_ or "").strip() for d in forms)
        for doc in forms:
            fid = (frameworks or {}).get(id(doc))
            own = framework_grades(fid) if fid else bands
            fa.by_doc[id(doc)] += audit_document(doc, fa.conventions[t], own, grades_expected, framework_of(fid))
    for doc in fa.documents:
        if doc.type not in FORM_TYPES:
            fa.by_doc[id(doc)] += audit_document(doc, rounding_detect.DEFAULT, bands, False)
        fa.by_doc[id(doc)] += _problems(doc)
    for fs in fa.by_doc.values():
        out += fs
    if fa.read is not None:
        doc_at = _locator(fa)
        fallback = Path(fa.path).name

        def name_at(src: Source) -> str:
            d = doc_at(src)
            return doc_name(d) if d is not None else fallback

        def framework_at(src: Source) -> Framework | None:
            d = doc_at(src)
            return framework_of((frameworks or {}).get(id(d))) if d is not None else None

        tables, body = fa.read.tables, fa.read.body
        file_level = check_tables(tables, name_at)
        for table in tables:
            file_level += check_evidence_table(table, name_at, framework_at)
        file_level += check_body_rates(tables, body, name_at)
        file_level += check_repeated(tables, body, name_at)
        file_level += check_float_artefacts(tables, body, name_at)
        for f in file_level:
            d = doc_at(f.location)
            if d is not None:
                fa.by_doc[id(d)].append(f)
        out += file_level
        # Problems of the file as a whole (a PDF without a text layer …): otherwise the audit would just find
        # no document in it and say nothing.
        from jixiao.audit.common import finding

        out += [finding("unreadable", "info", fallback, p.source, p.message, p.message_en or p.message)
                for p in fa.read.problems]
    return out


def _convention_finding(fa: FileAudit, doc_type: str, conv: Convention) -> Finding:
    from jixiao.audit.common import finding
    from jixiao.report.labels import type_name

    return finding(
        "rounding_convention", "info", Path(fa.path).name, Source(fa.path),
        f"本文件{type_name(doc_type)}的舍入惯例：{conv.describe('zh')}。",
        f"The rounding convention of this file's {type_name(doc_type, 'en')} forms: {conv.describe('en')}.",
        None, f"{conv.rate.mode}/{conv.rate.digits}; {conv.score.mode}/{conv.score.digits}", type_name(doc_type),
    )


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Most severe first; then by file and line as read."""
    return sorted(
        findings,
        key=lambda f: (
            SEVERITY_RANK.get(f.severity, 9),
            f.location.file if f.location else "",
            (f.location.line or 0) if f.location else 0,
        ),
    )


def audit_paths(paths: Iterable[str], framework: str | None = None) -> AuditResult:
    """Audit files and folders (recursively). A path that does not exist, or a folder with nothing to read,
    is a file with an error (located, said on stderr by the command); the other paths are still audited."""
    from jixiao.read import empty_folder, expand

    paths = list(paths)
    absent = [FileAudit(p, None, [], error=f"{p}: 文件或目录不存在", error_en=f"{p}: no such file or directory")
              for p in paths if not Path(p).exists()]
    present = [p for p in paths if Path(p).exists()]
    empty = [FileAudit(p, None, [], error=f"{p}: {e.message}", error_en=f"{p}: {e.message_en}")
             for p in present if (e := empty_folder(p)) is not None]
    return audit_files(absent + empty + [load(p) for p in expand(present)], framework)


def audit_files(files: list[FileAudit], framework: str | None = None) -> AuditResult:
    result = AuditResult(files)
    findings: list[Finding] = []
    for fa in files:
        findings += check_recognised(fa)  # never silent: a file with no document says why
        if fa.error:
            continue
        chosen: dict[int, str] = {}
        for d in fa.documents:
            fw = framework or pick_framework(d)
            if fw:
                result.frameworks[_key(d)] = fw
                chosen[id(d)] = fw
        findings += audit_file(fa, DEFAULT_GRADES, chosen)
    result.findings = sort_findings(findings)
    return result


BOUNDARY = "格次边界"  # the assessment recogniser's note on a band edge that "以下" makes ambiguous
SHOWN_PROBLEMS = 3


def _problems(doc: Document) -> list[Finding]:
    """Reading problems stay visible in the audit: a value that could not be read is reported, not guessed.
    A 格次 band edge that reads two ways (seed 000's "6分以下" beside "6-7分") is an audit finding of its own."""
    from jixiao.audit.common import finding

    name = doc_name(doc)
    bounds = [p for p in doc.problems if p.message.startswith(BOUNDARY)]
    others = [p for p in doc.problems if not p.message.startswith(BOUNDARY)]
    out = [finding("band_overlap", "info", name, p.source, p.message, p.message_en or p.message) for p in bounds]
    out += [finding("unreadable", "info", name, p.source, p.message, p.message_en or p.message)
            for p in others[:SHOWN_PROBLEMS]]
    if len(others) > SHOWN_PROBLEMS:
        more = len(others) - SHOWN_PROBLEMS
        out.append(finding("unreadable", "info", name, doc.source, f"另有{more}处无法读取的内容。",
                           f"{more} more reading problems."))
    return out

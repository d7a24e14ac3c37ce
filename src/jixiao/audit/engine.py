"""Run the audit: read every file, recognise its documents, run the checks, collect the findings.

Checks come in two kinds. Document checks take one recognised record (a project form, a score table);
file checks take the file's tables and body text, so that figures quoted in a report's text can be held
against its tables whatever the recognisers made of them.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from jixiao.audit import rounding_detect
from jixiao.audit.artefacts import check_float_artefacts
from jixiao.audit.carry_parts import check_carry_parts
from jixiao.audit.choose import framework_grades, framework_of, pick_framework
from jixiao.audit.common import doc_name
from jixiao.audit.consistency import check_body_rates, check_repeated
from jixiao.audit.dept import check_evidence_table, check_leaf_evidence
from jixiao.audit.dept_base import check_dept_base
from jixiao.audit.dept_funds import check_dept_funds
from jixiao.audit.dept_splits import check_dept_splits
from jixiao.audit.dept_tasks import check_dept_tasks
from jixiao.audit.dept_tree import check_tree, check_tree_codes
from jixiao.audit.funds import check_funds
from jixiao.audit.grades import check_printed_grade, file_texts, full_marks
from jixiao.audit.indicators import check_indicators
from jixiao.audit.plausibility import check_plausibility
from jixiao.audit.recognised import check_recognised
from jixiao.audit.reportform import check_report_form
from jixiao.audit.result import AuditResult, FileAudit, sort_findings
from jixiao.audit.rounding_detect import Convention
from jixiao.audit.tables import check_tables
from jixiao.audit.totalbound import check_total_bound
from jixiao.audit.totals import (
    DEFAULT_GRADES,
    GradeBand,
    check_bounds,
    check_grade,
    check_level1_scores,
    check_total,
    check_weights,
)
from jixiao.audit.transfer import check_transfer, scored
from jixiao.core.findings import Finding
from jixiao.core.records import ACCOUNT_TYPES, COLUMNS_ASSUMED, READ_FROM_PROSE, Document
from jixiao.core.source import Source
from jixiao.frameworks.model import Framework

FORM_TYPES = ("project_self_evaluation", "policy_self_evaluation")
__all__ = ["AuditResult", "FileAudit", "sort_findings"]  # the shapes, re-exported for the reports


class InputError(Exception):
    """A path that cannot be audited at all (absent, unreadable): one located message."""


def load(path: Path) -> FileAudit:
    """One file read and recognised (``jixiao.read``); a file that cannot be read is an error, not a stop."""
    from jixiao.read import read_path

    rr = read_path(path)
    if rr.unreadable:
        p = rr.unreadable[0]
        return FileAudit(str(path), None, [], error=f"{p.source or path}: {p.message}",
                         error_en=f"{p.source or path}: {p.message_en or p.message}")
    return FileAudit(str(path), rr.files[0] if rr.files else None, rr.documents)


def _locator(fa: FileAudit) -> Callable[[Source | None], int | None]:
    """The index of the document a report's text or table belongs to: the last document starting at or
    before its line (else the first after it). Final accounts are left out: their tables have their own
    checks, and the text around them is the report's."""
    docs = [j for j, d in enumerate(fa.documents) if d.type not in ACCOUNT_TYPES]
    starts = sorted(((fa.documents[j].source.line or 0), j) for j in docs)
    lines = [s for s, _ in starts]

    def doc_at(src: Source | None) -> int | None:
        if not starts or src is None or src.line is None:
            return None
        i = max(bisect.bisect_right(lines, src.line) - 1, 0)
        return starts[i][1]

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
        if (doc.type == "project_self_evaluation" and scored(doc)) or doc.total_score.value is not None:
            out += check_total(doc, conv)
        out += check_total_bound(doc)  # a half-read form's total above what its rows read allow
        out += check_report_form(doc)  # a report form's spending detail and balance
        out += check_level1_scores(doc)
        out += check_grade(doc, bands, grades_expected)
        out += check_indicators(doc, framework)
        out += check_plausibility(doc)
        out += check_transfer(doc)
        out += check_dept_tasks(doc)
        out += _accounts(doc)  # the income and spending a department's report states (``deptreport``): their sums
        out += check_dept_base(doc)  # the 部门整体支出绩效评价基础数据表 beside a department's form
    elif doc.type == "dept_evaluation":
        out += check_bounds(doc)
        out += check_tree(doc)
        out += check_tree_codes(doc)
        out += check_leaf_evidence(doc)
    elif doc.type in ACCOUNT_TYPES:
        out += _accounts(doc)
    elif doc.type == "assessment_rules":
        from jixiao.audit.assessment import check_assessment

        out += check_assessment(doc)
    return out


def _accounts(doc: Document) -> list[Finding]:
    # (imported here, where it is used: never silently skipped — a broken import is a crash the tests see, not an
    # audit of accounts that found nothing)
    from jixiao.accounts.checks import check_accounts

    return list(check_accounts(doc))


def audit_file(
    fa: FileAudit, bands: Sequence[GradeBand] = DEFAULT_GRADES, frameworks: dict[int, str] | None = None
) -> list[Finding]:
    """Every check on one file; each finding is also filed under the document it concerns (``by_doc``, by the
    document's index). ``frameworks`` gives the framework id chosen for a document, by index."""
    out: list[Finding] = []
    chosen = frameworks or {}
    for t in FORM_TYPES:
        forms = [d for d in fa.documents if d.type == t]
        conv = rounding_detect.infer(forms)
        fa.conventions[t] = conv
        if conv.forms:
            out.append(_convention_finding(fa, t, conv))
    fa.by_doc = {j: [] for j in range(len(fa.documents))}
    for t in FORM_TYPES:
        placed = [(j, d) for j, d in enumerate(fa.documents) if d.type == t]
        grades_expected = any((d.grade.str_ or "").strip() for _, d in placed)
        for j, doc in placed:
            fid = chosen.get(j)
            own = framework_grades(fid) if fid else bands
            fa.by_doc[j] += _as_read(doc, audit_document(doc, fa.conventions[t], own, grades_expected,
                                                         framework_of(fid)))
    band_texts: list[str] | None = None  # the file's texts that may state grade bands, gathered once
    for j, doc in enumerate(fa.documents):
        if doc.type not in FORM_TYPES:
            fid = chosen.get(j)
            own = framework_grades(fid) if fid else bands
            fa.by_doc[j] += _as_read(doc, audit_document(doc, rounding_detect.DEFAULT, own, False))
            if doc.type == "dept_evaluation":  # its grade against the bands the file states, else the framework's
                band_texts = file_texts(fa.read) if band_texts is None else band_texts
                fa.by_doc[j] += check_printed_grade(doc, own, band_texts, full_marks(doc))
        fa.by_doc[j] += _problems(doc)
    for fs in fa.by_doc.values():
        out += fs
    if fa.read is not None:
        doc_at = _locator(fa)
        fallback = Path(fa.path).name

        def name_at(src: Source) -> str:
            at = doc_at(src)
            return doc_name(fa.documents[at]) if at is not None else fallback

        def framework_at(src: Source) -> Framework | None:
            at = doc_at(src)
            return framework_of(chosen.get(at)) if at is not None else None

        tables, body = fa.read.tables, fa.read.body
        file_level = check_tables(tables, name_at)
        for table in tables:
            file_level += check_evidence_table(table, name_at, framework_at)
        file_level += check_body_rates(tables, body, name_at)
        file_level += check_repeated(tables, body, name_at)
        file_level += check_dept_splits(tables, body, name_at)
        file_level += check_dept_funds(tables, body, name_at)
        file_level += check_carry_parts(body, name_at)
        file_level += check_float_artefacts(tables, body, name_at)
        for k, f in enumerate(file_level):
            at = doc_at(f.location)
            if at is not None:
                file_level[k] = f = _as_read(fa.documents[at], [f])[0]
                fa.by_doc[at].append(f)
        out += file_level
        # Problems of the file as a whole (a PDF without a text layer …): otherwise the audit would just find
        # no document in it and say nothing.
        from jixiao.audit.common import finding

        out += [finding("unreadable", "info", fallback, p.source, p.message, p.message_en or p.message)
                for p in fa.read.problems]
    return out


def _convention_finding(fa: FileAudit, doc_type: str, conv: Convention) -> Finding:
    from jixiao.audit.common import finding
    from jixiao.core.labels import type_name

    return finding(
        "rounding_convention", "info", Path(fa.path).name, Source(fa.path),
        f"本文件{type_name(doc_type)}的舍入惯例：{conv.describe('zh')}。",
        f"The rounding convention of this file's {type_name(doc_type, 'en')} forms: {conv.describe('en')}.",
        None, None, type_name(doc_type),
    )


def choose_frameworks(fa: FileAudit, framework: str | None = None) -> dict[int, str]:
    """The framework of each document of a file, by index: the one named, else the one its metadata picks."""
    chosen: dict[int, str] = {}
    for j, d in enumerate(fa.documents):
        fw = framework or pick_framework(d)
        if fw:
            chosen[j] = fw
    return chosen


def finish(fa: FileAudit, framework: str | None = None, keep_read: bool = True) -> FileAudit:
    """Audit one loaded file in place: frameworks chosen, findings made, sorted and filed.

    ``keep_read=False`` drops the file's and its documents' tables and text once the checks are done (only
    the HTML report shows them), so that what is passed on or spilled stays small."""
    found = check_recognised(fa)  # never silent: a file with no document says why
    if not fa.error:
        fa.frameworks = choose_frameworks(fa, framework)
        found += audit_file(fa, DEFAULT_GRADES, fa.frameworks)
    fa.findings = sort_findings(found)
    if not keep_read:
        fa.read = None
        for d in fa.documents:
            d.tables, d.body = [], []
    return fa


def audit_one(path: str, framework: str | None = None, keep_read: bool = True) -> FileAudit:
    """Read, recognise and audit one file: what a worker process does for each file it is given."""
    return finish(load(Path(path)), framework, keep_read)


def absent_path(p: str) -> FileAudit:
    return FileAudit(p, None, [], error=f"{p}: 文件或目录不存在", error_en=f"{p}: no such file or directory")


def audit_paths(paths: Iterable[str], framework: str | None = None, jobs: int = 0) -> AuditResult:
    """Audit files and folders (recursively), held in memory. A path that does not exist, or a folder with
    nothing to read, is a file with an error (located, said on stderr by the command); the other paths are
    still audited. ``jobs`` > 0 runs the files in that many worker processes (``audit.stream``)."""
    from jixiao.audit.stream import audit_stream

    return AuditResult(list(audit_stream(paths, framework, jobs=jobs)))


def audit_files(files: list[FileAudit], framework: str | None = None) -> AuditResult:
    """Audit files already loaded (``load``), in memory."""
    return AuditResult([finish(fa, framework) for fa in files])


BOUNDARY = "格次边界"  # the assessment recogniser's note on a band edge that "以下" makes ambiguous
SHOWN_PROBLEMS = 3


def _as_read(doc: Document, found: list[Finding]) -> list[Finding]:
    """A document whose figures were read from its sentences (``READ_FROM_PROSE``), or whose columns were told apart
    by what a template usually gives (``COLUMNS_ASSUMED``): a difference among them may be the reading's (a figure
    taken for another), so it is a suspicion to check, never an arithmetic error."""
    if not (doc.extra.get(READ_FROM_PROSE) or doc.extra.get(COLUMNS_ASSUMED)):
        return found
    return [replace(f, severity="suspect") if f.severity == "error" else f for f in found]


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

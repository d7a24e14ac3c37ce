"""Score a form with the scoring engine and run the audit's checks on it: what a save stores and what the
live view shows. Nothing here computes a score: ``score_data`` does, ``audit_document`` checks."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from jixiao.audit.engine import audit_document
from jixiao.audit.rounding_detect import Convention
from jixiao.audit.totals import GradeBand
from jixiao.core.findings import Finding
from jixiao.frameworks.model import Framework
from jixiao.scoring import ScoreResult, score_data
from jixiao.scoring.engine import EXECUTION_CODE
from jixiao.web.selfeval.document import FORM_FILE, execution_rate, to_document


@dataclass
class Evaluation:
    result: ScoreResult
    total: Decimal | None
    grade: str
    exec_rate: Decimal | None
    rows: list[dict[str, Any]]
    findings: list[dict[str, Any]] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(f["severity"] == "error" for f in self.findings)

    @property
    def suspects(self) -> int:
        return sum(f["severity"] == "suspect" for f in self.findings)

    def result_json(self) -> dict[str, Any]:
        out = self.result.to_json("zh")
        out["indicators"] = self.rows
        return out


def finding_key(kind: str, row: str | None, line: int | None) -> str:
    return f"{kind}:{line if line is not None else (row or '')}"


def _finding(f: Finding) -> dict[str, Any]:
    line = f.location.line if f.location is not None and f.location.file == FORM_FILE else None
    return {
        "key": finding_key(f.kind, f.row, line),
        "kind": f.kind,
        "severity": f.severity,
        "row": line,
        "label": f.row,
        "message": f.message,
        "message_en": f.message_en or f.message,
    }


def _problem_findings(result: ScoreResult) -> list[dict[str, Any]]:
    """A row the engine cannot score is an error: the form cannot be submitted until it is fixed."""
    out = []
    for p in result.problems:
        line = p.source.line if p.source is not None else None
        out.append({"key": finding_key("score_problem", p.message, line), "kind": "score_problem",
                    "severity": "error", "row": line, "label": None,
                    "message": p.message, "message_en": p.message_en or p.message})
    return out


# What the audit says of a form without a total; in the web the total is the engine's, so these only restate
# the score problems (which say why) and would ask the unit to explain what it cannot change.
_NO_TOTAL = ("missing_total", "missing_grade")


def _locate(findings: list[dict[str, Any]], result: ScoreResult) -> None:
    """A row the engine cannot score says so in its message (``9 完成时间: ...``, by the leaf's code): give the
    finding that row (a project form's leaves are its row numbers) and the indicator's name, so that the page
    can say what is missing and where."""
    for f in findings:
        if f["kind"] != "score_problem":
            continue
        for leaf in result.leaves():
            if leaf.score is None and f["message"].startswith(f"{leaf.code} "):
                f["label"] = leaf.name
                if f["row"] is None and str(leaf.code).isdigit():
                    f["row"] = int(leaf.code)
                elif leaf.code == EXECUTION_CODE:
                    f["where"] = "funds"  # the execution rate is computed from the funds block
                break


def evaluate(fw: Framework, kind: str, data: Mapping[str, Any], year: int | None) -> Evaluation:
    result = score_data(fw, data, file=FORM_FILE)
    rows = []
    for i in result.leaves():
        rows.append({"code": i.code, "name": i.name,
                     "weight": None if i.weight is None else str(i.weight),
                     "score": None if i.score is None else str(i.score),
                     "explanation": i.explain("zh"), "explanation_en": i.explain("en")})
    findings = _problem_findings(result)
    _locate(findings, result)
    rate = None
    if kind == "project":
        rate = execution_rate(data, fw)
        doc = to_document(data, result, year)
        conv = Convention(fw.rounding.rate, fw.rounding.score)
        bands = tuple(GradeBand(b.label, b.min, b.max) for b in fw.grades)
        audited = [_finding(f) for f in audit_document(doc, conv, bands, bool(bands), fw)]
        if result.total is None:  # the document's total is the engine's: its absence is the problems above
            audited = [f for f in audited if f["kind"] not in _NO_TOTAL]
        findings += audited
    return Evaluation(result, result.total, result.grade or "", rate, rows, findings)


def content_hash(data: Mapping[str, Any], framework_sha: str) -> str:
    """What an approval covers: the form's data and the framework version."""
    blob = json.dumps(data, sort_keys=True, ensure_ascii=False) + framework_sha
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()

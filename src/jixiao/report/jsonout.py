"""JSON out of a streamed audit: ``--json`` written piece by piece, ``--jsonl`` a line per file.

``write_json`` gives exactly the text ``json.dump(result.to_json(), indent=2, ensure_ascii=False)`` would,
without building the whole document first (a province-year's findings need not be in memory at once).
``file_line`` is one ``--jsonl`` line: a file's documents and findings, written as soon as the file is done;
``summary_line`` closes the stream with the run's totals.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from jixiao.audit.result import AuditResult, FileAudit
from jixiao.core.findings import SEVERITIES


def _dumps(value: Any, depth: int) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * depth)


def _array(out: IO[str], items: Iterable[str], depth: int) -> None:
    """A JSON array of already-dumped items, laid out as ``json.dump(indent=2)`` lays it out at ``depth``."""
    pad = "  " * (depth + 1)
    first = True
    for item in items:
        out.write(("[\n" if first else ",\n") + pad + item)
        first = False
    out.write("[]" if first else "\n" + "  " * depth + "]")


def _object(out: IO[str], pairs: Iterable[tuple[str, str]], depth: int) -> None:
    pad = "  " * (depth + 1)
    first = True
    for key, item in pairs:
        out.write(("{\n" if first else ",\n") + pad + json.dumps(key, ensure_ascii=False) + ": " + item)
        first = False
    out.write("{}" if first else "\n" + "  " * depth + "}")


def write_json(result: AuditResult, out: IO[str], lang: str = "zh", min_severity: str = "info") -> None:
    out.write('{\n  "documents": ')
    _array(out, (_dumps(d, 2) for d in result.document_rows()), 1)
    out.write(',\n  "findings": ')
    _array(out, (_dumps(f.to_json(lang), 2) for f in result.findings_at_least(min_severity)), 1)
    out.write(',\n  "summary": ')
    text = _dumps(result.summary_head(), 1)
    out.write(text[: text.rindex("\n")] + ',\n    "conventions": ')
    _object(out, ((path, _dumps(conv, 3)) for path, conv in result.conventions()), 2)
    out.write("\n  }\n}\n")


def file_line(fa: FileAudit, lang: str = "zh", min_severity: str = "info") -> str:
    """One ``--jsonl`` line: ``{"file", "error", "documents", "findings", "conventions"}``."""
    keep = set(SEVERITIES[: SEVERITIES.index(min_severity) + 1])
    return json.dumps({
        "file": fa.path,
        "error": fa.error_text(lang),
        "documents": [fa.doc_json(j) for j in range(len(fa.documents))],
        "findings": [f.to_json(lang) for f in fa.findings if f.severity in keep],
        "conventions": fa.conventions_json(),
    }, ensure_ascii=False)


def summary_line(result: AuditResult) -> str:
    """The last ``--jsonl`` line: ``{"summary": {...}}`` (the run's totals, without per-file conventions)."""
    return json.dumps({"summary": result.summary_head()}, ensure_ascii=False)

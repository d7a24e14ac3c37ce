"""Writing a generated form to a file and reading it back, as the tests of the layouts do."""

from __future__ import annotations

from pathlib import Path

from jixiao.audit import audit_paths
from jixiao.core.findings import Finding
from jixiao.core.records import Document
from jixiao.read import read_path


def write(tmp_path: Path, text: str, name: str = "form.txt") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def one(tmp_path: Path, text: str, kind: str | None = None) -> Document:
    """The one document read from ``text`` (the test fails, saying the problems, when there is not one, or when
    it is not of type ``kind``)."""
    rr = read_path(write(tmp_path, text))
    assert len(rr.documents) == 1, [p.message for p in rr.problems]
    if kind is not None:
        assert rr.documents[0].type == kind
    return rr.documents[0]


def audited(tmp_path: Path, lines: list[str], name: str = "sangong.txt") -> tuple[Document, list[Finding]]:
    """The first document audited from ``lines`` (the test fails when none is read) and the findings that report
    something (error, suspect, warning)."""
    result = audit_paths([str(write(tmp_path, "\n".join(lines) + "\n", name))])
    docs = result.files[0].documents
    assert docs, "read as a document"
    return docs[0], [f for f in result.findings if f.severity in ("error", "suspect", "warning")]


def findings(tmp_path: Path, text: str, name: str = "notes.txt") -> list[Finding]:
    """Every finding of auditing ``text`` written to a file of its own."""
    return list(audit_paths([str(write(tmp_path, text, name))]).findings)

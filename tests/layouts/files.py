"""Writing a generated form to a file and reading it back, as the tests of the layouts do."""

from __future__ import annotations

from pathlib import Path

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

"""A text form its table reading read whole is not read a second time as a stream of tokens (issue 12: that
second reading doubled the audit's cost a document); a form whose reading left something to say still is."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from jixiao.read import read_path
from jixiao.read.recognise import stream

sys.path.insert(0, str(Path(__file__).parent))
import fixtures_gen as gen  # noqa: E402


def _count_stream(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = stream.recognise

    def counted(fr):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(fr)

    monkeypatch.setattr(stream, "recognise", counted)
    return calls


def test_a_whole_form_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count_stream(monkeypatch)
    p = tmp_path / "form.txt"
    gen.write_text([gen.INDUSTRY], str(p))
    (doc,) = read_path(p).documents
    assert str(doc.total_score.dec) == "99.94" and len(doc.indicators) == 11 and not doc.problems
    assert calls == []


def test_a_form_with_something_unread_is_read_again_as_a_stream(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count_stream(monkeypatch)
    p = tmp_path / "form.txt"
    gen.write_text([gen.INDUSTRY], str(p))
    text = p.read_text(encoding="utf-8")
    row = next(line for line in text.splitlines() if "产业投资年报" in line)
    p.write_text(text.replace(row, "产业投资年报\t" + row), encoding="utf-8")  # a cell no column takes
    (doc,) = read_path(p).documents
    assert doc.problems and calls == [1]

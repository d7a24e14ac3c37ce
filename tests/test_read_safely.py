"""``read.base.safely``: a recogniser that raises is one located problem, and what the other recognisers found is
kept (the guard ``recognise_documents`` and the second readings put around every recogniser)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.core.records import Document
from jixiao.core.source import Source
from jixiao.read import read_path
from jixiao.read import recognise as recognise_pkg
from jixiao.read.base import FileRead, safely

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "001_cf1bceb3fa2c9cc3.txt"


def _boom(fr: FileRead) -> list[Document]:
    raise ValueError("坏了")


def test_safely_turns_a_raise_into_a_located_problem() -> None:
    fr = FileRead(Source("a.txt"), "text")
    kept = [Document("project_self_evaluation", None, Source("a.txt"))]
    assert safely(fr, "boom", _boom) == []
    assert safely(fr, "boom", _boom, kept) is kept
    assert [p.message for p in fr.problems] == ["识别器 boom 出错：ValueError: 坏了"] * 2
    assert fr.problems[0].message_en == "recogniser boom failed: ValueError: 坏了"
    assert fr.problems[0].source == Source("a.txt")


def test_safely_returns_what_the_recogniser_read() -> None:
    fr = FileRead(Source("a.txt"), "text")
    doc = Document("sangong", None, Source("a.txt"))
    assert safely(fr, "ok", lambda f: [doc]) == [doc]
    assert fr.problems == []


def test_a_broken_recogniser_loses_nothing_the_others_found(monkeypatch: pytest.MonkeyPatch) -> None:
    before = read_path(SAMPLE)
    assert len(before.documents) == 23
    monkeypatch.setattr(recognise_pkg, "RECOGNISERS", (("boom", _boom), *recognise_pkg.RECOGNISERS))
    after = read_path(SAMPLE)
    assert [d.title for d in after.documents] == [d.title for d in before.documents]
    broken = [p for p in after.problems if p.message.startswith("识别器 boom 出错")]
    assert len(broken) == 1 and broken[0].source.file == str(SAMPLE)

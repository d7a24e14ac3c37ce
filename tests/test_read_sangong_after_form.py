"""A 三公 table and its statement printed after a project's form on the same page: the text the form leaves is read
alone (``read.complement.after_forms``), and that reading, in its own context, replaces the whole file's reading of
the same lines (a statement cut from its table, read as a 三公 document of its own): the page gives the form and the
三公 documents the text gives alone, no more."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.read import read_path
from layouts.archive import form
from layouts.sangong import invent, text


def _sangong(docs: list) -> list[tuple[str, list[str]]]:
    return [(d.type, sorted(t.kind for t in d.extra["accounts"].tables)) for d in docs if d.type == "sangong"]


@pytest.mark.parametrize("shape", ["pipes_no_lead", "trailing_pipes", "pipes"])
@pytest.mark.parametrize("seed", [1, 2])
def test_the_sangong_text_after_a_form_reads_as_it_reads_alone(tmp_path: Path, seed: int, shape: str) -> None:
    lines = text(invent(seed), shape).splitlines()[2:]  # (its title left off: the table first, the statement after)
    (tmp_path / "alone.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "after.txt").write_text("\n".join([*form(), "", *lines]) + "\n", encoding="utf-8")
    alone, after = read_path(tmp_path / "alone.txt").documents, read_path(tmp_path / "after.txt").documents
    assert [d.type for d in after].count("project_self_evaluation") == 1
    assert _sangong(after) == _sangong(alone) and "three_public" in _sangong(alone)[0][1]

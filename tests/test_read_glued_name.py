"""A form whose cells ran together, its name field glued to the name (项目名称城镇建设管理, 专项资金名称道路养护): the
name is read, not lost in one word with its label. A name that holds no digit stayed one token with its label (a
word holding one label and no digit was taken for an indicator's name, 预算资金执行率), so the form was read with no
name and matched to none. Generated forms with names of every kind, under the name labels forms print, run together
line by line or cell by cell; every figure read, no false error, a planted mistake found."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.columns import labelled, rows
from layouts.files import one, write
from layouts.model import assert_read_as_invented, invent
from layouts.render import run_together

NAMES = ("城镇建设管理", "道路养护经费", "农村公路养护工程（二期）", "示例项目7号专项经费", "乡村振兴示范村建设",
         "城乡居民医疗保险补助")
LABELS = ("项目名称", "专项资金名称", "项目(资金)名称")
COLUMNS = labelled(("initial", "budget", "executed", "weight", "rate", "score"), ("target", "actual", "weight", "score"))


def _text(seed: int, mistake: str | None = None) -> tuple[str, str]:
    p = replace(invent(seed, mistake=mistake), name=NAMES[seed % len(NAMES)])
    grid = rows(p, COLUMNS)
    grid[1][0] = LABELS[seed % len(LABELS)]
    return run_together(grid), unicodedata.normalize("NFKC", p.name)  # (full-width brackets read folded)


@pytest.mark.parametrize("seed", range(len(NAMES) * 2))
def test_a_name_glued_to_its_field_is_read(tmp_path: Path, seed: int) -> None:
    text, name = _text(seed)
    doc = one(tmp_path, text)
    assert doc.title == name
    assert_read_as_invented(doc, invent(seed), named=True, total=True)
    result = audit_paths([str(write(tmp_path, text, "b.txt"))])
    assert [f.message for f in result.findings if f.severity == "error"] == []


@pytest.mark.parametrize("seed", range(3))
def test_a_planted_rate_is_found_in_such_a_form(tmp_path: Path, seed: int) -> None:
    text, name = _text(seed, mistake="rate")
    result = audit_paths([str(write(tmp_path, text))])
    assert [d.title for d in result.documents] == [name]
    assert [f.kind for f in result.findings if f.severity == "error"] == ["execution_rate"]

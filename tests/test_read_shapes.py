"""The same generated forms in the other shapes published text takes (the shapes ``bench/corpus_shapes.py`` finds
losses in on the real corpus) read the same figures as their plain version, and a planted mistake is still
found in them: full-width digits and signs, doubled pipe separators (generators in ``tests/layouts``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.core.records import Document
from jixiao.read.normalise_forms import fold_width
from layouts import degrade, render
from layouts.files import one
from layouts.flat_accounts import cells, flat
from layouts.sangong import ITEMS, invent, notes, rows


def _stated(doc: Document) -> dict[str, object]:
    return {(t.kind, r.name, c): r.get(c).dec for t in doc.extra["accounts"].tables for r in t.rows for c in t.columns}


def _errors(doc: Document) -> set[tuple[str, str | None]]:
    return {(f.kind, f.row) for f in check_accounts(doc) if f.severity == "error"}


def test_fold_width_keeps_length_and_chinese_punctuation() -> None:
    assert fold_width("２０２１年 ９５．５％，＞＝９０ （一） ＡＢｃ") == "2021年 95.5%，>=90 （一） ABc"
    assert fold_width("plain") == "plain"


@pytest.mark.parametrize("layout", [flat, cells])
def test_full_width_final_accounts_read_as_plain(tmp_path: Path, layout: object) -> None:
    text, _ = layout(4)  # type: ignore[operator]
    plain = one(tmp_path, text, "final_accounts")
    wide = one(tmp_path, degrade.full_width_signs(text), "final_accounts")
    assert _stated(wide) == _stated(plain) and any(v is not None for v in _stated(plain).values())
    assert _errors(wide) == _errors(plain) == set()


def test_full_width_final_accounts_mistake_still_found(tmp_path: Path) -> None:
    text, _ = cells(2, plant=True)
    doc = one(tmp_path, degrade.full_width_signs(text), "final_accounts")
    assert _errors(doc) == {("balance", "收入总计")}


def _sangong(s: object, shape: object) -> str:
    title = ["东湖县2021年“三公”经费预算", "一、2021年“三公”经费支出预算表", "单位:万元"]
    return "\n".join([*title, shape(rows(s)).rstrip("\n"), *notes(s)]) + "\n"  # type: ignore[operator, arg-type]


@pytest.mark.parametrize("model", ["single", "yoy", "by_source"])
def test_doubled_pipes_read_as_plain_pipes(tmp_path: Path, model: str) -> None:
    s = invent(3, model)
    plain = one(tmp_path, _sangong(s, render.pipes), "sangong")
    doubled = one(tmp_path, _sangong(s, render.pipes_doubled), "sangong")
    assert _stated(doubled) == _stated(plain)
    assert {r.item for t in doubled.extra["accounts"].tables for r in t.rows} == set(ITEMS)
    assert _errors(doubled) == _errors(plain) == set()


@pytest.mark.parametrize("shape", [render.pipes_doubled, render.tabs])
def test_doubled_pipes_mistake_still_found(tmp_path: Path, shape: object) -> None:
    s = invent(11, "single", ("total",))
    assert _errors(one(tmp_path, _sangong(s, shape), "sangong")) == {("three_public", "合计")}

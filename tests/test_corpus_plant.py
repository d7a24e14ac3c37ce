"""The slip planter (bench/corpus_plant.py): a slip is a typist's, beyond rounding; every figure the reading placed
is a place to plant one; a slip the form's own arithmetic proves wrong is found, one it cannot prove is not."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).resolve().parent)]
from bench import corpus_accuracy as ca  # noqa: E402
from bench import corpus_plant as cpl  # noqa: E402

from test_corpus_accuracy import make_corpus  # noqa: E402


def test_slips() -> None:
    assert cpl.slip("99.54") == "99.64" and cpl.slip("100") == "110" and cpl.slip("1,239.99") == "1,239.89"
    assert cpl.slip("5") == "15" and cpl.slip("0") == "10"
    assert cpl.slip("99.50", "digit") == "99.60" and cpl.slip("1239", "digit") == "1238"
    assert cpl.slip("12.5", "x10") == "125" and cpl.slip("40", "x10") == "400" and cpl.slip("1.25", "x10") == "12.5"


def test_prose_classes() -> None:
    line = "收入合计100.00万元，较上年增长12.50%，其中财政拨款80.00万元，占80.00%，完成预算的95.10%。"
    got = [(n, cpl._prose_class(line, s)) for s, n in cpl._numbers(line)]
    assert got == [("100.00", None), ("12.50", "text growth 增长下降"), ("80.00", None), ("80.00", "text share 占"),
                   ("95.10", "text rate %")]


def test_planted_on_a_form(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root, manifest = make_corpus(tmp_path)
    (entry,) = ca.dev_entries(manifest)
    path = ca.entry_file(root, entry)
    text = path.read_text(encoding="utf-8")
    docs, _ = cpl._audit(path)
    found = cpl.plants(text, docs)
    classes = {p.cls for p in found}
    assert {"funds amount total", "funds rate", "indicator weight", "indicator score", "total score"} <= classes
    for p in found:  # each slip stands where its figure is printed, and changes that figure only
        changed = cpl.planted_text(text, p).split("\n")
        assert changed[p.line - 1].count(p.new) >= 1 and changed[:p.line - 1] == text.split("\n")[:p.line - 1]
    results = cpl.run_entry(root, entry, tmp_path, None, "tens")
    by = {(r.plant.cls, r.plant.old): r.outcome for r in results}
    # the rate is executed ÷ budget: a slip in either is proven by the other two
    assert next(o for (c, _), o in by.items() if c == "funds rate") == "found"
    assert all(r.outcome != "unhit" for r in results if r.plant.cls == "funds rate")
    assert cpl.main([str(root), "--manifest", str(manifest), "--per-doc", "4", "-v"]) == 0
    shown = capsys.readouterr().out
    assert "slips planted (tens)" in shown and "TOTAL" in shown and "project" in shown


def _proved(text: str, old: str, new: str, k: int = 0) -> str:
    """What ``plant_proof`` says proves ``old`` (its ``k``-th print) changed to ``new`` wrong in ``text``."""
    from bench.plant_proof import proof

    lines = text.split("\n")
    spots = [(no, s) for no, line in enumerate(lines, 1) for s, n in cpl._numbers(line) if n == old]
    no, start = spots[k]
    return proof(text, cpl.Plant(no, start, old, new, "x", None, None))


def test_what_the_text_proves() -> None:
    """Each identity a text states is named for a slip that breaks it; a figure stated once has no partner, and a
    slip within a rate's rounding breaks nothing."""
    text = ("2023年度收入合计120.00万元，其中：财政拨款收入90.00万元，占75.00%；其他收入30.00万元，占25.00%。\n"
            "基本支出50.00万元，比上年增加10.00万元，增长25.00%。\n"
            "一般公共预算收入35215万元，较年初预算40860万元，短收5645万元。\n"
            "支出决算为441.72万元，完成预算100%，决算数与预算数持平。\n"
            "资产总额1234.56万元。")
    assert _proved(text, "120.00", "120.10") == "sum Σ"
    assert _proved(text, "90.00", "90.10") == "sum Σ"
    assert _proved(text, "75.00", "75.10") == "ratio a÷b"
    assert _proved(text, "25.00", "25.10", 1) == "growth (a−b)÷b"
    assert _proved(text, "5645", "5655") == "difference a−b"
    assert _proved(text, "100", "110") == "words 持平/大于/小于"
    assert _proved(text, "1234.56", "1234.66") == "no partner"

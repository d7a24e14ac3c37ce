"""Notes on 直达资金 and a place's share of a fund (``layouts.transfer_zhida``) are transfers read from their
sentences: the whole received by the text's own place (我区共接收…资金指标X, 下达至我区的…总量X, 我市共分配到X) is the
budget, over the province's whole it is a part of; the spending after a bracketed 其中 list is no part of it; a copy
that doubled its commas (总量X,,支出Y,支付率为Z%,。) is sentences, not a table. A whole its bracketed kinds do not
make is not read unless the stated rate, printed with decimals, confirms it with the spending (``_rate_confirms``),
and the audit reports the difference as a suspicion, never an error."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from jixiao.read.csvlines import csv_lines_as_tabs
from layouts.transfer_zhida import SHAPES, levels, planted, text


def _transfers(path: Path) -> list:
    docs = read_path(path).documents
    assert not [d for d in docs if d.type in ("budget_disclosure", "final_accounts")]
    return [d for d in docs if d.extra.get("form") == "transfer" or d.type == "transfer"]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("seed", range(6))
def test_a_notes_whole_received_is_its_budget(tmp_path: Path, shape: str, seed: int) -> None:
    body, whole, executed = text(seed, shape)
    path = tmp_path / "z.txt"
    path.write_text(body, encoding="utf-8")
    transfers = _transfers(path)
    assert len(transfers) == 1
    row = transfers[0].funds["total"]
    assert row.annual_budget.dec == whole
    if executed is not None:
        assert row.executed.dec == executed


@pytest.mark.parametrize("seed", range(6))
def test_kinds_that_do_not_make_the_whole_are_suspected(tmp_path: Path, seed: int) -> None:
    path = tmp_path / "p.txt"
    path.write_text(planted(seed), encoding="utf-8")
    (doc,) = _transfers(path)
    row = doc.funds["total"]
    if row.rate.dec is not None and "." in (row.rate.text or ""):  # (the stated rate confirms the whole with the spending)
        assert row.annual_budget.dec is not None and any("取为预算（下达）数" in p.message for p in doc.problems)
    else:
        assert row.annual_budget.dec is None
    findings = audit_paths([str(path)]).findings
    assert not [f for f in findings if f.severity == "error"]
    assert len([f for f in findings if f.severity == "suspect"]) == 1  # (the one difference, reported once)


@pytest.mark.parametrize("seed", range(6))
def test_a_list_opening_a_sentence_is_the_sentences_subjects(tmp_path: Path, seed: int) -> None:
    """市本级X,未分配Y,分配率Z%。其中:A;B — the parts make X, the sentence's subject; compared with the remainder Y
    they were reported as not adding up. The whole is the one said of the whole place (全市…总额), not its levels'
    (市本级, 县区合计) nor what is left unallocated (未分配)."""
    body, whole = levels(seed)
    path = tmp_path / "l.txt"
    path.write_text(body, encoding="utf-8")
    findings = audit_paths([str(path)]).findings
    assert not [f for f in findings if f.severity in ("error", "suspect")]
    (doc,) = _transfers(path)
    assert doc.funds["total"].annual_budget.dec == whole


@pytest.mark.parametrize("seed", range(6))
def test_a_copy_with_doubled_commas_stays_sentences(seed: int) -> None:
    """总量X,,支出Y,支付率为Z%,。 — a field that is a full stop alone ends a sentence: the lines are no CSV rows
    (cut into cells, the note's sentences were lost to the readers of prose)."""
    body = text(seed, "doubled")[0]
    assert not [line for line in csv_lines_as_tabs(body.splitlines()) if "\t" in line]

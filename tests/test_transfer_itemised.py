"""An amount of transferred funds itemised after it (``transfer_prose._confirmed(…, itemised=True)``): in an
announcement by source over numbered lines, by county over lines, or in one sentence after a 其中 restating it;
in a transfer's self-evaluation report, its budget said received and itemised (the report stays a report, with
its own score and grade). Generated texts (``layouts.announce``), invented figures: the amount is read where the
items add up to it; with one item planted wrong, or where a greater total is stated (one fund of several),
nothing is read and no error is made."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.announce import SHAPES, announce, report


def _budget(path: Path) -> Decimal | None:
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    return docs[0].funds["total"].annual_budget.dec if docs and docs[0].funds.get("total") else None


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("shape", SHAPES)
def test_the_itemised_amount_is_read(tmp_path: Path, shape: str, seed: int) -> None:
    text, total = announce(seed, shape)
    path = tmp_path / "announce.txt"
    path.write_text(text, encoding="utf-8")
    assert _budget(path) == total
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    assert docs[0].extra["layout_family"] == "transfer-allocation-notice"


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("shape", SHAPES)
def test_items_that_do_not_add_up_confirm_nothing(tmp_path: Path, shape: str, seed: int) -> None:
    text, _ = announce(seed, shape, planted=True)
    path = tmp_path / "announce.txt"
    path.write_text(text, encoding="utf-8")
    assert _budget(path) is None
    assert not [f for f in audit_paths([str(path)]).findings if f.severity == "error"]


def test_one_fund_of_several_is_not_the_whole(tmp_path: Path) -> None:
    text, total = announce(3, "recipients")
    path = tmp_path / "announce.txt"
    path.write_text(text + f"另下达我市中央财政衔接推进乡村振兴补助资金{total * 3}万元。\n", encoding="utf-8")
    assert _budget(path) is None


@pytest.mark.parametrize("seed", range(4))
def test_a_report_whose_budget_is_itemised_keeps_its_score(tmp_path: Path, seed: int) -> None:
    path = tmp_path / "report.txt"
    path.write_text(report(seed, (Decimal(60), Decimal(40)), Decimal(95), "优"), encoding="utf-8")
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    assert docs[0].extra["layout_family"] == "transfer-report-text"
    assert _budget(path) == Decimal(100)
    assert docs[0].total_score is not None and docs[0].total_score.value == Decimal(95)
    assert docs[0].grade is not None and docs[0].grade.text == "优"

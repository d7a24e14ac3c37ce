"""A notice sending a fund down, in the wordings notices use (现将/特将/兹将 … 下达/拨付/下拨/分配/安排/下发, 予以 or 给予
before the verb; or the verb first: 现下达/特拨付/现下拨 …), generated with invented amounts: the amount the sentence
sends is the transfer's; a sentence that sends none gives none."""

from __future__ import annotations

import itertools
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_path

OPEN = ("现将", "特将", "兹将")
VERB = ("下达", "拨付", "下拨", "分配", "安排", "下发", "予以下达", "给予拨付")
FIRST = ("现下达", "特拨付", "现下拨", "现拨付给", "兹下达")


def _budget(path: Path) -> Decimal | None:
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    return docs[0].funds["total"].annual_budget.dec if docs and docs[0].funds.get("total") else None


def _write(tmp_path: Path, sentence: str) -> Path:
    path = tmp_path / "notice.txt"
    path.write_text(f"关于下达2025年残疾人事业发展补助资金的通知\n各乡镇人民政府:\n{sentence}请按规定使用,加强绩效管理。\n"
                    "某某县财政局\n2025年3月1日\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("opening", "verb"), list(itertools.product(OPEN, VERB)))
def test_the_amount_before_the_verb(tmp_path: Path, opening: str, verb: str) -> None:
    amount = Decimal(len(opening) * 100 + len(verb) * 7) + Decimal("0.35")
    path = _write(tmp_path, f"{opening}2025年残疾人事业发展补助资金{amount}万元{verb}给你们,用于康复救助。")
    assert _budget(path) == amount


@pytest.mark.parametrize("opening", FIRST)
def test_the_verb_before_the_amount(tmp_path: Path, opening: str) -> None:
    path = _write(tmp_path, f"{opening}你镇2025年残疾人事业发展补助资金86.5万元,用于康复救助。")
    assert _budget(path) == Decimal("86.5")


def test_a_sentence_that_sends_no_amount(tmp_path: Path) -> None:
    path = _write(tmp_path, "现下达2025年残疾人事业发展补助资金,具体金额详见附件。")
    assert _budget(path) is None

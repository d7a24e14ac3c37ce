"""The accounts checks' messages name each table in the language asked: an English message never shows an
internal table code (gp_expenditure) nor a table's Chinese name, a Chinese one names the table in Chinese."""

from __future__ import annotations

import glob
import re
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.accounts.model import STAGE_NAMES, STAGE_NAMES_EN
from jixiao.core.findings import Finding
from jixiao.read.encoding import decode
from jixiao.read.recognise.accounts import recognise
from jixiao.read.text import read_text_tables
from layouts.sangong import MISTAKES, invent, text
from test_accounts_generated import check, make_model, write

SEED = glob.glob(str(Path(__file__).resolve().parents[1] / "samples" / "003_*.txt"))
CODES = re.compile(r"\b(fiscal_summary|gp_basic|gp_expenditure|gov_fund|soe_capital|three_public)\b")
ZH_NAMES = sorted({n for names in STAGE_NAMES.values() for n in names.values()}, key=len, reverse=True)


def _clean(found: list[Finding]) -> None:
    assert found
    for f in found:
        assert not CODES.search(f.message_en), f.message_en
        assert not any(n in f.message_en for n in ZH_NAMES), f.message_en
        assert not CODES.search(f.message), f.message


@pytest.mark.skipif(not SEED, reason="seed 003 not present")
def test_seed_003_messages_name_tables_in_the_language_asked() -> None:
    src, _ = decode(Path(SEED[0]).read_bytes())
    found = check_accounts(recognise(read_text_tables(src, SEED[0]))[0])
    _clean(found)
    # the general-budget table is named, in English, where its rows disagree
    assert any("general-budget expenditure" in f.message_en for f in found)


def test_generated_final_accounts_with_mistakes() -> None:
    lines = write(make_model(13))
    no = next(i for i, x in enumerate(lines) if "“三公”经费" in x) + 6
    cells = lines[no - 1].split("\t")
    cells[11] = str(Decimal(cells[11]) + 2)
    lines[no - 1] = "\t".join(cells)
    found = check(lines)
    _clean(found)
    three = [f for f in found if f.kind == "three_public"]
    assert three and all("“three public” expenses" in f.message_en for f in three)


def test_standalone_three_public_messages(tmp_path: Path) -> None:
    from jixiao.read import read_path

    p = tmp_path / "sangong.txt"
    p.write_text(text(invent(5, "yoy", MISTAKES["yoy"]), "pipes_no_lead"), encoding="utf-8")
    found = [f for d in read_path(p).documents for f in check_accounts(d)]
    _clean(found)
    assert any(f.message_en.startswith("“three public” expenses final accounts table") for f in found)
    assert set(STAGE_NAMES_EN) == set(STAGE_NAMES)

"""A 部门决算 or 部门预算 page that holds only its titles and the opening of its 说明 (generator:
``tests/layouts/accounts_prose.heading_page``): recognised as the disclosure it says it is, with no table and a
problem saying nothing could be read, never a file "not recognised"; a title followed by no section of a 说明, or a
title on performance (绩效), is not read so."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.read import read_path
from layouts.accounts_prose import HEADING_STYLES, TITLE_WORDINGS, heading_page
from layouts.files import one, write


@pytest.mark.parametrize("style", HEADING_STYLES)
@pytest.mark.parametrize("stage", ["final", "budget"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_page_of_headings_is_the_disclosure_it_names(tmp_path: Path, seed: int, stage: str, style: str) -> None:
    text = heading_page(seed, stage, style)
    doc = one(tmp_path, text, "final_accounts" if stage == "final" else "budget_disclosure")
    acc = doc.extra["accounts"]
    assert acc.stage == stage and acc.tables == []
    assert doc.title == text.splitlines()[0]
    assert acc.year == doc.year and str(doc.year) in doc.title
    assert [p.message.split("（")[0] for p in doc.problems] == ["只有标题与说明的开头"]
    assert check_accounts(doc) == []


@pytest.mark.parametrize("wording", range(len(TITLE_WORDINGS)))
@pytest.mark.parametrize("stage", ["final", "budget"])
def test_every_wording_of_the_title(tmp_path: Path, wording: int, stage: str) -> None:
    """…关于2024年部门预算的说明, …预算公开目录, …(草案), the unit after a dash, the year in Chinese numerals: the
    disclosure the title names, of its year."""
    text = heading_page(4, stage, "wordings", wording)
    doc = one(tmp_path, text, "final_accounts" if stage == "final" else "budget_disclosure")
    assert doc.title == text.splitlines()[0] and doc.year is not None and 2018 <= doc.year <= 2024
    assert doc.extra["accounts"].year == doc.year


def test_a_title_followed_by_no_section_of_a_statement_is_not_a_disclosure(tmp_path: Path) -> None:
    text = "某区教育委员会2024年度部门决算公开\n近日，某区教育委员会在门户网站发布了本年度的有关信息。\n欢迎社会各界监督。\n"
    rr = read_path(write(tmp_path, text))
    assert all(d.type not in ("final_accounts", "budget_disclosure") for d in rr.documents)


def test_a_title_on_performance_is_not_read_as_the_accounts(tmp_path: Path) -> None:
    text = "某区教育委员会2024年度部门预算绩效情况说明\n一、单位基本情况\n(一)职能职责\n1.贯彻落实有关方针政策。\n"
    rr = read_path(write(tmp_path, text))
    assert all(d.type not in ("final_accounts", "budget_disclosure") for d in rr.documents)


@pytest.mark.parametrize("style", HEADING_STYLES)
@pytest.mark.parametrize("stage", ["final", "budget"])
def test_a_title_run_together_with_the_text_it_opens(tmp_path: Path, stage: str, style: str) -> None:
    """The page's short opening lines joined into one (a title, then 一、单位基本情况 or 目录 on the same line, as
    the run_together perturbation and PDF text give them): the title still ends where the first section begins."""
    lines = heading_page(2, stage, style).splitlines()
    joined = " ".join(lines[:3]) + "\n" + "\n".join(lines[3:])
    doc = one(tmp_path, joined, "final_accounts" if stage == "final" else "budget_disclosure")
    assert doc.title == lines[0] and doc.extra["accounts"].stage == stage and str(doc.year) in doc.title

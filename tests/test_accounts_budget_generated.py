"""Generated budget disclosures (tests/budget_gen.py: the layout of the real Shanghai PDFs, invented figures):
every figure read back as written, every identity holding on a clean one, and each planted mistake found
where it was planted, with nothing else an error."""

from __future__ import annotations

from pathlib import Path

import pytest

from budget_gen import FUNCTIONAL, PLANTS, Budget, make_budget, write_budget_pdf
from jixiao.accounts.checks import check_accounts
from jixiao.accounts.model import Accounts
from jixiao.core.findings import Finding
from jixiao.core.records import Document
from jixiao.read.pdf import read_pdf
from jixiao.read.recognise.accounts import recognise


def _read(m: Budget, path: Path, plant: set[str], ruled: bool = True) -> Document:
    write_budget_pdf(m, str(path), plant, ruled=ruled)
    if not ruled:  # not a line drawn: pdfplumber's table finder sees no table at all
        import pdfplumber

        with pdfplumber.open(str(path)) as pdf:
            assert not any(p.lines or p.rects or p.find_tables() for p in pdf.pages)
    fr = read_pdf(str(path))
    assert fr.problems == []
    docs = recognise(fr)
    assert len(docs) == 1
    return docs[0]


def _errors(fs: list[Finding]) -> set[tuple[str, str | None]]:
    assert not [f for f in fs if f.severity == "suspect"]
    return {(f.kind, f.row) for f in fs if f.severity == "error"}


@pytest.mark.parametrize(("seed", "ruled"), [(1, True), (7, True), (20, True), (1, False), (7, False)])
def test_clean_budget_read_back_and_every_identity_holds(seed: int, ruled: bool, tmp_path: Path) -> None:
    """Ruled, or printed without a single line (columns from where the words stand: ``read.pdf_words``)."""
    m = make_budget(seed)
    doc = _read(m, tmp_path / "budget.pdf", set(), ruled)
    acc = doc.extra["accounts"]
    assert isinstance(acc, Accounts) and acc.stage == "budget" and acc.year == 2026
    assert [t.kind for t in acc.tables] == ["summary", "income", "expenditure", "fiscal_summary", "gp_expenditure",
                                            "gov_fund", "soe_capital", "gp_basic", "three_public"]
    codes = [c for cls, _, kuans in FUNCTIONAL for c in [cls] + [x for k, _, xs in kuans for x in [k] + [i for i, _ in xs]]]
    for kind in ("income", "expenditure", "gp_expenditure"):  # 类/款/项 columns, code and name in one cell
        t = acc.table(kind)
        assert t is not None and [r.code for r in t.coded] == codes
        for r in t.coded:
            assert r.code is not None and r.get("合计").dec == m.total(r.code)
    gp = acc.table("gp_expenditure")
    assert gp is not None and gp.total_row is not None and gp.total_row.get("基本支出").dec == m.total(col=1)
    exp = acc.table("expenditure")  # goes on over the next page without its header
    assert exp is not None and exp.rows[-1].source.page == (exp.rows[0].source.page or 0) + 1
    basic = acc.table("gp_basic")
    assert basic is not None and {r.code: r.get("合计").dec for r in basic.coded if r.code and len(r.code) == 5} == {
        c: v[1] + v[2] for c, v in m.economic.items()}
    made: list[tuple[str, str, bool]] = []
    assert _errors(check_accounts(doc, made=made)) == set()
    assert len(made) > 150 and all(held for *_, held in made)


# what each planted mistake breaks (every finding at the planted cell or a sum it enters)
EXPECTED = {
    "total": {("cross_table", "合计"), ("row_sum", "合计"), ("total_sum", "合计")},
    "class": {("tree_sum", "208 社会保障和就业支出"), ("row_sum", "208 社会保障和就业支出"), ("total_sum", "合计"),
              ("cross_table", "收入总计")},
    "cross": {("cross_table", "208 社会保障和就业支出"), ("cross_table", "221 住房保障支出")},
    "text": {("text_amount", "204 06 04 基层司法业务")},
    "share": {("text_percent", "项目支出占比")},  # the share named by its line
    "missing": {("table_missing", "7. 2026年部门国有资本经营预算支出功能分类预算表")},
}


@pytest.mark.parametrize("ruled", [True, False])
@pytest.mark.parametrize("plant", sorted(PLANTS))
def test_each_planted_mistake_is_found_and_nothing_else(plant: str, ruled: bool, tmp_path: Path) -> None:
    doc = _read(make_budget(7), tmp_path / f"{plant}.pdf", {plant}, ruled)
    assert _errors(check_accounts(doc)) == EXPECTED[plant]


def test_all_mistakes_at_once(tmp_path: Path) -> None:
    doc = _read(make_budget(20), tmp_path / "all.pdf", set(PLANTS))
    found = _errors(check_accounts(doc))
    for plant, expected in EXPECTED.items():
        assert expected <= found, plant

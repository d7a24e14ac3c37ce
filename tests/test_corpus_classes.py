"""The class-only summary of a corpus reading: wrong figures by kind and missed mistakes by how the document read."""

from bench.corpus_classes import classes, figure_kind, missed
from bench.corpus_match import Outcome, Tally


def _outcome(kind: str, recognised: int, figures: int, right: int, mistakes: int, found: int,
             wrong: list[str] | None = None) -> Outcome:
    tally = Tally(documents=1, recognised=recognised, figures=figures, figures_right=right,
                  mistakes=mistakes, mistakes_found=found)
    return Outcome({"type": kind}, tally, wrong or [])


def test_figure_kinds_are_classes_not_names() -> None:
    assert figure_kind("budget: 100 ≠ None") == "funds budget"
    assert figure_kind("total 支出合计: 12.5 not read") == "table total"
    assert figure_kind("产出指标.数量指标.weight: 10 ≠ 8") == "indicator weight"
    assert figure_kind("total_score: 92 ≠ None") == "total_score"


def test_wrong_figures_are_counted_missing_or_misread() -> None:
    got = classes([_outcome("project", 1, 3, 1, 0, 0, ["budget: 100 ≠ None", "x.score: 5 ≠ 4"]),
                   _outcome("sangong", 0, 2, 0, 0, 0)])
    assert got[("project", "funds budget", "missing")] == 1
    assert got[("project", "indicator score", "misread")] == 1
    assert got[("sangong", "document", "unrecognised")] == 1


def test_missed_mistakes_say_whether_the_reading_or_the_check_failed() -> None:
    got = missed([_outcome("sangong", 1, 3, 3, 1, 0), _outcome("transfer", 0, 3, 0, 2, 0),
                  _outcome("project", 1, 4, 2, 1, 0), _outcome("project", 1, 4, 4, 1, 1)])
    assert got == {("sangong", "figures right"): 1, ("transfer", "unrecognised"): 2, ("project", "figures wrong"): 1}


def test_a_missed_total_is_placed_by_what_the_reading_holds() -> None:
    from decimal import Decimal

    from bench.corpus_classes import total_place, totals

    from jixiao.accounts.model import AccountRow, Accounts, AccountTable
    from jixiao.core.records import Document, Val
    from jixiao.core.source import Source
    from jixiao.core.table import Cell, Table

    src = Source("x.txt", line=1)
    bare = Document("budget_disclosure", "部门预算", src)
    assert total_place(None, "支出合计", "10") == "document unrecognised"
    assert total_place(bare, "支出合计", "10") == "no table or accounts read"
    named = Document("budget_disclosure", "部门预算", src)
    notes = AccountTable("notes", "情况说明", src, columns=["金额"], own_name="情况说明所列数字")
    notes.rows.append(AccountRow("当年支出", {"金额": Val(Decimal("10"), "10", src)}, src))
    named.extra["accounts"] = Accounts([notes], stage="budget")
    assert total_place(named, "一般公共预算支出", "10") == "value read under another name"
    assert total_place(named, "当年支出", "10") == "read"
    gridded = Document("sangong", "三公", src)
    gridded.tables.append(Table([[Cell("合计", src), Cell("", src)], [Cell("公务接待费", src), Cell("10", src)]], src))
    assert total_place(gridded, "合计", "10") == "value in a table, away from its label"
    assert total_place(gridded, "合计", "12") == "label in a table, value not read"
    assert total_place(gridded, "总计", "12") == "neither label nor value read"
    out = Outcome({"type": "sangong", "figures": {"totals": {"总计": "12", "合计": "10"}}}, Tally(documents=1),
                  doc=gridded)
    assert totals([out]) == {("sangong", "neither label nor value read"): 1,
                             ("sangong", "value in a table, away from its label"): 1}


def test_a_class_says_how_many_documents_its_figures_stand_in() -> None:
    from bench.corpus_classes import report, spread

    many = _outcome("transfer", 1, 9, 0, 0, 0, [f"指标{i}.score: 5 ≠ None" for i in range(9)])
    one = _outcome("transfer", 1, 2, 1, 0, 0, ["x.score: 5 ≠ None"])
    docs = spread([many, one, _outcome("sangong", 0, 2, 0, 0, 0)])
    assert docs[("transfer", "indicator score", "missing")] == 2
    assert docs[("sangong", "document", "unrecognised")] == 1
    text = report(classes([many, one]), docs)
    assert "indicator score            missing       10     2" in text

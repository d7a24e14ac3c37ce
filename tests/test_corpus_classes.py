"""The class-only summary of a corpus reading: wrong figures by kind and missed mistakes by how the document read."""

from bench.corpus_accuracy import Outcome, Tally
from bench.corpus_classes import classes, figure_kind, missed


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

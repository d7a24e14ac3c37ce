"""A 三公 statement of another year printed before a 三公 决算表 (a site's page of several units' statements, one
unit's budget statement for a later year, then this unit's table; generator: ``tests/layouts/sangong_final.py``):
its figures differ from the table's, but it is not the table's 说明, so no difference of its is an error; the
table's own 说明 is still checked and its planted mistake found."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from layouts.files import audited
from layouts.sangong_final import Final, invent, text


def _before(f: Final, year: int, hosting: Decimal) -> list[str]:
    """Another unit's statement of ``year``: its vehicles' figure happens to be the table's, its hosting is not."""
    return [f"县档案馆{year}年“三公”经费支出情况说明",
            f"{year}年“三公”经费支出中，因公出国（境）费0万元，公务接待费{hosting:.2f}万元，"
            f"{f.labels[3]}{f.spent['车']:.2f}万元。", ""]


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("shape", ["pipes", "trailing_pipes"])
def test_another_years_statement_before_the_table_is_no_error(tmp_path: Path, seed: int, shape: str) -> None:
    f = invent(seed)
    hosting = f.spent["接待"] + Decimal("7.77")
    doc, found = audited(tmp_path, [*_before(f, f.year + 8, hosting), *text(f, shape).splitlines()])
    assert doc.type == "sangong"
    said = [x for x in found if x.kind == "text_amount" and x.reported == f"{hosting:.2f}"]
    assert said and all(x.severity == "suspect" and "另一年度" in x.message for x in said)
    assert not [x for x in found if x.severity == "error"]


@pytest.mark.parametrize("seed", [1, 2])
def test_the_tables_own_statement_is_still_checked(tmp_path: Path, seed: int) -> None:
    f = invent(seed, mistakes=("item_exec",))
    hosting = f.spent["接待"] + Decimal("7.77")
    _doc, found = audited(tmp_path, [*_before(f, f.year + 8, hosting), *text(f, "pipes").splitlines()])
    assert [x.severity for x in found if x.kind != "text_amount" and x.severity == "error"] == ["error"]

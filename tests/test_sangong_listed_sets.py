"""A total and the items its 其中 lists after it, in one sentence, make a set by the sentence's structure, though no
word names the spending's stage and the items are said again further on (``accounts.sangong_sets._listed``;
generated: ``layouts.sangong_listed``): the items listed, the vehicles by their running costs alone, never add to more
than their total (a planted excess is found, suspect, on the line); the correct statements give no finding."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.read import read_path
from layouts.files import write
from layouts.sangong_listed import invent


def _found(tmp_path: Path, lines: list[str]) -> list[tuple[str, str, int | None, str | None]]:
    p = write(tmp_path, "\n".join(lines) + "\n", "sangong.txt")
    (doc,) = read_path(p).documents
    assert doc.type == "sangong"
    return [(f.kind, f.severity, f.location.line if f.location else None, f.reported)
            for f in check_accounts(doc) if f.severity != "info"]


@pytest.mark.parametrize("seed", range(8))
def test_the_items_a_total_lists_never_exceed_it(tmp_path: Path, seed: int) -> None:
    good = invent(seed)
    assert _found(tmp_path, good.lines) == []
    over = invent(seed, "over")
    total = over.lines[1].split("“三公”经费支出为")[1].split("万元")[0]
    assert _found(tmp_path, over.lines) == [("three_public", "suspect", over.line, total)]

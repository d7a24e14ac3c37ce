"""Rule tables whose rows are sentences with the weight after the rule's stop (``ruletable_stops``), as a page's
text gives them: words kept apart by single spaces (考核要点 评分标准 分值 得分, 组织 领导 (8分)), full stops printed
as ASCII periods (…扣1分. 5), and a second table of the same columns begun where the first one's last rule runs
on: its header is no row's text, and its rows are read under its own group (generator:
``layouts.stoprules.invent_spaced_tables``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.read.recognise import ruletable_stops
from jixiao.read.text import read_text_file
from layouts.files import write
from layouts.stoprules import invent_spaced_tables


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_two_spaced_tables_read_row_by_row(tmp_path: Path, seed: int) -> None:
    text, want = invent_spaced_tables(seed)
    docs = ruletable_stops.recognise(read_text_file(write(tmp_path, text, "rules.txt")))
    assert len(docs) == 1 and docs[0].type == "assessment_rules"
    got = [(i.level3.str_ or "", i.weight.dec) for i in docs[0].indicators]
    assert len(got) == len(want)
    assert all(name.startswith(sentence) and weight == w for (name, weight), (sentence, w) in zip(got, want))

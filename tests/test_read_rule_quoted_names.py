"""A rule list's item name that quotes a phrase keeps the quoted words whatever the quote marks (“” 『』 「」 ‘’),
also with a note in brackets inside them (省级河湖『一河(湖)一策』方案问题销号情况(50分)): the marks are the name's
characters, not where it starts (generator in ``tests/layouts/quotednames``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.core.numbers import normalize_text
from jixiao.read import read_path
from layouts.quotednames import PHRASES, QUOTES, quoted_list


@pytest.mark.parametrize("phrase", PHRASES)
@pytest.mark.parametrize("quote", sorted(QUOTES))
def test_a_quoted_phrase_stays_in_its_items_name(tmp_path: Path, quote: str, phrase: str) -> None:
    text, rows = quoted_list(quote, phrase)
    path = tmp_path / "rules.txt"
    path.write_text(text, encoding="utf-8")
    docs = read_path(path).documents
    assert docs, text
    got = {normalize_text(i.level3.str_ or ""): i.weight.dec for i in docs[0].indicators}
    for name, weight in rows:
        assert str(got.get(normalize_text(name))) == weight, (text, got)

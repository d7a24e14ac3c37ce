"""``tokens._prefix_tail``: the start of a label wrapped onto a word's end (预算数全年), found in time linear in the
word, however long a word a page runs together (a 200 KB line of 全年预算1万元，实际支出2万元… was quadratic)."""

from __future__ import annotations

import time

from jixiao.read.recognise.tokens import _prefix_tail


def test_the_wrapped_start_of_a_label_is_found_at_a_words_end() -> None:
    assert _prefix_tail("预算数全年", 3) == "全年"
    assert _prefix_tail("预算数", 3) is None


def test_a_very_long_word_is_not_sliced_at_every_position() -> None:
    word = "实际支出2万元" * 300_000 + "全年"  # 2.1 million characters: slicing at each would take hours
    started = time.perf_counter()
    assert _prefix_tail(word, 0) == "全年"
    assert time.perf_counter() - started < 1.0

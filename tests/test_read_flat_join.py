"""``transfer_text.Flat.join``: pieces joined into one string with each position's source (the one flattened text
the 转移支付, report, rule-table and department readers share; ``deptrun.joined`` drops a preview's chunk markers)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from jixiao.core.source import Source
from jixiao.read.recognise.deptrun import joined
from jixiao.read.recognise.transfer_text import Flat

PIECES = st.lists(st.text("项目资金12.%", min_size=1, max_size=5), min_size=1, max_size=12)


@given(PIECES, st.sampled_from(["", " ", "\n", " | "]))
def test_every_position_leads_back_to_its_piece(texts: list[str], sep: str) -> None:
    flat = Flat.join([(x, Source("a.txt", line=n + 1)) for n, x in enumerate(texts)], sep)
    assert flat.text == sep.join(texts)
    pos = 0
    for n, x in enumerate(texts):
        assert flat.starts[n] == pos
        for k in range(pos, pos + len(x)):
            assert flat.source_at(k).line == n + 1
        pos += len(x) + len(sep)


def test_no_separator_before_the_first_piece_with_text() -> None:
    flat = Flat.join([("", Source("a.txt", line=1)), ("甲", Source("a.txt", line=2)), ("乙", Source("a.txt", line=3))],
                     "\n")
    assert flat.text == "甲\n乙"
    assert flat.starts == [0, 0, 2]
    assert flat.source_at(0).line == 2 and flat.source_at(2).line == 3


def test_a_chunk_marker_is_dropped_only_at_a_line_start() -> None:
    pieces = [("1、部门整体", Source("a.txt", line=1)), ("2、支出", Source("a.txt", line=1)),
              ("12、绩效", Source("a.txt", line=2))]
    flat = joined(pieces)
    assert flat.text == "部门整体2、支出绩效"
    assert flat.source_at(flat.text.index("绩效")).line == 2

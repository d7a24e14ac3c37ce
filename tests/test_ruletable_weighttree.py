"""The label tree of a scoring table (``ruletable_weighttree``) works out each label's place once: whether a
label opens a group is decided once per label, and a group's weights read so far are summed once and kept,
cleared only up the path a new row goes under; the kept sums always equal the sums worked out afresh."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.read.recognise import ruletable_weighttree as wt
from jixiao.read.recognise.ruletable_names import labels_in


def _text(groups: int, rows: int) -> str:
    """A rule table run together: groups of ``rows`` rows of 2 points each, every row followed by its rule."""
    out = ["评价指标体系"]
    for g in range(groups):
        out.append(f"{_CN[g]}组指标（{2 * rows}分）")
        out += [f"指标{_CN[g]}之{_CN[r]}（2分）达到要求的得满分，否则扣1分。" for r in range(rows)]
    return "".join(out)


_CN = "甲乙丙丁戊己庚辛壬癸子丑寅卯"


def _afresh(n: wt.Node) -> Decimal:
    return sum((_afresh(c) if c.group else c.label.weight for c in n.children), Decimal(0))


@pytest.mark.parametrize(("groups", "rows"), [(3, 4), (12, 9)])
def test_each_label_is_judged_once_and_the_kept_sums_are_right(monkeypatch: pytest.MonkeyPatch, groups: int,
                                                              rows: int) -> None:
    text = _text(groups, rows)
    labels = labels_in(text)
    assert len(labels) == groups * (rows + 1)
    calls: list[int] = []
    judged = wt._opens_group

    def counted(t: str, labs: list[wt.Label], k: int) -> bool:
        calls.append(k)
        return judged(t, labs, k)

    monkeypatch.setattr(wt, "_opens_group", counted)
    roots = wt.label_tree(text, labels)
    assert sorted(calls) == list(range(len(labels)))  # once per label (it was judged again for each chain)
    assert [(r.label.weight, len(r.children)) for r in roots] == [(Decimal(2 * rows), rows)] * groups
    for r in roots:
        assert r.used() == _afresh(r) == r.label.weight


def test_a_kept_sum_is_cleared_when_a_row_goes_under_or_a_group_becomes_a_row() -> None:
    text = "甲组指标（10分）乙组指标（6分）丙项指标（4分）达到要求得满分。"
    a, b, c = labels_in(text)
    top, mid, leaf = wt.Node(a, group=True), wt.Node(b, group=True), wt.Node(c)
    top.add(mid)
    assert top.used() == 0 and mid.used() == 0
    mid.add(leaf)
    assert (mid.used(), top.used()) == (Decimal(4), Decimal(4))  # the sum kept above was cleared
    mid.make_row()
    assert (mid.used(), top.used()) == (Decimal(0), Decimal(6))  # a row now: its own weight counts


def test_a_long_gap_between_labels_is_judged_at_once() -> None:
    """A gap of 40,000 digits between two labels is not free, and saying so takes no time: the list marks (``1.``)
    were looked for from every digit of the run (125 s at 40,000 characters)."""
    import time

    text = "甲组指标（4分）" + "1" * 40000 + "乙组指标（4分）"
    labels = labels_in(text)
    assert len(labels) == 2
    start = time.perf_counter()
    assert not wt._gap_free(text, labels, 0)
    assert time.perf_counter() - start < 0.5
    marks = "甲组指标（4分）1.2.(3)①乙组指标（4分）"
    assert wt._gap_free(marks, labels_in(marks), 0)

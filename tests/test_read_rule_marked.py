"""Rule texts as session 33's fresh pages print them (generators ``tests/layouts/markedrules``): a 考核标准 table
run together whose list-marked rows keep their 赋分原则 after the weight up to the next row's mark, and a 考核办法
outline whose weights stand after the names in brackets or bare, its groups found among its own weighted names and
confirmed by the full marks; a percentage target inside a name is the name's."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.files import one, write
from layouts.markedrules import bracketed_rules, glued_marks, marked_stops, outline, seq_summary, spaced_pairs


def _rows(tmp_path: Path, text: str) -> list[tuple[str, Decimal | None]]:
    doc = one(tmp_path, text, "assessment_rules")
    return [(i.level3.str_ or "", i.weight.dec) for i in doc.indicators]


@pytest.mark.parametrize("spaced", [False, True])
@pytest.mark.parametrize("style", ["、", "."])
@pytest.mark.parametrize("seed", range(3))
def test_marked_rows_keep_their_rule_up_to_the_next_mark(tmp_path: Path, seed: int, style: str,
                                                         spaced: bool) -> None:
    inv = marked_stops(seed, groups=2, spaced=spaced, style=style, note=seed == 1)
    doc = one(tmp_path, inv.text, "assessment_rules")
    got = [(i.level3.str_ or "", i.weight.dec) for i in doc.indicators]
    assert [w for _, w in got] == [w for _, w in inv.rows]
    assert all(name.startswith(want) for (name, _), (want, _) in zip(got, inv.rows, strict=True))
    # each row's rule is its 赋分原则 (the deductions after its weight), never the next row's name or number
    assert all(i.rule_text.str_ and i.rule_text.str_.startswith(rule[:6])
               for i, rule in zip(doc.indicators, inv.rules, strict=True))


def test_marked_rows_whose_group_is_not_made_are_not_read(tmp_path: Path) -> None:
    inv = marked_stops(4, groups=2, cut=False)
    text = inv.text.replace(f"{inv.rows[0][1]}管理", f"{inv.rows[0][1] + 5}管理", 1) \
        if f"{inv.rows[0][1]}管理" in inv.text else inv.text.replace("组织管理(", "组织管理(1", 1)
    found = audit_paths([str(write(tmp_path, text, "rules.txt"))]).findings
    assert not [f for f in found if f.severity == "error"]  # a misread table never becomes an arithmetic error


@pytest.mark.parametrize("marks", [True, False])
@pytest.mark.parametrize("seed", range(4))
def test_an_outline_with_bare_weights_is_read_by_its_sums(tmp_path: Path, seed: int, marks: bool) -> None:
    inv = outline(seed, brackets=False, marks=marks)
    got = _rows(tmp_path, inv.text)
    assert [w for _, w in got] == [w for _, w in inv.rows]
    assert all(want in name for (name, _), (want, _) in zip(got, inv.rows, strict=True))


@pytest.mark.parametrize("seed", range(4))
def test_a_percentage_target_inside_a_name_is_the_names(tmp_path: Path, seed: int) -> None:
    inv = outline(seed, brackets=True)
    got = dict(_rows(tmp_path, inv.text))
    assert got["计划生育合法率达92%"] == dict(inv.rows)["计划生育合法率达92%"]
    assert got["违法生育多项控制率3%"] == dict(inv.rows)["违法生育多项控制率3%"]


def test_bare_weights_that_no_second_sum_confirms_are_not_read(tmp_path: Path) -> None:
    """The same outline with its full marks unsaid and one group only: its nesting is not confirmed."""
    inv = outline(0, brackets=False)
    text = inv.text.replace("考核以百分制实行量化考核。", "").replace("人口控制指标", "人口指标")
    text = "\n".join(line for line in text.splitlines() if "保障指标" not in line and "有领导小组" not in line)
    rr = audit_paths([str(write(tmp_path, text, "rules.txt"))])
    assert not [f for f in rr.findings if f.severity == "error"]


@pytest.mark.parametrize("seed", range(4))
def test_the_confirmed_reader_finds_an_outlines_groups_among_its_own_names(tmp_path: Path, seed: int) -> None:
    """The last reader (``ruletable_confirmed``) alone: every line a name and its bare weight, the groups among them
    found by their rows' sums and confirmed by the full marks (考核以百分制), the rows in their groups."""
    from jixiao.read import read_file
    from jixiao.read.recognise import ruletable_confirmed

    inv = outline(seed, brackets=False, marks=False)
    docs = ruletable_confirmed.recognise(read_file(write(tmp_path, inv.text, "rules.txt")))
    assert len(docs) == 1
    got = [(i.level3.str_ or "", i.weight.dec) for i in docs[0].indicators]
    assert [w for _, w in got] == [w for _, w in inv.rows]
    assert docs[0].total_weight.dec == 100
    assert {i.level1.str_ for i in docs[0].indicators if i.level1.str_} == {
        f"二人口控制指标({sum(w for n, w in inv.rows if n in ('计划生育合法率达92%', '违法生育多项控制率3%'))}分)",
        f"三工作质量指标({sum(w for _, w in inv.rows[3:])}分)"}


def test_nesting_needs_a_second_sum() -> None:
    from jixiao.read.recognise.ruletable_nested import confirmed

    @dataclass
    class N:
        weight: Decimal

    rows = [N(Decimal(w)) for w in (10, 20, 10, 10, 70, 30, 40)]  # 10 | 20 = 10 + 10 | 70 = 30 + 40
    groups, total = confirmed(rows, [Decimal(100)]) or ([], None)
    assert [g.weight for g, _ in groups] == [20, 70] and total == 100
    assert confirmed(rows, [Decimal(90)]) is None  # the top level (10 + 20 + 70) does not make the total
    assert confirmed(rows, []) is None  # one name outside any group and no total: not confirmed


@pytest.mark.parametrize("seed", range(4))
def test_a_weight_glued_before_the_next_rows_mark(tmp_path: Path, seed: int) -> None:
    inv = glued_marks(seed)
    got = _rows(tmp_path, inv.text)
    assert [w for _, w in got] == [w for _, w in inv.rows]
    assert all(name.startswith(want) for (name, _), (want, _) in zip(got, inv.rows, strict=True))


@pytest.mark.parametrize("seed", range(4))
def test_rows_whose_weight_opens_the_bracket_of_their_rule(tmp_path: Path, seed: int) -> None:
    inv = bracketed_rules(seed)
    doc = one(tmp_path, inv.text, "assessment_rules")
    got = [(i.level3.str_ or "", i.weight.dec) for i in doc.indicators]
    assert [w for _, w in got] == [w for _, w in inv.rows]
    assert all(name.startswith(want) for (name, _), (want, _) in zip(got, inv.rows, strict=True))
    assert all(i.level1.str_ and i.level1.str_.endswith("分)") for i in doc.indicators)  # under their groups


@pytest.mark.parametrize("rows", [4, 11])
@pytest.mark.parametrize("seed", range(3))
def test_numbered_rows_glued_to_the_next_number_are_read_by_their_total(tmp_path: Path, seed: int, rows: int) -> None:
    inv = seq_summary(seed, rows)
    doc = one(tmp_path, inv.text, "assessment_rules")
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == inv.rows
    assert doc.total_weight.dec == sum(w for _, w in inv.rows)


def test_numbered_rows_glued_whose_total_is_not_made_are_not_read(tmp_path: Path) -> None:
    inv = seq_summary(1, 6, off=10)
    rr = audit_paths([str(write(tmp_path, inv.text, "rules.txt"))])
    assert not [f for f in rr.findings if f.severity == "error"]
    from jixiao.read import read_path
    assert not any(i.weight.dec is not None for d in read_path(write(tmp_path, inv.text, "again.txt")).documents
                   for i in d.indicators if i.level3.str_ in dict(inv.rows))


@pytest.mark.parametrize("seed", range(4))
def test_spaced_name_weight_pairs_under_their_groups(tmp_path: Path, seed: int) -> None:
    text, rows, _ = spaced_pairs(seed)
    doc = one(tmp_path, text, "assessment_rules")
    got = [(i.level1.str_, i.level3.str_, i.weight.dec) for i in doc.indicators]
    assert [(n, w) for _, n, w in got] == [(n, w) for _, n, w in rows]
    assert all(g and g.startswith(want) for (g, _, _), (want, _, _) in zip(got, rows, strict=True))
    found = audit_paths([str(write(tmp_path, text, "again.txt"))]).findings
    assert [f for f in found if f.severity in ("error", "suspect")] == []


def test_a_group_whose_pairs_do_not_make_it_is_found_not_dropped(tmp_path: Path) -> None:
    text, rows, wrong = spaced_pairs(2, off=1)
    found = audit_paths([str(write(tmp_path, text, "rules.txt"))]).findings
    assert [f.severity for f in found if wrong.split("(")[0] in f.message] == ["suspect"]
    assert not [f for f in found if f.severity == "error"]


def test_spaced_pairs_whose_groups_are_mostly_unmade_are_not_read(tmp_path: Path) -> None:
    text, _, _ = spaced_pairs(3, groups=2, off=3)
    docs = read_path(write(tmp_path, text, "rules.txt")).documents
    assert not any(i.weight.dec is not None for d in docs for i in d.indicators)

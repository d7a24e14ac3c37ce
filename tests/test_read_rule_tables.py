"""Scoring-rule tables whose rows reach us as table rows, in the column layouts they are published in: the name,
weight and rule of every row placed under the header's columns by meaning, a short row's merged cells carried
down, the total checked, and a draft framework made (generators in ``tests/layouts/ruletable``)."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_file, read_path
from jixiao.read.draft import draft_framework
from layouts.render import pipes, pipes_collapsed
from layouts.ruletable import RULE_HEADS, invent_rule_table, rule_table_rows

LAYOUTS = {"pipes": pipes, "pipes_collapsed": pipes_collapsed}


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "rules.txt"
    p.write_text(text, encoding="utf-8")
    return p


@pytest.mark.parametrize("unit", [False, True])
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("head", sorted(RULE_HEADS))
def test_rule_tables_in_their_column_layouts(tmp_path: Path, head: str, layout: str, unit: bool) -> None:
    from jixiao.frameworks.loader import load_framework_text

    rules = invent_rule_table(7)
    path = _write(tmp_path, LAYOUTS[layout](rule_table_rows(rules, head, unit)))
    docs = [d for d in read_path(path).documents if d.type == "assessment_rules"]
    assert len(docs) == 1
    doc = docs[0]
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == [(r.name, r.weight) for r in rules]
    assert all(i.rule_text.str_ == re.sub(r"\s+", "", r.rule) or i.rule_text.str_ == r.rule
               for i, r in zip(doc.indicators, rules))
    assert all(i.score.value is None for i in doc.indicators)  # never a score the table does not print
    assert doc.total_weight.dec == sum(r.weight for r in rules)
    if head in ("levels_explain", "content_indicator"):
        assert [i.level1.str_ for i in doc.indicators] == [r.group for r in rules]
    found = audit_paths([str(path)]).findings
    assert [f for f in found if f.severity == "error"] == []
    draft = draft_framework(read_file(path))
    assert draft is not None and draft.leaves == len(rules)
    assert draft.todo == 0  # every rule here states its deduction: read, with the words it was read from
    fw, problems = load_framework_text(draft.text, str(path))
    assert fw is not None and problems == [], problems


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("head", sorted(RULE_HEADS))
def test_a_total_that_is_not_the_sum_of_the_weights(tmp_path: Path, head: str, layout: str) -> None:
    rules = invent_rule_table(8)
    path = _write(tmp_path, LAYOUTS[layout](rule_table_rows(rules, head, total_off=5)))
    found = [(f.kind, f.severity, f.reported, f.recomputed) for f in audit_paths([str(path)]).findings
             if f.severity in ("error", "suspect")]
    total = sum(r.weight for r in rules)
    assert ("weight_sum", "error", str(total + 5), str(total)) in found
    # the table check may say it too where the columns kept their blank cells: the same mistake, same figures
    assert {(kind, severity) for kind, severity, *_ in found} <= {("weight_sum", "error"), ("table_total", "error")}
    assert all(Decimal(rep or "0") - Decimal(rec or "0") == 5 for _, _, rep, rec in found)

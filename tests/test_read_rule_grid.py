"""Rule and score tables drawn with box characters (┌─┬─┐ │ ├─┼─┤), cells wrapped over several lines: each row
joined back column by column, read under its header by meaning, the total checked, and a rule table drafted into
a framework that ``framework check`` passes once its TODOs are chosen (generator in ``tests/layouts/boxdraw``; the
box is also among the layouts of ``test_read_rule_tables``: planted totals, department score tables)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jixiao.audit import audit_paths
from jixiao.cli import app
from jixiao.read import read_path
from layouts.boxdraw import boxed, boxed_items
from layouts.files import write
from layouts.ruletable import RULE_HEADS, invent_rule_table, rule_table_rows


@pytest.mark.parametrize("wrap", [6, 40])
@pytest.mark.parametrize("head", sorted(RULE_HEADS))
def test_box_drawn_rule_tables(tmp_path: Path, head: str, wrap: int) -> None:
    rules = invent_rule_table(3)
    text = boxed(rule_table_rows(rules, head), wrap)
    path = write(tmp_path, text, "rules.txt")
    docs = [d for d in read_path(path).documents if d.type == "assessment_rules"]
    assert len(docs) == 1
    doc = docs[0]
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == [(r.name, r.weight) for r in rules]
    assert [i.rule_text.str_ for i in doc.indicators] == [r.rule for r in rules]  # wrapped lines joined back
    assert doc.total_weight.dec == sum(r.weight for r in rules)
    src = doc.indicators[0].level3.source
    assert src is not None and src.line is not None  # the name's cell: the line its row starts on
    assert rules[0].name[:wrap] in text.splitlines()[src.line - 1]
    assert [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")] == []
    runner = CliRunner()
    out = runner.invoke(app, ["framework", "draft", str(path)])
    assert out.exit_code == 0, out.output
    draft = write(tmp_path, out.stdout.replace("rule: TODO", "rule: manual"), "my.yaml")
    checked = runner.invoke(app, ["framework", "check", str(draft)])
    assert checked.exit_code == 0, checked.output


ITEMS = [("环境卫生", [("(1)有管理机构和保洁队伍,得10分;按实际情况评分", 20), ("(2)公共厕所按标准建设,得10分;未按标准建设不得分", 15),
                     ("(3)路面整洁卫生,发现一处扣2分,扣完为止", 10)]),
         ("绿化美化", [("(1)绿地率达到要求,得5分", 5), ("(2)主街道绿化完整,每缺一处扣1分", 5)])]


@pytest.mark.parametrize("wrap", [8, 40])
def test_a_name_merged_over_its_items_and_a_split_header(tmp_path: Path, wrap: int) -> None:
    """Each item under a name merged down over it (rowspan) is a row of its own, named by its rule's first clause,
    the name its level; the columns a border opens under one header cell are joined back under it."""
    path = write(tmp_path, boxed_items(ITEMS, wrap), "rules.txt")
    docs = [d for d in read_path(path).documents if d.type == "assessment_rules"]
    assert len(docs) == 1
    got = [(i.level2.str_, i.level3.str_, i.weight.dec) for i in docs[0].indicators]
    assert got == [(f"{g + 1}{name}（{sum(x for _, x in items)}分）", re.sub(r"^\(\d\)", "", rule).split(",")[0], w)
                   for g, (name, items) in enumerate(ITEMS) for rule, w in items]  # the vertical ︵45分︶ its brackets
    assert [f for f in audit_paths([str(path)]).findings if f.severity == "error"] == []

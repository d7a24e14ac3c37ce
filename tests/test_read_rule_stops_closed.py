"""A rule table run together (rows closed by their weight after the stop, under weighted groups: ``ruletable_stops``)
whose last group's rows fall short of its weight while a total row follows: the text did not end inside that group,
so it is a group not made like any other — its rows' weights are not read, and no tree_weight error is made of a
reading no sum confirmed. Where the text does end inside the last group (no total after it), the rows read stay."""

from __future__ import annotations

from pathlib import Path

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.files import write

HEAD = "考核项目考核内容分值备注"
GROUPS = ("一、政策制度(20分)建立健全工作制度并纳入重要议事日程。10制定年度工作计划并按时报送上级部门。10"
          "二、基础工作(30分)按时完成各类统计报表并报送。15档案资料齐全并分类规范管理。")


def _weights(path: Path) -> list[object]:
    docs = read_path(path).documents
    assert [d.type for d in docs] == ["assessment_rules"]
    return [i.weight.dec for i in docs[0].indicators]


def test_a_last_group_short_of_its_weight_before_the_total_is_not_read(tmp_path: Path) -> None:
    path = write(tmp_path, f"{HEAD}{GROUPS}14.5合计49.5\n")
    assert _weights(path) == [10, 10, None, None]
    assert [f.message for f in audit_paths([str(path)]).findings if f.severity == "error"] == []


def test_a_last_group_the_text_ends_inside_keeps_its_rows(tmp_path: Path) -> None:
    path = write(tmp_path, f"{HEAD}{GROUPS}14.5\n")
    assert _weights(path) == [10, 10, 15, 14.5]

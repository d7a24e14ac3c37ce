"""A rule table run together whose groups give their weight as "(本指标14分)" and whose whole is cut (财政部's 行政事业单位
内部控制基础性评价指标评分表 on a document site, a page of session 47: 单位层面(60分), then 1.…启动情况(本指标14分)1.1…(4分)1.2…
(3分)…, the text ending inside the fifth group). Before, (本指标14分) was no weight, and the outline was confirmed only
where every name fell in a group or the top level made a stated total: nothing was read. Now (本指标N分) and (本项N分)
are a label's weight (``ruletable_names.LABEL``), and three groups or more, each made exactly and following one
another, confirm an outline whose heading and cut tail are left out, never read as rows (``ruletable_nested``).
Invented figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from jixiao.read.recognise.ruletable_printed import PRINTED
from layouts.files import write

_GROUPS = [("内部管理机制建立情况", "10", [("成立工作领导小组", "4"), ("开展专题培训", "3"), ("开展风险评估", "3")]),
           ("负责人履职情况", "6", [("主持召开专题会议", "2"), ("主持制定工作方案", "4")]),
           ("制度建设情况", "8", [("建立预算管理制度", "2"), ("建立收入管理制度", "2"), ("建立支出管理制度", "4")])]


def _text(word: str, third: str = "8") -> str:
    body = ""
    for g, (name, w, rows) in enumerate(_GROUPS, 1):
        body += f"{g}.{name}({word}{third if g == 3 else w}分)"
        body += "".join(f"{g}.{k}{r}({rw}分)" for k, (r, rw) in enumerate(rows, 1))
    return ("示例内部控制评价指标评分表\n附件1示例内部控制评价指标评分表类别评价指标评价要点(分值)评价得分单位层面(60分)"
            + body + "4.岗位分离控制情况(本指标6分)4.1不相容岗位" + "\n")


@pytest.mark.parametrize("word", ["本指标", "本项"])
def test_cut_outline_rows_read(tmp_path: Path, word: str) -> None:
    docs = [d for d in read_path(write(tmp_path, _text(word))).documents if d.type == "assessment_rules"]
    assert len(docs) == 1
    got = [(i.level3.str_, i.weight.dec) for i in docs[0].indicators]
    assert got == [(r, Decimal(w)) for _, _, rows in _GROUPS for r, w in rows]
    found = audit_paths([tmp_path / "form.txt"]).findings
    assert not [f for f in found if f.severity in ("error", "suspect")]  # the whole is cut: no sum checked on it


def test_a_group_its_rows_do_not_make_breaks_the_run(tmp_path: Path) -> None:
    """制度建设情况 said 9 over rows making 8: two groups made, not three; nothing confirmed: the labels' weights are
    read as printed, flat and said unconfirmed (``ruletable_printed``), never as an outline."""
    docs = [d for d in read_path(write(tmp_path, _text("本指标", third="9"))).documents if d.type == "assessment_rules"]
    assert [d.extra.get(PRINTED) for d in docs] == [True]
    assert ("制度建设情况", Decimal(9)) in [(i.level3.str_, i.weight.dec) for i in docs[0].indicators]
    assert all(i.level1.value is None for i in docs[0].indicators)

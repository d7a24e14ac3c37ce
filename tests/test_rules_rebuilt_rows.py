"""A rule table whose rows the text broke (one cell a line between lone pipes, a pipe lost where a cell wrapped) is
rebuilt by its header's columns (``ruletable.recognise``). Where the header names a 序号 and the weights read hold
row numbers in turn (… 5, 6 …), the reading took the 序号 for weights: its weights against the printed 合计 are then
``suspect``, never an ``error`` the table may not deserve (``ruletable._serials_as_weights``,
``audit.assessment.check_rule_weights``); a rebuilt table without that sign keeps its errors
(``test_read_layouts.test_scoring_rule_table_mistakes_are_found``). Invented figures; the table itself adds up
(10 + 10 + 30 + 10 + 20 + 20)."""

from __future__ import annotations

from pathlib import Path

from jixiao.audit import audit_paths
from layouts import render

_ROWS = [["考核项目", "序号", "考核指标", "分值", "考核内容"],
         ["组织领导", "1", "某某工作领导机制", "10", "加强对某某工作的统一领导,建立健全工作机制"],
         ["", "2", "某某目标责任制", "10", "建立并实施目标责任制和考核奖惩制度"],
         ["综合治理", "3", "某某治理任务", "30", "省、市下达的年度治理任务完成情况"],
         ["", "4", "某某治理资金", "10", "治理项目资金落实和使用情况"],
         ["预防监督", "5", "建设项目方案编报", "20", "建设项目方案编报情况"],
         ["", "6", "建设项目事中事后监管", "20", "建设项目事中事后监管情况"],
         ["合计", "", "", "100", ""]]


def test_weights_of_rows_rebuilt_from_broken_text_are_never_an_error(tmp_path: Path) -> None:
    text = "某某工作目标责任制考核细则\n" + render.lone_pipes(_ROWS)
    broken = text.replace("建设项目方案编报\n|\n20\n|", "建设项目方案编报\n20\n|", 1)  # the pipe a wrap lost
    assert broken != text
    p = tmp_path / "rules.txt"
    p.write_text(broken, encoding="utf-8")
    result = audit_paths([str(p)])
    assert any("重新组行" in pr.message for d in result.documents for pr in d.problems)
    sums = [(f.severity, f.reported, f.recomputed) for f in result.findings if f.kind == "weight_sum"]
    assert sums and all(s == "suspect" for s, _, _ in sums)

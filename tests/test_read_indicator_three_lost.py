"""An indicator row that lost three leading cells (the outer 绩效指标 column, and the 一级 and 二级 labels its merged
ranges held) is placed three columns left: its name, weight and score are read, not left unplaced.

Layout as 巴彦淖尔 publishes its 项目支出绩效自评表 (one cell per line, each followed by " |", blank cells dropped):
the first row under each second level prints that label, the second row starts at its name. Figures invented."""

from __future__ import annotations

from pathlib import Path

from jixiao.read import read_path

HEAD = ["项目支出绩效自评表 (2024年度) |", "|", "项目名称 |", "某某局业务支出项目 |", "|", "主管部门 |", "某某局 |",
        "实施单位 |", "某某分局 |", "|", "项目资金 (万元) |", "|", "年初预算数 |", "全年预算数 |", "全年执行数 |",
        "分值 |", "执行率(%) |", "得分 |", "|", "年度资金总额 |", "0 |", "6.40 |", "6.40 |", "10 |", "100 |", "10 |",
        "|", "绩效指标 |", "一级指标 |", "二级指标 |", "三级指标 |", "指标性质 |", "指标方向 |", "年度指标值 |",
        "实际完成值 |", "计量单位 |", "分值 |", "得分 |", "偏差原因分析及改进措施 |", "|", "|", "|"]


def _row(cells: list[str]) -> list[str]:
    return ["|"] + [c + " |" for c in cells]


def _form(tmp: Path) -> Path:
    lines = HEAD + ["数量指标 |"] + [c + " |" for c in ["指标1:巡查次数(次)", "正向", "大于等于", "12", "12", "次", "9", "9"]]
    lines += _row(["指标2:宣传册印制(册)", "正向", "小于等于", "300", "280", "册", "6", "5"]) + ["|||"]
    lines += _row(["质量指标", "指标1:巡查达标率", "正向", "等于", "100", "100", "%", "11", "11"]) + ["||"]
    lines += _row(["指标2:宣传合格率", "正向", "等于", "100", "95", "%", "4", "3"]) + ["|||"]
    p = tmp / "form.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def test_rows_three_cells_short_are_read(tmp_path: Path) -> None:
    doc = next(d for d in read_path(_form(tmp_path)).documents if d.type == "project_self_evaluation")
    got = {(i.level3.str_, i.weight.str_, i.score.str_) for i in doc.indicators}
    assert ("指标2:宣传册印制(册)", "6", "5") in got
    assert ("指标2:宣传合格率", "4", "3") in got
    assert ("指标1:巡查次数(次)", "9", "9") in got
    assert not any("无法归入" in p.message for p in doc.problems)

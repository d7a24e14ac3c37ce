"""A project evaluation's score sheet (项目决策(20分) | 项目过程(20分) | 项目产出(40分) | 项目效益(20分)) with the
weights only in its labels and a rule column whose cells mention several points (按时完成(5分) 延期完成(2分)): read as the
project's self-evaluation, its leaves, weights and scores; a score over its weight is found; the rule texts
never become labels."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.audit import audit_paths
from jixiao.core.records import NO_REASON_COLUMN
from jixiao.read import read_file, read_path
from jixiao.read.recognise import labeltree
from layouts.render import RENDERERS

LEAVES = (  # level1, level2, leaf, weight, score
    ("项目决策", "项目立项", "立项依据充分性", 5, "5"),
    ("项目决策", "项目立项", "立项程序规范性", 5, "4"),
    ("项目决策", "绩效目标", "绩效目标合理性", 5, "5"),
    ("项目决策", "资金投入", "资金分配合理性", 5, "4.5"),
    ("项目过程", "资金管理", "资金到位率", 6, "6"),
    ("项目过程", "资金管理", "预算执行率", 6, "5"),
    ("项目过程", "组织实施", "管理制度健全性", 8, "7"),
    ("项目产出", "产出数量", "补助发放人数", 20, "18"),
    ("项目产出", "产出质量", "分配结果准确率", 10, "10"),
    ("项目产出", "产出时效", "资金发放及时率", 10, "9"),
    ("项目效益", "社会效益", "困难群众生活改善", 10, "9"),
    ("项目效益", "满意度", "受益对象满意度", 10, "9.5"),
)
RULE = "按时完成(5分) 延期完成(2分) 未完成(0分)"


def _sheet(leaves: tuple[tuple[str, str, str, int, str], ...]) -> str:
    w1: dict[str, int] = {}
    w2: dict[str, int] = {}
    for l1, l2, _, w, _ in leaves:
        w1[l1] = w1.get(l1, 0) + w
        w2[l2] = w2.get(l2, 0) + w
    lines = ["南县某局2022年困难群众救助补助资金项目绩效评价评分表",
             "| 一级指标 | 二级指标 | 三级指标 | 评分标准 | 得分 |"]
    last1 = last2 = ""
    for l1, l2, name, w, s in leaves:
        c1 = f"{l1}({w1[l1]}分)" if l1 != last1 else ""
        c2 = f"{l2}({w2[l2]}分)" if l2 != last2 else ""
        last1, last2 = l1, l2
        lines.append(f"| {c1} | {c2} | {name}({w}分) | {RULE} | {s} |")
    total = sum((Decimal(s) for *_, s in leaves), Decimal(0))
    lines.append(f"| 合计 | | | | {total} |")
    return "\n".join(lines) + "\n"


def test_project_score_sheet_read_as_the_projects(tmp_path: Path) -> None:
    path = tmp_path / "sheet.txt"
    path.write_text(_sheet(LEAVES), encoding="utf-8")
    rr = read_path(path)
    assert [d.type for d in rr.documents] == ["project_self_evaluation"]
    doc = rr.documents[0]
    assert [(i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (n, Decimal(w), Decimal(s)) for _, _, n, w, s in LEAVES]
    assert doc.total_score.dec == Decimal("92.0")
    assert sorted({i.level1.str_ for i in doc.indicators if i.level1.str_}) == sorted(
        ["项目决策(20分)", "项目过程(20分)", "项目产出(40分)", "项目效益(20分)"])  # the weights the tree checks read
    assert doc.extra.get(NO_REASON_COLUMN) is True  # no 偏差原因 column: no missing reason can be asked for
    assert not any("扣" in (i.level3.str_ or "") for i in doc.indicators)  # rule texts are no labels
    serious = [(f.kind, f.severity) for f in audit_paths([str(path)]).findings
               if f.severity in ("error", "suspect", "warning")]
    assert serious == []


def test_a_score_over_its_weight_is_found(tmp_path: Path) -> None:
    planted = tuple((*x[:4], "12") if x[2] == "分配结果准确率" else x for x in LEAVES)
    path = tmp_path / "sheet.txt"
    path.write_text(_sheet(planted), encoding="utf-8")
    findings = audit_paths([str(path)]).findings
    over = [f for f in findings if f.kind == "score_bounds" and f.severity == "error"]
    assert len(over) == 1 and "分配结果准确率" in (over[0].row or "") + over[0].message



PER_LEVEL = (  # 海南's form: level1 and level2 names each with their weight in a column of their own
    ("项目决策", "20", "项目立项", "20", (("立项依据", "8", "8"), ("立项程序", "6", "6"), ("绩效目标", "6", "5"))),
    ("项目管理", "30", "资金管理", "30", (("资金到位", "10", "10"), ("资金使用", "10", "9"), ("财务管理", "10", "10"))),
    ("项目产出", "30", "产出指标", "30", (("产出数量", "10", "10"), ("产出质量", "10", "9"), ("产出时效", "10", "10"))),
    ("项目效益", "20", "效益指标", "20", (("社会效益", "10", "9"), ("服务对象满意度", "5", "5"), ("可持续影响", "5", "5"))),
)


def test_per_level_weight_columns_stay_the_evaluation_forms(tmp_path: Path) -> None:
    """Every level's weight in its own 分值 column and the funds block a page of fund sources before the table: the
    weights are no labels' (the label-tree reader would make every name a level of its own); the evaluation form's
    reader reads it, with its funds."""
    rows = [["服务贸易项目绩效自评表"], ["一、项目基本情况"], ["项目实施单位", "省商务厅服务贸易处"],
            ["计划投资额", "(万元)", "570", "实际到位资金", "(万元)", "398.88", "实际使用情况(万元)", "395.86"]]
    rows += [[f"{k}、资金来源{k}", "其他", "0"] for k in range(1, 31)]
    rows += [["二、绩效评价指标评分"], ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分"]]
    for l1, w1, l2, w2, leaves in PER_LEVEL:
        for k, (name, w, sc) in enumerate(leaves):
            rows.append([l1, w1, l2, w2, name, w, sc] if k == 0 else [name, w, sc])
    rows.append(["合计", "100", "96"])
    path = tmp_path / "form.txt"
    path.write_text(RENDERERS["cell_lines"](rows), encoding="utf-8")
    assert labeltree.recognise(read_file(path)) == []
    (doc,) = read_path(path).documents
    assert doc.type == "project_self_evaluation"
    assert (doc.funds["total"].annual_budget.dec, doc.funds["total"].executed.dec) == (Decimal(570), Decimal("395.86"))
    assert doc.total_score.dec == Decimal(96)

NOTICE = ("根据县财政局《关于开展2022年度预算绩效自评工作的通知》要求，我单位对上年度项目支出和部门整体支出开展了绩效自评，"
          "形成了自评报告和自评表，现将有关情况公开如下：")


def test_a_pages_opening_sentence_naming_department_spending_is_no_heading(tmp_path: Path) -> None:
    """The page opens with a sentence saying the unit evaluated its projects and its 部门整体支出: a sentence is not
    the sheet's heading, and the project's sheet stays the project's (before, it was read as a department's)."""
    path = tmp_path / "sheet.txt"
    path.write_text(NOTICE + "\n" + _sheet(LEAVES), encoding="utf-8")
    docs = read_path(path).documents
    assert [d.type for d in docs] == ["project_self_evaluation"]
    assert docs[0].total_score.dec == Decimal("92.0")


def test_a_department_heading_still_names_a_departments_sheet(tmp_path: Path) -> None:
    path = tmp_path / "sheet.txt"
    path.write_text("县民政局2022年度部门整体支出绩效评价评分表\n" + _sheet(LEAVES).split("\n", 1)[1], encoding="utf-8")
    assert [d.type for d in read_path(path).documents] == ["dept_evaluation"]

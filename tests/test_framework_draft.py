"""``jixiao framework draft FILE``: a scoring-rule table into a draft framework that ``framework check`` reads:
the tree and weights from the table, rules only where the 评分标准 says them, TODO for the rest."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from ruamel.yaml import YAML
from typer.testing import CliRunner

from jixiao.cli import app
from jixiao.read.draft_yaml import comment, scalar

# A generated 评价指标体系 (invented, in the layout the published ones use): level labels merged down,
# a first-level weight printed in its label, one weight column, 评分标准 in the wording of real tables.
ROWS = [
    ("决策(6分)", "项目立项", "立项依据充分性", "3", "以上评价要点各占1/3，符合得对应权重分，否则酌情扣分。"),
    ("", "", "绩效目标合理性", "3", "目标明确得满分，否则不得分。"),
    ("过程", "资金管理", "预算执行率", "10", "得分=预算执行率×分值，超过100%的按100%计。"),
    ("", "", "资金使用合规性", "6", "每发现一例违规使用资金，扣1分，扣完为止。"),
    ("", "组织实施", "制度执行有效性", "4", "根据制度执行情况酌情打分。"),
    ("产出", "产出数量", "培训完成率", "20", "100%为满分，每降低1%扣权重分的5%，80%以下不得分。"),
    ("", "产出质量", "验收合格率", "24", "验收合格率达到95%得满分，90%-95%得15分，低于90%不得分。"),
    ("效益", "社会效益", "惠及人数", "20", "与上年相比有所提高。"),
    ("", "满意度", "服务对象满意度", "10", ""),
    ("合计", "", "", "100", ""),
]
RULES = ["checklist", "choice", "proportional", "per_violation", "manual", "step_deduction", "TODO", "TODO", "TODO"]


def _xlsx(path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["某区2024年度项目支出绩效评价指标体系"])
    ws.merge_cells("A1:E1")
    ws.append(["一级指标", "二级指标", "三级指标", "分值", "评分标准"])
    for row in ROWS:
        ws.append([int(c) if c.isdigit() else (c or None) for c in row])
    for a, b in (("A3", "A4"), ("B3", "B4"), ("A5", "A7"), ("B5", "B6"), ("A8", "A9"), ("A10", "A11")):
        ws.merge_cells(f"{a}:{b}")
    wb.save(path)


def _draft(path: Path) -> tuple[str, str]:
    out = CliRunner().invoke(app, ["framework", "draft", str(path)])
    assert out.exit_code == 0, out.output
    return out.stdout, out.stderr


def test_scoring_table_becomes_a_draft(tmp_path: Path) -> None:
    table = tmp_path / "指标体系.xlsx"
    _xlsx(table)
    text, said = _draft(table)
    doc = YAML(typ="safe").load(text)
    assert (doc["title"], doc["year"], doc["kind"], doc["total_weight"]) == (
        "某区2024年度项目支出绩效评价指标体系", 2024, "TODO", 100
    )  # a project evaluation's tree: whether it is scored as a dept tree the title does not say
    assert [(n["code"], n["name"], n["weight"]) for n in doc["indicators"]] == [
        ("A", "决策", 6), ("B", "过程", 20), ("C", "产出", 44), ("D", "效益", 30)
    ]
    leaves = [leaf for a in doc["indicators"] for b in a["children"] for leaf in b["children"]]
    assert [(x["code"], x["name"], x["weight"]) for x in leaves][:4] == [
        ("A11", "立项依据充分性", 3), ("A12", "绩效目标合理性", 3), ("B11", "预算执行率", 10), ("B12", "资金使用合规性", 6)
    ]
    assert [x["rule"] for x in leaves] == RULES
    assert leaves[0]["params"] == {"points": 3}
    assert leaves[3]["params"] == {"deduct": 1}
    assert leaves[5]["params"] == {"base": 100, "direction": "down", "step": 1, "counting": "floor",
                                   "deduct_share": 0.05, "zero_at": {"op": "<=", "value": 80}}
    assert leaves[2]["params"] == {"full_at": 100, "label": "预算执行率"}
    assert leaves[0]["rule_text"] == ROWS[0][4] and "rule_text" not in leaves[8]
    assert "rule: TODO" in text and text.count("# TODO") == 3 + 3  # 3 leaves; locality, kind, grades
    assert "9 个末级指标，其中 3 个需要您选定评分规则" in said and "请填写 kind" in said


def test_check_names_every_todo_and_passes_once_they_are_filled(tmp_path: Path) -> None:
    table = tmp_path / "t.xlsx"
    _xlsx(table)
    text, _ = _draft(table)
    draft = tmp_path / "my.yaml"
    draft.write_text(text, encoding="utf-8")
    out = CliRunner().invoke(app, ["framework", "check", str(draft)])
    assert out.exit_code == 2
    lines = [ln for ln in out.stderr.splitlines() if "TODO" in ln]
    assert len(lines) == 4 and all(ln.startswith(f"{draft}:") for ln in lines)  # 3 rules and the kind
    assert "4 个问题" in out.stderr  # nothing else: the tree and the weights hold
    draft.write_text(text.replace("rule: TODO", "rule: manual").replace("kind: TODO", "kind: dept"), encoding="utf-8")
    out = CliRunner().invoke(app, ["framework", "check", str(draft)])
    assert out.exit_code == 0, out.output


def test_printed_weight_that_does_not_add_up_is_said(tmp_path: Path) -> None:
    table = tmp_path / "t.txt"
    table.write_text(
        "一级指标\t二级指标\t分值\t评分标准\n产出(30分)\t数量\t10\t酌情扣分\n\t质量\t10\t酌情扣分\n", encoding="utf-8"
    )
    text, said = _draft(table)
    assert "表中标 30 分，下级之和 20 分" in said and "# 注意: A 产出: 表中标 30 分，下级之和 20 分" in text
    # no total printed and the rows add up to 20, not 100: the user writes the total, the draft only says the sum
    assert "# TODO: total_weight — 表中未印总分，已读各指标分值之和为 20" in text and "\ntotal_weight:" not in text


@pytest.mark.parametrize(("seed", "leaves", "todo"), [("002_ed484e597a242ea2", 42, 6), ("003_0eb4043571347fc0", 45, 21)])
def test_seed_tables(tmp_path: Path, seed: str, leaves: int, todo: int) -> None:
    text, said = _draft(Path("samples") / f"{seed}.txt")
    assert f"{leaves} 个末级指标，其中 {todo} 个需要您选定评分规则" in said
    draft = tmp_path / "d.yaml"
    draft.write_text(text, encoding="utf-8")
    out = CliRunner().invoke(app, ["framework", "check", str(draft)])
    problems = [ln for ln in out.stderr.splitlines() if ln.startswith(str(draft))]
    assert len(problems) == todo and all("TODO" in ln for ln in problems)


@pytest.mark.parametrize(("title", "kind"), [
    ("某县教育局2023年度部门整体支出绩效评价指标体系", "dept"), ("2022年度单位整体支出绩效评价评分表", "dept"),
    ("某市卫生健康委部门绩效评价评分细则", "dept"), ("2024年度各区产业和信息化工作考核评分细则表", "assessment"),
    ("乡镇年度目标管理考评办法评分表", "assessment"), ("某区2024年度项目支出绩效评价指标体系", "TODO"),
    ("农业专项资金绩效评价指标体系", "TODO"), ("评分细则", "TODO"),
])
def test_the_draft_says_what_the_table_is_only_where_its_title_says_it(tmp_path: Path, title: str, kind: str) -> None:
    table = tmp_path / "t.txt"
    table.write_text(f"{title}\n一级指标\t二级指标\t分值\t评分标准\n产出\t数量\t60\t酌情扣分\n效益\t质量\t40\t酌情扣分\n",
                     encoding="utf-8")
    text, said = _draft(table)
    assert YAML(typ="safe").load(text)["kind"] == kind
    assert ("# TODO: kind" in text) == (kind == "TODO") and ("请填写 kind" in said) == (kind == "TODO")


def test_no_scoring_table_is_exit_2(tmp_path: Path) -> None:
    f = tmp_path / "x.txt"
    f.write_text("项目名称\t产业\n", encoding="utf-8")
    out = CliRunner().invoke(app, ["framework", "draft", str(f)])
    assert out.exit_code == 2 and "没有找到评分表" in out.stderr and out.stdout == ""
    out = CliRunner().invoke(app, ["framework", "draft", str(tmp_path / "missing.xlsx")])
    assert out.exit_code == 2 and "missing.xlsx" in out.stderr


@given(st.text())
def test_document_text_stays_data_in_the_yaml(text: str) -> None:
    loaded = YAML(typ="safe").load(f"a: {scalar(text)}  # {comment(text)}\nb: 1\n")
    assert loaded == {"a": text, "b": 1}


@pytest.mark.parametrize("head", [("一级", "二级", "三级", "权数", "考核标准"),
                                  ("一级指标", "二级指标", "三级指标", "权重分", "赋分办法"),
                                  ("考核项目", "考核内容", "考核指标", "赋分", "计分方法")])
@pytest.mark.parametrize("printed", ["6", "8"])
def test_headers_in_the_words_rule_tables_use(tmp_path: Path, head: tuple[str, ...], printed: str) -> None:
    """The draft reads a header by the rule readers' vocabulary (rulewords): levels as 一级 or by three name
    columns, the weight as 权数, 权重分 or 赋分, the rule as 考核标准, 赋分办法 or 计分方法; a first level whose
    printed weight its leaves do not make (决策(8分) over 3 + 3) is said, never corrected."""
    table = tmp_path / "t.txt"
    rows = [[c.replace("决策(6分)", f"决策({printed}分)") for c in r] for r in ROWS]
    table.write_text("\n".join("\t".join(r) for r in [list(head), *rows]) + "\n", encoding="utf-8")
    text, said = _draft(table)
    doc = YAML(typ="safe").load(text)
    assert [(n["name"], n["weight"]) for n in doc["indicators"]] == [("决策", 6), ("过程", 20), ("产出", 44),
                                                                     ("效益", 30)]
    leaves = [leaf for a in doc["indicators"] for b in a["children"] for leaf in b["children"]]
    assert [x["weight"] for x in leaves] == [int(r[3]) for r in ROWS[:-1]]
    assert ("表中标 8 分，下级之和 6 分" in said) == (printed == "8")


def test_the_reading_problems_are_said_before_no_table_found(tmp_path: Path) -> None:
    """A file whose table was lost to a reading limit says so, located, and not only 没有找到评分表."""
    from jixiao.read.limits import MAX_LINE_CHARS

    path = tmp_path / "细则.txt"
    path.write_text("一级指标 二级指标 分值 评分标准\n" + "决" * (MAX_LINE_CHARS + 10) + "\n", encoding="utf-8")
    out = CliRunner().invoke(app, ["framework", "draft", str(path)])
    assert out.exit_code != 0
    assert "读取问题：" in out.stderr and "细则.txt:2" in out.stderr, out.stderr
    assert "没有找到评分表" in out.stderr


def test_a_printed_total_is_the_drafts_and_the_check_holds_the_rows_to_it(tmp_path: Path) -> None:
    """The 合计 the table prints is the draft's total_weight, never the sum of the rows read: a table whose rows
    fall short of it (a row lost, or a mistake) is said by `framework check`, not hidden by a total made to agree."""
    table = tmp_path / "t.txt"
    rows = "一级指标\t二级指标\t分值\t评分标准\n产出\t数量\t40\t酌情扣分\n\t质量\t30\t酌情扣分\n效益\t满意度\t20\t酌情扣分\n"
    table.write_text(rows + "合计\t\t100\t\n", encoding="utf-8")
    text, _ = _draft(table)
    assert "\ntotal_weight: 100\n" in text and "TODO: total_weight" not in text
    draft = tmp_path / "d.yaml"
    draft.write_text(text.replace("rule: TODO", "rule: manual").replace("kind: TODO", "kind: dept"), encoding="utf-8")
    out = CliRunner().invoke(app, ["framework", "check", str(draft)])
    assert out.exit_code != 0 and "一级指标权重之和 90 不等于总分 100" in out.output, out.output
    # no total printed, rows adding up to 100: the default, written and said so
    table.write_text(rows.replace("\t20\t", "\t30\t"), encoding="utf-8")
    text, _ = _draft(table)
    assert "# 表中未印总分，各指标分值之和为 100" in text and "\ntotal_weight: 100\n" in text

"""Department score tables whose pipe rows were broken wherever the page wrapped them (each cell on a line of its
own between lone pipes, a row broken over lines with its score on the next, names wrapped inside their cells,
the levels printed only on the first row of their group): rebuilt by the header's column model
(``recognise.ruletable_pipes``) whatever the column order and the header's words, the weights and scores read,
and a level whose rows do not make its weight found. Tables generated here, with invented figures."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path


@dataclass
class Leaf:
    level1: str
    level2: str
    name: str
    weight: int
    score: int
    rule: str


GROUPS = [("投入", [("预算配置", ["在职人员控制率", "三公经费变动率"]), ("目标设定", ["绩效目标合理性"])]),
          ("过程", [("预算执行", ["预算调整率", "支付进度", "资金结余"]), ("预算管理", ["管理制度健全性"])]),
          ("产出", [("职责履行", ["重点工作完成率", "工作质量达标率"])])]

# column orders and the words departments print for them: (header, the field of each column)
HEADERS = {
    "seq_weight_first": (["序号", "一级指标", "二级指标", "三级指标", "指标分值", "指标解释", "评分标准", "自评得分"],
                         ["seq", "l1", "l2", "name", "weight", "explain", "rule", "score"]),
    "rule_before_weight": (["一级指标", "二级指标", "三级指标", "考核标准", "分值", "得分", "扣分原因"],
                           ["l1", "l2", "name", "rule", "weight", "score", "remark"]),
    "joined_rule_label": (["一级指标", "二级指标", "三级指标", "权重", "指标说明及评分标准", "评价得分"],
                          ["l1", "l2", "name", "weight", "rule", "score"]),
    # the points a row can earn, lost and earned (应得分数 | 扣减分数 | 实得分数: weight − deducted = score), labels spaced
# out (考 核 内 容); or the deductions left blank
    "earned_columns": (["一级指标", "二级指标", "考 核 内 容", "扣 分 标 准", "应得分数", "扣减分数", "实得分数"],
                       ["l1", "l2", "name", "rule", "weight", "deduct", "score"]),
    # what is assessed before the weight and how it is scored after it (考核标准 | 分值 | 评分方式): the first names
    # the row; an unnamed column of the unit's notes (落实情况(提供数据)) after them
    "assessed_then_scored": (["考核项目", "考核标准", "分值", "评分方式", "落实情况(提供数据)", "考核得分"],
                             ["l1", "name", "weight", "rule", "remark", "score"]),
    # rows numbered after their groups (考核内容 | 考核指标 | 序号 | 考核要点 | 分值): the column after 序号 names them
    "numbered_after_groups": (["考核内容", "考核指标", "序号", "考核要点", "分值", "评分标准", "评分指导点", "自评得分"],
                              ["l1", "l2", "seq", "name", "weight", "rule", "remark", "score"]),
    # a column no word of the vocabulary names (核查指引), between two it does: a column by the header's model
    "unnamed_between_named": (["考核内容", "考核指标", "序号", "考核要点", "分值", "评分标准", "核查指引", "自评得分"],
                              ["l1", "l2", "seq", "name", "weight", "rule", "remark", "score"]),
    "earned_blank_deduct": (["一级指标", "二级指标", "考核内容", "扣分标准", "应得分", "扣分", "实得分"],
                            ["l1", "l2", "name", "rule", "weight", "remark", "score"]),
}


def invent(seed: int, off: int = 0) -> tuple[list[Leaf], dict[str, int]]:
    """Leaves with weights, scores and rules; the level labels' printed weights (``off`` added to the first
    second level's: a level whose rows do not make its weight)."""
    rng = random.Random(seed)
    leaves: list[Leaf] = []
    printed: dict[str, int] = {}
    for l1, subs in GROUPS:
        for l2, names in subs:
            for n in names:
                w = rng.randint(2, 8)
                leaves.append(Leaf(l1, l2, n, w, rng.randint(0, w),
                                   f"{n}达到目标的，计{w}分；每低一个百分点扣0.5分，扣完为止。"))
            printed[l2] = sum(x.weight for x in leaves if x.level2 == l2)
        printed[l1] = sum(x.weight for x in leaves if x.level1 == l1)
    printed[GROUPS[0][1][0][0]] += off
    return leaves, printed


def rows(leaves: list[Leaf], printed: dict[str, int], fields: list[str]) -> list[list[str]]:
    """The table's rows, each level printed on the first row of its group only (its rowspan lost)."""
    out: list[list[str]] = []
    seen: set[str] = set()
    for k, x in enumerate(leaves, 1):
        cell = {"seq": str(k), "name": x.name, "weight": str(x.weight), "score": str(x.score), "rule": x.rule,
                "explain": f"反映{x.name}的情况。", "remark": "", "deduct": str(x.weight - x.score)}
        for key, level in (("l1", x.level1), ("l2", x.level2)):
            cell[key] = "" if level in seen else f"{level}({printed[level]}分)"
            seen.add(level)
        out.append([cell[f] for f in fields])
    return out


def cell_lines(head: list[str], body: list[list[str]], total: list[str]) -> str:
    """Each cell on its own line, a lone pipe between cells; names and labels without a number wrapped after
    their fourth character, a level's weight on the line after its name (预算配置 / (7分))."""
    lines: list[str] = []
    for row in [head, *body, total]:
        for c in row:
            if c:
                if "(" in c:
                    lines += c.replace("(", "\n(", 1).split("\n")
                elif len(c) > 5 and "，" not in c and not any(ch.isdigit() for ch in c):
                    lines += [c[:4], c[4:]]
                else:
                    lines.append(c)
            lines.append("|")
    return "\n".join(lines)


def broken_rows(head: list[str], body: list[list[str]], total: list[str]) -> str:
    """Pipe rows broken over lines after some cells (a row's score on the next line), blank cells collapsed,
    the header's labels one a line."""
    lines = [f"{h} |" for h in head]
    for k, row in enumerate(body):
        cells = [c for c in row if c]
        cut = 2 + k % 2
        lines += [" | ".join(cells[:cut]) + " |", " | ".join(cells[cut:-1]) + " |", f"{cells[-1]} |"]
    lines.append(" | ".join(total) + " |")
    return "\n".join(lines)


def whole_rows(head: list[str], body: list[list[str]], total: list[str]) -> str:
    """The table as a page's pipes give it when nothing was lost but the rowspans: one row a line."""
    return "\n".join("| " + " | ".join(r) + " |" for r in [head, *body, total])


SHAPES = {"cell_lines": cell_lines, "broken_rows": broken_rows, "whole_rows": whole_rows}


def _table(tmp_path: Path, head: str, shape: str, seed: int, off: int = 0) -> tuple[Path, list[Leaf]]:
    leaves, printed = invent(seed, off)
    words, fields = HEADERS[head]
    total = ["合计", str(sum(x.weight for x in leaves)), str(sum(x.score for x in leaves))]
    text = "某某局2023年度部门整体支出绩效自评表\n" + SHAPES[shape](words, rows(leaves, printed, fields), total)
    path = tmp_path / f"{head}-{shape}.txt"
    path.write_text(text, encoding="utf-8")
    return path, leaves


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("shape", sorted(SHAPES))
@pytest.mark.parametrize("head", sorted(HEADERS))
def test_broken_score_tables_read_by_the_header(tmp_path: Path, head: str, shape: str, seed: int) -> None:
    path, leaves = _table(tmp_path, head, shape, seed)
    docs = [d for d in read_path(path).documents if d.type == "dept_evaluation"]
    assert len(docs) == 1
    doc = docs[0]
    got = [(i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators]
    assert got == [(x.name, Decimal(x.weight), Decimal(x.score)) for x in leaves]
    assert [(i.level1.str_ or "").split("(")[0] for i in doc.indicators] == [x.level1 for x in leaves]
    assert doc.total_score.dec == sum(x.score for x in leaves)
    assert [f for f in audit_paths([str(path)]).findings if f.severity == "error"] == []


@pytest.mark.parametrize("shape", sorted(SHAPES))
@pytest.mark.parametrize("head", sorted(h for h, (_, fields) in HEADERS.items() if "l2" in fields))  # 预算配置 printed
def test_a_level_whose_rows_do_not_make_its_weight(tmp_path: Path, head: str, shape: str) -> None:
    path, leaves = _table(tmp_path, head, shape, 3, off=2)
    want = sum(x.weight for x in leaves if x.level2 == "预算配置")
    found = [(f.reported, f.recomputed) for f in audit_paths([str(path)]).findings
             if f.severity in ("error", "suspect") and "预算配置" in f.message]
    assert (str(want + 2), str(want)) in found


def test_a_score_that_is_the_next_rows_number_is_not_taken(tmp_path: Path) -> None:
    """序号 first, a row that printed no score: the number after its rule is the next row's 序号."""
    words, fields = HEADERS["seq_weight_first"]
    leaves, printed = invent(4)
    body = rows(leaves, printed, fields)
    body[0][-1] = ""  # the first row printed no score
    text = "某某局部门整体支出绩效自评表\n" + broken_rows(words, body, ["合计", "100"])
    path = tmp_path / "noscore.txt"
    path.write_text(text, encoding="utf-8")
    doc = next(d for d in read_path(path).documents if d.indicators)
    assert doc.indicators[0].score.value is None
    assert [(i.level3.str_, i.score.dec) for i in doc.indicators[1:]] == \
        [(x.name, Decimal(x.score)) for x in leaves[1:]]


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_fufen_table_names_its_weight_column_fufen(tmp_path: Path, shape: str) -> None:
    """赋分细则: 序号 | 考核指标 | 赋分 | 计算方法 | 评分方法 — 赋分 is the weight's column, 计算方法 explains the row."""
    leaves, _ = invent(5)
    head = ["序号", "考核指标", "赋分", "计算方法", "评分方法"]
    body = [[str(k), x.name, str(x.weight), f"{x.name}=完成数/计划数×100%", x.rule] for k, x in enumerate(leaves, 1)]
    text = "2017年度目标任务完成情况赋分细则\n" + SHAPES[shape](head, body, ["合计", str(sum(x.weight for x in leaves))])
    path = tmp_path / "fufen.txt"
    path.write_text(text, encoding="utf-8")
    (doc,) = [d for d in read_path(path).documents if d.type == "assessment_rules"]
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == [(x.name, Decimal(x.weight)) for x in leaves]
    assert all(i.score.value is None for i in doc.indicators)
    assert doc.total_weight.dec == sum(x.weight for x in leaves)


BANDS = "注：90分（含）以上为优秀，80（含）-90分为良好，60（含）-80分为中，60分以下为差。"


@pytest.mark.parametrize("where", ["total_row", "own_row"])
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_the_grade_a_score_table_prints(tmp_path: Path, shape: str, where: str) -> None:
    """The grade after the total (合计 | 39 | 15 | 差) or in a row of its own under it (评价等级 | 差) is read, and held
    against the bands the table states: a grade the total does not earn is found."""
    words, fields = HEADERS["seq_weight_first"]
    leaves, printed = invent(6)
    total = sum(x.score for x in leaves)
    want = "优秀" if total >= 90 else "良好" if total >= 80 else "中" if total >= 60 else "差"
    for grade, wrong in ((want, False), ("优秀" if want != "优秀" else "差", True)):
        tail = ["合计", str(sum(x.weight for x in leaves)), str(total)]
        text = "某某局2023年度部门整体支出绩效自评表\n" + SHAPES[shape](
            words, rows(leaves, printed, fields), [*tail, grade] if where == "total_row" else tail)
        if where == "own_row":
            text += "\n评价等级 | " + grade + " |"
        path = tmp_path / f"{where}-{wrong}.txt"
        path.write_text(text + "\n" + BANDS + "\n", encoding="utf-8")
        (doc,) = [d for d in read_path(path).documents if d.type == "dept_evaluation"]
        assert doc.grade.str_ == grade
        found = [(f.reported, f.recomputed) for f in audit_paths([str(path)]).findings
                 if f.kind == "grade" and f.severity == "error"]
        assert found == ([(grade, want)] if wrong else [])


@pytest.mark.parametrize("group", ["评价指标", "考核指标", ""])
@pytest.mark.parametrize("head", ["joined_rule_label", "rule_before_weight"])
@pytest.mark.parametrize("off", [0, 2])
def test_a_header_over_two_rows(tmp_path: Path, group: str, head: str, off: int) -> None:
    """评价指标 spanning the level columns over 一级指标 | 二级指标 | 三级指标 (a merged header as pipes give it): the levels
    are the second row's, the data starts after it; a second level whose rows do not make its weight is found."""
    words, fields = HEADERS[head]
    leaves, printed = invent(7, off)
    levels = [k for k, f in enumerate(fields) if f in ("l1", "l2", "name")]
    top = [group if k == levels[0] else "" if k in levels else w for k, w in enumerate(words)]
    under = [w if k in levels else "" for k, w in enumerate(words)]
    total = ["合计", *[""] * (len(words) - 1)]
    total[fields.index("weight")] = str(sum(x.weight for x in leaves))
    total[fields.index("score")] = str(sum(x.score for x in leaves))
    text = "某某局2023年度部门整体支出绩效自评表\n" + whole_rows(top, [under, *rows(leaves, printed, fields)], total)
    path = tmp_path / "two.txt"
    path.write_text(text, encoding="utf-8")
    (doc,) = [d for d in read_path(path).documents if d.type == "dept_evaluation"]
    assert [(i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (x.name, Decimal(x.weight), Decimal(x.score)) for x in leaves]
    assert [(i.level1.str_ or "").split("(")[0] for i in doc.indicators] == [x.level1 for x in leaves]
    assert [(i.level2.str_ or "").split("(")[0] for i in doc.indicators] == [x.level2 for x in leaves]
    errors = [(f.reported, f.recomputed) for f in audit_paths([str(path)]).findings
              if f.severity in ("error", "suspect") and "预算配置" in f.message]
    want = sum(x.weight for x in leaves if x.level2 == "预算配置")
    assert errors == ([(str(want + off), str(want))] if off else [])


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_sections_subtotal_is_no_row(tmp_path: Path, shape: str) -> None:
    """小计分值 | 30 | 小计得分 | 27 after a section: its sums, not an indicator; the rows after it still read."""
    leaves, printed = invent(5)
    words, fields = HEADERS["assessed_then_scored"]  # the name just before the weight: 小计分值 | 30 looks like a row
    body = rows(leaves, printed, fields)
    cut = 4
    sub = ["小计分值", str(sum(x.weight for x in leaves[:cut])), "小计得分", str(sum(x.score for x in leaves[:cut]))]
    total = ["合计", str(sum(x.weight for x in leaves)), str(sum(x.score for x in leaves))]
    text = "某某局2023年度部门整体支出绩效自评表\n" + SHAPES[shape](words, [*body[:cut], sub, *body[cut:]], total)
    path = tmp_path / "sub.txt"
    path.write_text(text, encoding="utf-8")
    (doc,) = [d for d in read_path(path).documents if d.type == "dept_evaluation"]
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == [(x.name, Decimal(x.weight)) for x in leaves]


@pytest.mark.parametrize("joined", ["\n", " "])
def test_a_deductions_column_is_no_row_whatever_the_shape(tmp_path: Path, joined: str) -> None:
    """序号 | 考核内容 | 扣分标准 | 应得分数 | 扣减分数 | 实得分数 with the deductions and earned points blank, its cells one a
    line or its rows flattened to spaces: 扣减分数 is a column of the header, never a row whose weight is the first
    row's 序号 (a weight sum of 101 against the 合计 100 was a false error)."""
    head = ["序号", "考 核 内 容", "扣 分 标 准", "应得分数", "扣减分数", "实得分数"]
    rows = [[str(k), name, f"未落实{name}的扣{w}分。", str(w)] for k, (name, w) in
            enumerate([("安全技术管理", 20), ("目标管理", 20), ("安全教育", 25), ("安全生产管理", 25), ("工伤事故处理", 10)], 1)]
    text = "\n".join(joined.join(r) for r in [head, *rows, ["合 计", "100"]]) + "\n"
    path = tmp_path / "deducted.txt"
    path.write_text(text, encoding="utf-8")
    result = audit_paths([str(path)])
    assert [f.message for f in result.findings if f.severity == "error"] == []
    for doc in result.documents:
        assert "扣减分数" not in [i.level3.str_ for i in doc.indicators]


@pytest.mark.parametrize("shape", sorted(SHAPES))
@pytest.mark.parametrize(("off", "sections"), [(0, 1), (1, 1), (0, 2)])
def test_a_subtotal_closing_the_one_section_is_its_total(tmp_path: Path, shape: str, off: int, sections: int) -> None:
    """No 合计 row, one 小计分值 | 30 | 小计得分 | 27 after every row: the table is that one section and the 小计 its total,
    where the rows' weights make it. Off by one, or a 小计 closing a first section before more rows: a section's
    sums only, the table half read (no total, no error)."""
    leaves, printed = invent(6)
    words, fields = HEADERS["assessed_then_scored"]
    body = rows(leaves, printed, fields)

    def sub(part: list[Leaf], more: int = 0) -> list[str]:
        return ["小计分值", str(sum(x.weight for x in part) + more), "小计得分", str(sum(x.score for x in part))]

    table = [*body, sub(leaves, off)] if sections == 1 else [*body[:4], sub(leaves[:4]), *body[4:], sub(leaves[4:])]
    path = tmp_path / "sub.txt"
    path.write_text("某某局2023年度部门整体支出绩效自评表\n" + SHAPES[shape](words, table[:-1], table[-1]),
                    encoding="utf-8")
    (doc,) = [d for d in read_path(path).documents if d.type == "dept_evaluation"]
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == [(x.name, Decimal(x.weight)) for x in leaves]
    whole = off == 0 and sections == 1
    assert doc.total_weight.dec == (sum(Decimal(x.weight) for x in leaves) if whole else None)
    assert bool(doc.extra.get("indicators_incomplete")) is not whole
    assert not [f for f in audit_paths([str(path)]).findings if f.severity == "error"]

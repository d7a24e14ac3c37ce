"""Scoring-rule tables whose rows reached us flattened to spaces (PDF and document-preview text): one name column
(考核指标), the weight's column named 赋分, 分值 or 权重, names wrapped over lines with their unit on the next (取水总量 /
(亿立方米)), and rules that award points in words split around the number (得 10 分): every weight read, never a
rule's points, the names whole, and a total that is not the sum of the weights found (``recognise.scoretable``).
Tables generated here, with invented figures."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path

ROWS = [("取水总量", "(亿立方米)"), ("用水效率", "控制率"), ("万元工业增加值", "用水量(立方米)"),
        ("水功能区水质", "达标率"), ("重要饮用水水源地", "安全保障程度")]
WEIGHT_WORDS = ("赋分", "分值", "权重")
RULE_WORDS = ("评分方法", "评分标准", "考核标准")


def flattened(seed: int, weight_word: str, rule_word: str, total_off: int = 0) -> tuple[str, list[tuple[str, int]]]:
    """The table as a PDF gives it: the header on one line with the first row run on, each row's cells joined
    by spaces, each name wrapped before its second part, the rule's points set apart (得 6 分)."""
    rng = random.Random(seed)
    rows = [(a + b, rng.randint(2, 12)) for a, b in ROWS]
    lines = ["2023年度目标任务完成情况考核细则", f"序号 考核指标 {weight_word} 计算方法 {rule_word} 1 {ROWS[0][0]}"]
    for k, ((first, second), (_, w)) in enumerate(zip(ROWS, rows), 1):
        rule = f"年度{first}达到目标值,得 {w} 分;每低一个百分点扣 1 分,扣完为止。"
        if k > 1:
            lines[-1] += f" {k} {first}"
        lines.append(f"{second} {w} {first}{second}=完成数/计划数×100%。 {rule}")
    lines.append(f"合计 {sum(w for _, w in rows) + total_off}")
    return "\n".join(lines) + "\n", rows


@pytest.mark.parametrize("rule_word", RULE_WORDS)
@pytest.mark.parametrize("weight_word", WEIGHT_WORDS)
def test_flattened_rule_rows_with_wrapped_names(tmp_path: Path, weight_word: str, rule_word: str) -> None:
    text, rows = flattened(1, weight_word, rule_word)
    path = tmp_path / "rules.txt"
    path.write_text(text, encoding="utf-8")
    (doc,) = [d for d in read_path(path).documents if d.type == "assessment_rules"]
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == [(n, Decimal(w)) for n, w in rows]
    assert all(i.score.value is None for i in doc.indicators)
    assert all(f"得{w}分" in (i.rule_text.str_ or "").replace(" ", "") for i, (_, w) in zip(doc.indicators, rows))
    assert doc.total_weight.dec == sum(w for _, w in rows)
    assert [f for f in audit_paths([str(path)]).findings if f.severity == "error"] == []


@pytest.mark.parametrize("seed", [2, 3])
def test_a_flattened_total_that_is_not_the_sum(tmp_path: Path, seed: int) -> None:
    text, rows = flattened(seed, "赋分", "评分方法", total_off=4)
    path = tmp_path / "rules.txt"
    path.write_text(text, encoding="utf-8")
    found = [(f.kind, f.reported, f.recomputed) for f in audit_paths([str(path)]).findings if f.severity == "error"]
    total = sum(w for _, w in rows)
    assert ("weight_sum", str(total + 4), str(total)) in found


BANDS = "注：90分（含）以上为优秀，80（含）-90分为良好，60（含）-80分为中，60分以下为差。"


@pytest.mark.parametrize("layout", ["flattened", "row_lines", "cell_lines", "lone_pipes", "trailing_pipes", "pipes"])
def test_the_grade_after_a_score_tables_total(tmp_path: Path, layout: str) -> None:
    """合计 60 55.5 差: the grade printed after the total is read whatever became of the table's rows, and held
    against the bands the table states (55.5 is 差; a printed 良好 is found)."""
    from layouts.render import RENDERERS
    from layouts.ruletable import dept_score_rows

    for grade, wrong in (("差", False), ("良好", True)):
        rows = dept_score_rows("std")
        rows[-1] = [*rows[-1], grade]
        path = tmp_path / f"{layout}-{wrong}.txt"
        path.write_text(RENDERERS[layout](rows) + "\n" + BANDS + "\n", encoding="utf-8")
        (doc,) = [d for d in read_path(path).documents if d.type == "dept_evaluation"]
        assert (doc.total_score.dec, doc.grade.str_) == (Decimal("55.5"), grade)
        found = [(f.reported, f.recomputed) for f in audit_paths([str(path)]).findings
                 if f.kind == "grade" and f.severity == "error"]
        assert found == ([(grade, "差")] if wrong else [])

"""A 转移支付 form whose rows reached us as text without their cells' places (one cell a line, rows flattened to
spaces, pipes), its indicator block printing 分值 and 得分, generated with invented figures in both layouts (the
central form and the 2024 行次/列次 form) and every shape: the indicator rows are read as the project form's text
stream is (each row closed by its 分值 and 得分), the 总分 row gives the form's total, and the funds are the
transfer's. Without a 分值 column the rows cannot be told apart: none is read, and the document says so."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.core.numbers import parse_decimal
from jixiao.read import read_path
from layouts import render
from layouts.transfer import grid, invent

SHAPES = ("cell_lines", "row_lines", "pipes", "flattened", "cell_per_line", "pipes_collapsed")
NAMES = (("产出指标", "数量指标", "免疫密度", "≥90%", "95%"), ("产出指标", "质量指标", "免疫抗体合格率", "≥70%", "85%"),
         ("产出指标", "时效指标", "免疫及时率", "100%", "100%"), ("效益指标", "社会效益指标", "重大动物疫病发生率", "0", "0"),
         ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "96%"))
HEADERS = (("年度指标值", "实际完成值", "分值", "得分"), ("指标值", "实际完成值", "分值", "得分"),
           ("年度指标值", "全年实际值", "分值", "得分"))


def indicators(seed: int, weights: bool = True) -> tuple[list[list[str]], list[tuple[str, Decimal, Decimal]], Decimal]:
    """The goals and indicator rows (weights summing to 90 with the funds' 10, or no 分值/得分 columns at all), the
    rows as (三级指标, 分值, 得分) and the total score."""
    rng = random.Random(seed)
    head = rng.choice(HEADERS)
    split = (20, 20, 20, 20, 10)
    rows: list[list[str]] = [["年度总体目标", "预期目标", "实际完成情况"], ["", "完成年度免疫任务", "已完成年度免疫任务"],
                             ["绩效指标", "一级指标", "二级指标", "三级指标", *(head if weights else head[:2])]]
    want: list[tuple[str, Decimal, Decimal]] = []
    last = ""
    for (l1, l2, l3, target, actual), w in zip(NAMES, split):
        score = Decimal(w - rng.choice((0, 0, 1, 2)))
        cells = [target, actual] + ([str(w), str(score)] if weights else [])
        rows.append(["", "" if l1 == last else l1, l2, l3, *cells])
        last = l1
        want.append((l3, Decimal(w), score))
    total = sum((s for _, _, s in want), Decimal(0)) + 10
    if weights:
        rows.append(["总分", "", "", "", "", "", "100", str(total)])
    return rows, want, total


def _doc(path: Path):
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    assert len(docs) == 1, [(d.type, d.extra.get("layout_family")) for d in read_path(path).documents]
    return docs[0]


@pytest.mark.parametrize("family", ("central", "rows2024"))
@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("seed", range(2))
def test_indicator_rows_and_total_read_whatever_the_shape(tmp_path: Path, family: str, shape: str, seed: int) -> None:
    t = invent(seed, family)
    rows, want, total = indicators(seed)
    path = tmp_path / "form.txt"
    path.write_text(getattr(render, shape)(grid(t) + rows), encoding="utf-8")
    doc = _doc(path)
    assert doc.funds["total"].annual_budget.dec == parse_decimal(t.printed["total"]["annual_budget"])
    got = [(i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators]
    assert [(w, s) for _, w, s in got] == [(w, s) for _, w, s in want]
    assert all(name.startswith(w) for (name, _, _), (w, _, _) in zip(got, want))
    assert (doc.total_weight.dec, doc.total_score.dec) == (Decimal(100), total)
    assert not [f for f in audit_paths([str(path)]).findings if f.severity == "error"]


@pytest.mark.parametrize("shape", ("cell_lines", "row_lines"))
def test_without_a_weight_column_the_rows_are_said_not_read(tmp_path: Path, shape: str) -> None:
    rows, _, _ = indicators(3, weights=False)
    path = tmp_path / "form.txt"
    path.write_text(getattr(render, shape)(grid(invent(3, "central")) + rows), encoding="utf-8")
    doc = _doc(path)
    assert doc.indicators == []
    assert any("指标行未读取" in p.message and p.source is not None for p in doc.problems)

"""Scoring-rule tables whose cells PDF text wrapped over lines (1.试点 / 目标和 / 规划, the requirement, the weight
alone or after the requirement's stop, then the rule's items with their points), generated here with invented
rows in every way such text comes: names wrapped at 2 to 4 characters, the weight on its own line, run into the
requirement (…有保障。7) or after a space, a group's weight on its line, on the next or run into the first row
((20分)1.试点), the header run together or spaced, 分值 or 权重: the weights read and checked by the points each
rule awards and by the group's weight (``recognise.ruletable_wrapped``)."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.core.records import Document
from layouts.files import one

GROUPS = [("基础工作", [("试点目标和规划", [2, 3]), ("组织机构建设", [2, 2]), ("组织管理工作", [2, 1, 1])]),
          ("试点实施", [("标准体系建设", [3, 6, 3]), ("标准宣传贯彻", [2, 2]), ("实施效果评估", [4, 1])])]
HEADERS = {"run": "项目考核点内容要求分值评分标准得分备注", "spaced": "项目 考核点 内容要求 权重 评分办法 得分 备注"}


def _wrap(text: str, width: int) -> list[str]:
    return [text[k : k + width] for k in range(0, len(text), width)]


def render(seed: int, header: str, weight_at: str, bracket_at: str, wrong: str | None = None) -> str:
    rnd = random.Random(seed)
    lines = ["附件3", "某县2023年度标准化试点项目目标考核表", HEADERS[header]]
    for g, (group, rows) in enumerate(GROUPS):
        total = sum(sum(points) for _, points in rows)
        mark = "一二"[g] + "、"
        for r, (name, points) in enumerate(rows):
            weight = sum(points) + (1 if name == wrong else 0)
            width = rnd.randint(2, 4)
            head, *rest = _wrap(name, width)
            first = f"{r + 1}.{head}"
            if r == 0:
                if bracket_at == "same":
                    lines += [f"{mark}{group}({total}分)", first]
                elif bracket_at == "next":
                    lines += [f"{mark}{group}", f"({total}分)", first]
                else:  # run into the first row
                    lines += [f"{mark}{group}", f"({total}分){first}"]
            else:
                lines.append(first)
            lines += rest
            requirement = f"围绕{name}制定方案,明确责任,落实到位。"
            if weight_at == "alone":
                lines += [requirement, str(weight)]
            elif weight_at == "glued":
                lines.append(f"{requirement}{weight}")
            else:
                lines.append(f"{requirement} {weight}")
            lines += [f"{k + 1}.{name}第{k + 1}项要求达到,{p}分;" for k, p in enumerate(points)]
    return "\n".join(lines) + "\n"


def _doc(tmp_path: Path, text: str) -> Document:
    return one(tmp_path, text, "assessment_rules")


@pytest.mark.parametrize("bracket_at", ["same", "next", "run_in"])
@pytest.mark.parametrize("weight_at", ["alone", "glued", "spaced"])
@pytest.mark.parametrize("header", sorted(HEADERS))
@pytest.mark.parametrize("seed", [1, 2])
def test_wrapped_cells_are_read_by_the_header(tmp_path: Path, seed: int, header: str, weight_at: str,
                                             bracket_at: str) -> None:
    doc = _doc(tmp_path, render(seed, header, weight_at, bracket_at))
    want = [(name, Decimal(sum(points)), f"{group}({sum(sum(p) for _, p in rows)}分)")
            for group, rows in GROUPS for name, points in rows]
    assert [(i.level3.str_, i.weight.dec, i.level1.str_) for i in doc.indicators] == want
    assert all("第1项要求达到" in (i.rule_text.str_ or "") for i in doc.indicators)


def test_a_weight_neither_its_rule_nor_its_group_confirms_is_not_read(tmp_path: Path) -> None:
    doc = _doc(tmp_path, render(3, "run", "alone", "same", wrong="组织机构建设"))
    got = {i.level3.str_: i.weight.dec for i in doc.indicators}
    assert got["组织机构建设"] is None and got["试点目标和规划"] == 5 and got["标准体系建设"] == 12
    assert any("组织机构建设" in p.message and "不符" in p.message for p in doc.problems)

"""Scoring-rule tables whose cells PDF text wrapped over lines (1.试点 / 目标和 / 规划, the requirement, the weight
alone or after the requirement's stop, then the rule's items with their points), generated here with invented
rows in every way such text comes: invented names of 4 to 14 characters in columns 4 to 12 wide, rules whose
numbered items add up to the weight, whose alternatives top out at it, or that take points off (扣除1分), the weight on its own line, run into the
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

_SYLLABLES = "试点目标规划组织机构建设管理工作保障措施标准体系宣传贯彻实施效果评估资金使用绩效监控信息公开制度执行"
HEADERS = {"run": "项目考核点内容要求分值评分标准得分备注", "spaced": "项目 考核点 内容要求 权重 评分办法 得分 备注",
           "unit": "项目 考核点 内容要求 分值（分） 评分标准 得分"}
RULES = ("numbered", "alternatives", "deducted")  # items adding up, alternatives topping out, points taken off


def _wrap(text: str, width: int) -> list[str]:
    return [text[k : k + width] for k in range(0, len(text), width)]


def invent(seed: int) -> list[tuple[str, list[tuple[str, list[int], str]]]]:
    """Two groups of three rows: each row's name (4 to 14 characters), its points and how its rule gives them."""
    rnd = random.Random(seed)
    out = []
    for group in ("基础工作", "试点实施"):
        rows = []
        for _ in range(3):
            name = "".join(rnd.choice(_SYLLABLES) for _ in range(rnd.randint(4, 14)))
            style = rnd.choice(RULES)
            points = [rnd.randint(1, 4) for _ in range(rnd.randint(2, 3))]
            rows.append((name, points, style))
        out.append((group, rows))
    return out


def weight_of(points: list[int], style: str) -> int:
    return max(points) if style == "alternatives" else sum(points)


def rule_lines(name: str, points: list[int], style: str) -> list[str]:
    if style == "numbered":
        return [f"{k + 1}.{name}第{k + 1}项要求达到,{p}分;" for k, p in enumerate(points)]
    if style == "alternatives":
        top = max(points)
        return [f"完全达到得{top}分,基本达到得{min(points)}分,未达到得0分。"]
    return [f"每发现{name}一处问题扣除1分,扣完为止。"]


def render(seed: int, header: str, weight_at: str, bracket_at: str, wrong: str | None = None) -> str:
    rnd = random.Random(seed)
    lines = ["附件3", "某县2023年度标准化试点项目目标考核表", HEADERS[header]]
    for g, (group, rows) in enumerate(invent(seed)):
        total = sum(weight_of(p, st) for _, p, st in rows)
        mark = "一二"[g] + "、"
        for r, (name, points, style) in enumerate(rows):
            weight = weight_of(points, style) + (1 if name == wrong else 0)
            width = rnd.randint(4, 12)  # the column's width, its number and mark included
            first = f"{r + 1}.{name}"[:width]
            rest = _wrap(name[len(first) - len(f"{r + 1}.") :], width)
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
            requirement = f"围绕{name[:4]}制定方案,明确责任,落实到位。"
            if weight_at == "alone":
                lines += [requirement, str(weight)]
            elif weight_at == "glued":
                lines.append(f"{requirement}{weight}")
            else:
                lines.append(f"{requirement} {weight}")
            lines += rule_lines(name, points, style)
    return "\n".join(lines) + "\n"


def _doc(tmp_path: Path, text: str) -> Document:
    return one(tmp_path, text, "assessment_rules")


@pytest.mark.parametrize("bracket_at", ["same", "next", "run_in"])
@pytest.mark.parametrize("weight_at", ["alone", "glued", "spaced"])
@pytest.mark.parametrize("header", sorted(HEADERS))
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_wrapped_cells_are_read_by_the_header(tmp_path: Path, seed: int, header: str, weight_at: str,
                                             bracket_at: str) -> None:
    doc = _doc(tmp_path, render(seed, header, weight_at, bracket_at))
    groups = invent(seed)
    want = [(name, Decimal(weight_of(p, st)), f"{group}({sum(weight_of(q, t) for _, q, t in rows)}分)")
            for group, rows in groups for name, p, st in rows]
    assert [(i.level3.str_, i.weight.dec, i.level1.str_) for i in doc.indicators] == want


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_weight_neither_its_rule_nor_its_group_confirms_is_not_read(tmp_path: Path, seed: int) -> None:
    groups = invent(seed)
    checked = [(name, p, st) for _, rows in groups for name, p, st in rows[:-1] if st != "deducted"]
    if not checked:
        pytest.skip("no row whose rule gives points to check by")
    name, points, style = checked[0]
    doc = _doc(tmp_path, render(seed, "run", "alone", "same", wrong=name))
    got = {i.level3.str_: i.weight.dec for i in doc.indicators}
    assert got[name] is None
    assert all(got[n] == weight_of(p, st) for _, rows in groups for n, p, st in rows if n != name)
    assert any(name in p.message and "不符" in p.message for p in doc.problems)


def test_points_in_a_long_rule_are_read_in_linear_time() -> None:
    from time import perf_counter

    from jixiao.read.recognise.ruletable_wrapped import _confirms

    start = perf_counter()
    assert _confirms("1" * 20000, Decimal(5)) is None
    assert _confirms("1.甲" + "1" * 20000 + "分", Decimal(5)) is False
    assert perf_counter() - start < 1

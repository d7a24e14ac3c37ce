"""The report's wordings read in linear time on a run of white space (review 1, findings 6 and 7): one run stands
between two words and each optional piece (a quote, a comma, a unit in brackets, a money noun, a verb, a currency)
carries its own after it; two runs around an optional piece made a run of n spaces cost n² (or n⁵ for ``LEAD``)."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from decimal import Decimal

import pytest

from jixiao.core.numbers import normalize_text
from jixiao.read.recognise.reportverdict import _GRADE_AFTER, SCORE_GRADED
from jixiao.read.recognise.reportwords import BUDGET, EXECUTED
from jixiao.read.recognise.ruletable_numbered import _WEIGHT


def _cost(run: Callable[[int], object], n: int) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        run(n)
        best = min(best, time.process_time() - start)
    return best


CASES: list[tuple[str, Callable[[int], object], int]] = [
    ("score graded", lambda n: list(SCORE_GRADED.finditer("得分95分,等级为" + " " * n + "x")), 2000),
    ("score graded, before 为", lambda n: list(SCORE_GRADED.finditer("得分95分,等级" + " " * n + "x")), 2000),
    ("grade after", lambda n: _GRADE_AFTER.match("自评得分95分为" + " " * n + "x", 7), 2000),
    ("grade after, before 为", lambda n: _GRADE_AFTER.match("自评得分95分," + " " * n + "x", 7), 2000),
    ("executed", lambda n: list(EXECUTED.finditer("实际支出" + " " * n + "x")), 20),
    ("budget", lambda n: list(BUDGET.finditer("年初预算" + " " * n + "x")), 20),
    ("budget, after its unit", lambda n: list(BUDGET.finditer("年初预算(万元)" + " " * n + "x")), 20),
    # a rule table's weight cell (0~7分): review 2 finding 10 (review 1's 9), ×13 for ×4 spaces before
    ("rule weight", lambda n: _WEIGHT.fullmatch("0" + " " * n + "x"), 4000),
]


@pytest.mark.parametrize(("name", "run", "n"), CASES, ids=[c[0] for c in CASES])
def test_a_run_of_spaces_costs_linear_time(name: str, run: Callable[[int], object], n: int) -> None:
    small, large = _cost(run, n), _cost(run, 4 * n)
    assert large < 6 * small + 0.02, f"{name}: {n} spaces {small:.4f}s, {4 * n} spaces {large:.4f}s"


@pytest.mark.parametrize(("text", "grade"), [
    ("自评得分95分，等级为优。", "优"), ("得分92.5分，评价等级为“良好”。", "良好"), ("得分88分,结果:合格", "合格"),
    ("得分95分 (满分100分) ,绩效等级为 优秀", "优秀"), ("评分90分、评定为“优”", "优"),
])
def test_the_graded_score_still_reads(text: str, grade: str) -> None:
    text = normalize_text(text)
    m = SCORE_GRADED.search(text)
    assert m is not None and Decimal(m.group(1)) in (Decimal("95"), Decimal("92.5"), Decimal("88"), Decimal("90"))
    assert grade in text[m.end():]


@pytest.mark.parametrize(("text", "at", "grade"), [
    ("自评得分95分，为优。", 7, "优"), ("自评得分95分,属于良好", 7, "良好"), ("自评得分95分，评为“优秀”", 7, "优秀"),
    ("自评得分95分 , 评 定 为 \" 良 \"", 7, "良"),
])
def test_the_grade_after_still_reads(text: str, at: int, grade: str) -> None:
    m = _GRADE_AFTER.match(normalize_text(text), at)
    assert (m.group(1) if m else None) == grade


@pytest.mark.parametrize(("pattern", "text", "amount"), [
    (EXECUTED, "实际支出95万元", "95"), (EXECUTED, "实际支出项目资金200万元", "200"),
    (EXECUTED, "实际支出(万元) 88.5", "88.5"), (EXECUTED, "累计支付 专项 经费 为 人民币 12.3 万元", "12.3"),
    (BUDGET, "年初批复预算8个项目985万元", "985"), (BUDGET, "专项资金3批次共计80万元", "80"),
    (BUDGET, "全年预算 ： ￥ 50万元", "50"), (BUDGET, "年初预算(万元) 120", "120"),
])
def test_the_amounts_still_read(pattern: re.Pattern[str], text: str, amount: str) -> None:
    m = pattern.search(normalize_text(text))
    assert m is not None and m.group(3) == amount

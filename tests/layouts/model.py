"""An invented project-layout form: every figure consistent with the form's arithmetic, unless a mistake
is planted on purpose (``MISTAKES``)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

MISTAKES = ("rate", "total", "score_over_weight")
TWO = Decimal("0.01")


def _r2(d: Decimal) -> Decimal:
    return d.quantize(TWO, rounding=ROUND_HALF_UP)


def percent(part: Decimal, whole: Decimal) -> Decimal:
    """``part`` as a percentage of ``whole``, to the cent, half up: the rate and share every layout prints."""
    return _r2(part / whole * 100)


@dataclass
class Indicator:
    level1: str
    level2: str
    name: str
    target: str
    actual: str
    weight: Decimal
    score: Decimal
    reason: str = ""


@dataclass
class Project:
    name: str
    dept: str
    unit: str
    year: int
    initial: Decimal
    budget: Decimal
    executed: Decimal
    exec_weight: Decimal
    rate: Decimal  # percent, as printed
    exec_score: Decimal
    current: tuple[Decimal, Decimal, Decimal]  # 当年财政拨款: initial, budget, executed
    carried: tuple[Decimal, Decimal, Decimal]
    indicators: list[Indicator]
    total_weight: Decimal
    total: Decimal
    planted: list[str] = field(default_factory=list)

    def level1_weights(self) -> dict[str, Decimal]:
        out: dict[str, Decimal] = {}
        for i in self.indicators:
            out[i.level1] = out.get(i.level1, Decimal(0)) + i.weight
        return out


LEVELS = (
    ("产出指标", "数量指标", "完成培训人次", "≥{n}人次", "{m}人次"),
    ("产出指标", "质量指标", "验收合格率", "≥95%", "{p}%"),
    ("产出指标", "时效指标", "按期完成率", "=100%", "100%"),
    ("产出指标", "成本指标", "项目总成本", "≤{b}万元", "{e}万元"),
    ("效益指标", "社会效益指标", "服务覆盖面", "有效提升", "有效提升"),
    ("效益指标", "可持续影响指标", "长效机制建立", "健全", "健全"),
    ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "{q}%"),
)


def invent(seed: int, exec_weight: int = 10, mistake: str | None = None) -> Project:
    """A form from ``seed``: weights of the indicators sum to 100 − the execution weight."""
    rnd = random.Random(seed)
    budget = Decimal(rnd.randint(1_000, 900_000)) / 100
    executed = _r2(budget * Decimal(rnd.randint(700, 1000)) / 1000)
    initial = budget if rnd.random() < 0.5 else _r2(budget * Decimal("0.9"))
    rate = _r2(executed / budget * 100)
    ew = Decimal(exec_weight)
    exec_score = _r2(ew * min(rate, Decimal(100)) / 100)
    carried_exec = _r2(executed * Decimal(rnd.randint(0, 30)) / 100)
    carried_budget = carried_exec
    current = (initial - carried_budget, budget - carried_budget, executed - carried_exec)
    carried = (carried_budget, carried_budget, carried_exec)
    rest = 100 - exec_weight
    shares = [rest * 5 // 10 // 4] * 4 + [rest * 3 // 10 // 2] * 2
    shares.append(rest - sum(shares))
    indicators: list[Indicator] = []
    for (l1, l2, name, target, actual), w in zip(LEVELS, shares):
        n = rnd.randint(50, 500)
        fill = {"n": n, "m": n + rnd.randint(0, 20), "p": rnd.randint(95, 100), "b": budget, "e": executed,
                "q": rnd.randint(90, 99)}
        weight = Decimal(w)
        score = weight if rnd.random() < 0.7 else weight - Decimal(rnd.randint(1, 3))
        reason = "" if score == weight else "部分任务延后完成，下年度加强进度管理"
        indicators.append(Indicator(l1, l2, name, target.format(**fill), actual.format(**fill), weight, score, reason))
    total = exec_score + sum((i.score for i in indicators), Decimal(0))
    p = Project(
        name=f"示例项目{seed}号专项经费", dept="示例市示例局", unit="示例市示例中心", year=2020 + seed % 5,
        initial=initial, budget=budget, executed=executed, exec_weight=ew, rate=rate, exec_score=exec_score,
        current=current, carried=carried, indicators=indicators, total_weight=Decimal(100), total=total,
    )
    if mistake == "rate":
        p.rate += Decimal("1.50")
    elif mistake == "total":
        p.total += Decimal(2)
    elif mistake == "score_over_weight":
        first = p.indicators[0]
        p.total += first.weight + 1 - first.score  # the total stays the sum: only the bound is broken
        first.score = first.weight + 1
    if mistake:
        p.planted.append(mistake)
    return p


def over_weight(total: Decimal, row: Any) -> Decimal:
    """Plant a score one point above ``row``'s weight; the total that still sums the scores."""
    total += row.weight + 1 - row.score
    row.score = row.weight + 1
    return total


def cost_first_level(p: Project) -> Project:
    """The newer template: 成本指标 a first level of its own, with 经济成本指标 under it, not a second level of 产出指标."""
    p.indicators = [replace(i, level1="成本指标", level2="经济成本指标") if i.level2 == "成本指标" else i
                    for i in p.indicators]
    return p


def assert_read_as_invented(doc: Any, p: Project, *, named: bool = False, total: bool = False) -> None:
    """``doc``, a form generated from ``p`` and read back, holds ``p``'s funds row (budget, executed, rate, score) and
    each indicator's weight and score, in order; ``named``: each indicator's name too; ``total``: the form's 总分."""
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec, t.rate.dec, t.score.dec) == (p.budget, p.executed, p.rate,
                                                                            p.exec_score)
    if named:
        assert [(i.level3.value, i.weight.dec, i.score.dec) for i in doc.indicators] == [
            (i.name, i.weight, i.score) for i in p.indicators]
    else:
        assert [(i.weight.dec, i.score.dec) for i in doc.indicators] == [(i.weight, i.score) for i in p.indicators]
    if total:
        assert doc.total_score.dec == p.total


def transfer_budget(folder: Any, text: str) -> Decimal | None:
    """The budget of the one transfer report read from ``text`` (written to ``folder``/report.txt), None if unread."""
    from jixiao.read import read_path

    path = folder / "report.txt"
    path.write_text(text, encoding="utf-8")
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    assert len(docs) == 1
    total = docs[0].funds.get("total")
    return total.annual_budget.dec if total is not None else None

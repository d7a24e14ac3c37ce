"""评分标准 → a scoring rule, only where the text says it plainly (``jixiao framework draft``).

Each reading below is a wording the published tables use; anything else is left to the user (``None``):
a rule is never guessed from a partial match. The result is the rule's name, its parameters and a short
note saying which words were read (kept as a comment in the draft).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from jixiao.core.numbers import HUNDRED, normalize_text

_N = r"(\d+(?:\.\d+)?)"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"

_CHECKLIST = re.compile(r"各占\s*1\s*/\s*(\d+)")
_EACH_POINTS = re.compile(rf"(?:各占|每项|每条)\s*{_N}\s*分")
_PER_CASE = re.compile(
    rf"(?:(?:每|有)(?:发现|出现|有|存在)?|缺失|不满足其中)\s*(?:一|1)\s*(?:例|次|项|处|个|起|件|人次|条)[^。;]*?"
    rf"扣(?:减)?\s*(?:权重分的?\s*{_N}\s*%|(?:权重分的)?\s*{_N}\s*(?:-\s*{_N})?\s*分)"
)
_DEDUCTION = re.compile(r"扣(?:减)?\s*(?:权重分的?)?\s*\d")
_TIER = re.compile(r"得(?:权重分的?)?\s*\d|不得分")
_STEP = re.compile(
    rf"每(增加|提高|超过|超出|高于|上升|降低|减少|低于|下降)\s*{_N}\s*(%|个百分点)[^。;]*?扣(?:减)?\s*"
    rf"(?:权重分的?\s*{_N}\s*%|{_N}\s*分)"
)
_BASE = re.compile(rf"(?:达到|等于|=)?\s*{_N}\s*%?\s*(?:的)?\s*(?:为|得)\s*满分")
# "…不得分" at a bound: the word says whether the bound itself scores nothing
_ZERO = re.compile(
    rf"(低于|小于|<|高于|超过|大于|>|≥|>=|≤|<=)\s*{_N}\s*%?[^。;,]*?不得分|{_N}\s*%?\s*(及以下|以下|及以上|以上)[^。;,]*?不得分"
)
_ZERO_OPS = {"低于": "<", "小于": "<", "<": "<", "高于": ">", "超过": ">", "大于": ">", ">": ">", "≥": ">=",
             ">=": ">=", "≤": "<=", "<=": "<=", "及以下": "<=", "以下": "<=", "及以上": ">=", "以上": ">="}
_RATE = r"(预算执行率|执行率|完成率|达成率|实现率)"
_WEIGHT = r"(?:该项|本项|该指标)?(?:分值|权重分|权重|满分)"
_PROPORTIONAL = re.compile(
    rf"{_RATE}\s*[×xX*]\s*{_WEIGHT}|{_WEIGHT}\s*[×xX*]\s*{_RATE}|按\s*{_RATE}\s*(?:计分|得分|折算|计算得分)"
)
_ALL_OR_NOTHING = re.compile(r"得满分[,，]?\s*(?:否则|不符合|未|没有)[^。;]*?(?:不得分|得\s*0\s*分)")
_JUDGEMENT = re.compile(r"酌情(?:扣分|打分|给分|评分|得分)")


@dataclass
class Reading:
    """What the text says about how to score: a rule and its parameters, or nothing (``rule`` None)."""

    rule: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    note: str = ""


def infer_rule(text: str | None, weight: Decimal | None) -> Reading:
    """The rule the 评分标准 ``text`` states for a leaf of ``weight``; ``Reading()`` when it does not."""
    if not text or not text.strip():
        return Reading(note="表中没有评分标准 / no scoring standard in the table")
    s = normalize_text(text)
    for read in (_proportional, _step, _per_case, _checklist, _all_or_nothing, _judgement):
        found = read(s, weight)
        if found is not None:
            return found
    return Reading(note="评分标准未写明可计算的规则 / the standard states no rule that can be computed")


def _proportional(s: str, weight: Decimal | None) -> Reading | None:
    m = _PROPORTIONAL.search(s)
    if not m:
        return None
    rate = next(g for g in m.groups() if g)
    return Reading("proportional", {"full_at": HUNDRED, "label": rate}, f"“{m.group(0)}”")


def _step(s: str, weight: Decimal | None) -> Reading | None:
    m = _STEP.search(s)
    if not m or len(_STEP.findall(s)) > 1:  # two stepped measures in one leaf: a composite, the user's to say
        return None
    word, step, _, share, points = m.groups()
    base = _BASE.search(s)
    if base is None:  # 每降低1%扣…, but from what value? the table must say
        return None
    params: dict[str, Any] = {
        "base": Decimal(base.group(1)),
        "direction": "down" if word in ("降低", "减少", "低于", "下降") else "up",
        "step": Decimal(step),
        "counting": "floor",
    }
    if share:
        params["deduct_share"] = Decimal(share) / HUNDRED
    else:
        params["deduct_points"] = Decimal(points)
    zero = _ZERO.search(s)
    if zero:
        op = _ZERO_OPS[zero.group(1) or zero.group(4)]
        if (op in ("<", "<=")) == (params["direction"] == "down"):
            params["zero_at"] = {"op": op, "value": Decimal(zero.group(2) or zero.group(3))}
    note = f"“{base.group(0)}”“{m.group(0)}”{('“' + zero.group(0) + '”') if zero else ''}"
    # 每降低1%: whole steps (counting floor); whether part of a step counts, and whether a bound written
    # 以下/以上 itself scores nothing, the text leaves open: said in the comment for the user to check
    return Reading("step_deduction", params, note + "；不足一档按 floor 不计、“以下/以上”含本数，请核对")


def _per_case(s: str, weight: Decimal | None) -> Reading | None:
    m = _PER_CASE.search(s)
    # one deduction per case and nothing else: other tiers (得权重分50%, 不得分) are the user's to combine
    if not m or len(_DEDUCTION.findall(s)) > 1 or _TIER.search(s.replace(m.group(0), "")):
        return None
    share, low, high = m.groups()
    if share:
        params: dict[str, Any] = {"deduct_share": Decimal(share) / HUNDRED}
    elif high:
        params = {"deduct_range": [Decimal(low), Decimal(high)]}
    else:
        params = {"deduct": Decimal(low)}
    return Reading("per_violation", params, f"“{m.group(0)}”")


def _checklist(s: str, weight: Decimal | None) -> Reading | None:
    m = _CHECKLIST.search(s)
    if m and int(m.group(1)) > 0:
        return Reading("checklist", {"points": int(m.group(1))}, f"“{m.group(0)}”")
    each = _EACH_POINTS.search(s)
    items = sum(1 for ch in s if ch in _CIRCLED)
    if each and items > 1 and weight is not None and Decimal(each.group(1)) * items == weight:
        return Reading("checklist", {"points": items}, f"{items} 个要点“{each.group(0)}”")
    return None


def _all_or_nothing(s: str, weight: Decimal | None) -> Reading | None:
    m = _ALL_OR_NOTHING.search(s)
    if not m or _JUDGEMENT.search(s):
        return None
    return Reading("choice", {"options": {"符合": {"share": Decimal(1)}, "不符合": Decimal(0)}}, f"“{m.group(0)}”")


def _judgement(s: str, weight: Decimal | None) -> Reading | None:
    m = _JUDGEMENT.search(s)
    return Reading("manual", {}, f"“{m.group(0)}”：由评价人打分") if m else None

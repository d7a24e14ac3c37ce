"""Helpers every rule shares: reading inputs and parameters as Decimal, capping, and the wording of a score.

Inputs arrive as ``str``, ``int``, ``Decimal``, a parsed ``Target`` or a document ``Val``; they are read
exactly (never through float). A missing or unreadable one raises ``RuleInputError`` naming it.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from functools import lru_cache
from typing import Any

from jixiao.core.numbers import ZERO, parse_decimal
from jixiao.core.records import Val
from jixiao.core.rounding import MODES, Rounding
from jixiao.core.safetext import quote
from jixiao.core.target import Target, parse_target
from jixiao.rules.base import RuleInputError

_PLAIN = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?").fullmatch  # (ASCII digits only: a regex digit takes ೧ and ٣, parse_decimal not)

# Comparators a framework writes, with the words a sentence uses for them.
OPS: dict[str, Callable[[Decimal, Decimal], bool]] = {
    "<=": operator.le,
    "<": operator.lt,
    ">=": operator.ge,
    ">": operator.gt,
    "=": operator.eq,
}
_OP_ALIASES = {"≤": "<=", "≥": ">=", "==": "=", "＝": "=", "《": "<=", "》": ">="}
OP_ZH = {"<=": "不高于", "<": "低于", ">=": "不低于", ">": "高于", "=": "等于"}
OP_EN = {"<=": "at most", "<": "below", ">=": "at least", ">": "above", "=": "equal to"}
NOT_OP_ZH = {"<=": "高于", "<": "不低于", ">=": "低于", ">": "不高于", "=": "不等于"}
NOT_OP_EN = {"<=": "above", "<": "not below", ">=": "below", ">": "not above", "=": "not equal to"}


def plain(x: object) -> Decimal | None:
    """A Decimal, an int or a plain number text as Decimal; None for anything that needs parsing."""
    if x.__class__ is str:
        return Decimal(x) if _PLAIN(x) else None  # type: ignore[arg-type]
    if isinstance(x, Decimal):
        return x if x.is_finite() else None
    if isinstance(x, int) and not isinstance(x, bool):
        return Decimal(x)
    return None


def to_dec(x: object) -> Decimal | None:
    """A number as Decimal, or None: plain numbers at once, ``93.94%`` or ``1,984.00`` through parse_decimal."""
    d = plain(x)
    if d is not None:
        return d
    if isinstance(x, Val):
        return to_dec(x.value)
    if isinstance(x, Target):
        return x.value
    d = parse_decimal(x)
    return d if d is not None and d.is_finite() else None


_DECS: dict[str, Decimal | None] = {}


def to_dec_cached(x: object) -> Decimal | None:
    """``to_dec``, texts remembered (weights and evaluators' scores repeat from row to row and form to form)."""
    if x.__class__ is not str:
        return to_dec(x)
    try:
        return _DECS[x]  # type: ignore[index]
    except KeyError:
        d = _DECS[x] = to_dec(x)  # type: ignore[index]
        if len(_DECS) > 8192:
            _DECS.clear()
        return d


@lru_cache(maxsize=8192)
def _cached_target(text: str) -> Target:
    return parse_target(text)


def read_target(x: object) -> Target | None:
    """A target or actual value (``=160(份)``, ``≥95%``, ``1-2次``, ``150``) as a Target, or None."""
    if isinstance(x, Target):
        return x
    if isinstance(x, Val):
        x = x.value if x.value is not None else x.text
    if x is None or isinstance(x, bool):
        return None
    if isinstance(x, Decimal | int):
        d = to_dec(x)
        return None if d is None else Target(text=str(x), op="=", value=d)
    t = _cached_target(str(x))
    return None if t.qualitative else t


def need(inputs: Mapping[str, Any], name: str) -> Decimal:
    """The input ``name`` as a Decimal, or a RuleInputError saying it is missing or not a number."""
    x = inputs.get(name)
    d = to_dec(x)
    if d is None:
        if x is None:
            raise RuleInputError(f"缺少输入“{name}”", f"input '{name}' is missing")
        raise RuleInputError(f"输入“{name}”不是数字：{quote(x)}", f"input '{name}' is not a number: {quote(x)}")
    return d


def param(params: Mapping[str, Any], name: str, default: Decimal | None = None) -> Decimal:
    """The framework parameter ``name`` as a Decimal (``default`` when absent)."""
    x = params.get(name)
    if x is None:
        if default is None:
            raise RuleInputError(f"缺少参数“{name}”", f"parameter '{name}' is missing")
        return default
    d = to_dec(x)
    if d is None:
        raise RuleInputError(f"参数“{name}”不是数字：{quote(x)}", f"parameter '{name}' is not a number: {quote(x)}")
    return d


def choice_param(params: Mapping[str, Any], name: str, choices: tuple[str, ...], default: str) -> str:
    x = params.get(name)
    if x is None:
        return default
    if x not in choices:
        raise RuleInputError(
            f"参数“{name}”应为{'、'.join(choices)}之一：{quote(x)}",
            f"parameter '{name}' must be one of {', '.join(choices)}: {quote(x)}",
        )
    return str(x)


def op_param(x: object, where: str) -> str:
    op = _OP_ALIASES.get(str(x), str(x))
    if op not in OPS:
        raise RuleInputError(
            f"{where}的比较符无法识别：{quote(x)}（应为 <=、<、>=、>、=）",
            f"{where}: unknown comparator {quote(x)} (one of <=, <, >=, >, =)",
        )
    return op


def as_bool(x: object, name: str) -> bool:
    """A yes/no input: true/false, 1/0, 是/否, 达到/未达到."""
    if isinstance(x, bool):
        return x
    if isinstance(x, int | Decimal):
        return x != 0
    s = str(x).strip().lower() if x is not None else ""
    if s in ("true", "yes", "y", "1", "是", "达到", "满足", "符合", "显著"):
        return True
    if s in ("false", "no", "n", "0", "否", "未达到", "不满足", "不符合", "不显著"):
        return False
    raise RuleInputError(f"输入“{name}”应为是/否：{quote(x)}", f"input '{name}' must be yes/no: {quote(x)}")


def cap(score: Decimal, weight: Decimal, ctx_score: Rounding) -> Decimal:
    """Never negative, never above the weight, rounded as the framework says.

    Rounding never lifts a score past its weight (ceiling of 0.505 at 0.51 stays 0.51); the weight itself is
    the full score, shown with the framework's digits when that does not change it.
    """
    return capper(ctx_score)(score, weight)


@lru_cache(maxsize=64)
def capper(rounding: Rounding) -> Callable[[Decimal, Decimal], Decimal]:
    """``cap`` for one rounding, its mode and quantum bound once (compiled rules call it for every row)."""
    if rounding.mode == "none":

        def cap_exact(score: Decimal, weight: Decimal) -> Decimal:
            if score <= ZERO:
                return ZERO
            return score if score < weight else weight

        return cap_exact
    quantum, mode = rounding.quantum, MODES[rounding.mode]
    zero = ZERO.quantize(quantum, mode)

    def cap_rounded(score: Decimal, weight: Decimal) -> Decimal:
        if score <= ZERO:
            return zero
        if score < weight:
            rounded = score.quantize(quantum, mode)
            if rounded <= weight:
                return rounded
        full = weight.quantize(quantum, mode)
        return full if full == weight else weight

    return cap_rounded


@lru_cache(maxsize=64)
def full_scores(rounding: Rounding) -> dict[Decimal, Decimal]:
    """``cap(weight, weight)`` for one rounding — the score of a row that meets its target — by weight, filled by
    ``full_score``: a compiled rule looks a weight up here before it calls anything."""
    return {}


def full_score(rounding: Rounding, weight: Decimal) -> Decimal:
    """``cap(weight, weight, rounding)``, remembered in ``full_scores(rounding)`` where it reads the same however
    the weight is written (rounded: ``6`` and ``6.00`` both give ``6.00``); a weight that is its own full score
    (no rounding, or more digits than the rounding keeps) is not remembered: it is returned as it is written."""
    got = capper(rounding)(weight, weight)
    known = full_scores(rounding)
    if got is not weight and len(known) < 4096:
        known[weight] = got
    return got


def check_score(score: Decimal, weight: Decimal) -> None:
    """An evaluator's score must lie in [0, weight]."""
    if score < ZERO or score > weight:
        raise RuleInputError(
            f"评分{pts(score)}超出0-{pts(weight)}分",
            f"score {pts(score)} is outside 0-{pts(weight)}",
        )


def num(d: Decimal) -> str:
    """A figure as written (``1984.00`` stays ``1984.00``), fixed-point, never an exponent."""
    s = str(d)  # several times faster than format(d, "f"); the same text unless there is an exponent
    return format(d, "f") if "E" in s else s


def pts(d: Decimal) -> str:
    """Points for people: fixed-point, trailing zeros dropped (``0.80`` → ``0.8``, ``2.00`` → ``2``)."""
    s = num(d)
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


_NOTES: dict[tuple[str, int, str], str] = {}


def rounding_note(raw: Decimal, rounded: Decimal, rounding: Rounding, lang: str) -> str:
    """Name the rounding when it changed a value; 四舍五入 is the convention the seeds leave unsaid."""
    if raw == rounded or rounding.mode in ("half_up", "none"):
        return ""
    key = (rounding.mode, rounding.digits, lang)  # cheaper to hash than the dataclass
    note = _NOTES.get(key)
    if note is None:
        note = f" ({rounding.describe('en')})" if lang == "en" else f"（{rounding.describe('zh')}）"
        _NOTES[key] = note
    return note


def score_note(f: Mapping[str, Any], lang: str) -> str:
    """The rounding note of a computed score (facts ``raw``, ``score``, ``weight``, ``rounding``); none at 0
    or at the full weight, where capping, not rounding, set it."""
    raw = f["raw"]
    return rounding_note(raw, f["score"], f["rounding"], lang) if ZERO < raw < f["weight"] else ""


def outcome(weight: Decimal, score: Decimal, lang: str, note: str = "") -> str:
    """The end of an explanation as seed 002 writes it: 扣减0.12分，得1.88分 / 扣减2分，不得分 / 得满分2分."""
    if lang == "en":
        if score >= weight:
            return f"full score {pts(score)}{note}"
        lost = pts(weight - score)
        return f"{lost} point{'' if lost == '1' else 's'} deducted, score {pts(score)}{note}"
    if score >= weight:
        return f"得满分{pts(score)}分{note}"
    if score == ZERO:
        return f"扣减{pts(weight)}分，不得分"
    return f"扣减{pts(weight - score)}分，得{pts(score)}分{note}"


def sep(lang: str) -> str:
    return ", " if lang == "en" else "，"


_MEMO: dict[int, tuple[object, object]] = {}


def memo(obj: object, build: Callable[[object], Any]) -> Any:
    """``build(obj)`` computed once per framework parameter object (band lists, option maps)."""
    hit = _MEMO.get(id(obj))
    if hit is not None and hit[0] is obj:
        return hit[1]
    value = build(obj)
    if len(_MEMO) > 4096:
        _MEMO.clear()
    _MEMO[id(obj)] = (obj, value)  # holding obj keeps its id from being reused
    return value

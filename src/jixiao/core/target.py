"""年度指标值 — targets (and actual values) parsed from the free text forms use.

A target is a comparator, a value or bounds (Decimal), a unit and the original text. A text that does not
read as one quantity stays qualitative with its text: nothing is guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from jixiao.core.numbers import fmt, mend_ocr_digits, normalize_text, parse_decimal

OPS = ("=", ">=", ">", "<=", "<", "range", "qualitative")

# Comparator words before the number. They are matched as whole words, longest first, and only right
# before a number: "不超过30" is "<= 30" although it contains "超过", and the "超" of "超市覆盖率" is no
# comparator.
_PREFIX_WORDS: list[tuple[str, str]] = [
    ("不低于", ">="),
    ("不少于", ">="),
    ("不小于", ">="),
    ("最少", ">="),
    ("最低", ">="),
    ("大于等于", ">="),
    ("大于或等于", ">="),
    ("高于", ">"),
    ("大于", ">"),
    ("多于", ">"),
    ("超过", ">"),
    ("超出", ">"),
    ("超", ">"),
    ("不高于", "<="),
    ("不超过", "<="),
    ("未超过", "<="),
    ("不超出", "<="),
    ("不多于", "<="),
    ("不大于", "<="),
    ("最多", "<="),
    ("最高", "<="),
    ("小于等于", "<="),
    ("小于或等于", "<="),
    ("低于", "<"),
    ("小于", "<"),
    ("少于", "<"),
    ("不足", "<"),
    ("等于", "="),
    # A target to reach: what is done must reach it (the forms score 完成 and 达到 as "at least").
    ("达到", ">="),
    ("完成", ">="),
]
_PREFIX_OPS = dict(_PREFIX_WORDS)
_PREFIX_ALTERNATIVES = "|".join(sorted((re.escape(w) for w, _ in _PREFIX_WORDS), key=len, reverse=True))
_PREFIX_RE = re.compile(rf"({_PREFIX_ALTERNATIVES})\s*(?=[+-]?\d)")
# Words that normalize_text would break ("至" is a range sign there): mapped to their synonyms first.
_PRE_WORDS = (("至少", "不少于"), ("至多", "不多于"))
# Comparator words after the number and unit.
_SUFFIX_WORDS: list[tuple[str, str]] = [
    ("及以上", ">="),
    ("以上", ">="),
    ("及以下", "<="),
    ("以下", "<="),
    ("以内", "<="),
    ("之内", "<="),
    ("内", "<="),
]
_SYMBOLS: list[tuple[str, str]] = [
    (">=", ">="),
    ("=>", ">="),
    ("≥", ">="),
    ("<=", "<="),
    ("=<", "<="),
    ("≤", "<="),
    ("==", "="),
    ("=", "="),
    (">", ">"),
    ("<", "<"),
]
# Comparator given in its own column (指标性质).
_OP_HINTS = {
    "=": "=",
    "＝": "=",
    "≥": ">=",
    ">=": ">=",
    "》": ">=",
    ">": ">",
    "≤": "<=",
    "<=": "<=",
    "<": "<",
    "正向": ">=",
    "反向": "<=",
    "定性": "qualitative",
}

_NUM = r"[+-]?\d+(?:\.\d+)?"
# Characters that never appear in a unit: they mean the text says more than a quantity.
_NOT_UNIT = set("完成前后以上下内于达到提升有无是否及或和且、,;；。0123456789")
_MAX_UNIT = 4


@dataclass(frozen=True, slots=True)
class Target:
    """A parsed target or actual value.

    ``op`` is one of ``=``, ``>=``, ``>``, ``<=``, ``<``, ``range``, ``qualitative``. For ``range`` the bounds
    are ``low`` and ``high``; otherwise ``value``. A ratio ``1:3`` reads as value 3 with unit ``1:x``.
    """

    text: str
    op: str
    value: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str | None = None

    @property
    def qualitative(self) -> bool:
        return self.op == "qualitative"

    @property
    def is_reverse(self) -> bool:
        """反向指标 — smaller is better (≤, <)."""
        return self.op in ("<=", "<")

    def to_json(self) -> dict[str, object]:
        return {
            "text": self.text,
            "op": self.op,
            "value": fmt(self.value),
            "low": fmt(self.low),
            "high": fmt(self.high),
            "unit": self.unit,
            "qualitative": self.qualitative,
        }

    def met_by(self, actual: Target) -> bool | None:
        """Whether an actual value meets this target; None when either side is not quantitative."""
        if self.qualitative or actual.qualitative:
            return None
        a = actual.value if actual.value is not None else actual.low
        if a is None:
            return None
        if self.op == "range":
            assert self.low is not None and self.high is not None
            return self.low <= a <= self.high
        t = self.value
        assert t is not None
        if self.op in ("=", ">="):
            return a >= t
        if self.op == ">":
            return a > t
        if self.op == "<=":
            return a <= t
        return a < t  # "<"


def _qualitative(text: str) -> Target:
    return Target(text=text, op="qualitative")


def _clean_unit(unit: str) -> str | None | bool:
    """The unit text, None for no unit, False when the text is not a unit."""
    unit = unit.strip()
    if unit.startswith("(") and unit.endswith(")"):
        unit = unit[1:-1].strip()
    if not unit:
        return None
    if len(unit) > _MAX_UNIT and unit != "%":
        return False
    if any(ch in _NOT_UNIT for ch in unit):
        return False
    if any(ch in "()（）=<>≥≤" for ch in unit):
        return False
    return unit


def _read_quantity(body: str) -> tuple[str, Decimal | None, Decimal | None, Decimal | None, str | None] | None:
    """Read ``number[unit]``, ``low-high[unit]`` or ``a:b``; return (kind, value, low, high, unit)."""
    m = re.fullmatch(rf"({_NUM})\s*:\s*({_NUM})", body)
    if m:
        a, b = Decimal(m.group(1)), Decimal(m.group(2))
        if a == 0:
            return None
        return ("ratio", b / a, None, None, "1:x")
    # A range, the unit after the second number and perhaps after the first: "90%-100%", "30万元至50万元".
    m = re.fullmatch(rf"({_NUM})\s*([^\d+-]{{0,{_MAX_UNIT}}}?)\s*-\s*({_NUM})\s*(.*)", body)
    if m:
        low, high = Decimal(m.group(1)), Decimal(m.group(3))
        unit = _clean_unit(m.group(4))
        first = _clean_unit(m.group(2))
        if unit is False or first is False or (first is not None and unit is not None and first != unit):
            return None
        if unit is None:
            unit = first
        if low > high:
            return None
        return ("range", None, low, high, unit if isinstance(unit, str) else None)
    m = re.fullmatch(rf"({_NUM})\s*(.*)", body)
    if m:
        unit = _clean_unit(m.group(2))
        if unit is False:
            return None
        return ("value", Decimal(m.group(1)), None, None, unit if isinstance(unit, str) else None)
    return None


def _squash(text: str) -> str:
    # Spaces inside numbers from PDF extraction ("100. 00%", "2, 000"), thousands separators.
    text = re.sub(r"(?<=\d)\s*\.\s*(?=\d)", ".", text)
    text = re.sub(r"(?<=\d),(?=\d{3}(\D|$))", "", text)
    return text


def parse_target(text: str | None, op_hint: str | None = None, unit_hint: str | None = None) -> Target:
    """Parse a target or actual value as the forms write it; never raises.

    ``op_hint`` is the comparator column (指标性质: =, ≥, ≤, 定性…), ``unit_hint`` the unit column (度量单位).
    """
    original = "" if text is None else str(text)
    if len(original) <= _CACHED_CHARS and (op_hint is None or op_hint.__class__ is str) and (
            unit_hint is None or unit_hint.__class__ is str):
        return _parse_cached(original, op_hint, unit_hint)
    return _parse_safely(original, op_hint, unit_hint)


_CACHED_CHARS = 200  # targets and actuals are short and repeat from form to form: remembered (Target is immutable)


@lru_cache(maxsize=16384)
def _parse_cached(original: str, op_hint: str | None, unit_hint: str | None) -> Target:
    return _parse_safely(original, op_hint, unit_hint)


def _parse_safely(original: str, op_hint: str | None, unit_hint: str | None) -> Target:
    try:
        return _parse(original, op_hint, unit_hint)
    except (ArithmeticError, ValueError):  # pragma: no cover - defensive: parse never raises
        return _qualitative(original)


def _parse(original: str, op_hint: str | None, unit_hint: str | None) -> Target:
    s = original
    for word, same in _PRE_WORDS:
        s = s.replace(word, same)
    s = _squash(mend_ocr_digits(normalize_text(s)))  # 1OO% read by OCR is 100%
    if not s:
        return _qualitative(original)
    hint = _OP_HINTS.get(normalize_text(op_hint or "").strip()) if op_hint else None
    if hint == "qualitative":
        return _qualitative(original)

    op: str | None = None
    # A label before a comparator symbol: "满意度≥90%".
    m = re.match(r"^[^\d<>=≥≤+-]{1,12}?(?=(>=|=>|<=|=<|≥|≤|==|=|>|<))", s)
    if m and not any(s.startswith(w) for w, _ in _PREFIX_WORDS):
        s = s[m.end():]
    for sym, o in _SYMBOLS:
        if s.startswith(sym):
            op, s = o, s[len(sym):].strip()
            break
    if op is None:
        w = _PREFIX_RE.search(s)
        # A label may stand before the comparator word: "带动社会投资比例不低于1:3".
        if w and w.start() <= 20 and not re.search(r"\d", s[: w.start()]):
            op, s = _PREFIX_OPS[w.group(1)], s[w.end():].strip()
    suffix_op: str | None = None
    for word, o in _SUFFIX_WORDS:
        if s.endswith(word) and len(s) > len(word):
            suffix_op, s = o, s[: -len(word)].strip()
            break
    if op is not None and suffix_op is not None and op != suffix_op:
        return _qualitative(original)
    if op is None and suffix_op is not None:
        # A label before a number that a comparator word follows: "控制在30万元以内".
        s = re.sub(r"^[^\d+-]{1,12}?(?=[+-]?\d)", "", s)
    op = op or suffix_op

    q = _read_quantity(s)
    if q is None:
        return _qualitative(original)
    kind, value, low, high, unit = q
    if unit is None and unit_hint:
        unit = normalize_text(unit_hint).strip("()") or None
    if kind == "range":
        if op not in (None, "="):
            return _qualitative(original)
        return Target(text=original, op="range", low=low, high=high, unit=unit)
    if op is None:
        op = hint or "="
    return Target(text=original, op=op, value=value, unit=unit)


__all__ = ["OPS", "Target", "parse_decimal", "parse_target"]

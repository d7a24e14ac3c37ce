"""Indicator rows whose cells ran together with no separator, split back by the form's own arithmetic.

Text converted from a document sometimes loses every separator, so a block of indicator rows is one
string: ``安装坡面水标尺10≥266米≥266米10水标尺宽度10≥50厘米≥50厘米10`` is two rows of name, 分值,
年度指标值, 实际完成值 and 得分. Every reading of the string as rows in the column order of the table's
header is tried; a reading must keep each weight within the first level's weight (or 100), each score
within its weight, give every row a name that is text (not a unit or a sign left over from a value) and
every value a non-empty text. Among the readings left, the one whose weights make the first level's
printed weight is preferred, then the one whose target and actual texts agree in shape (a form usually
prints ``≥266米`` twice). When one reading is best it is taken and the choice recorded; when several
disagree on a weight or a score, nothing is taken and the caller says so. Never a guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from jixiao.core.numbers import HUNDRED
from jixiao.read.recognise.formspec import UNITS

CJK = re.compile(r"[\u4e00-\u9fff]")
_SIGN = "≥≤≧≦<>=﹦＝》《"  # the comparison signs a target starts with (≧ ≦ as some fonts print ≥ ≤, 》《 as OCR reads them)
_NOT_A_NAME_START = frozenset("0123456789.%‰~～-—/、,，:：;；)）" + _SIGN)
SIGNS = re.compile(f"[{_SIGN}]")
# a target and an actual each a (signed) number with its unit: ≥359人次374人次, 97%100%
_PAIR = re.compile(f"([{_SIGN}]?\\d+(?:\\.\\d+)?[^\\d.{_SIGN}]+?)([{_SIGN}]?\\d+(?:\\.\\d+)?[^\\d.{_SIGN}]*)")
_MAX_PARSES = 64  # readings kept from any one position: the best by shape (``_rank``)
_PER_SPLIT = 8  # readings of what follows tried after each way of cutting a row
_MAX_TEXT = 60  # characters one value may span
_MAX_NAME = 40
_UNIT_STARTS = tuple(sorted((u for u in UNITS if u not in ("分",)), key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class RunRow:
    """One indicator row split back: its name, the values' texts (target, actual) and the numbers' texts
    (weight, score), with each piece's offset in the string."""

    name: str
    name_at: int
    cells: tuple[tuple[str, str, int], ...]  # (field, text, offset) in column order

    def get(self, field: str) -> str | None:
        return next((t for f, t, _ in self.cells if f == field), None)



def _numbers_at(s: str, i: int) -> list[tuple[int, Decimal]]:
    """Every number that starts at ``i``: (end, value), shortest first; no leading zeros, no trailing point."""
    out: list[tuple[int, Decimal]] = []
    if i >= len(s) or not s[i].isdigit():
        return out
    j = i
    seen_point = False
    while j < len(s) and (s[j].isdigit() or (s[j] == "." and not seen_point and j + 1 < len(s) and s[j + 1].isdigit())):
        if s[j] == ".":
            seen_point = True
            j += 1
            continue
        j += 1
        piece = s[i:j]
        if len(piece) > 1 and piece[0] == "0" and piece[1] != ".":
            break
        out.append((j, Decimal(piece)))
    return out


def unit_at(s: str, i: int) -> bool:
    """A unit that ends a value starts at ``i`` (米 in ``266米≥``, not 项 in ``项目``)."""
    for u in _UNIT_STARTS:
        if s.startswith(u, i):
            after = i + len(u)
            return after >= len(s) or not CJK.match(s[after])
    return False


def _name_ok(name: str) -> bool:
    return bool(CJK.search(name)) and name[0] not in _NOT_A_NAME_START and not SIGNS.search(name) \
        and not unit_at(name, 0) and len(name) <= _MAX_NAME and not name[-1].isdigit() \
        and not _PERCENT_IN.search(name)  # 诊断准确率95%以上97%: a name holds no percentage, its target does


_PERCENT_IN = re.compile(r"\d[%‰]")
# 个, the measure word of a count in prose, follows no weight or score; 个别 / 个人 (a reason's opening: 个别人未及时…) may
_NOT_COUNTED = ("个别", "个人")
_NUMBERING = re.compile(r"\d{1,2}[:：]")
NUMBERED_ROW = re.compile(r"(?:任务|指标)\d{1,2}[:：]")


def name_start(s: str, i: int) -> bool:
    """A row's name may start at ``i``: text, not a figure's sign, unit or digit."""
    return s[i] not in _NOT_A_NAME_START and not unit_at(s, i) and bool(CJK.match(s[i]))


class _Parser:
    def __init__(self, s: str, order: Sequence[str], bound: Decimal, percent: bool = False) -> None:
        self.s, self.bound, self.percent = s, bound, percent
        # consecutive text fields (target, actual) are one stretch, split afterwards
        self.order: list[str] = []
        for f in order:
            if f in ("target", "actual") and self.order and self.order[-1] == "values":
                continue
            self.order.append("values" if f in ("target", "actual") else f)
        self.texts = [f for f in order if f in ("target", "actual")]
        self.memo: dict[int, list[list[RunRow]]] = {}

    def rows_from(self, pos: int) -> list[list[RunRow]]:
        if pos == len(self.s):
            return [[]]
        if pos in self.memo:
            return self.memo[pos]
        out: list[list[RunRow]] = []
        s = self.s
        for i in range(pos + 1, min(len(s), pos + _MAX_NAME + 1)):
            name = s[pos:i]
            if _NUMBERING.match(s, i):
                continue  # 任务1:门诊住院人次: a row's numbering belongs to its name, no value starts with it
            if not _name_ok(name):
                if name[0] in _NOT_A_NAME_START or SIGNS.search(name):
                    break
                continue
            for end, cells in self._fields(i, 0, None, ()):
                if end < len(s) and (s[end] in _NOT_A_NAME_START or unit_at(s, end)):
                    continue
                for rest in self.rows_from(end)[:_PER_SPLIT]:  # the best readings of what follows
                    out.append([RunRow(name, pos, cells), *rest])
        out.sort(key=_rank, reverse=True)  # the best readings from here kept, whatever name they start with
        self.memo[pos] = out[:_MAX_PARSES]
        return self.memo[pos]

    def _fields(self, pos: int, k: int, weight: Decimal | None,
                cells: tuple[tuple[str, str, int], ...]) -> list[tuple[int, tuple[tuple[str, str, int], ...]]]:
        if k == len(self.order):
            return [(pos, cells)]
        field = self.order[k]
        s = self.s
        out: list[tuple[int, tuple[tuple[str, str, int], ...]]] = []
        if field in ("weight", "score"):
            for end, value in _numbers_at(s, pos):
                sign = 0
                if field == "weight" and self.percent:  # every weight printed as a share of the full marks (20%):
                    # its points are that number, its sign read past; only right before its score (…115.25%20%20),
                    # never a weight before the values (诊断准确率95%以上97%55: 95% is the target)
                    if not s.startswith("%", end) or self.order[k + 1 : k + 2] != ["score"]:
                        continue
                    sign = 1
                elif end < len(s) and s[end] in "%‰":
                    continue
                if s.startswith("个", end) and not s.startswith(_NOT_COUNTED, end):
                    continue  # 3个项目, 2个月: a count in words (a 偏差原因's sentence), never a row's points
                if field == "weight" and not (0 < value <= self.bound):
                    continue
                if field == "score" and value > self.bound:
                    continue  # a score above its weight is kept: the document's mistake, for the audit
                out += self._fields(end + sign, k + 1, value if field == "weight" else weight,
                                    (*cells, (field, s[pos:end], pos)))
                if s.startswith("分", end):  # 11分9分: the points' unit printed after the number
                    out += self._fields(end + 1, k + 1, value if field == "weight" else weight,
                                        (*cells, (field, s[pos:end], pos)))
            return out
        numbered = NUMBERED_ROW.search(s, pos, pos + _MAX_TEXT + 6)  # …任务2:健康档案更新率: the next row's numbered
        stop = numbered.end() - 1 if numbered else len(s)  # name, never inside a value
        for end in range(pos + 1, min(len(s), pos + _MAX_TEXT, stop) + 1):
            if k + 1 < len(self.order) and (end >= len(s) or not s[end].isdigit()):
                continue  # a number follows the values
            if k + 1 < len(self.order) and s[end - 1] == ".":
                continue
            out += self._fields(end, k + 1, weight, (*cells, ("values", s[pos:end], pos)))
        return out


def split_values(text: str, fields: Sequence[str]) -> list[tuple[str, str]]:
    """The values stretch as (field, text): two fields split where the halves are alike (the same text,
    or both opening with the same sign), else the first field gets it whole."""
    if len(fields) == 1:
        return [(fields[0], text)]
    n = len(text)
    if n % 2 == 0 and text[: n // 2] == text[n // 2 :]:
        return [(fields[0], text[: n // 2]), (fields[1], text[n // 2 :])]
    if text[0] in _SIGN and text.count(text[0]) == 2:
        at = text.index(text[0], 1)
        return [(fields[0], text[:at]), (fields[1], text[at:])]
    m = _PAIR.fullmatch(text)
    if m:
        return [(fields[0], m.group(1)), (fields[1], m.group(2))]
    return [(fields[0], text)]


def _decimals(text: str) -> int:
    return len(text.split(".", 1)[1]) if "." in text else 0


def _alike(row: RunRow) -> int:
    """How well a row's pieces agree in shape: target and actual written alike, the weight and the score with
    as many decimals (a form prints its scores one way), the values not ending in a digit that could be
    the next number's. What every row has (matching decimals) is scored as a penalty when it is missing,
    never as a bonus when present: a bonus per row would make cutting a run into more rows a better reading."""
    values = row.get("values") or ""
    n = len(values)
    weight, score = row.get("weight") or "", row.get("score") or ""
    return (int(n % 2 == 0 and values[: n // 2] == values[n // 2 :])
            + int(bool(values) and values[0] in _SIGN and values.count(values[0]) == 2)
            + int(bool(_PAIR.fullmatch(values)))
            - 2 * int(bool(weight) and _decimals(weight) != _decimals(score))  # no weight column: nothing to match
            - int(bool(values) and values[-1].isdigit()))


def _over_uncut(row: RunRow) -> bool:
    """A score above its weight where the text does not state the cuts around them: digits alone (97%55 as 9 |
    55), or a weight cut from the digits of the value before it (2450.1111.00 as 245 | 0.11 | 11.00); not two
    figures printed with decimals after a value that ends otherwise (12.0013.00, the document's own mistake, kept
    for the audit)."""
    weight, score = row.get("weight"), row.get("score")
    if weight is None or score is None or Decimal(score) <= Decimal(weight):
        return False
    return "." not in weight or "." not in score or (row.get("values") or "")[-1:].isdigit()


def _rank(rows: list[RunRow]) -> tuple[int, int]:
    """Shape first, then how many scores stay within their weights (the shape says where a number is;
    a score over its weight is then the document's mistake, never a reason to read the row otherwise)."""
    within = sum(1 for r in rows if r.get("weight") is not None
                 and Decimal(r.get("score") or 0) <= Decimal(r.get("weight") or 0))
    return sum(_alike(r) for r in rows), within


@dataclass(slots=True)
class Reading:
    rows: list[RunRow]
    how: str  # "by arithmetic" (the weights make the level's weight), "by shape", "only reading"
    readings: int


def read_rows(text: str, order: Sequence[str], bound: Decimal | None = None,
              level_weight: Decimal | None = None) -> Reading | None:
    """The one best reading of ``text`` as indicator rows in ``order`` (fields among target, actual, weight,
    score), or None when there is none or several disagree on the numbers."""
    if "score" not in order:  # a form with no weight column (20-point forms: 年初目标值 | 实际完成值 | 得分) splits too
        return None
    got = _read(text, order, bound, level_weight, percent=False)
    if got is None and "weight" in order:  # a 权重 column printing each weight as a share (≥10%115.25%20%20): read
        got = _read(text, order, bound, level_weight, percent=True)  # so only where plain weights give no reading,
    return got  # and every row's weight so printed


def _read(text: str, order: Sequence[str], bound: Decimal | None, level_weight: Decimal | None,
          percent: bool) -> Reading | None:
    parses = [p for p in _Parser(text, order, bound if bound is not None else HUNDRED, percent).rows_from(0) if p]
    if not parses:
        return None
    how = "only reading" if len(parses) == 1 else "by shape"
    if level_weight is not None:
        summing = [p for p in parses if sum(Decimal(r.get("weight") or 0) for r in p) == level_weight]
        if summing and len(summing) < len(parses):
            parses, how = summing, "by arithmetic"
    best = max(_rank(p) for p in parses)
    top = [p for p in parses if _rank(p) == best]
    numbers = {tuple((r.name, r.get("weight"), r.get("score")) for r in p) for p in top}
    if len(numbers) != 1:
        from jixiao.read.recognise.runrows_partial import agreed_numbers

        agreed = agreed_numbers(text, top)
        if agreed is None or how != "by arithmetic" and any(_over_uncut(r) for r in agreed):
            return None
        return Reading(agreed, "figures only", len(parses))
    if how != "by arithmetic" and any(_over_uncut(r) for r in top[0]):
        return None  # 诊断准确率95%以上97%55 as weight 9, score 55: a cut no column and no sum confirms, never kept
    return Reading(top[0], how, len(parses))

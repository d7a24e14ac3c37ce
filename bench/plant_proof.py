"""What a document's OWN arithmetic proves about a planted slip (``bench.corpus_plant``): the identity it breaks.

A slip a check missed is only a check's gap when the document states a partner the slip disagrees with. For one
planted number (old → new) this looks for an identity among the document's printed figures that holds with the old
value (within the rounding of every printed figure) and fails with the new one:

- ``sum Σ``: a figure equal to the sum of a run of 2–6 amounts printed right after it (其中 …) or right before it
  (… 合计), or in a table read, a row's figure equal to a run of the rows under/above it in its column, or a row's
  first figure equal to the rest of its row;
- ``ratio a÷b``: a percentage (not one of growth) equal to a ÷ b × 100 (a share 占, a completion rate 完成预算…%), a one of the two
  amounts printed just before it and b an amount near it;
- ``growth (a−b)÷b``: a percentage of growth (增长/下降 before it) equal to a change over its base: (a − b) ÷ b with both stated, or d ÷ (a ∓ d)
  with the change d stated;
- ``difference a−b``: an amount equal to the difference of two amounts printed with it (增加/短收 …);
- ``words 持平/大于/小于``: a rate of 100% stated with the words that say the two figures are equal (持平, 等于);
- ``same figure elsewhere``: the figure (three significant digits or more) printed once more elsewhere in the text
  (the text against the table, 收入总计 = 支出总计 …; weak: two different things may be equal).

The first that matches names the slip's class; none: ``no partner`` (a figure stated once, which no check CAN
test). A bench heuristic, never a check: a window of nearby figures and exact interval arithmetic keep chance
coincidences rare, and ``-v`` lists examples per class to verify by eye.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import product
from typing import Any

from bench.corpus_plant import NUMBER, Plant, _fold, _prose_class

_PCT = re.compile(r"^\s*[%％]")
_YEAR_AFTER = re.compile(r"^\s*(年|年度|—|-|～)")
_ORDINAL_AFTER = re.compile(r"^[、）)]")
_SAME = re.compile(r"持平|等于预算|与预算数一致|与年初预算一致")
WINDOW = 10  # amounts either side of a figure that may be its partners
LINES = 14  # and at most this many lines away
HUNDRED = Decimal(100)
NONE = "no partner"


@dataclass(frozen=True, slots=True)
class Num:
    line: int  # 1-based
    start: int
    text: str
    value: Decimal
    pct: bool

    @property
    def half(self) -> Decimal:
        """Half a unit of the last printed place: the rounding a printed figure may carry."""
        exp = self.value.as_tuple().exponent
        return Decimal(5).scaleb((exp if isinstance(exp, int) else 0) - 1)


def numbers(text: str) -> list[Num]:
    """Every figure of the text in reading order, without years, ordinals and list numbers."""
    out: list[Num] = []
    for no, line in enumerate(text.split("\n"), 1):
        folded = _fold(line)
        for m in NUMBER.finditer(folded):
            after = folded[m.end():m.end() + 3]
            raw = m.group().replace(",", "")
            if _ORDINAL_AFTER.match(after) or (raw.isdigit() and 1949 <= int(raw) <= 2040 and _YEAR_AFTER.match(after)):
                continue
            out.append(Num(no, m.start(), m.group(), Decimal(raw), bool(_PCT.match(after))))
    return out


def _range(f: Any, args: Sequence[Num], vals: Sequence[Decimal]) -> tuple[Decimal, Decimal] | None:
    """The range of ``f`` over every printed argument's rounding interval (at its corners: f is monotonic in each)."""
    got = []
    for signs in product((-1, 1), repeat=len(args)):
        try:
            got.append(f(*(v + s * a.half for v, s, a in zip(vals, signs, args, strict=True))))
        except (ArithmeticError, ZeroDivisionError):
            return None
    return min(got), max(got)


def _fits(target: Num, tv: Decimal, f: Any, args: Sequence[Num], vals: Sequence[Decimal]) -> bool:
    r = _range(f, args, vals)
    return r is not None and r[0] - target.half <= tv <= r[1] + target.half


def _breaks(p: Num, new: Decimal, target: Num, f: Any, args: Sequence[Num]) -> bool:
    """The identity target = f(args) holds as printed and fails with ``p`` (one of them) changed to ``new``."""
    def val(n: Num) -> Decimal:
        return new if n is p else n.value
    if not _fits(target, target.value, f, args, [a.value for a in args]):
        return False
    return not _fits(target, val(target), f, args, [val(a) for a in args])


def _sum(*xs: Decimal) -> Decimal:
    return sum(xs, Decimal(0))


def _sums(p: Num, new: Decimal, amounts: list[Num], i: int) -> bool:
    """A figure within ``WINDOW`` of ``p`` equals a run of 2–6 amounts right after or right before it, ``p`` in it."""
    lo, hi = max(0, i - WINDOW), min(len(amounts), i + WINDOW + 1)
    for t in range(lo, hi):
        total = amounts[t]
        if total.value == 0:
            continue
        for n in range(2, 7):  # the parts in a row, or every other one (其中 A x万元,增加 y万元; B …)
            runs = (amounts[t + 1:t + 1 + n], amounts[max(0, t - n):t], amounts[t + 1:t + 2 * n:2],
                    amounts[t + 2:t + 1 + 2 * n:2])
            for run in runs:
                if len(run) < n or not (p is total or any(p is r for r in run)):
                    continue
                if any(r.value == 0 for r in run) and n == 2:
                    continue
                if _breaks(p, new, total, _sum, run):
                    return True
    return False


def _near(amounts: list[Num], i: int, p: Num) -> list[Num]:
    return [a for a in amounts[max(0, i - WINDOW):i + WINDOW + 1] if abs(a.line - p.line) <= LINES and a.value != 0]


def _ratio_and_growth(p: Num, new: Decimal, nums: list[Num], amounts: list[Num], lines: list[str]) -> str | None:
    """A percentage within reach of ``p`` (or ``p`` itself) equal to a ratio or a growth of amounts near it."""
    idx = {id(a): k for k, a in enumerate(amounts)}
    for k, pct in enumerate(nums):
        if not pct.pct or abs(pct.line - p.line) > LINES or pct.value == 0:
            continue
        before = [a for a in nums[max(0, k - 4):k] if not a.pct and a.value != 0][-2:]
        if not before:
            continue
        near = _near(amounts, idx[id(before[-1])], pct)
        if _significant(pct.value) < 3:  # 增长2%: a wide rounding, partners on its own line and close only
            near = [b for b in near if b.line == pct.line and abs(idx[id(b)] - idx[id(before[-1])]) <= 3]
        if p is not pct and not any(p is a for a in near):
            continue
        if _significant(pct.value) < 2:  # 占100%, 增长0%: of a figure stated before it
            near = [b for b in near if (b.line, b.start) < (pct.line, pct.start)]
        growth = _prose_class(lines[pct.line - 1], pct.start) == "text growth 增长下降"
        for a in before:
            for b in near:
                if b is a:
                    continue
                if not growth and _breaks(p, new, pct, lambda x, y: x / y * HUNDRED, [a, b]):
                    return "ratio a÷b"
                if not growth:
                    continue
                if _breaks(p, new, pct, lambda x, y: abs(x - y) / y * HUNDRED, [a, b]):
                    return "growth (a−b)÷b"
                if _breaks(p, new, pct, lambda x, d: d / (x - d) * HUNDRED, [b, a]) or \
                        _breaks(p, new, pct, lambda x, d: d / (x + d) * HUNDRED, [b, a]):
                    return "growth (a−b)÷b"
    return None


def _difference(p: Num, new: Decimal, amounts: list[Num], i: int) -> bool:
    """d = a − b among three amounts printed within four places of one another, ``p`` one of them."""
    lo, hi = max(0, i - 3), min(len(amounts), i + 4)
    win = [a for a in amounts[lo:hi] if a.value != 0]
    for d in win:
        for a in win:
            for b in win:
                if len({id(d), id(a), id(b)}) < 3 or not any(p is x for x in (d, a, b)):
                    continue
                if _breaks(p, new, d, lambda x, y: abs(x - y), [a, b]):
                    return True
    return False


def _significant(v: Decimal) -> int:
    return len(str(abs(v)).replace(".", "").strip("0"))


def _num(v: Any) -> Num | None:
    if v is None or v.dec is None:
        return None
    src = v.source
    return Num(src.line if src and src.line else 0, -1, str(v.dec), v.dec, False)


def table_sums(doc: Any, path: tuple[Any, ...] | None) -> tuple[Num | None, list[tuple[Num, list[Num]]]]:
    """For a figure of a table read (``path`` as ``corpus_plant.model_values`` gives it): the figure and the sums of
    its table it stands in: a row equal to a run of 2–6 rows right under or above it in the column, a row's first
    figure equal to a run of its others, a funds total equal to its parts."""
    if path is None or doc is None:
        return None, []
    rows: list[dict[str, Num]] = []
    here: tuple[int, str] | None = None
    if path[1] == "acc":
        table = doc.extra["accounts"].tables[path[2]]
        if table.kind == "notes":
            return None, []
        rows = [{c: n for c, v in row.values.items() if (n := _num(v))} for row in table.rows]
        here = (path[3], path[4])
    elif path[1] == "funds":
        keys = list(doc.funds)
        for key in keys:
            fr = doc.funds[key]
            rows.append({c: n for c in ("initial_budget", "annual_budget", "executed")
                         if (n := _num(getattr(fr, c)))})
        here = (keys.index(path[2]), path[3])
    if here is None or here[1] not in rows[here[0]]:
        return None, []
    p = rows[here[0]][here[1]]
    col = here[1]
    out: list[tuple[Num, list[Num]]] = []
    column = [(k, r[col]) for k, r in enumerate(rows) if col in r]
    for t, (_, total) in enumerate(column):
        for size in range(2, 7):
            for run in (column[t + 1:t + 1 + size], column[max(0, t - size):t]):
                parts = [x for _, x in run]
                if len(parts) == size and (p is total or any(p is x for x in parts)):
                    out.append((total, parts))
    cells = list(rows[here[0]].values())
    if len(cells) >= 3:
        for size in range(2, len(cells)):
            out.append((cells[0], cells[1:1 + size]))
    return p, out


def proof(text: str, plant: Plant, doc: Any = None) -> str:
    """The class of identity in ``text`` that proves ``plant``'s new value wrong (``NONE`` when none does);
    ``doc``, the document read, for the sums of a table the figure is in."""
    new = Decimal(plant.new.replace(",", ""))
    cell, sums = table_sums(doc, plant.path)
    if cell is not None and any(_breaks(cell, new, total, _sum, parts) for total, parts in sums):
        return "sum Σ (table)"
    nums = numbers(text)
    p = next((n for n in nums if n.line == plant.line and n.start == plant.start), None)
    if p is None:
        return NONE
    amounts = [n for n in nums if not n.pct]
    if not p.pct:
        i = next(k for k, a in enumerate(amounts) if a is p)
        if _sums(p, new, amounts, i):
            return "sum Σ"
    found = _ratio_and_growth(p, new, nums, amounts, text.split("\n"))
    if found:
        return found
    if not p.pct and _difference(p, new, amounts, next(k for k, a in enumerate(amounts) if a is p)):
        return "difference a−b"
    if p.pct and p.value == HUNDRED and _SAME.search(text.split("\n")[p.line - 1]):
        return "words 持平/大于/小于"
    if not p.pct and abs(p.value) >= 10 and _significant(p.value) >= 3 and any(
            n is not p and not n.pct and n.value == p.value for n in nums):
        return "same figure elsewhere"
    return NONE


def breakdown(results: Sequence[Any]) -> str:
    """Per document type and proving identity: the slips planted, found, detected and missed (unhit ones left out)."""
    from bench import corpus_accuracy as ca

    groups: dict[tuple[str, str], dict[str, int]] = {}
    for r in results:
        if r.outcome == "unhit":
            continue
        for key in ((str(r.entry.get("type")), r.proof), ("TOTAL", r.proof), ("TOTAL", "proved (any)")):
            if key[1] == "proved (any)" and r.proof == NONE:
                continue
            c = groups.setdefault(key, {"found": 0, "detected": 0, "missed": 0})
            c[r.outcome] += 1
    head = ("type", "proved by", "planted", "found", "detected", "missed")
    rows: list[tuple[str, ...]] = [head]
    for (t, cls), c in sorted(groups.items(), key=lambda kv: (kv[0][0] == "TOTAL", kv[0][0], kv[0][1] == NONE,
                                                              kv[0][1])):
        n = c["found"] + c["detected"] + c["missed"]
        rows.append((t, cls, str(n), ca._pct(c["found"], n), ca._pct(c["found"] + c["detected"], n), str(c["missed"])))
    return ca.grid(rows)

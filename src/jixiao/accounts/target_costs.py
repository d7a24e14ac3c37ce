"""The cost basis of a budget's 项目支出绩效目标表 (项目预算成本构成): each cost line's amount, and its 合计 column by column.

Some provinces' target tables break the project's budget into its costs before the indicators: a header (项目预算成本
构成 | 金额 | 测算(公式)依据 | 2020年实际执行数 | 2021年实际执行数), a line per cost (保安服务费 | 191 | 依据招标文件 | 191 |
191) and a 合计 line. The amounts are read whether the cells are apart (pipes, one a line) or run together as a docx
preview gives them ("保安服务费191依据招标文件191191…合计814662.98794.55"): a cost's amount is the first number after its
name; where the past years' figures are run into one string, each way of cutting the strings into numbers (two
decimal places at most) is tried with the 合计's: the figures are placed where every column adds up, or else where
exactly one past column fails under every cutting that keeps the others (and the amounts' column) whole; among such
cuttings, the one with fewest figures of one decimal place (money is printed to the yuan or the fen), if only one. Such a table (kind ``target_costs``) is checked column by column: 合计 = the cost lines (a
difference is suspect where the figures had to be cut apart, ``CUT_TITLE``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from decimal import Decimal
from itertools import product

from jixiao.accounts.identity import Ctx, compare
from jixiao.accounts.model import AccountRow, AccountTable
from jixiao.core.findings import Finding
from jixiao.core.records import Val
from jixiao.core.source import Source

_HEAD = re.compile(r"成本构成")
_PAST = re.compile(r"((?:19|20)\d{2})\s*年\s*(?:实际)?执行数")
_COST = re.compile(r"([\u4e00-\u9fff、()（）]{2,24}?(?:服务费|维护费|费用|经费|费))[\s|:：]*(\d[\d,]*(?:\.\d{1,2})?)(?![\d.])")
_TOTAL = re.compile(r"合\s*计[\s|:：]*")
_RUN = re.compile(r"[\d.,|\s]+")
_HEAD_WORDS = re.compile(r"^.*(?:执行数|依据|金额|构成)")  # header words run into the first cost's name
_PIECE = re.compile(r"(?:0|[1-9]\d*)(?:\.\d{1,2})?")
_MAX_CUTS = 4096
AMOUNT = "金额"
CUT_TITLE = "项目预算成本构成（连写的数字按算术切分）"  # the title of a block whose figures had to be cut apart


def _cuts(run: str, k: int) -> list[tuple[Decimal, ...]]:
    """The ways of reading ``run`` (digits and points, separators allowed between numbers) as ``k`` numbers."""
    pieces = [p for p in re.split(r"[|\s,]+", run) if p]
    if len(pieces) == k and all(_PIECE.fullmatch(p) for p in pieces):
        return [tuple(Decimal(p) for p in pieces)]
    digits = "".join(pieces)
    out: list[tuple[Decimal, ...]] = []

    def walk(at: int, got: list[Decimal]) -> None:
        if len(out) > _MAX_CUTS or len(got) == k:
            if len(got) == k and at == len(digits):
                out.append(tuple(got))
            return
        for m in range(at + 1, len(digits) + 1):
            if _PIECE.fullmatch(digits[at:m]) and not (m < len(digits) and digits[m] == "."):
                walk(m, [*got, Decimal(digits[at:m])])

    walk(0, [])
    return out


def _place(amounts: list[Decimal], runs: list[str], total: str, k: int) -> tuple[list[tuple[Decimal, ...]], tuple[Decimal, ...]] | None:
    """Each cost's past figures and the 合计's figures, where the arithmetic places them (module docstring)."""
    whole = sum(amounts, Decimal(0))
    totals = [c for c in _cuts(total, k + 1) if c[0] == whole]
    cuts = [_cuts(r, k) for r in runs]
    if not totals or any(not c for c in cuts):
        return None
    whole_fits: list[tuple[tuple[tuple[Decimal, ...], ...], tuple[Decimal, ...]]] = []
    one_off: dict[int, list[tuple[tuple[tuple[Decimal, ...], ...], tuple[Decimal, ...]]]] = {}
    for n, (pick, t) in enumerate(product(product(*cuts), totals)):
        if n > _MAX_CUTS:
            return None
        bad = [j for j in range(k) if sum((p[j] for p in pick), Decimal(0)) != t[j + 1]]
        if not bad:
            whole_fits.append((pick, t))
        elif len(bad) == 1:
            one_off.setdefault(bad[0], []).append((pick, t))
    fits = whole_fits or (next(iter(one_off.values())) if len(one_off) == 1 else [])
    # money printed to the fen or the yuan: the cutting with the fewest figures of one decimal place (372.88|504.55
    # rather than 372.8|8504.55), when one cutting has fewer than every other
    scored = sorted(fits, key=lambda x: sum(_odd(v) for p in (*x[0], x[1]) for v in p))
    score = [sum(_odd(v) for p in (*x[0], x[1]) for v in p) for x in scored[:2]]
    if not scored or len(score) == 2 and score[0] == score[1]:
        return None
    return list(scored[0][0]), scored[0][1]


def _odd(v: Decimal) -> int:
    """1 for an amount printed with one decimal place (money is printed to the yuan or the fen)."""
    exponent = v.as_tuple().exponent
    return int(isinstance(exponent, int) and exponent == -1)


def read_costs(text: str, start: int, stop: int, source: Callable[[int], Source],
               unit: str | None) -> tuple[list[AccountRow], AccountTable | None]:
    """The cost lines (name and amount) of the block between ``start`` and ``stop``, and the block as a table of its
    columns with its 合计 where its figures could be placed (None when the block has no 合计 or none could be)."""
    head = _HEAD.search(text, start, stop)
    if head is None:
        return [], None
    total = _TOTAL.search(text, head.end(), stop)
    end = total.start() if total else stop
    years = list(_PAST.finditer(text, head.end(), end))
    found = list(_COST.finditer(text, years[-1].end() if years else head.end(), end))
    rows: list[AccountRow] = []
    runs: list[str] = []
    for i, m in enumerate(found):
        name = _HEAD_WORDS.sub("", m.group(1)).strip("、 |")
        after = text[m.end():found[i + 1].start() if i + 1 < len(found) else end]
        tail = re.search(r"[\d.,|\s]*$", after)
        src = source(m.start(2))
        rows.append(AccountRow(name, {AMOUNT: Val(_decimal(m.group(2)), m.group(2), src)}, src))
        runs.append(tail.group(0) if tail and re.search(r"\d", tail.group(0)) else "")
    said = _RUN.match(text, total.end()) if total else None
    if not rows or said is None or not years:
        return rows, None
    k = len(years)
    amounts = [r.get(AMOUNT).dec for r in rows]
    placed = _place([a for a in amounts if a is not None], runs, said.group(0), k) if None not in amounts else None
    if placed is None:
        return rows, None
    past, whole = placed
    columns = [AMOUNT, *(f"{m.group(1)}年实际执行数" for m in years)]
    apart = all(("|" in r or r.strip().count(" ")) for r in [*runs, said.group(0)])
    t = AccountTable("target_costs", "项目预算成本构成" if apart else CUT_TITLE, rows[0].source, columns=columns,
                     stage="budget", unit=unit, own_name="项目支出绩效目标表 项目预算成本构成")
    for r, p in zip(rows, past, strict=True):
        values = {AMOUNT: r.get(AMOUNT), **{c: Val(v, str(v), r.source) for c, v in zip(columns[1:], p, strict=True)}}
        t.rows.append(AccountRow(r.name, values, r.source))
    at = source(total.start()) if total else rows[-1].source
    t.rows.append(AccountRow("合计", {c: Val(v, str(v), at) for c, v in zip(columns, whole, strict=True)}, at))
    return rows, t


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", ""))
    except ArithmeticError:
        return None


def check_target_costs(ctx: Ctx, t: AccountTable) -> list[Finding]:
    """Each column's 合计 = its cost lines; suspect where the figures had to be cut apart (``CUT_TITLE``)."""
    total = next((r for r in t.rows if r.name == "合计"), None)
    if total is None:
        return []
    lines = [r for r in t.rows if r is not total]
    out: list[Finding] = []
    for col in t.columns:
        f = compare(ctx, "total_sum", (f"项目预算成本构成：{col}合计 = 各项成本之和",
                                       f"cost basis: the {col} column's 合计 = its cost lines"),
                    total.get(col), [r.get(col) for r in lines], total.source, "合计", [r.name for r in lines],
                    blame_blank=False)
        if f is not None:
            out.append(dataclasses.replace(f, severity="suspect") if f.severity == "error" and t.title == CUT_TITLE else f)
    return out

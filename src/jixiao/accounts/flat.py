"""A 收入支出决算总表 whose page was flattened to one run of text (a spreadsheet's cells read in order): the
lines by their 行次, the amounts placed by the table's own arithmetic.

Flattened, the table reads "一、一般公共预算财政拨款收入 1 二、… 8 11,122,315.04 13,628,965.89 1,003,618.46 9 10 …
本年收入合计 27 使用非财政拨款结余 28 年初结转和结余 29 总计 30 25,754,899.39 25,754,899.39": each line's name
and 行次, and after a run of lines the amounts of those of them that hold one, the blank ones gone. A run with
as many amounts as lines is placed in order; a shorter one is placed where exactly one placement makes the
table's identities hold (本年收入合计 = Σ the numbered income lines, 总计 = 本年收入合计 + 使用非财政拨款结余 +
年初结转和结余, the same for 支出), and the choice is said; where none or several do, its lines stay unread
and that is said too (the run's total still counts toward the sum of the numbered lines it holds).
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import combinations

from jixiao.accounts.model import AccountRow, AccountTable, clean_name
from jixiao.core.numbers import ZERO, parse_decimal
from jixiao.core.records import Problem, Val
from jixiao.core.source import Source

# the table's title, or the code the 部门决算 template prints over it (财决公开01表: the 收入支出决算总表), which an OCR'd
# page keeps where it loses the title
TITLE = re.compile(r"收入支出(决算|预算)总表|财决公开01表")
CODE_TITLE = "收入支出决算总表"
_AMOUNT = re.compile(r"^-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}$")
_ROW_NO = re.compile(r"^\d{1,3}$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_HEADS = {"收入", "支出", "项目", "行次", "栏次", "金额", "项目(按功能分类)"}
_NUMBERED = re.compile(r"^[一二三四五六七八九十]+、")
_UNIT = re.compile(r"(?:金额)?单位[:：]\s*(万元|元)")
_MAX_PLACEMENTS = 20000
AMOUNT = "决算数"
# the identities a placement must keep: (total line, its parts) on each side; "Σ" is the numbered lines
_IDENTITIES = (("本年收入合计", ("Σ",)), ("收入总计", ("本年收入合计", "使用非财政拨款结余", "年初结转和结余")),
               ("本年支出合计", ("Σ",)), ("支出总计", ("本年支出合计", "结余分配", "年末结转和结余")))


class _Run:
    def __init__(self, side: str) -> None:
        self.side = side
        self.rows: list[tuple[str, Source]] = []
        self.amounts: list[tuple[str, Source]] = []


def _tokens(body: list[tuple[str, Source]]) -> list[tuple[str, Source]]:
    out = []
    started = False
    for text, src in body:
        for tok in text.split():
            if not started:
                started = bool(TITLE.search(tok))
                continue
            out.append((tok, src))
    return out


def _runs(tokens: list[tuple[str, Source]]) -> list[_Run]:
    runs: list[_Run] = []
    side = "income"
    k = 0
    while k < len(tokens):
        tok, src = tokens[k]
        if tok == "支出" and runs:
            side = "expenditure"
        elif _AMOUNT.match(tok):
            if runs and runs[-1].rows and not runs[-1].amounts and len(runs[-1].rows) > 1 and _own_line(tokens, k):
                # one cell a line (label, 行次, amount each on its own line): the amount is the row's just above,
                # the rows before it were blank
                last = runs[-1].rows.pop()
                runs.append(_Run(runs[-1].side))
                runs[-1].rows.append(last)
            if runs and runs[-1].rows:
                runs[-1].amounts.append((tok, src))
        elif _CJK.search(tok) and tok not in _HEADS and k + 1 < len(tokens) and _ROW_NO.match(tokens[k + 1][0]):
            name = clean_name(tok)
            own = _side_of(name) or side  # a two-sided table read across: each line says its side
            if name == "总计":
                seen = any(n == "收入总计" for r in runs for n, _ in r.rows)
                own = "expenditure" if seen else own
                name = "收入总计" if own == "income" else "支出总计"
            if not runs or runs[-1].amounts or runs[-1].side != own:
                runs.append(_Run(own))
            runs[-1].rows.append((name if name in ("收入总计", "支出总计") else tok, src))
            k += 1
        k += 1
    return runs


_INCOME_LINES = ("使用非财政拨款结余", "年初结转和结余", "上年结转")
_SPENDING_LINES = ("结余分配", "年末结转和结余", "结转下年")


def _side_of(name: str) -> str | None:
    """The side a line's name puts it on (…收入, 年初结转和结余: income; …支出, 结余分配: spending), None if neither."""
    if name.endswith(("支出", "支出合计")) or any(x in name for x in _SPENDING_LINES):
        return "expenditure"
    if name.endswith(("收入", "收入合计")) or any(x in name for x in _INCOME_LINES):
        return "income"
    return None


def _own_line(tokens: list[tuple[str, Source]], k: int) -> bool:
    """The amount at ``k`` follows a 行次 and its label, the three on three lines of their own."""
    if k < 2 or not _ROW_NO.match(tokens[k - 1][0]):
        return False
    lines = [tokens[i][1].line for i in (k - 2, k - 1, k)]
    return None not in lines and len(set(lines)) == 3


def _value(placed: dict[str, Decimal], name: str) -> Decimal:
    return placed.get(name, ZERO)


def _holds(placed: dict[str, Decimal], sums: dict[str, Decimal], names: set[str]) -> bool:
    """Every identity whose total line is among ``names`` (the run being placed) holds."""
    for total, parts in _IDENTITIES:
        if total not in names:
            continue
        if parts == ("Σ",):
            side = "income" if "收入" in total else "expenditure"
            want = sums.get(side)
            if want is None:
                continue
        else:
            want = sum((_value(placed, p) for p in parts), ZERO)
        if _value(placed, total) != want:
            return False
    return True


def read_flat(body: list[tuple[str, Source]]) -> tuple[AccountTable, list[Problem]] | None:
    """The flattened summary table of the body, or None when the body holds none."""
    runs = _runs(_tokens(body))
    if not any(r.amounts for r in runs):
        return None
    first = next(src for r in runs for _, src in r.rows)
    t = AccountTable("notes", "收入支出决算总表", first, columns=[AMOUNT], own_name="收入支出决算总表（压平的文字）")
    unit = next((m.group(1) for x, _ in body if (m := _UNIT.search(x))), None)
    t.unit = unit
    problems: list[Problem] = []
    placed: dict[str, Decimal] = {}
    sums: dict[str, Decimal] = {}
    for run in runs:
        numbered = all(_NUMBERED.match(name) for name, _ in run.rows)
        amounts = [(parse_decimal(a), a, s) for a, s in run.amounts]
        if numbered and run.amounts:
            sums[run.side] = sums.get(run.side, ZERO) + sum((d for d, _, _ in amounts if d is not None), ZERO)
        names = [n for n, _ in run.rows]
        choice: tuple[int, ...] | None = None
        if len(amounts) == len(names):
            choice = tuple(range(len(names)))
        elif 0 < len(amounts) < len(names):
            fits = []
            for n, pick in enumerate(combinations(range(len(names)), len(amounts))):
                if n > _MAX_PLACEMENTS:
                    break
                trial = dict(placed)
                trial.update({names[i]: d for i, (d, _, _) in zip(pick, amounts) if d is not None})
                if _holds(trial, sums, set(names)):
                    fits.append(pick)
            if len(fits) == 1 and not numbered:
                choice = fits[0]
                problems.append(Problem(
                    f"{names[0]} 至 {names[-1]} 的 {len(names)} 行只有 {len(amounts)} 个金额（空格在压平时丢失），"
                    "按表内算术关系确定其所属行", run.rows[0][1],
                    f"{len(amounts)} amounts for the {len(names)} lines {names[0]} to {names[-1]} (blank cells lost "
                    "when flattened): placed where the table's arithmetic holds"))
            else:
                problems.append(Problem(
                    f"{names[0]} 至 {names[-1]} 的 {len(names)} 行只有 {len(amounts)} 个金额，分不清各属哪一行，未读入",
                    run.rows[0][1],
                    f"{len(amounts)} amounts for the {len(names)} lines {names[0]} to {names[-1]}: which line each "
                    "belongs to cannot be told; not read"))
        if choice is None:
            continue
        for i, (d, text, src) in zip(choice, amounts):
            if d is not None:
                placed[names[i]] = d
                t.rows.append(AccountRow(names[i], {AMOUNT: Val(d, text, src)}, src, side=run.side))
    return (t, problems) if t.rows else None

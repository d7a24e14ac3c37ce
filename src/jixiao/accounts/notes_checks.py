"""The checks of a 情况说明's stated figures (``accounts.notes.stated_table``), as far as its text allows:

- the balance of the totals when the notes state all their lines (收入总计 = 本年收入合计 + 使用非财政拨款结余 +
  年初结转和结余, the same for 支出), and 收入总计 = 支出总计 for a 收支总表 read from loose words;
- (a whole and the parts its 其中 lists: ``accounts.notes_whole``, on every 决算/预算 text);
- "收、支总计各是A,B万元 … 各减少C,D万元,各下降x%、y%": each rate against its own pair; "完成A万元 … 同比增长x%,
  增收B万元": x against A and B.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.accounts.identity import Ctx, compare, suspected
from jixiao.accounts.model import AccountRow, AccountTable
from jixiao.accounts.notes import AMOUNT, NUM, PAIR
from jixiao.accounts.notes_list import check_lists
from jixiao.accounts.notes_parts import adjustment_findings, difference_findings, summary_findings
from jixiao.accounts.prose import CARRIED_WORDS, Paragraphs
from jixiao.accounts.prose import where as _line_of
from jixiao.accounts.stream_summary import TITLE as _TWO_SIDED
from jixiao.core.findings import Finding
from jixiao.core.numbers import HUNDRED, ZERO, parse_decimal
from jixiao.core.records import Val
from jixiao.core.rounding import Rounding
from jixiao.core.source import Source

_PAIR_CHANGE = re.compile(r"各(增加|减少)\s*" + NUM + r"\s*[、,，]\s*" + NUM + r"\s*万元\s*[,，]\s*各(增长|下降)\s*"
                          r"(\d+(?:\.\d+)?)%\s*[、,，]\s*(\d+(?:\.\d+)?)%")

_BALANCES = (("收入总计", ("本年收入合计", "使用非财政拨款结余", "年初结转和结余")),
             ("支出总计", ("本年支出合计", "结余分配", "年末结转和结余")))


_OWN_TOTAL = re.compile(r"(?:本单位|本部门|本级)((?:收入|支出)(?:总计|合计))")


def check_notes(ctx: Ctx, t: AccountTable, body: list[tuple[str, Source]], paras: Paragraphs) -> list[Finding]:
    """The balance of the totals when the notes state all their lines (收入总计 = 本年收入合计 + 使用非财政拨款结余 +
    年初结转和结余, the same for 支出); each pair of rates of change against its pair of amounts."""
    out: list[Finding | None] = []
    stated = {r.name: r for r in t.rows}
    # (the unit's own words before a total: 本单位收入总计, 本部门支出合计 are the 收入总计 and 支出合计 lines)
    stated |= {m.group(1): r for r in t.rows if (m := _OWN_TOTAL.fullmatch(r.name)) and m.group(1) not in stated}
    col = t.columns[0] if t.columns else AMOUNT
    for whole, parts in _BALANCES:
        if whole in stated and all(p in stated for p in parts):
            w = stated[whole]
            out.append(compare(ctx, "balance", (f"{t.name}：{whole} = " + " + ".join(parts),
                                                f"{t.name_en}: {whole} = " + " + ".join(parts)),
                               w.get(col), [stated[p].get(col) for p in parts], w.source, whole, list(parts),
                               blame_blank=False))
    # a 收支总表 read from loose words, known by its title (the one pattern ``stream_summary`` finds it by)
    if _TWO_SIDED.search(t.title) and "收入总计" in stated and "支出总计" in stated:
        w = stated["收入总计"]
        out.append(compare(ctx, "balance", (f"{t.name}：收入总计 = 支出总计", f"{t.name_en}: income total = expenditure total"),
                           w.get(col), [stated["支出总计"].get(col)], w.source, "收入总计", ["支出总计"], blame_blank=False))
    elif _said_apart(stated, body, "收入总计", "支出总计") and t.stage in ("final", "budget"):
        # … and a 决算's or 预算's 说明 that states both in one sentence, each under its own name ("收入总计3534.19万元,
        # 支出总计3534.19万元"): the 收支总表's two sides balance by construction (结转和结余 on both); different, one is
        # misprinted or the text gives a 合计 under the 总计's name: suspect. ("收、支总计各是A,B万元" lists two figures
        # on purpose: the template that says so gives the 合计s, and no balance is asked of it)
        w = stated["收入总计"]
        found = compare(ctx, "balance", (f"{t.name}：收入总计 = 支出总计", f"{t.name_en}: income total = expenditure total"),
                        w.get(col), [stated["支出总计"].get(col)], w.source, "收入总计", ["支出总计"], blame_blank=False)
        out.append(suspected(found))
    if t.stage == "budget":
        # a budget's funds said on one line as received and spent ("2023年一般公共预算财政拨款收入1643.29万元,一般公共
        # 预算财政拨款支出1643.29万元", 重庆's 单位预算说明): a budget balances, what it receives it plans to spend;
        # different, one is misprinted or the spending counts a carry-over the text does not say: suspect (one it says,
        # the difference to the cent, is spent beside the income: ``_carried_gap``)
        for income, spending in _BUDGET_PAIRS:
            if _said_apart(stated, body, income, spending) and not _carried_gap(stated[income], stated[spending], col,
                                                                                  paras):
                w = stated[income]
                found = compare(ctx, "balance", (f"{t.name}：{income} = {spending}（预算收支平衡）",
                                                 f"{t.name_en}: {income} = {spending} (a budget balances)"),
                                w.get(col), [stated[spending].get(col)], w.source, income, [spending], blame_blank=False)
                out.append(suspected(found))
        out.extend(_sides(ctx, t, paras))
    if _TWO_SIDED.search(t.title) and not any(all(p in stated for p in parts) for _, parts in _BALANCES):
        out.extend(summary_findings(ctx, t))
    if any(r.item for r in t.rows):  # a 三公 statement in prose
        from jixiao.accounts.sangong_text_sums import check_stated_sangong
        from jixiao.accounts.sangong_vehicles import vehicles_parts

        sums = check_stated_sangong(ctx, t, body)
        out.extend(sums)
        said = {(f.location.line if f.location else None, f.reported, f.recomputed) for f in sums}
        out.extend(f for f in vehicles_parts(ctx, t, body or [])
                   if (f.location.line if f.location else None, f.reported, f.recomputed) not in said)
        from jixiao.accounts.sangong_shares import item_shares

        out.extend(item_shares(ctx, t, body or []))
    out.extend(adjustment_findings(ctx, paras))
    out.extend(difference_findings(ctx, paras))
    out.extend(check_lists(ctx, body))
    for text, lines in paras:
        out.extend(_pair_changes(ctx, text, lines))
        out.extend(_done_growth(ctx, text, lines))
    return [f for f in out if f]


# "(一)收入预算:2024年年初预算数777.03万元,…(二)支出预算:2024年年初预算数777.03万元" and "本年单位预算收入46.65万元 …
# 本年单位预算支出46.65万元" (重庆's 单位预算说明): the budget's two sides. Not "收入预算3814.61万元 … 支出预算3380.61万元":
# 湖北黄石's 说明 so words a spending that leaves out the 专户 事业收入 (tests/test_accounts_notes_list)
# "本部门收入预算7018.511万元,其中:… 本部门支出预算7018.511万元" (湖南's 部门预算说明): the department's own two sides
_SIDE = re.compile(r"(?:(收入|支出)预算\s*[:：]|单位预算(收入|支出)|(?:本部门|本单位)(收入|支出)预算)(?:总额|合计|总计)?\s*"
                   r"(?:(?:19|20)\d{2}\s*年度?)?\s*(?:年初)?(?:预算(?:数|总额)?)?\s*(?:为|是)?\s*" + NUM + r"\s*万元")


def _sides(ctx: Ctx, t: AccountTable, paras: Paragraphs) -> list[Finding | None]:
    """A budget's income and spending, each said once in the text in the words of ``_SIDE`` (a side said twice, or a
    third such figure, leaves it unread): they balance."""
    found = [(m, lines) for text, lines in paras for m in _SIDE.finditer(text)]
    sides = {m.group(1) or m.group(2) or m.group(3): (m, lines) for m, lines in found}
    if len(found) != 2 or len(sides) != 2:
        return []
    (inc, inc_lines), (exp, exp_lines) = sides["收入"], sides["支出"]

    def val(m: re.Match[str], lines: list[tuple[str, Source]]) -> Val:
        return Val(parse_decimal(m.group(4)), m.group(4), _line_of(lines, m.group(0)))

    f = compare(ctx, "balance", (f"{t.name}：收入预算 = 支出预算（预算收支平衡）",
                                 f"{t.name_en}: the income budget = the spending budget (a budget balances)"),
                val(inc, inc_lines), [val(exp, exp_lines)], _line_of(inc_lines, inc.group(0)), "收入预算", ["支出预算"],
                blame_blank=False)
    return [suspected(f)]


_BUDGET_PAIRS = (("一般公共预算财政拨款收入", "一般公共预算财政拨款支出"), ("政府性基金预算财政拨款收入", "政府性基金预算财政拨款支出"),
                 ("财政拨款收入", "财政拨款支出"))


# a carry-over the text states ("其中:一般公共预算拨款本年收入1144.25万元,上年结转21.54万元", 荣昌's): the budget spends
# it beside what it receives
_CARRIED = re.compile(CARRIED_WORDS + r"(?:和?结余)?(?:收入|资金)?(?:为|是)?\s*" + NUM + r"\s*(万元|元)")


def _carried_gap(income: AccountRow, spending: AccountRow, col: str, paras: Paragraphs) -> bool:
    """The spending is the income plus a carry-over the text states, in the same unit: no imbalance."""
    got, spent = income.get(col), spending.get(col)
    if got is None or spent is None or got.dec is None or spent.dec is None or spent.dec <= got.dec:
        return False
    return any(parse_decimal(m.group(1)) == spent.dec - got.dec and m.group(2) == (income.unit or "万元")
               for text, _ in paras for m in _CARRIED.finditer(text))


def _said_apart(stated: dict[str, AccountRow], body: list[tuple[str, Source]], *names: str) -> bool:
    """The rows are all stated on one line of the text, each under its own name there."""
    lines = {r.source.line if r.source else None for n in names if (r := stated.get(n)) is not None}
    if not all(n in stated for n in names) or len(lines) != 1 or None in lines:
        return False
    text = next((x for x, s in body if s.line in lines), "")
    return all(n in re.sub(r"\s", "", text) for n in names)


_DONE_GROWTH = re.compile(r"([\u4e00-\u9fff()（）]{2,30}?)(?:完成|为)\s*" + NUM + r"\s*万元[^。;；]{0,40}?同比(增长|下降)\s*(\d+(?:\.\d+)?)%\s*[,，]\s*"
                          r"(增收|减收|增加|减少)\s*" + NUM + r"\s*万")


def _done_growth(ctx: Ctx, text: str, lines: list[tuple[str, Source]]) -> list[Finding | None]:
    """"完成A万元 … 同比增长x%,增收B万元": x = B ÷ (A − B) (下降/减收: B ÷ (A + B))."""
    out: list[Finding | None] = []
    for m in _DONE_GROWTH.finditer(text):
        now, diff = parse_decimal(m.group(2)), parse_decimal(m.group(6))
        if now is None or diff is None:
            continue
        down = m.group(3) == "下降"
        before = now + diff if down else now - diff
        quoted = m.group(4)
        if before <= ZERO:
            continue
        places = len(quoted.split(".")[1]) if "." in quoted else 0
        exact = diff / before * HUNDRED
        got = Rounding("half_up", places).apply(exact)
        what = "情况说明 同比增减率"
        if got == Decimal(quoted):
            ctx.record("text_growth", what, None)
            continue
        near = abs(got - Decimal(quoted)) <= Rounding("half_up", places).quantum
        truncated = Rounding("truncate", places).apply(exact) == Decimal(quoted)
        sev = "info" if near or truncated else "error"
        out.append(ctx.record("text_growth", what, Finding(
            "text_growth", sev, ctx.document, _line_of(lines, quoted + "%"),
            f"情况说明：完成 {m.group(2)} 万元、{m.group(5)} {m.group(6)} 万元，同比{m.group(3)}应为 {diff} ÷ {before} = {got}%，"
            f"文中为 {quoted}%", f"the notes: {m.group(2)} done, {m.group(6)} more or less than the year before, so the "
            f"change is {diff} ÷ {before} = {got}%, but the text says {quoted}%",
            reported=quoted + "%", recomputed=f"{got}%", row=_label(m.group(1)))))
    return out


def _label(text: str) -> str:
    """The line a clause names: its words after the last stop ("1.本级征收完成数。地方一般公共预算收入" → the last)."""
    return re.split(r"[。,，;；:：]", text)[-1].strip()


def _pair_changes(ctx: Ctx, text: str, lines: list[tuple[str, Source]]) -> list[Finding | None]:
    """"收、支总计各是A,B万元 … 各减少C,D万元,各下降x%、y%": x = C ÷ (A ± C), y = D ÷ (B ± D)."""
    pair = PAIR.search(text)
    change = _PAIR_CHANGE.search(text)
    if pair is None or change is None:
        return []
    out: list[Finding | None] = []
    down = change.group(1) == "减少"
    for k, label in ((0, "收入总计"), (1, "支出总计")):
        now, diff = parse_decimal(pair.group(1 + k)), parse_decimal(change.group(2 + k))
        quoted = change.group(5 + k)
        if now is None or diff is None:
            continue
        before = now + diff if down else now - diff
        if before <= ZERO:
            continue
        places = len(quoted.split(".")[1]) if "." in quoted else 0
        got = Rounding("half_up", places).apply(diff / before * HUNDRED)
        want = Decimal(quoted)
        if got == want:
            ctx.record("text_growth", f"情况说明 {label}增减率", None)
            continue
        truncated = Rounding("truncate", places).apply(diff / before * HUNDRED) == want
        sev = "info" if truncated or abs(got - want) <= Rounding("half_up", places).quantum else "suspect"
        note = "（截尾而非四舍五入）" if truncated else ""
        out.append(ctx.record("text_growth", f"情况说明 {label}增减率", Finding(
            "text_growth", sev, ctx.document, _line_of(lines, quoted + "%"),
            f"情况说明{label}{'下降' if down else '增长'} {quoted}%，按 {diff} ÷ {before} 重算为 {got}%{note}",
            f"the notes give the {label} change as {quoted}%; {diff} ÷ {before} gives {got}%"
            + (" (truncated, not rounded)" if truncated else ""),
            reported=quoted + "%", recomputed=f"{got}%", row=label)))
    return out

"""The 情况说明's words on each 三公 item against the figures: "公务接待费支出5.21万元，与2021年度预算相比减少0.1万元",
"公务用车购置及运行维护费…与上年相比无变化", "较上年同期减少0.58万元".

Each claim the text makes (``accounts.sangong_claims``: an item, what it is compared with, the change) is checked
against that item's row: with 与预算相比 the table's 预算数, with 比上年 / 较2021年 its 上年 column; the change must
be this year's figure less the other, in amount and direction. The claims' sums: ``accounts.sangong_changes``.

- Tied to one row of a 三公 table, both cells printed: a difference of more than the last quoted digit is an
  ``error`` naming both places (the sentence and the table's cells); within one unit of the last digit, ``suspect``
  (unrounded figures behind the printed ones could give it).
- A blank cell (a zero, or a figure lost), or figures the text itself states in two years' paragraphs (no
  table): ``suspect`` at most.
- A stretch whose item has no single row, or whose comparison has no column (比上年 against a table without last
  year's figures): ``cannot_verify`` (info), never a guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from jixiao.accounts.identity import Ctx
from jixiao.accounts.model import AccountRow, Accounts, AccountTable, clean_name
from jixiao.accounts.prose import Paragraphs
from jixiao.accounts.sangong import TOTAL, roles
from jixiao.accounts.sangong_changes import check_change_sums
from jixiao.accounts.sangong_claims import WAN, Claim, claims, places, slipped
from jixiao.accounts.sangong_rates import check_change_rates, this_column
from jixiao.accounts.sangong_stage import label_stage
from jixiao.accounts.sangong_stated import by_stage, nothing_spent, total_change, years_apart
from jixiao.accounts.sangong_text import AMOUNT, own_year, stated_year
from jixiao.accounts.text import in_wan, same_as_quoted
from jixiao.accounts.text_rates import pct
from jixiao.core.findings import Finding
from jixiao.core.numbers import ZERO, fmt_plain, parse_decimal
from jixiao.core.records import Val
from jixiao.core.rounding import change_allowed, rate_allowed
from jixiao.core.source import Source


@dataclass(frozen=True)
class Figures:
    """The two figures a claim is checked on: this year's and the one it is compared with (in 万元), their
    places, and whether both are printed in a table (``sure``)."""

    this: Decimal
    other: Decimal
    where: str
    sure: bool
    row: str
    printed: tuple[Decimal, Decimal] | None = None  # the two as printed, in one unit (their rounding's precision kept)


Why = tuple[str, str]  # why a claim cannot be verified, in Chinese and English


def check_sangong_words(ctx: Ctx, acc: Accounts, body: list[tuple[str, Source]], paras: Paragraphs,
                        rated: set[tuple[str, str]] | None = None) -> list[Finding]:
    """The claims' findings; ``rated``: the rates said with a change that ``accounts.sangong_rates`` checked."""
    tables = [t for t in acc.tables if t.kind == "three_public"]
    notes = [t for t in acc.tables if t.kind == "notes" and any(r.item for r in t.rows)]
    if not tables and not notes:
        return []
    out: list[Finding] = []
    unverified: dict[Why, list[Claim]] = {}
    stated = list(claims(paras, acc.year))
    total = [] if tables or any(c.item == TOTAL and c.against == "budget" for c in stated) else total_change(notes[0], body)
    out.extend(check_change_sums(ctx, [c for c in stated if c.against] + total, nothing_spent(tables, notes)))
    final = (tables or notes)[0].stage == "final"
    out.extend(check_change_rates(ctx, stated, tables, notes, final, rated))
    from jixiao.accounts.sangong_pairs import check_paired

    out.extend(check_paired(ctx, paras))  # (two items' changes said together with 分别)
    stated = [c for c in stated if c.against]  # (a change said against nothing named: its rate only)
    for c in stated:
        if len(tables) == 1:
            figures: Figures | Why = _from_table(tables[0], c)
        elif tables:
            figures = ("文中有多张“三公”经费表，无法确定对应哪一张", "the document holds several 三公 tables")
        else:
            figures = _from_text(notes[0], c, body)
        own = _own_figures(c)  # the sentence's own two figures ("比上年决算15万元减少…")
        if isinstance(figures, tuple) and own is not None:
            figures = own
        if isinstance(figures, tuple):
            unverified.setdefault(figures, []).append(c)
        elif (f := _judge(ctx, c, figures)) is not None:
            out.append(f)
        elif own is not None and figures is not own and not (c.percent or c.done) and (
                g := _judge(ctx, c, own)) is not None:
            out.append(g)  # the table agrees with the change, the sentence's own two figures do not ("比上年22.10万元减少3.40")
    for (zh, en), cs in unverified.items():  # one finding per reason, where the first such sentence stands
        said = "；".join(f"「{c.text}」" for c in cs)
        done = sum(1 for c in cs if c.done)
        what = ("完成率", "completion rate(s)") if done == len(cs) else ("增减", "change(s)") if not done else (
            "增减和完成率", "change(s) and completion rate(s)")
        out.append(Finding("cannot_verify", "info", ctx.document, cs[0].source,
                           f"情况说明中 {len(cs)} 处“三公”经费{what[0]}无法核对（{zh}）：{said}",
                           f"{len(cs)} {what[1]} of 三公 items in the notes cannot be checked ({en})",
                           reported=cs[0].quoted, row="、".join(dict.fromkeys(c.label for c in cs))))
    return out


def _own_figures(c: Claim) -> Figures | None:
    """The two figures the claim's sentence states itself (its own amount and the one compared with), if it states both."""
    if c.stated is None or c.base is None:
        return None
    base = parse_decimal((c.base_text or "")[:-len(c.stated_unit)]) if (c.base_text or "").endswith(c.stated_unit) else None
    this = parse_decimal(c.stated_text or "")
    # (6.4亿元 against 8.3亿元: rounded to 0.1亿元, not to 0.1万元 as the figures in 万元 would say)
    printed = (this, base) if this is not None and base is not None else None
    return Figures(c.stated, c.base, f"文中所比的数为 {c.base_text}、本年 {c.stated_text}{c.stated_unit}", False, c.label,
                   printed)


def _from_table(t: AccountTable, c: Claim) -> Figures | Why:
    rows = [r for r in t.rows if r.item == c.item]
    if len(rows) != 1:
        return ((f"表中有多行「{c.label}」", "the table has several rows of the item") if rows else
                (f"表中没有「{c.label}」行", "the table has no row of the item"))
    r = rows[0]
    kinds = roles(t)
    current = [col for col, k in kinds.items() if k == "current"]
    prior = [col for col, k in kinds.items() if k == "prior"]
    own = "决算数" if t.stage == "final" else "预算数"
    this_col = this_column(t)
    if this_col is None:
        return f"表中没有本年{own}列", "the table has no column of this year's figure"
    if c.against == "budget":
        other = [col for col in current if col != this_col and "预算" in col]
    else:
        # "比上年决算" against a table of last year's budget is no comparison the table can make
        other = [col for col in prior if c.against_stage is None or c.against_stage[:2] in col]
    if len(other) != 1:
        if other:
            what = ("预算数", "budget") if c.against == "budget" else ("上年数", "last year's")
            return f"表中有多个{what[0]}列（如年初预算与调整预算），无法确定比较的是哪一列", \
                f"the table has several {what[1]} columns"
        if c.against == "budget":
            return "表中没有预算数列", "the table has no budget column"
        if prior and c.against_stage:
            en = "final accounts" if c.against_stage == "决算" else "budget"
            return f"表中没有上年{c.against_stage}数列", f"the table has no column of last year's {en}"
        return "表中没有上年数列", "the table has no column of last year"
    this, base = r.get(this_col), r.get(other[0])
    if this_col in r.unsure or other[0] in r.unsure:
        return f"表中「{clean_name(r.name)}」的数字可能在提取时丢失", "the row's figures may have been lost in extraction"
    if c.stated is not None and this.dec is not None and not _quoted(in_wan(t, this.dec) or ZERO, c):
        return (f"所述金额与表中「{clean_name(r.name)}」{this_col} {this.text} 不同",
                "the amount stated is not the table's figure")
    where = f"{t.title}「{clean_name(r.name)}」{other[0]} {_cell(base)}（{_at(base, r)}）、{this_col} {_cell(this)}（{_at(this, r)}）"
    return Figures(in_wan(t, this.dec or ZERO) or ZERO, in_wan(t, base.dec or ZERO) or ZERO, where,
                   this.dec is not None and base.dec is not None, clean_name(r.name))


def _cell(v: Val) -> str:
    return v.text if v.dec is not None and v.text else "空白"


def _at(v: Val, r: AccountRow) -> str:
    return (v.source or r.source).where()


def _quoted(value: Decimal, c: Claim) -> bool:
    """Whether a figure in 万元 is the amount the claim quotes (rounded as quoted, in the unit quoted)."""
    if c.stated is None or c.stated_text is None:
        return True
    return same_as_quoted(value / WAN[c.stated_unit], c.stated_text)


def _places(value: Decimal) -> int:
    """The decimal places a figure is printed to (119.5 → 1, 39 → 0)."""
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def _from_text(t: AccountTable, c: Claim, body: list[tuple[str, Source]]) -> Figures | Why:
    """Figures the text itself states for the item: against last year, this year's (the latest year's paragraph)
    and the year before it; against the budget, the one amount said of the budget (预算) and the one said of the
    spending (决算, 支出)."""
    rows = [r for r in t.rows if r.item == c.item and r.get(AMOUNT).dec is not None]
    text_of = {s.line: x for x, s in body if s.line is not None}
    if c.against == "budget":
        budget, spent = by_stage(rows, text_of)
        if len(budget) != 1 or len(spent) != 1 or years_apart(budget[0], spent[0], text_of):
            return "文中未分别列出预算数和决算数", "the text does not give the budget and the spending apart"
        b, f = budget[0].get(AMOUNT), spent[0].get(AMOUNT)
        if b.dec is None or f.dec is None or not _quoted(f.dec, c):
            return "所述金额不是文中的决算数", "the amount stated is not the text's spending"
        where = (f"文中预算 {b.text} 万元（{budget[0].source.where()}）、决算 {f.text} 万元（{spent[0].source.where()}）")
        return Figures(f.dec, b.dec, where, False, c.label)
    if c.against_stage is not None:
        # "2024年…执行数2010.95万元,2025年…预算数2005.41万元,较上年预算数减少94.91万元" (旺苍's): the change is on last
        # year's budget, which the text does not give; its 执行数 is another stage's figure, never the base
        rows = [r for r in rows if label_stage(clean_name(r.name)) in (None, c.against_stage)]
    by_year = _by_year(rows, text_of, stated_year)
    if any(len(v) != 1 for v in by_year.values()):
        # two years' figures on one line ("2016年预算安排8万元,…。2015年预算数15万元,…"): each by its own sentence's year
        by_year = _by_year(rows, text_of, own_year)
    if any(len(v) != 1 for v in by_year.values()) and (alike := named_alike(rows, text_of)):
        by_year = _by_year(alike, text_of, own_year)
    undated = [r for r in rows if own_year(r, text_of) is None and stated_year(r, text_of) is None]
    this_year = max((int(y) for y in re.findall(r"((?:19|20)\d{2})\s*年", c.text)), default=None)
    if len(by_year) == 1 and len(undated) == 1 and this_year is not None and this_year > max(by_year):
        # "“公务用车运行维护费”预算数50万元,…。2015年预算数160万元,2016年预算比2015年预算下降68.8%": the one figure
        # said without a year is the year the claim compares, the other its base
        v = undated[0].get(AMOUNT)
        if v.dec is not None:
            by_year[this_year] = [(v.dec, undated[0].source)]
    if len(by_year) < 2 or any(len(v) != 1 for v in by_year.values()):
        return "文中未分年度列出本年数和上年数", "the text does not give this year's and last year's figures apart"
    latest = max(by_year)
    base_year = c.year if c.year is not None and c.year in by_year and c.year < latest else max(
        y for y in by_year if y < latest)
    (this, this_at), (base, base_at) = by_year[latest][0], by_year[base_year][0]
    if not _quoted(this, c) and not _base_stated(c, base, base_year):
        return f"所述金额不是文中 {latest} 年的数", f"the amount stated is not the text's {latest} figure"
    where = f"文中 {base_year} 年 {fmt_plain(base)} 万元（{base_at.where()}）、{latest} 年 {fmt_plain(this)} 万元（{this_at.where()}）"
    return Figures(this, base, where, False, c.label)


def _base_stated(c: Claim, base: Decimal, base_year: int) -> bool:
    """The claim's own amount is the year compared with's, said with that year ("2015年预算数15万元,2016年预算比2015年
    预算下降46.7%"): not this year's figure, and no reason to doubt the pairing."""
    if c.stated_text is None or not _quoted(base, c):
        return False
    at = c.text.find(c.stated_text + c.stated_unit)  # (the amount with its unit: "15" is inside "2015年")
    return at >= 0 and re.search(rf"{base_year}\s*年[^，,。；;]*$", c.text[:at]) is not None


def named_alike(rows: list[AccountRow], text_of: dict[int, str]) -> list[AccountRow]:
    """Where a year states the item more than once ("2022年的“三公"经费决算数合计为1000.86万…。2021年的三公经费决算数合计
    为807.95万…。2022年区直…“三公”经费决算数为736.40万元"), the figures a change compares are those the text names
    alike in both years: the rows of the one name (quotes aside) that stands once in each of two years or more; none
    when no name, or more than one, does so (the pairing is then not the text's to give)."""
    by_name: dict[str, list[tuple[int, AccountRow]]] = {}
    for r in rows:
        if (year := own_year(r, text_of)) is not None:
            by_name.setdefault(_QUOTES.sub("", clean_name(r.name)), []).append((year, r))
    alike = [rs for rs in by_name.values() if len(rs) >= 2 and len({y for y, _ in rs}) == len(rs)]
    return [r for _, r in alike[0]] if len(alike) == 1 else []


_QUOTES = re.compile(r"[“”\"'‘’「」]")


def _by_year(rows: list[AccountRow], text_of: dict[int, str],
             year_of: Callable[[AccountRow, dict[int, str]], int | None]) -> dict[int, list[tuple[Decimal, Source]]]:
    by_year: dict[int, list[tuple[Decimal, Source]]] = {}
    for r in rows:
        v, year = r.get(AMOUNT), year_of(r, text_of)
        if v.dec is not None and year is not None:
            by_year.setdefault(year, []).append((v.dec, r.source))
    return by_year


def _agrees(c: Claim, diff: Decimal) -> bool:
    """The figures' difference (万元) is the change the claim states, in its sign and amount; the change as quoted: a
    figure in 元 said in 万元 is rounded as the text writes it."""
    return diff == c.sign * c.change or (c.sign != 0 and (diff > 0) == (c.sign > 0)
                                         and same_as_quoted(abs(diff) / WAN[c.change_unit], c.quoted))


def _judge(ctx: Ctx, c: Claim, figures: Figures) -> Finding | None:
    said = "与预算相比" if c.against == "budget" else "与上年相比"
    what = f"情况说明「{c.text}」"
    if c.percent or c.done:
        return _judge_rate(ctx, c, figures, what, "完成预算" if c.done else said)
    diff = figures.this - figures.other
    stated = c.sign * c.change
    if _agrees(c, diff):
        ctx.record("text_compare", f"{what} {said}", None)
        return None
    alt = slipped(c)
    if alt is not None and _agrees(alt, diff):
        return ctx.record("text_compare", f"{what} {said}", Finding(  # (the figures agree; its unit does not)
            "text_compare", "suspect", ctx.document, c.source,
            f"{what}，但{figures.where}：增减额 {c.quoted}{c.change_unit} 按{alt.change_unit}计正合，单位疑为{alt.change_unit}之误",
            f"the notes give {c.item}'s change as {c.quoted} {c.change_unit}; the figures give {c.quoted} "
            f"{alt.change_unit}: its unit seems a slip", reported=f"{c.quoted}{c.change_unit}",
            recomputed=f"{c.quoted}{alt.change_unit}", row=figures.row))
    unit = places(c.quoted)
    close = c.sign != 0 and (diff > 0) == (c.sign > 0) and abs(abs(diff) - c.change) <= unit
    sev = "error" if figures.sure and not close and not c.carried else "suspect"
    word = "增加" if diff > 0 else "减少" if diff < 0 else "无变化"
    amount = f" {fmt_plain(abs(diff))} 万元" if diff else ""
    en_word = "up" if diff > 0 else "down" if diff < 0 else "unchanged"
    against = "the budget" if c.against == "budget" else "last year"
    return ctx.record("text_compare", f"{what} {said}", Finding(
        "text_compare", sev, ctx.document, c.source,
        f"{what}，但{figures.where}：实为{word}{amount}" + ("（末位之差）" if close else ""),
        f"the notes give {c.item}'s change on {against} as {fmt_plain(stated)}; the figures give {en_word} "
        f"{fmt_plain(abs(diff))}" + (" (last-digit difference)" if close else ""),
        reported=c.quoted, recomputed=fmt_plain(diff), row=figures.row,
    ))


def _judge_rate(ctx: Ctx, c: Claim, figures: Figures, what: str, said: str) -> Finding | None:
    """A change stated as a rate only ("比上年下降10%"): (this − other) ÷ other, rounded as printed, and its direction;
    an item's completion of its budget ("完成预算的60.50%"): this ÷ budget. One unit off in the last digit is
    ``info`` (尾差) when a rounding of the figures gives it (``core.rounding``), else ``suspect``."""
    if figures.other == ZERO:
        return None  # no rate of a change from nothing
    quoted = parse_decimal(c.quoted)
    diff = figures.this - figures.other
    if quoted is None:
        return None
    part = figures.this if c.done else abs(diff)  # completion: this ÷ budget; change: |this − other| ÷ other
    got = pct(part, figures.other, c.quoted)
    same_way = c.done or diff == ZERO or (diff > 0) == (c.sign > 0)
    if same_way and got == quoted:
        ctx.record("text_compare", f"{what} {said}", None)
        return None
    # one unit off is a 尾差 only where some rounding of the figures (each within its own printed rounding) gives it,
    # or the rate is a whole percent (often of the unrounded figures of a small base)
    this, other = figures.printed or (figures.this, figures.other)
    allowed = rate_allowed(c.quoted, this, other) if c.done else change_allowed(c.quoted, this, other)
    one_unit = same_way and abs(got - quoted) <= places(c.quoted)  # (beyond rounding: a rate rounded twice may give it)
    # (… or, figures the text states coarser than to the cent, any rounding of them gives it: 104.46 ÷ 119.5 may be
    # 87.39%, the text's 119.5 standing for 119.45 to 119.55; a table's 1 is 1.00, and 4.70 ÷ 7.58 is 62.01%, not 62.11%)
    coarse = min(_places(this), _places(other)) < 2
    close = one_unit and not (allowed is False and "." in c.quoted) or allowed is True and not figures.sure and coarse
    # "完成预算的X%" may be of the 年初预算 while the table prints the adjusted 预算数 (seed 003: 1.73 of 年初 5.6 =
    # 30.89%, the table's 预算数 1.73; the budgets' difference is the finding, text_amount's): at most 疑似
    sev = "info" if close else "error" if figures.sure and not c.done and not c.carried and not one_unit else "suspect"
    word = "完成" if c.done else "增长" if diff > 0 else "下降" if diff < 0 else "持平"
    return ctx.record("text_compare", f"{what} {said}", Finding(
        "text_compare", sev, ctx.document, c.source,
        f"{what}，但{figures.where}：实为{word} {got}%" + ("（尾差）" if close else ""),
        (f"the notes give {c.item}'s completion of its budget as " if c.done else
         f"the notes give {c.item}'s change on {'the budget' if c.against == 'budget' else 'last year'} as ")
        + f"{c.quoted}%; the figures give {got}%" + (" (last-digit difference)" if close else ""),
        reported=c.quoted + "%", recomputed=f"{got}%", row=figures.row,
    ))

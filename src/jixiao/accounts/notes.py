"""决算/预算情况说明 published without its tables: the figures the text states, read and checked on their own.

Some pages give only the 情况说明 of a 部门决算 or 部门预算 ("2022年本年收入合计4125.49万元,其中:一般公共预算财政
拨款收入3859.16万元,占93.54%;…"). Its statements are read into one table of stated figures (kind ``notes``: a
row per line named, its amount in 万元, the sentence as its source), and checked as far as the text allows:

- a whole and the parts listed after its 其中, when the parts' shares add up to 100% (the list is the whole
  list): the whole = Σ parts;
- each share (占X%) against part ÷ whole, and each rate of change against the amounts (``accounts.text``);
- "收、支总计各是A,B万元 … 各减少C,D万元,各下降x%、y%": each rate against its own pair.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from functools import lru_cache

from jixiao.accounts.identity import Ctx, compare
from jixiao.accounts.model import AccountRow, AccountTable
from jixiao.accounts.notes_list import check_lists, list_items
from jixiao.accounts.notes_parts import ADJUSTED, adjustment_findings, split_findings, summary_findings
from jixiao.accounts.notes_printed import printed_lines
from jixiao.accounts.notes_words import LEVEL, LINES, OLD_CLASSES, WHOLES
from jixiao.accounts.prose import Paragraphs, paragraphs
from jixiao.accounts.prose import where as _line_of
from jixiao.accounts.sangong import item_of
from jixiao.accounts.stream_summary import TITLE as _TWO_SIDED
from jixiao.core.findings import Finding
from jixiao.core.numbers import HUNDRED, ZERO, normalize_text, parse_decimal
from jixiao.core.records import Val
from jixiao.core.rounding import Rounding
from jixiao.core.source import Source

_NUM = r"(\d[\d,]*(?:\.\d+)?)"


@lru_cache(maxsize=1)
def _stated() -> re.Pattern[str]:
    """A line named, a few filler characters (为, 类科目, 共计), an amount in 万元 or 元; the names are the lines
    of the accounts tables and the functional classes (类) of the year's code list."""
    from jixiao.accounts.codes import load_codes

    codes = load_codes(2024)
    classes = [n for c, n in (codes.names.items() if codes else []) if len(c) == 3 and n.endswith("支出")]
    names = sorted({*LINES, *classes, *OLD_CLASSES}, key=len, reverse=True)
    return re.compile("(" + LEVEL + "?(?:" + "|".join(map(re.escape, names)) + "|" + _BUDGET_ORDER + r")(?:预算|决算)?数?(?:总计|合计|总量|总额)?(?:财政拨款)?)"  # 机关运行经费财政拨款
                      r"(?:类科目)?(?:[(（][^()（）]{1,6}[)）])?(?:[由从](?:年初)?(?:预算)?数?的?)?"  # 由年初预算的X调整为Y
                      r"(?:累计|预计|安排|拟调整|调整){0,2}[为是共计完成实现:：]{0,3}\s*" + _NUM
                      + r"\s*(亿元|万元|元)")
# "一般公共服务(类)政府办公厅(室)及相关机构事务(款)行政运行(项):支出决算为441.72万元": the 项 by its name (the
# 款 where the 项 is left empty, "(款)(项)"); a name may hold a short bracket of its own (办公厅(室))
# a budget's totals with the words the other way round ("2024年预算收入1234.56万元", "预算支出…"), not the end of a
# budget's own name (一般公共预算收入, 政府性基金预算收入, 国有资本经营预算收入, 一般预算收入, 区本级预算支出)
_BUDGET_ORDER = r"(?<![共金营般级])预算(?:收入|支出)"
_NAME = r"((?:[^()]|\([^()类款项]{1,3}\))*)"
_ITEM = re.compile(r"\(类\)" + _NAME + r"\(款\)" + _NAME + r"\(项\)[:：]?\s*(?:支出)?(?:决算|预算)(?:数)?为\s*" + _NUM
                   + r"\s*(万元|元)")
# a budget explained item by item: "(一)经费拨款:指……。2012年预算安排8649.7万元。", "2010301行政运行(项):用于…。
# 2012年预算安排2024.93万元。" — the item named before its colon (after a list mark or its code), the amount the
# paragraph says is arranged for it
_ARRANGED_ITEM = re.compile(r"^\s*(?:[(（][一二三四五六七八九十]+[)）][、,，]?|\d{1,2}[.、．]|\d{3,7})?\s*"
                            r"([^:：()（）\d。,，;；]{2,20}?)(?:\(项\))?\s*[:：]")
_ARRANGED = re.compile(r"预算安排\s*" + _NUM + r"\s*(万元|元)")
_PAIR = re.compile(r"收[、,，]?\s*支总计各[为是]?\s*" + _NUM + r"\s*[、,，]\s*" + _NUM + r"\s*万元")
# "收、支总计均为1523.26万元" (or cut at 万), "收、支总计4937.14万元": one amount is both totals
_PAIR_SAME = re.compile(r"收[、,，]?\s*支总计(?:(?:均|都)[为是]|[为是:：]?)\s*" + _NUM + r"\s*万")
_PAIR_CHANGE = re.compile(r"各(增加|减少)\s*" + _NUM + r"\s*[、,，]\s*" + _NUM + r"\s*万元\s*[,，]\s*各(增长|下降)\s*"
                          r"(\d+(?:\.\d+)?)%\s*[、,，]\s*(\d+(?:\.\d+)?)%")
_SHARE_AFTER = re.compile(r"\s*[,，]?\s*占\s*(\d+(?:\.\d+)?)%")
HEADING = re.compile(r"(部门|单位)?(决算|预算)(公开)?(情况)?说明|(部门|单位)(决算|预算)\S{0,6}说明|收入支出(决算|预算)总体情况"
                     r"|预算执行情况(和|及|与).{0,16}预算[(（]?(草案)?[)）]?的报告|\d{4}年.{0,8}决算(?:[(（]?草案[)）]?)?的报告|决算[(（]?草案[)）]?的报告"
                     r"|预算调整方案|预算调整.{0,8}报告|\d{4}年.{0,8}预算[(（]?草案[)）]?的报告"
                     r"|^\S{0,40}(部门|单位)(决算|预算)(公开)?$")  # a 预算调整 report (调整方案(草案), 调整方案的报告)
AMOUNT = "金额"


def stated_table(body: list[tuple[str, Source]], least: int = 3, headed: bool = False) -> AccountTable | None:
    """The figures the notes state, each line under its own name at its first statement; a line stated again
    with another figure (a report gives last year's execution, then next year's budget) is kept too, named
    "…（第2处）". Under a heading that says what the text is (``headed``), the lines it names in its own words
    (``accounts.notes_printed``) count too once it names a whole. None for fewer than ``least`` lines named (three by default: a text that is not a 说明 names
    one or two by chance), or for fewer than four of which none is a whole."""
    t = AccountTable("notes", "情况说明", body[0][1] if body else Source(""), columns=[AMOUNT],
                     own_name="情况说明所列数字")
    seen: dict[str, list[Decimal]] = {}

    units: list[str] = []

    def add(label: str, text: str, src: Source, unit: str = "万元") -> None:
        if (d := parse_decimal(text)) is None or d in seen.get(label, []):
            return
        seen.setdefault(label, []).append(d)
        units.append(unit)
        n = len(seen[label])
        t.rows.append(AccountRow(label if n == 1 else f"{label}（第{n}处）", {AMOUNT: Val(d, text, src)}, src))

    for text, lines in paragraphs(body):
        src = lines[0][1]
        for m in _PAIR.finditer(text):
            add("收入总计", m.group(1), src)
            add("支出总计", m.group(2), src)
        for m in _PAIR_SAME.finditer(text):
            add("收入总计", m.group(1), src)
            add("支出总计", m.group(1), src)
        said = {m.start(2): m for m in _stated().finditer(text)}
        for m in said.values():
            add(m.group(1), m.group(2), _line_of(lines, m.group(2)), m.group(3))
        for m in ADJUSTED.finditer(text):  # "A万元拟调整为B万元": the line's adjusted figure too
            if (before := said.get(m.start(1))) is not None:
                add(before.group(1), m.group(3), _line_of(lines, m.group(3)), m.group(4))
        for m in _ITEM.finditer(text):
            name = (m.group(2).strip() or m.group(1)).strip()
            if name:
                add(name, m.group(3), _line_of(lines, m.group(3)), m.group(4))
        _arranged_items(lines, add)
    for part in list_items(body):  # the numbered parts under a 其中, as printed ("1、财政拨款3362.61万元")
        add(part.name, part.amount, part.source, part.unit)
    t.unit = max(set(units), key=units.count) if units else None
    wholes = {n for name in seen for n in (name, _SUFFIX.sub("", re.sub("^" + LEVEL, "", name)))} & WHOLES
    printed = [p for p in printed_lines(body) if p[0] not in seen]
    # under a heading that says it is a 说明, a whole line and one more in the text's own words are enough (a 三公
    # item is not such a line: a 三公 statement is read as one, accounts.sangong_text)
    own = {p[0] for p in printed if item_of(p[0]) is None}
    named = len(seen) + (len(own) if headed and wholes else 0)
    if named < least or not (wholes or len(seen) >= max(least, 4)):
        return None
    for name, amount, unit, src in printed:  # once a 说明: its other lines, named as printed
        add(name, amount, src, unit)
    return t


def _arranged_items(lines: list[tuple[str, Source]], add: Callable[[str, str, Source, str], None]) -> None:
    """Each line that names an item before its colon, with the one amount arranged for it on that line or the
    lines after it up to the next item (a 款 heading without a colon runs into the item after it)."""
    starts = [k for k, (x, _) in enumerate(lines) if _ARRANGED_ITEM.match(x)]
    for k, nxt in zip(starts, [*starts[1:], len(lines)]):
        item = _ARRANGED_ITEM.match(lines[k][0])
        arranged = _ARRANGED.findall("".join(x for x, _ in lines[k:nxt]))
        if item and len(arranged) == 1:
            add(item.group(1).strip(), arranged[0][0], _line_of(lines[k:nxt], arranged[0][0]), arranged[0][1])


_SUFFIX = re.compile(r"(预算|决算)?数?(总计|合计|总量|总额)?$")


_BALANCES = (("收入总计", ("本年收入合计", "使用非财政拨款结余", "年初结转和结余")),
             ("支出总计", ("本年支出合计", "结余分配", "年末结转和结余")))


def check_notes(ctx: Ctx, t: AccountTable, body: list[tuple[str, Source]], paras: Paragraphs) -> list[Finding]:
    """The balance of the totals when the notes state all their lines (收入总计 = 本年收入合计 + 使用非财政拨款结余 +
    年初结转和结余, the same for 支出); each 其中 list that is the whole list (its shares add up to 100%) against
    its whole; each pair of rates of change against its pair of amounts."""
    out: list[Finding | None] = []
    stated = {r.name: r for r in t.rows}
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
    if _TWO_SIDED.search(t.title) and not any(all(p in stated for p in parts) for _, parts in _BALANCES):
        out.extend(summary_findings(ctx, t))
    if any(r.item for r in t.rows):  # a 三公 statement in prose
        from jixiao.accounts.sangong_text import check_stated_sangong

        out.extend(check_stated_sangong(ctx, t, body))
    out.extend(split_findings(ctx, paras))
    out.extend(adjustment_findings(ctx, paras))
    out.extend(check_lists(ctx, body))
    for text, lines in paras:
        for sentence in text.split("。"):
            out.append(_whole_and_parts(ctx, sentence, lines))
        out.extend(_pair_changes(ctx, text, lines))
        out.extend(_done_growth(ctx, text, lines))
    return [f for f in out if f]


def _whole_and_parts(ctx: Ctx, sentence: str, lines: list[tuple[str, Source]]) -> Finding | None:
    at = sentence.find("其中")
    if at < 0:
        return None
    whole = list(_stated().finditer(sentence, 0, at))
    parts = list(_stated().finditer(sentence, at))
    if not whole or len(parts) < 2:
        return None
    shares = [_SHARE_AFTER.match(sentence, p.end()) for p in parts]
    if not all(shares) or abs(sum((Decimal(s.group(1)) for s in shares if s), ZERO) - HUNDRED) > Decimal("0.1"):
        return None  # not the whole list: only the shares are checked (accounts.text)
    w = whole[-1]
    if any(p.group(3) != w.group(3) for p in parts):
        return None

    def val(m: re.Match[str]) -> Val:
        return Val(parse_decimal(m.group(2)), m.group(2), _line_of(lines, m.group(2)))

    return compare(ctx, "total_sum", (f"情况说明：{w.group(1)} = " + " + ".join(p.group(1) for p in parts),
                                      f"the notes: {w.group(1)} = the sum of the items listed under it"),
                   val(w), [val(p) for p in parts], _line_of(lines, w.group(2)), w.group(1),
                   [p.group(1) for p in parts], blame_blank=False)


_DONE_GROWTH = re.compile(r"([\u4e00-\u9fff()（）]{2,30}?)(?:完成|为)\s*" + _NUM + r"\s*万元[^。;；]{0,40}?同比(增长|下降)\s*(\d+(?:\.\d+)?)%\s*[,，]\s*"
                          r"(增收|减收|增加|减少)\s*" + _NUM + r"\s*万")


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
    pair = _PAIR.search(text)
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


# a budget's own words ("占支出总预算X%" too); not 一般公共预算收入/支出, which a 决算 report says as often
_BUDGET_WORDS = re.compile(r"(?:收入|支出|部门|单位|收支)总?预算|预算(?:安排|编制|说明|批复|草案|执行|调整)|调整预算|"
                           + _BUDGET_ORDER)


def stage_of_text(body: list[tuple[str, Source]], heading: str | None = None) -> str | None:
    """Whether a 情况说明 is a budget's or final accounts' ("budget", "final"): its heading says it; without one
    the words do (决算 against a budget's own words: 收入预算, 部门预算, 预算安排); None when neither is said."""
    if heading is not None:
        heading = re.sub(r"\s", "", normalize_text(heading))  # "2023年财政预 算(草案)的报告": PDF text's spaces
        return "budget" if "预算" in heading and "决算" not in heading else "final"
    text = normalize_text("".join(x for x, _ in body)).replace(" ", "")
    final, budget = text.count("决算"), len(_BUDGET_WORDS.findall(text))
    if not final and not budget:
        return None
    return "final" if final >= budget else "budget"


def is_notes(body: list[tuple[str, Source]]) -> bool:
    """The body reads as a 决算/预算 情况说明 (its heading near the top)."""
    return any(HEADING.search(normalize_text(x).replace(" ", "")) for x, _ in body[:40])

"""Text against tables: amounts and percentages quoted in the 情况说明 recomputed from the tables.

- "基本支出 1469.63 万元" — an amount after a label the tables carry must be one of that label's values;
- "基本支出 1469.63 万元，占 40.98%" — a share of the paragraph's base (the amount before 其中, a named
  base "占本年支出合计的", else the paragraph's first non-zero amount);
- completion against the budget and growth ("完成年初预算的 138.15%", "增加 416.36 万元，增长 13.14%"):
  ``accounts.text_rates``; the sentences themselves: ``accounts.prose``.
A recomputed percentage one unit off in its last digit is ``info`` (尾差); more is an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from decimal import Decimal

from jixiao.accounts.identity import Ctx
from jixiao.accounts.model import TO_WAN, Accounts, AccountTable, clean_name
from jixiao.accounts.prose import CHANGE_VERBS, NUMBER_START, Paragraphs, in_reason, last_years
from jixiao.accounts.prose import where as _where
from jixiao.accounts.rate_line import heading_of
from jixiao.accounts.sangong_named import (
    THREE_LABELS,
    Whole,
    item_wholes,
    names_three_total,
    three_public_labels,
    wholes_of,
)
from jixiao.accounts.share_parts import RATE_BETWEEN, SHARE_WORD, Parts, sibling
from jixiao.accounts.stagewords import own_words
from jixiao.accounts.text_convention import by_convention
from jixiao.accounts.text_named_shares import named_share_findings
from jixiao.accounts.text_rates import AMOUNT as _AMOUNT
from jixiao.accounts.text_rates import (
    BUDGET,
    CLAUSE,
    amounts,
    as_quoted,
    exec_diff_findings,
    exec_findings,
    growth_findings,
    is_change,
    line_named,
    pct,
    pct_finding,
)
from jixiao.accounts.text_shares import share_of_findings
from jixiao.core.findings import Finding
from jixiao.core.numbers import HUNDRED, ZERO, fmt_plain, normalize_text, parse_decimal
from jixiao.core.rounding import rate_allowed
from jixiao.core.source import Source

# (…“三公”经费财政拨款支出18.70万元: the funds' words between a label and its figure)
_FILLER = r"(?:财政拨款|一般公共预算(?:财政)?拨款)?[\s()类为决预算支出数共计安排:]{0,8}?"
# "X万元,占Y%", "X元,占支出总预算的Y%", "X元,占支出总预算Y%", "X亿元,占…收入比重为Y%" (the base named with or
# without 的); group 2: the scale (亿, 万, "" for 元)
_SHARE = re.compile(NUMBER_START + r"(\d[\d,]*(?:\.\d+)?)\s*([亿万]?)元" + RATE_BETWEEN
                    + SHARE_WORD + r"(?:([^\d,，。;；%]{1,16}?)的?(?:比重|比例)?[为是]?)?\s*(\d+(?:\.\d+)?)\s*[%％]")
_AMOUNT_EITHER = NUMBER_START + r"(\d[\d,]*(?:\.\d+)?)\s*(万)?元"  # an amount in 万元 or 元 (group 3: 万)
# the line's own budget or target: "占调整预算105.47%", "占任务数的56.4%" (a department's collection against its own
# 任务, 计划 or 目标, which the text does not state): a completion rate, never a share of the whole named before 其中
_OWN_BUDGET = re.compile(r"^(?:调整|年初|全年|当年|年度)?(?:预算|任务|计划|目标|目标任务)(?:数)?$")
_YUAN = NUMBER_START + r"(\d[\d,]*(?:\.\d+)?)\s*元"  # an amount in 元 (not 万元): the bases of a share said in 元


def in_wan(t: AccountTable, value: Decimal | None) -> Decimal | None:
    """A table's value in 万元, the unit the notes write (a table in 元 divided by 10000)."""
    return None if value is None else value * TO_WAN.get(t.unit or "万元", Decimal(1))


def same_as_quoted(value: Decimal, quoted: str) -> bool:
    """A table's figure is the one quoted when it rounds (half up) to the quoted digits: 16,726,725.44 元 is
    "1672.67 万元"; an exact figure quoted in full matches exactly."""
    q = parse_decimal(quoted)
    return q is not None and as_quoted(quoted).apply(value) == q


Labels = dict[str, list[tuple[Decimal, AccountTable]]]


def _labels(acc: Accounts) -> Labels:
    """Label → the values the tables give it (in 万元), each with its table (named by its printed title in
    Chinese messages and by its English name in English ones)."""
    out: Labels = {}
    budget = acc.stage == "budget"

    def adder(t: AccountTable):  # type: ignore[no-untyped-def]
        def add(label: str, value: Decimal | None, where: str) -> None:  # where: t.title, kept for the reader
            v = in_wan(t, value)
            if v is not None:
                out.setdefault(normalize_text(label), []).append((v, t))
        return add

    for t in acc.tables:
        add = adder(t)
        if t.kind in ("summary", "fiscal_summary"):
            for r in t.rows:
                v = next(iter(r.values.values())).dec if r.values else None
                name = clean_name(r.name)
                if name in ("总计", "收入总计", "支出总计"):
                    side_total = "收入总计" if r.side == "income" else "支出总计"
                    add(side_total, v, t.title)
                    if t.kind == "fiscal_summary":
                        add("财政拨款收支总决算", v, t.title)
                    if budget:
                        fiscal = t.kind == "fiscal_summary"
                        add(("财政拨款" if fiscal else "") + ("收入预算" if r.side == "income" else "支出预算"), v, t.title)
                        if fiscal and r.side == "expenditure":
                            for col, label in (("一般公共预算", "一般公共预算拨款支出预算"),
                                               ("政府性基金预算", "政府性基金拨款支出预算"),
                                               ("国有资本经营预算", "国有资本经营预算拨款支出预算")):
                                if col in r.values:
                                    add(label, r.get(col).dec or ZERO, t.title)
                elif name in ("本年收入合计", "本年支出合计", "财政拨款收入") or (
                        budget and r.side == "income" and name in ("事业收入", "事业单位经营收入", "其他收入")):
                    add(name, v, t.title)
        elif t.kind in ("gp_expenditure", "gp_basic") and t.columns:
            _classified_labels(t, add)
        elif t.kind == "expenditure" and budget and t.total_row is not None and "项目支出" in t.columns:
            add("项目预算资金", t.total_row.get("项目支出").dec, t.title)
        elif t.kind == "three_public":
            three_public_labels(t, add, budget)
    return out


def _told_but_blank(ctx: Ctx, acc: Accounts, text: str, lines: list[tuple[str, Source]],
                    told: set[int]) -> Iterable[Finding]:
    """A 三公 cell left without a figure, perhaps lost in extraction (``AccountRow.unsure``), while the notes give
    the item's amount: said once (suspect, where the notes first give it), the amount never put into the table."""
    for t in acc.tables:
        if t.kind != "three_public":
            continue
        for r in t.rows:
            if r.item is None or not r.unsure or r.item not in THREE_LABELS or id(r) in told:
                continue
            names = "|".join(re.escape(x) for x in THREE_LABELS[r.item])
            m = re.search("(" + names + ")" + _FILLER + _AMOUNT, text)
            if m is None or (parse_decimal(m.group(2)) or ZERO) == ZERO:
                continue
            # the item's own figure: a change or rate column left blank is not where the notes' amount would go
            cols = [c for c in sorted(r.unsure) if t.roles.get(c, "current") in ("current", "prior")]
            if not cols:
                continue
            col = cols[0]
            told.add(id(r))
            yield Finding(
                "text_amount", "suspect", ctx.document, _where(lines, m.group(2)),
                f"{t.title}中「{clean_name(r.name)}」{col}没有数字（可能在提取时丢失），情况说明为 {m.group(2)} 万元",
                f"the {t.name_en} holds no figure for {clean_name(r.name)} [{col}] (perhaps lost in extraction); the notes "
                f"give {m.group(2)}", reported=m.group(2), recomputed=None, row=clean_name(r.name),
            )


def _classified_labels(t: AccountTable, add) -> None:  # type: ignore[no-untyped-def]
    total = t.total_row
    head = t.columns[0]
    if total is not None:
        whole = "一般公共预算财政拨款支出" if t.kind == "gp_expenditure" else "一般公共预算财政拨款基本支出"
        add(whole, total.get(head).dec, t.title)
        for col in t.columns[1:]:
            add(col, total.get(col).dec, t.title)
    for r in t.coded:
        if r.code and len(r.code) == 3:
            add(clean_name(r.name), r.get(head).dec, t.title)


_ITEM = re.compile(r"([^()\d、.,:;，。；：]+)\(类\)([^()]+)\(款\)([^()]+)\(项\)")
_ITEM_ACTUAL = re.compile(r"支出决算(?:数)?为\s*" + _AMOUNT)


def _item_findings(ctx: Ctx, acc: Accounts, text: str, lines: list[tuple[str, Source]]) -> Iterable[Finding]:
    """"一般公共服务支出(类)统计信息事务(款)信息事务(项)…支出决算为 2156.92 万元" against that 项's row."""
    m = _ITEM.search(text)
    actual = _ITEM_ACTUAL.search(text, m.end()) if m else None
    if m is None or actual is None:
        return
    budget = BUDGET.search(text, m.end())
    if budget and parse_decimal(budget.group(1)) != parse_decimal(actual.group(1)) and "原因" not in text:
        yield Finding(
            "unexplained_variance", "info", ctx.document, _where(lines, actual.group(1)),
            f"{clean_name(m.group(3))}（项）年初预算 {budget.group(1)} 万元、决算 {actual.group(1)} 万元，说明中未写差异原因",
            f"{clean_name(m.group(3))}: budget {budget.group(1)}, spent {actual.group(1)}, and no reason given",
            reported=actual.group(1), recomputed=budget.group(1), row=clean_name(m.group(3)),
        )
    gp = acc.table("gp_expenditure")
    if gp is None or not gp.columns:
        return
    names = {r.code: clean_name(r.name) for r in gp.coded}
    kuan, xiang = clean_name(m.group(2)), clean_name(m.group(3))
    rows = [r for r in gp.coded if r.code and len(r.code) == 7 and clean_name(r.name) == xiang
            and names.get(r.code[:5]) == kuan]
    value = parse_decimal(actual.group(1))
    if len(rows) != 1 or value is None:
        return
    v = rows[0].get(gp.columns[0]).dec
    if v is not None and v != value:
        yield Finding(
            "text_amount", "error", ctx.document, _where(lines, actual.group(1)),
            f"情况说明中{kuan}（款）{xiang}（项）支出决算为 {actual.group(1)} 万元，{gp.title} {rows[0].label()} 为 {v}",
            f"the notes give {kuan}/{xiang} spending {actual.group(1)}; the {gp.name_en} {rows[0].label()} has {v}",
            reported=actual.group(1), recomputed=fmt_plain(v), row=rows[0].label(),
        )


def check_text(ctx: Ctx, acc: Accounts, paras: Paragraphs) -> list[Finding]:
    labels = _labels(acc)
    pattern = re.compile(
        "(" + "|".join(re.escape(k) for k in sorted(labels, key=len, reverse=True)) + ")" + _FILLER + _AMOUNT_EITHER
    ) if labels else None
    all_values = [(k, v) for k, vs in labels.items() for v, _ in vs]
    # the figures a 情况说明 states on its own (no table) are the amounts its changes may be of
    all_values += [(r.name, v.dec) for t in acc.tables if t.kind == "notes" for r in t.rows for v in r.values.values()
                   if v.dec is not None]
    wholes = item_wholes(acc)
    out: list[Finding | None] = []
    told: set[int] = set()  # 三公 rows whose lost cell the notes gave, said once
    doc = Parts("".join(text for text, _ in paras))
    heading: str | None = None  # the paragraph before, where it is a line's name alone ("…财政拨款收入:")
    for text, lines in paras:
        if pattern is not None:
            found = _unanchored(list(_amount_findings(ctx, pattern, labels, text, lines)), _agreed(pattern, labels, text))
            out.extend(_demoted(found, *_ANOTHER_YEAR) if _other_year(text, acc.year)
                       else _demoted(found, *_ANOTHER_STAGE) if _stage_apart(text, acc) else found)
        out.extend(_item_findings(ctx, acc, text, lines))
        out.extend(_share_findings(ctx, labels, text, lines, [v for _, v in all_values], wholes, doc))
        out.extend(exec_findings(ctx, text, lines, heading))
        heading = heading_of(text)
        out.extend(exec_diff_findings(ctx, text, lines))
        out.extend(share_of_findings(ctx, text, lines))
        out.extend(named_share_findings(ctx, text, lines))
        out.extend(growth_findings(ctx, text, lines, all_values))
        out.extend(_told_but_blank(ctx, acc, text, lines, told))
    return by_convention(ctx, [f for f in out if f])


def _agreed(pattern: re.Pattern[str], labels: Labels, text: str) -> int:
    """How many of the paragraph's amounts (other than 0) are the tables' own figures for their labels."""
    n = 0
    for m in pattern.finditer(text):
        scale = Decimal(1) if m.group(3) else Decimal(10000)
        value = parse_decimal(m.group(2))
        n += bool(value) and any(same_as_quoted(v * scale, m.group(2)) for v, _ in labels[m.group(1)])
    return n


def _unanchored(found: list[Finding | None], agreed: int) -> list[Finding | None]:
    """A paragraph two or more of whose amounts differ from the tables and none of whose amounts (other than 0)
    agrees with them is not shown to speak of these tables: another unit's or another year's statement on the same
    page, a table misread. Its differences stand as 疑似, never as 错误."""
    errors = [f for f in found if f is not None and f.severity == "error"]
    if agreed or len(errors) < 2:
        return found
    return _demoted(found, "该段数字与表无一相符，可能说的是另一单位或另一张表",
                    "none of the paragraph's amounts agrees with the tables: it may speak of another unit or table")


def _demoted(found: list[Finding | None], zh: str, en: str) -> list[Finding | None]:
    """The paragraph's errors as suspects, each saying why (``zh``, ``en``)."""
    return [f if f is None or f.severity != "error" else replace(
        f, severity="suspect", message=f"{f.message}；{zh}", message_en=f"{f.message_en}; {en}") for f in found]


_YEAR_SAID = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:年|-度)")
_ANOTHER_YEAR = ("该段说的是另一年度，不是本表的年度", "the paragraph speaks of another year than the tables'")


def _other_year(text: str, year: int | None) -> bool:
    """The paragraph dates itself, and only to years the accounts are not of (nor the year before or after: a
    budget's 比上年, a 决算 published the next year): a statement of 2023 printed beside a table of 2015, another
    document's. Its differences from the tables are not shown to be the tables' mistakes."""
    said = {int(y) for y in _YEAR_SAID.findall(text)}
    return year is not None and bool(said) and not said & {year - 1, year, year + 1}


_ANOTHER_STAGE = ("该段说的是另一阶段的数（决算或预算），与本表所列的阶段不同",
                  "the paragraph speaks of another stage (决算 or 预算) than the table's")


_SOURCE_WORDS = re.compile(r"一般公共预算|公共财政预算|政府预算|预算法|预算信息|预算公开|决算公开")


def _stage_apart(text: str, acc: Accounts) -> bool:
    """The paragraph names one stage only (决算数 and never 预算, or the other way) and the 三公 tables, the file's only
    tables, are all of the other (衢江 2016's 决算 statement beside its table read as 预算数 where its head was lost):
    its differences from them are not shown to be the tables' mistakes."""
    # (the text's own words, ``stagewords``; 一般公共预算 is a source of funds, 政府预算信息公开 a policy: no stage)
    said = _SOURCE_WORDS.sub("", own_words(text))
    final, budget = "决算" in said, "预算" in said
    tables = [t for t in acc.tables if t.kind != "notes"]
    if final == budget or not tables or any(t.kind != "three_public" for t in tables):
        return False
    return all(t.stage == ("budget" if final else "final") for t in tables)


# the part of a change said before its line's name (减少了“三公”经费342.74万元, ``is_change``) that its 其中 lists
# (…,其中公务用车购置及运行维护费308.87万元): a part of the change, no figure of the line
_PART_OF_CHANGE = re.compile(r"(?:" + CHANGE_VERBS + r")了?[^。;；,，\d]{0,16}\d[\d,.]*\s*万?元\s*[,，]?\s*其中[:：,，]?\s*$")


def _amount_findings(ctx: Ctx, pattern: re.Pattern[str], labels: Labels,
                     text: str, lines: list[tuple[str, Source]]) -> Iterable[Finding | None]:
    for m in pattern.finditer(text):
        value = parse_decimal(m.group(2))
        scale = Decimal(1) if m.group(3) else Decimal(10000)  # the labels' values are in 万元; the text's in 万元 or 元
        known = [(v * scale, t) for v, t in labels[m.group(1)]]
        if value is None or any(same_as_quoted(v, m.group(2)) for v, _ in known):
            continue
        if is_change(text, m.start(1)) or _PART_OF_CHANGE.search(text, max(0, m.start(1) - 40), m.start(1)):
            continue  # "…上划到市级,减少了“三公”经费342.74万元,其中公务用车购置及运行维护费308.87万元": a change, and its
            # part (said before the line's name), no figure of it
        v, where = known[0]
        # The amount is another line's figure (收入总计 quoted with 本年收入合计's amount): a label written
        # wrong rather than a figure that does not hold — suspect, naming the line it matches.
        same = [k for k, vs in labels.items()
                if k != m.group(1) and any(same_as_quoted(x * scale, m.group(2)) for x, _ in vs)]
        other = next((k for k in same if "合计" in k), same[0] if same else None)  # a total line first
        said = text[m.end(1):m.start(2)]
        if other is not None and any(w in said and w in other for w in ("预算", "决算")):
            continue  # "“三公”经费支出预算为49.9万元": the text says which figure it quotes, and it is that one
        if where.kind == "three_public" and _other_stage(said, where):
            continue  # "“三公”经费预算数为832.05万元" beside a 决算 table without a 预算数 column: not its figure
        zh = f"情况说明「{m.group(1)} {m.group(2)} {'万元' if m.group(3) else '元'}」与{where.title}的 {fmt_plain(v)} 不符"
        en = f"the notes give {m.group(1)} {m.group(2)}; the {where.name_en} has {v}"
        if other is not None:
            zh += f"；{m.group(2)} 是「{other}」的数额，疑为口径写错"
            en += f"; {m.group(2)} is the amount of '{other}': probably the wrong label"
        yield Finding(
            "text_amount", "suspect" if other is not None else "error", ctx.document, _where(lines, m.group(2)),
            zh, en, reported=m.group(2), recomputed=fmt_plain(v), row=m.group(1),
        )


def _other_stage(said: str, t: AccountTable) -> bool:
    """The words before an amount name the stage the 三公 table does not print (预算 beside a 决算 table that has no
    预算数 column, 决算 beside a budget table)."""
    budget, final = "预算" in said, "决算" in said
    if budget == final:
        return False
    printed = " ".join(t.columns)
    return ("预算" if budget else "决算") not in printed and t.stage == ("final" if budget else "budget")


def _share_findings(ctx: Ctx, labels: Labels, text: str, lines: list[tuple[str, Source]],
                    known: Sequence[Decimal] = (), wholes: Sequence[Whole] = (),
                    doc: Parts | None = None) -> Iterable[Finding | None]:
    in_unit = {"万": amounts(text), "": amounts(text, _YUAN), "亿": amounts(text, NUMBER_START + r"(\d[\d,]*(?:\.\d+)?)\s*亿元")}
    for m in _SHARE.finditer(text):
        part = parse_decimal(m.group(1))
        if part is None:
            continue
        if m.group(3) and _OWN_BUDGET.match(m.group(3).strip()):
            continue  # "完成28,583万元,占调整预算105.47%": the line's own budget, a completion rate (text_rates)
        said = in_unit[m.group(2)]  # the amounts in the share's own unit
        base: Decimal | None = None
        item = ""
        severity = "error"
        named: list[Decimal] | None = None  # the bases the words may mean (None: one chosen among the text's figures)
        if m.group(3) and normalize_text(m.group(3)) in labels and m.group(2) == "万":
            base = labels[normalize_text(m.group(3))][0][0]
        elif (stated := _stated_whole(text, m, said)) is not None:
            base = stated  # "收入预算总额为7783.26万元,…。其中:…,占收入预算总额的9.7%": the whole its words name
        else:
            k = text.rfind("其中", 0, m.start())
            if k >= 0 and _SENTENCE_END.search(text, k, m.start()):
                k = -1  # a 其中 of an earlier sentence ("住房公积金112788元,其中:…。…基本支出…,占…的96.41%"): not this part's
            # the whole before 其中: never a change, nor last year's amount (比上年本年支出合计500万元); not when the
            # words name the 三公 total and that whole is not it (the vehicles' parts after a 其中 of their own,
            # 公务用车购置费710万元,占“三公”经费总额15.7%: of the total, not of the vehicles' 3545)
            before = [(pos, d) for pos, d in said if pos < k and not is_change(text, pos) and not last_years(text, pos)
                      and not in_reason(text, pos)] if k >= 0 else []
            if before and names_three_total(m.group(3)) and not names_three_total(clause_before(text, before[-1][0])):
                before = []
            elif before and sibling(text, before[-1][0], m.group(3)):
                continue  # "基本支出63.3亿元,占一般预算支出的42.2%,其中…;专项支出86.8亿元,占一般预算支出的57.8%": a part too
            elif before and _names_another(m.group(3), clause_before(text, before[-1][0])):
                continue  # "总支出6571.85亿元。其中,…(包括一般性转移支付3030.61亿元,占转移支付比重达82%": not that whole
            if before:
                base = before[-1][1]
            elif (whole := wholes_of(text, m.start(1), part, wholes))[1]:  # a 三公 item's share: of the 三公 total
                item = whole[0]
                base, sure = next((w for w in whole[1] if pct(part, w[0], m.group(4)) == parse_decimal(m.group(4))),
                                  whole[1][0])
                severity = "error" if sure else "suspect"  # a total the text states, not a table's: suspect
                named = [w[0] for w in whole[1]]
            else:
                base = next((d for _, d in said if d != ZERO), None)
                severity = "suspect"
                # no base named: any figure of the text or the tables the share fits is the base meant
                quoted, unit = parse_decimal(m.group(4)), as_quoted(m.group(4)).quantum
                # (never another part of the same whole: an amount the 说明 says is itself a share of it)
                parts, sum_of = (doc or Parts(text)).of(m.group(2), m.group(3), text, said, m.start(1))
                bases = [c for c in [d for _, d in said] + list(known) if c and c not in parts]
                if sum_of is not None:
                    bases = [sum_of]  # the whole is the sum of the parts whose shares make 100%

                fits = [c for c in bases if pct(part, c, m.group(4)) == quoted]
                if len(set(fits)) == 1:  # (the one figure of the text it is a share of: how the text rounds)
                    ctx.rates.append((m.group(4), part, fits[0], None))
                if quoted is None or fits:
                    continue
                near = [c for c in bases if abs(pct(part, c, m.group(4)) - quoted) <= unit]
                # a last-digit difference against the base it fits: 尾差; else the whole the other shares of its list
                # are exactly of ("…1300万元,占92.86%;事业收入100万元,占8.14%": 1400, which 92.86% is of), else the whole
                # it comes nearest to
                wider = sorted((c for c in bases if c > part), key=lambda c: abs(pct(part, c, m.group(4)) - quoted))
                if not near and not wider and quoted < HUNDRED:
                    continue  # "占本年支出合计的90.57%" with no figure above the part stated: its whole is not known
                listed = _siblings_base(text, m, [c for c in bases if c > part]) if not near else None
                base = near[0] if near else listed if listed is not None else wider[0] if wider else base
        if not base:
            continue
        if named is None and severity == "error":
            named = [base]  # the base the words name (a labelled line, the whole before 其中)
        got = pct(part, base, m.group(4))
        # the line whose share it is, as the text names it before its amount (a 三公 item by its own name)
        name = item or line_named(text, m.start()) or ""
        yield pct_finding(ctx, "text_percent", lines, m.group(4), got, f"{part} ÷ {base} × 100%", severity,
                           (f"{name}占比", "share"), (part, base),
                           None if named is None else any(rate_allowed(m.group(4), part, w) is not False for w in named))


# the verb between a whole's words and its amount (一般公共预算支出执行128.9亿元: a city's, beside the province's
# 一般公共预算支出1649.8亿元 on a text run onto one line: two wholes, none sure)
_WHOLE_VERB = r"(?:为|是|共计|合计|执行|完成|实现|达到|达)?\s*"


def _stated_whole(text: str, m: re.Match[str], said: list[tuple[int, Decimal]]) -> Decimal | None:
    """The one amount (in the share's unit) the text states right after the very words the share names its whole by,
    before the share ("…收入预算总额为7783.26万元,…" for "占收入预算总额的9.7%", 上犹's: before, the nearest amount
    before 其中 was taken, an amount of the reasons); None when the words name none, or several amounts."""
    words = re.sub(r"\s", "", m.group(3) or "")
    if len(words) < 4:
        return None
    at = {pos: d for pos, d in said}
    found = {at[w.end()] for w in re.compile(re.escape(words) + _WHOLE_VERB).finditer(text, 0, m.start()) if w.end() in at}
    return next(iter(found)) if len(found) == 1 else None


def _siblings_base(text: str, m: re.Match[str], bases: list[Decimal]) -> Decimal | None:
    """The one whole among ``bases`` that every other share of the sentence naming no whole of its own (占x%) is exactly
    of, when there is such another share and such a single whole; else None."""
    start = max((e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())), default=0)
    end = next((e.start() for e in _SENTENCE_END.finditer(text, m.end())), len(text))
    fits: set[Decimal] | None = None
    for o in _SHARE.finditer(text, start, end):
        part, quoted = parse_decimal(o.group(1)), parse_decimal(o.group(4))
        if o.start() == m.start() or o.group(3) or o.group(2) != m.group(2) or part is None or quoted is None:
            continue
        of = {c for c in bases if pct(part, c, o.group(4)) == quoted}
        fits = of if fits is None else fits & of
    return next(iter(fits)) if fits is not None and len(fits) == 1 else None


# a sentence's end or a numbered heading (四、 (一)) between two places of a text: they are not of one sentence
_SENTENCE_END = re.compile(r"。|(?<![\d.])\.(?!\d)|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]")


# the words a share names its whole by when they may name any whole (占总支出的, 占支出的): never another line
_ANY_WHOLE = re.compile(r"^(?:本年|全年|年度)?(?:总|全部)?(?:支出|收入|预算|决算)?(?:总额|总量|合计|总计|总数|总)?$")


def _names_another(named: str | None, clause: str) -> bool:
    """The words a share names its whole by (占转移支付比重达82%: 转移支付) name a line that is not the whole stated before
    its 其中 (省级一般公共预算总支出安排6571.85亿元): neither holds the other, and the words are no generic whole's."""
    words = re.sub(r"(?:的|比重|比例|达到|达|为|是)+$", "", re.sub(r"\s", "", named or ""))
    own = re.sub(r"\s", "", clause)
    return len(words) >= 2 and not _ANY_WHOLE.match(words) and words not in own and not any(
        own[k:] in words for k in range(len(own) - 1))  # (each tail of the clause two characters or more)


def clause_before(text: str, at: int) -> str:
    """The words of the clause an amount at ``at`` ends (what it is the amount of)."""
    return CLAUSE.split(text[max(0, at - 60):at])[-1]

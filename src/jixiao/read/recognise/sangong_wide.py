"""A “三公”经费 table printed across the page (the items as column heads, 预算数/决算数 under each, the figures
in one row) whose cells reached the text one a line or run onto one line, so that no grid is left.

The cells read in order: the item heads (合计, 因公出国(境)费, 公务用车购置及运行费, 公务接待费, then the second header
row's 小计, 公务用车购置费, 公务用车运行费), the stage heads (预算数, 决算数 …), then the figures. The columns are the
leaf items in the order of the heads (公务用车购置及运行费 replaced by 小计, 购置费, 运行费 where the second row gives
them), each with the stages printed under it; or, under year groups ("2023年预算数", "2024年预算数"), the items
and the vehicles' parts printed once under each group, the figures group by group. The figures are placed only
when their count is the columns' count exactly; else nothing is placed and that is said.
"""

from __future__ import annotations

import re

from jixiao.accounts.sangong import STATS, TOTAL, VEHICLES, row_item, squash
from jixiao.core.numbers import parse_decimal
from jixiao.core.records import Problem, Val
from jixiao.core.source import Source
from jixiao.read.recognise.sangong_place import by_blanks, contradicted, one_short, unread_head
from jixiao.read.recognise.sangong_years import past_numbering, rows_by_year

_STAGE = re.compile(r"^((?:\d{4}年(?:度)?)?(?:本年|上年)?)(预算|决算)数?$")
_MAX_HEADS = 30
_LETTERS = re.compile(r"[\u4e00-\u9fff]")
_NOISE = re.compile(r"^(?:其中[:：]?|项目|科目|名称|序号|栏次|行次|金额|(?:金额)?单位.*|万元|元)$")
_FRAGMENT = 4  # letters a head broken over two lines leaves on the first


def stage_head(text: str) -> str | None:
    """The column a stage head names: 预算数 / 决算数, with its year or 本年/上年 when printed ("2022年预算数"), so
    that two years' columns stay two columns."""
    m = _STAGE.match(squash(text))
    return f"{m.group(1)}{m.group(2)}数" if m else None


def leaves(items: list[tuple[str, Source]]) -> list[str]:
    """The leaf columns from the item heads in order: a second row (小计 and the vehicle parts) replaces
    公务用车购置及运行费 where it stands; an item met again otherwise ends the heads."""
    return _leaves([row_item(t) for t, _ in items])


def _leaves(names: list[str | None]) -> list[str]:
    out: list[str] = []
    for k, name in enumerate(names):
        if name is None:
            continue
        if name in out:
            # 小计 (or a 合计 met again after the vehicles' head, the vehicles' own): the second header row begins
            if name == VEHICLES or name == TOTAL and out[-1:] == [VEHICLES]:
                subs = [VEHICLES if n == TOTAL else n for n in names[k:] if n is not None]
                at = out.index(VEHICLES)
                # a second 小计 after the vehicles' parts is the next group's own (公务接待费: 小计 | 行政运行 | …)
                again = next((j for j, n in enumerate(subs) if j and n == VEHICLES), None)
                if again is not None and at + 1 < len(out):
                    return out[:at] + subs[:again] + out[at + 1:]
                return out[:at] + subs + out[at + 1:]
            break
        out.append(name)
    return out


Wide = tuple[list[tuple[str, str, Val]], list[Problem], dict[str, str]]


_SENTENCE = re.compile(r"[，,。；;:：]")
_GROUP = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)\s*年?[^\d]{0,20}?(预算|决算)数")


def group_heads(before: list[str]) -> list[str]:
    """The groups printed over the item heads, each as its column's stage: year groups ("2010年“三公经费”财政拨款
    决算数", "2011年…预算数" → "2010年决算数") or, as the 部门决算 template prints them, the bare stages (预算数 then
    决算数, each over all the items): the last such words of each cell before the items, in order. Bare stages
    count only when two different ones stand there (one stage alone is the table's, not a group)."""
    out: list[str] = []
    bare: list[str] = []
    for t in before:
        # a sentence before the table is no head ("…2010年财政拨款决算数据和2011年…公布如下:"); a head run onto its end
        # is ("…公布如下:单位:万元2010年“三公经费”财政拨款决算数")
        t = _SENTENCE.split(t)[-1]
        found = list(_GROUP.finditer(squash(t)))
        if found:
            out.append(f"{found[-1].group(1)}年{found[-1].group(2)}数")
        elif (s := stage_head(t)) is not None:
            bare.append(s)
    if not out and len(set(bare)) == len(bare) >= 2:
        return bare
    return out


def read_wide(cells: list[tuple[str, Source]], default: str, groups: list[str] | None = None) -> Wide | None:
    """(item, column, value) triples from the cells of one table (heads then figures), the problems, and each
    item's head as printed ("“三公”经费合计"); None when the cells do not read as a table across (fewer than three
    items, no figures). ``default``: the stage when none is printed; ``groups``: the year groups printed over the
    item heads, when the item heads are printed once under each (the figures then go group by group)."""
    items: list[tuple[str, Source]] = []
    stages: list[str] = []
    figures: list[tuple[str, Source]] = []
    rest: list[tuple[str, Source]] = []
    head = ""  # a head's first letters on a line of their own ("公务" then "接待费")
    unread: list[str] = []  # heads among the items that name no item and no stage (a column may hide behind one)
    unread_at: list[int] = []  # how many item heads stood before each of them
    counts_at: list[int] = []  # where the heads of counts (辆, 批次) stand among the heads
    lead: str | None = None  # the text cell right before the first figure (a row's label: "2015年")
    slots: list[tuple[str, Source] | None] = []  # the figures with the blank cells among and after them (pipes)
    for k, (text, src) in enumerate(cells):
        t = text.strip()
        if not t:
            if figures:
                slots.append(None)
            continue
        if parse_decimal(t) is not None:
            figures.append((t, src))
            slots.append((t, src))
            continue
        if figures:
            rest = cells[k:]
            break
        lead = t
        t, head = head + t, ""
        if len(items) + len(stages) > _MAX_HEADS:  # more heads than any table across has: not one (and bounded)
            return None
        if row_item(t) is not None:
            items.append((t, src))
        elif items and STATS.search(squash(t)):  # 公务用车保有量(辆) beside the amounts: a count's column
            counts_at.append(len(items) + len(counts_at))
        elif items and len(t) <= _FRAGMENT and squash(items[-1][0] + t) == row_item(items[-1][0] + t):
            items[-1] = (items[-1][0] + t, items[-1][1])  # the end of the head before (公务用车购置及运 / 行费)
        elif stage_head(t) is None and len(t) <= _FRAGMENT and k + 1 < len(cells) and row_item(cells[k + 1][0]) is not None:
            head = t
        elif (s := stage_head(t)) is not None:
            stages.append(s)
        elif items and _LETTERS.search(t) and not _NOISE.match(t):
            unread.append(t)
            unread_at.append(len(items))
    figures = _after_numbering(figures)
    if len(items) > 3 and row_item(items[-1][0]) == TOTAL and TOTAL in [row_item(t) for t, _ in items[:-1]]:
        items = items[:-1]  # "合计" again just before the figures: the label of their row (合计 of the units), no head
    named = leaves(items)
    if counts_at and len(named) == len(items) and len(figures) == len(items) + len(counts_at):
        figures = [f for k, f in enumerate(figures) if k not in counts_at]  # one row of heads: the counts' figures out
    cols: list[str | None] = [*named]
    if len(cols) < 3 or not figures:
        return None
    subs = [k for k, (t, _) in enumerate(items) if squash(t) == "小计"]
    if len(subs) >= 2 and subs[-1] == len(items) - 1 and cols[-1] != VEHICLES:
        # the last group's own 小计 then heads that name no item (公务接待费: 小计 | 行政运行 | 其他…支出): its parts,
        # columns read past
        cols += [None] * sum(1 for at in unread_at if at == len(items))
    printed: dict[str, str] = {}
    for t, _ in items:
        if (item := row_item(t)) is not None and squash(t) != "小计":
            printed.setdefault(item, squash(t))
    year_lead, year_figures, year_rest = past_numbering(lead, figures, rest)
    if year_lead is not None and (by_year := rows_by_year(list(cols), default, year_lead, year_figures,
                                                          year_rest)) is not None:
        return by_year[0], by_year[1], printed  # a row per year, each led by its year ("2015年 | 2840 | 90 | …")
    # (heads that name no item are read past only in rows by year; otherwise the item columns alone)
    if len(stages) == 1 and len(figures) == len(named):  # the stages down the page: one row of figures each
        return [*_rows_by_stage(named, stages[0], figures, rest)], [], printed
    names = [n for t, _ in items if (n := row_item(t)) is not None]
    own = _leaves(list(per_group)) if groups and len(groups) >= 2 and (per_group := _per_group(names, len(groups))) else []
    if own and len(figures) == len(own) * len(groups or []):
        # the items printed under each year group (and the vehicles' parts under each): the figures row holds the
        # groups one after the other
        columns = [(item, g) for g in groups or [] for item in own]
        return [(item, g, Val(parse_decimal(t), t, src)) for (item, g), (t, src) in zip(columns, figures)], [], printed
    once = list(dict.fromkeys(stages))  # the stage heads printed once for all the items
    per = (stages[: len(stages) // len(named)] if stages and len(stages) % len(named) == 0
           else once if once and len(figures) == len(named) * len(once) else [default])
    columns = [(item, stage) for item in named for stage in per]
    if len(per) == 1 and (short := one_short(named, per[0], figures)) is not None:
        return short[0], short[1], printed
    if len(per) == 1 and len(figures) < len(columns) and [x for x in slots if x is not None] == figures and (
            kept := by_blanks(named, per[0], slots)) is not None:
        return kept, [], printed  # (a blank cell the text kept: its column has no figure)
    if unread and len(per) == 1 and len(figures) == len(columns) and contradicted(named, figures):
        return [], [unread_head(unread, figures)], {}
    if len(figures) != len(columns):
        where = figures[0][1]
        return [], [Problem(f"“三公”经费表横排：{len(columns)} 个栏目却有 {len(figures)} 个数字，各数所属栏目读不准，未读入", where,
                            f"三公 table across the page: {len(figures)} figures for {len(columns)} columns; not placed")], {}
    return [(item, stage, Val(parse_decimal(t), t, src)) for (item, stage), (t, src) in zip(columns, figures)], [], printed


def _after_numbering(figures: list[tuple[str, Source]]) -> list[tuple[str, Source]]:
    """The figures without the 栏次 row that numbers the columns under the heads (1, 2 … m, then the m columns'
    figures, or a row of them per stage): the numbers dropped only when the figures after them fill whole rows."""
    m = 0
    while m < len(figures) and figures[m][0].strip() == str(m + 1):
        m += 1
    rest = len(figures) - m
    return figures[m:] if m >= 3 and rest and rest % m == 0 else figures


def _per_group(names: list[str], groups: int) -> list[str] | None:
    """The heads of one year group when every group prints the same ones: the item row printed ``groups`` times
    (合计 因公出国(境)费 公务用车购置及运行费 公务接待费 合计 …), then the second row's vehicle parts printed as many
    times (小计 购置费 运行费 小计 …); None when the heads do not repeat so."""
    for size in range(3, len(names) // groups + 1):
        head = names[:size]
        rest = names[size * groups:]
        if names[:size * groups] == head * groups and len(rest) % groups == 0 and rest[:len(rest) // groups] * groups == rest:
            return head + rest[:len(rest) // groups]
    return None


def _rows_by_stage(named: list[str], stage: str, figures: list[tuple[str, Source]],
                   rest: list[tuple[str, Source]]) -> list[tuple[str, str, Val]]:
    """The items across, a stage at the head of each row ("预算数 12.5 0 8 4.5", "决算数 10.3 …"): each row that
    gives a figure for every item."""
    out = [(item, stage, Val(parse_decimal(t), t, src)) for item, (t, src) in zip(named, figures)]
    cells = [(t.strip(), src) for t, src in rest if t.strip()]
    k = 0
    while k < len(cells) and (s := stage_head(cells[k][0])) is not None:
        row = cells[k + 1:k + 1 + len(named)]
        if len(row) < len(named) or any(parse_decimal(t) is None for t, _ in row):
            break
        out += [(item, s, Val(parse_decimal(t), t, src)) for item, (t, src) in zip(named, row)]
        k += 1 + len(named)
    return out

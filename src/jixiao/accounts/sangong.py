"""“三公”经费表 — the items, the columns and the checks of a 三公 table, standalone or in a disclosure.

A 三公 table is held one row per item (``AccountRow.item``: 合计, 因公出国(境)费, 公务接待费, 公务用车购置及运行费,
公务用车运行费, 公务用车购置费, 机关运行经费), its ``name`` the label as printed ("3.公务用车费"), and one column
per printed column, named by what it holds: 预算数 / 决算数 (this year), 上年预算数 / 上年决算数, 增减额, 增减率,
a source of funds (公共财政预算拨款 …) or an "of which" column (其中:…). A cell whose reading is unsure (a
blank that may have been lost in extraction) is listed in ``AccountRow.unsure``: no identity is checked on it.

Checks: 合计 = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费 and 公务用车购置及运行费 = 购置费 + 运行费 in
every amount column; 增减额 = 本年 − 上年 and 增减率 = 增减额 ÷ 上年; a 合计 column = Σ the sources of funds.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from jixiao.accounts.identity import Ctx, blank, compare, num
from jixiao.accounts.model import AccountRow, AccountTable, clean_name
from jixiao.accounts.sangong_blame import Told, odd_part, sole_part
from jixiao.accounts.sangong_mixed import mixed_units, unproven
from jixiao.accounts.sangong_unprinted import not_printed, unprinted
from jixiao.accounts.text_rates import as_quoted
from jixiao.core.findings import Finding
from jixiao.core.numbers import HUNDRED, ZERO, fmt_plain, normalize_text
from jixiao.core.records import MISSING, Val
from jixiao.core.rounding import change_allowed

TOTAL, ABROAD, RECEPTION, VEHICLES, RUNNING, PURCHASE, OFFICE = (
    "合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费", "公务用车运行费", "公务用车购置费", "机关运行经费")
ITEMS = (TOTAL, ABROAD, RECEPTION, VEHICLES, RUNNING, PURCHASE, OFFICE)
# a line of the vehicles' besides 购置 and 运行 (其他交通工具购置, 其他交通费用): no item of the 三公 sums, but a part of the
# vehicles' figure where printed under it (several such lines may stand; each keeps its own row)
CARS_OTHER = "其他交通费用"
# a line of the reception's (其中:外事接待费 / 国内公务接待费 under 公务接待费): a part of it, no item of the sums
RECEPTION_PART = "公务接待费分项"
# 会议费 / 培训费 printed beside the 三公 items (“三公”经费及会议费、培训费支出表): no 三公 item; the table's 合计 may
# be the 三公 items' or include them, as the page words it
MEETING = "会议费培训费"
SUB_LINES = (CARS_OTHER, RECEPTION_PART, MEETING)  # lines that may stand several times in one table (each its own row)
ITEM_EN = {TOTAL: "total", ABROAD: "overseas travel", RECEPTION: "official reception", VEHICLES: "official vehicles",
           RUNNING: "vehicle running", PURCHASE: "vehicle purchase", OFFICE: "office running costs"}
AMOUNT_ROLES = ("current", "prior", "source", "of_which")
# words of a statistics row (公务接待批次(批), 公务用车保有量(辆)): never an amount item
_STATS = re.compile(r"批次|人数|人次|团组|保有量|购置数|[(（](?:个|人|辆|批|次)[)）]|数量")
STATS = _STATS  # (the readers of tables across the page read past such heads)


# the vehicles' words as places print them: 公务用车 / 公车 / 公务车 / 车辆, 运行(及)维护 / 运维 / 运转 / 运营
_CAR = re.compile(r"公务用?车|公车|车辆")
_RUN = re.compile(r"运[行转维营]|维护|维修")
_WHOLE = re.compile(r"总计|总额|总数")  # the 三公 total as a row names it besides 合计 (“三公”经费支出总额, 总计)
# the 三公 total named by the 三公 words alone, with its budget (一般公共预算财政拨款…), its stage (…支出预算) or a
# 小计/共计: a row label whole, never a column's (…预算数, a year) nor a sentence's
NAMED_TOTAL = re.compile(r"总?(?:一般公共预算|公共财政预算)?(?:财政拨款)?(?:安排的?)?[“\"]?三公[”\"]?经费(?:支出)?"
                         r"(?:(?:年初)?(?:预算|决算))?(?:支出)?(?:合计|总计|小计|共计|总额)?")
# the vehicles' parts some places print besides 购置费 and 运行费 (湖南's 其他交通工具购置, 其他交通费用 under
# 公务用车购置及运行维护费): their own lines, which the vehicles' figure includes
OTHER_CARS = re.compile(r"其他交通")
_RECEPTION_PART = re.compile(r"外事|外宾|国内|境外|国[(（]境[)）]外|国外")
_CAR_COSTS = re.compile(r'(?:公务用?车|公车|公务车辆)["”]?(?:经费|费用|支出)')
# 购置及运行, 购置和维护, 购置及运维: both together (and 公务用车购置及运 / 行维护费, the label cut by a narrow column)
_BOTH = re.compile(r"购置.{0,3}(?:运[行转维营]|维护|维修)|购置[及和与]运?$")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", normalize_text(text)).replace("（", "(").replace("）", ")")


def item_of(label: str) -> str | None:
    """The 三公 item a label names ("1.因公出国(境)费用" → 因公出国(境)费; "小计" → 公务用车购置及运行费)."""
    t = squash(label)
    if "机关运行" in t or t.startswith(("行政经费", "行政經費")):  # 行政经费 is the 机关运行经费 (their 名词解释 says so)
        return OFFICE
    if OTHER_CARS.search(t):  # 其他交通工具购置, 其他交通费用: a part of the vehicles' besides 购置 and 运行
        return CARS_OTHER
    if re.match(r"^(?:[\d一二三四五六七八九十]+[.、．)）]|[(（][\d一二三四五六七八九十]+[)）])?(?:会议费|培训费)$", t):
        return MEETING
    if "接待" in t and _RECEPTION_PART.search(t) and "含" not in t:  # (公务接待费(含外宾接待): the item itself)
        return RECEPTION_PART
    if "出国" in t:
        return ABROAD
    if "接待" in t:
        return RECEPTION
    if _BOTH.search(t) or t == "小计" or t.endswith("公务用车费"):
        return VEHICLES
    if _RUN.search(t) and _CAR.search(t) or t in ("运行费", "运行维护费", "运维费"):
        return RUNNING
    if "购置" in t:
        return PURCHASE
    if _CAR_COSTS.search(t):  # 公务用车经费, 公车经费: the vehicles as one, neither part named (旺苍's)
        return VEHICLES
    if "合计" in t or t in ("“三公”经费", "三公经费", "\"三公\"经费", "总计", "共计") or ("三公" in t and _WHOLE.search(t)):
        return TOTAL
    return TOTAL if NAMED_TOTAL.fullmatch(t) else None


@lru_cache(maxsize=8192)  # (a reader of tables across the page asks of the same cells from each line it tries)
def row_item(label: str) -> str | None:
    """The item of a row label, strictly: a statistics row (公务接待批次), a column label (预算数合计) or a
    sentence that names an item is none."""
    t = squash(label)
    if not t or len(t) > 24 or _STATS.search(t):
        return None
    if re.search(r"预算|决算|说明|。|情况|口径", t):
        return TOTAL if NAMED_TOTAL.fullmatch(t) else None  # 一般公共预算财政拨款“三公”经费支出, “三公”经费支出预算
    return item_of(t)


# a source of funds named without 拨款 (一般公共预算 | 政府性基金预算 | 国有资本经营预算, 财政拨款 | 其他资金), beside a
# 合计 column: a source, never a second stage column
_SOURCE = re.compile(r"(?:其中[:：]?)?(?:一般公共预算|公共财政预算|政府性基金(?:预算)?|国有资本经营(?:预算)?|财政拨款|其他资金|"
                     r"单位资金)(?:资金|安排)?")


def names_source(text: str) -> bool:
    """A column head naming a source of funds (一般公共预算财政拨款, 政府性基金, 其中:一般公共预算): under a 合计 head over
    them, the 合计 is a column, never the table's total row."""
    t = squash(text)
    return "拨款" in t or bool(_SOURCE.fullmatch(t))


_GROUP = re.compile(r"^(?:预算|决算)数?")  # a stage group's name before its column's (预算数一般公共预算: ``_grouped``)
_TOTAL_COLUMN = re.compile(r"合计|总计|^(?:(?:19|20)\d{2}年度?)?(?:本年)?(?:预算|决算)数?$")


def column_roles(labels: list[str], stage: str) -> list[tuple[str, str]]:
    """(column name, role) for a 三公 table's printed column labels; role is current / prior / change / rate /
    source / of_which / text / ratio (执行率) / serial (行次: the rows' numbers) / unknown (a label lost). Of two columns that name years, the earlier is the prior year's."""
    years = [int(y) for lb in labels for y in re.findall(r"((?:19|20)\d{2})", lb)]
    latest = max(years) if years else None
    whole = any(_TOTAL_COLUMN.search(squash(lb)) for lb in labels)  # a 合计 column the sources are the parts of
    out: list[tuple[str, str]] = []
    for lb in labels:
        t = squash(lb)
        own = stage if not re.search(r"预算|决算", t) else ("决算数" if "决算" in t else "预算数")
        ys = [int(y) for y in re.findall(r"((?:19|20)\d{2})", t)]
        if not t:
            key, role = "?", "unknown"  # a column whose label was lost: read, never checked
        elif "原因" in t or "说明" in t:
            key, role = "增减原因", "text"
        elif t == "行次":  # the rows' own numbers (1, 2, 3 …): read in their place, never an amount
            key, role = "行次", "serial"
        elif re.search(r"执行率|完成率|执行进度", t):
            key, role = "执行率", "ratio"
        elif "幅度" in t or "率" in t or "%" in t:
            key, role = "增减率", "rate"
        elif "增" in t or "减" in t:
            key, role = "增减额", "change"
        elif ("拨款" in t and re.search(r"公共|基金|国有", t)) or (whole and _SOURCE.fullmatch(_GROUP.sub("", t))):
            key, role = (clean_name(t), "of_which") if t.startswith("其中") else (clean_name(t), "source")
        elif "上年" in t or (ys and latest is not None and ys[0] < latest):
            key, role = "上年" + own, "prior"
        else:
            key, role = own, "current"
        while key in (k for k, _ in out):
            key += "'"
        out.append((key, role))
    return out


def roles(t: AccountTable) -> dict[str, str]:
    """A 三公 table's column roles (kept on the table when it was read; an older model: by name)."""
    known = t.roles
    return {c: known.get(c) or ("prior" if c.startswith("上年") else "current") for c in t.columns}


def item_row(t: AccountTable, item: str) -> AccountRow | None:
    return next((r for r in t.rows if r.item == item), None)


def item_value(t: AccountTable, item: str, column: str) -> Val:
    r = item_row(t, item)
    return r.get(column) if r is not None else MISSING


def long_rows(pairs: list[tuple[str, str, Val]]) -> tuple[list[str], list[AccountRow]]:
    """(columns, rows) of the row-per-item model from (item, column, value) triples (a table printed across)."""
    columns = list(dict.fromkeys(c for _, c, _ in pairs))
    rows: dict[str, AccountRow] = {}
    for item, col, v in pairs:
        if item not in rows:
            src = v.source
            assert src is not None
            rows[item] = AccountRow(item, {}, src, item=item)
        rows[item].values[col] = v
    order = {k: i for i, k in enumerate(ITEMS)}
    return columns, sorted(rows.values(), key=lambda r: order.get(r.item or "", 99))


def _sure(r: AccountRow | None, col: str) -> bool:
    return r is not None and col not in r.unsure


def check_three_public(ctx: Ctx, t: AccountTable, told: Told | None = None) -> list[Finding]:
    """The 三公 identities in every amount column, the year-on-year columns, the sources of funds; ``told``: the
    items' amounts the 说明 states, which name the slip of a sum in the table's own column (``sangong_blame``)."""
    out: list[Finding | None] = []
    kinds = roles(t)
    rows = {r.item: r for r in t.rows if r.item}
    units = mixed_units(t)  # rows in units of their own (合计(万元) over items in 元): no sum among them is proven
    mine = "决算数" if t.stage == "final" else "预算数"
    currents = [c for c, k in kinds.items() if k == "current"]
    own_col = mine if mine in currents else currents[0] if len(currents) == 1 else None
    for col, role in kinds.items():
        if role in AMOUNT_ROLES:
            out.extend(unproven(f, units) for f in _items_sum(ctx, t, rows, col, told if col == own_col else None))
    cur = [c for c, k in kinds.items() if k == "current"]
    prior = [c for c, k in kinds.items() if k == "prior"]
    change = [c for c, k in kinds.items() if k == "change"]
    rate = [c for c, k in kinds.items() if k == "rate"]
    # this year's column of the table's own stage when it prints both (2015年度预算数 and 2015年度决算数 over 2014年度
    # 决算数 and their 决算对比): the change is the 决算's; several with none of the stage, no change is checked
    own = "决算数" if t.stage == "final" else "预算数"
    this = own if own in cur else cur[0] if len(cur) == 1 else None
    if this and prior:
        for r in t.rows:
            out.extend(_year_on_year(ctx, t, r, this, prior[0], change[:1], rate[:1]))
    every = [c for c, k in kinds.items() if k == "source"]
    # each stage group's sources sum to its own 合计 ("预算数一般公共预算财政拨款" under 预算数); ungrouped, to the one
    # (the group named as printed: 预算金额一般公共预算财政拨款 under the 预算金额 group whose 合计 is 预算数)
    grouped = any(_stage_of(c) is not None for c in every) and all(_stage_of(x) is not None for x in cur)
    for whole in cur if grouped else cur[:1]:
        sources = [c for c in every if _stage_of(c) == _stage_of(whole)] if grouped else every
        if len(sources) < 2:
            continue
        for r in t.rows:
            parts = [r.get(c) for c in sources]
            if all(_sure(r, c) and not blank(r.get(c)) for c in [whole, *sources]):
                out.append(compare(ctx, "three_public", (f"{t.name}「{clean_name(r.name)}」：{whole} = " + " + ".join(sources),
                                                         f"{t.name_en} {clean_name(r.name)}: total = sum of the sources of funds"),
                                   r.get(whole), parts, r.source, clean_name(r.name), sources))
    return [f for f in out if f]


def _stage_of(column: str) -> str | None:
    """The stage a column's name starts with (预算数…, 预算金额…, 2020年决算数…): its group's; None where it names none."""
    m = re.match(r"(?:(?:19|20)\d{2}年度?)?(预算|决算)", column)
    return m.group(1) if m else None


def _items_sum(ctx: Ctx, t: AccountTable, rows: dict[str, AccountRow], col: str,
               told: Told | None = None) -> list[Finding | None]:
    """合计 = 出国 + 接待 + 购置及运行, 购置及运行 = 购置 + 运行, in one column; a 合计 that agrees with the
    parts once 购置及运行 is taken as 购置 + 运行 is not blamed for the subtotal's mistake."""
    total, veh = rows.get(TOTAL), rows.get(VEHICLES)
    run, buy = rows.get(RUNNING), rows.get(PURCHASE)
    out: list[Finding | None] = []
    zh_col = f"{t.name}「{col}」"
    veh_bad = False
    others = [r for r in t.rows if r.item == CARS_OTHER]  # the vehicles' further lines (其他交通费用): parts too
    veh_gap = veh is not None and unprinted(veh, [p for p in (buy, run, *others) if p is not None], col)
    if veh is not None and (run is not None or buy is not None):
        parts = [p for p in (buy, run, *others) if p is not None]
        if veh_gap:
            out.append(not_printed(ctx, t, veh, col))  # its parts printed, the subtotal left empty: not a zero
        elif all(blank(p.get(col)) for p in parts) and not blank(veh.get(col)):
            out.append(_not_broken_down(ctx, t, veh, col))  # its 其中 lines left empty: no breakdown given
        elif len(parts) >= 2 and all(_sure(p, col) for p in [veh, *parts]) and not all(
                blank(p.get(col)) for p in [veh, *parts]):  # (one part's row absent, cut by a page: not its sum)
            f = compare(ctx, "three_public", (f"{zh_col}：公务用车购置及运行费 = 购置费 + 运行费",
                                              f"{t.name_en} [{col}]: vehicles = purchase + running"),
                        veh.get(col), [p.get(col) for p in parts], veh.get(col).source or veh.source,
                        clean_name(veh.name), [clean_name(p.name) for p in parts], blame_blank=False)
            veh_bad = f is not None and f.severity == "error"
            g = odd_part(f, veh, parts, col, told, t)
            out.append(sole_part(g, veh, parts, col, _kept(rows, veh, col), t) if g is f else g)
        elif len(parts) == 2 and not others and _sure(veh, col) and not blank(veh.get(col)) and sum(_sure(p, col) for p in parts) == 1 \
                and not any(_sure(p, col) and blank(p.get(col)) for p in parts):  # one part without a figure
            out.append(_if_blank(ctx, t, veh, parts, [p for p in parts if not _sure(p, col)], col, _SUM_VEHICLES))
    out.append(_reception_lines(ctx, t, rows.get(RECEPTION), col))
    if total is None:
        return out
    # no 公务用车购置及运行费 line, or its cell left empty above printed parts: its parts stand in for it
    parts3: list[AccountRow | None] = [rows.get(k) for k in (ABROAD, RECEPTION, VEHICLES)] if veh is not None and not veh_gap else [
        *(rows.get(k) for k in (ABROAD, RECEPTION, PURCHASE, RUNNING)), *(others if veh_gap else [])]
    present = [p for p in parts3 if p is not None]
    # 出国 and 接待 always have their rows, the cars at least their 运行费 (a table without a purchase prints no 购置费
    # row): without them the items read are not the whole (a table cut by a page), and the 合计 is not their sum
    whole = ABROAD in rows and RECEPTION in rows and (veh is not None or run is not None)
    if not whole or not _sure(total, col):
        return out
    if all(blank(p.get(col)) for p in [total, *present]):
        return out
    if unprinted(total, present, col):  # the items printed, the 合计 left empty: a sum not printed, not a zero
        out.append(not_printed(ctx, t, total, col))
        return out
    unsure = [p for p in present if not _sure(p, col)]
    if unsure:  # items without a figure that may be blank or lost: the sum as if blank, a suspect if it fails
        out.append(_if_blank(ctx, t, total, present, unsure, col, _SUM3))
        return out
    vals = [p.get(col) for p in present]
    meetings = [r for r in t.rows if r.item == MEETING]
    if meetings and (judged := _with_meetings(ctx, t, total, present, meetings, col))[0]:
        out.append(judged[1])
        return out
    office = rows.get(OFFICE)  # “三公”经费及机关运行经费 whose 合计 takes the office costs in too: no mistake
    if office is not None and _sure(office, col) and num(total.get(col)) == sum((num(v) for v in vals), num(office.get(col))) \
            and not blank(office.get(col)):
        return out
    if veh_bad and veh is not None:
        fixed = sum((num(p.get(col)) for p in (buy, run, *others) if p is not None), ZERO)
        rest = sum((num(p.get(col)) for p in present if p is not veh), ZERO)
        if num(total.get(col)) == rest + fixed:
            return out  # the 合计 holds with the vehicles' own parts: the subtotal is the one wrong
    out.append(odd_part(compare(ctx, "three_public", (f"{zh_col}：合计 = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费",
                                                      f"{t.name_en} [{col}]: total = overseas + reception + vehicles"),
                                total.get(col), vals, total.get(col).source or total.source, clean_name(total.name),
                                [clean_name(p.name) for p in present], blame_blank=False), total, present, col, told, t))
    return out


def _kept(rows: dict[str, AccountRow], veh: AccountRow, col: str) -> bool:
    """The 合计 holds with the vehicles' subtotal as printed (合计 = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费)."""
    total, abroad, guests = rows.get(TOTAL), rows.get(ABROAD), rows.get(RECEPTION)
    if total is None or abroad is None or guests is None or blank(total.get(col)):
        return False
    if not all(_sure(r, col) for r in (total, abroad, guests, veh)):
        return False
    return num(total.get(col)) == num(abroad.get(col)) + num(guests.get(col)) + num(veh.get(col))


def _with_meetings(ctx: Ctx, t: AccountTable, total: AccountRow, present: list[AccountRow], meetings: list[AccountRow],
                   col: str) -> tuple[bool, Finding | None]:
    """A 合计 printed beside 会议费 and 培训费 lines may be the 三公 items' or theirs with those lines: (judged here, the
    finding). The items' sum alone holding, or a line unsure: not judged here (checked as usual); the sum with the lines
    holding is no mistake; neither holding, a ``suspect`` (which whole the 合计 is, the page does not say)."""
    alone = sum((num(p.get(col)) for p in present), ZERO)
    if num(total.get(col)) == alone or not all(_sure(m, col) for m in meetings):
        return False, None
    both = present + meetings
    f = compare(ctx, "three_public", (f"{t.name}「{col}」：合计 = 三公各项 + " + " + ".join(clean_name(m.name) for m in meetings),
                                      f"{t.name_en} [{col}]: total = the items and the meeting and training lines"),
                total.get(col), [p.get(col) for p in both], total.get(col).source or total.source, clean_name(total.name),
                [clean_name(p.name) for p in both], blame_blank=False)
    if f is None or f.severity == "info":
        return True, f
    return True, replace(f, severity="suspect", message=f.message + "（合计不等于三公各项之和，也不等于加上会议费、培训费之和）",
                         message_en=f.message_en + " (nor the 三公 items' sum alone)")


def _reception_lines(ctx: Ctx, t: AccountTable, rec: AccountRow | None, col: str) -> Finding | None:
    """公务接待费 = its lines printed under it (其中:外事接待费, 国内公务接待费): when two lines or more stand, every cell
    printed. The foreign and the domestic reception together are the whole by definition (an ``error`` when they
    fail); other lines may not be all of it (a ``suspect``)."""
    lines = [r for r in t.rows if r.item == RECEPTION_PART]
    if rec is None or len(lines) < 2 or not all(_sure(p, col) and not blank(p.get(col)) for p in [rec, *lines]):
        return None
    f = compare(ctx, "three_public", (f"{t.name}「{col}」：公务接待费 = " + " + ".join(clean_name(p.name) for p in lines),
                                      f"{t.name_en} [{col}]: reception = its lines"),
                rec.get(col), [p.get(col) for p in lines], rec.get(col).source or rec.source, clean_name(rec.name),
                [clean_name(p.name) for p in lines], blame_blank=False)
    both = len(lines) == 2 and sum("国内" in p.name for p in lines) == 1
    return replace(f, severity="suspect") if f is not None and f.severity == "error" and not both else f


TAKEN_BLANK = "一栏没有数字，按空白计"  # the note of a sum checked with items taken as blank


_SUM3 = ("合计 = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费", "total = overseas + reception + vehicles")
_SUM_VEHICLES = ("公务用车购置及运行费 = 购置费 + 运行费", "vehicles = purchase + running")


def _if_blank(ctx: Ctx, t: AccountTable, total: AccountRow, present: list[AccountRow], unsure: list[AccountRow],
              col: str, what: tuple[str, str]) -> Finding | None:
    """A whole (合计, or 公务用车购置及运行费) against its items where some items print no figure and the text does not mark its cells (a blank cannot be
    told from a cell lost in extraction): the items summed with those as blank. Holding, it confirms the blanks;
    failing, it is a suspect that names the items taken as blank (a figure lost there would close it), never an error."""
    vals = [Val(ZERO, "", p.get(col).source) if p in unsure else p.get(col) for p in present]
    f = compare(ctx, "three_public", (f"{t.name}「{col}」：{what[0]}", f"{t.name_en} [{col}]: {what[1]}"),
                total.get(col), vals, total.get(col).source or total.source, clean_name(total.name),
                [clean_name(p.name) for p in present], blame_blank=False)
    if f is None or f.severity == "info":
        return f
    names = "、".join(clean_name(p.name) for p in unsure)
    return replace(f, severity="suspect",
                   message=f"{f.message}（{names}{TAKEN_BLANK}；文本不分单元格，若该数在提取时丢失则另当别论）",
                   message_en=f"{f.message_en} ({names} print no figure, taken as blank; the text does not mark its "
                              "cells, so a figure lost in extraction would change this)")


def _not_broken_down(ctx: Ctx, t: AccountTable, veh: AccountRow, col: str) -> Finding:
    """公务用车购置及运行费 printed with its 购置费 and 运行费 lines left empty: the table gives no breakdown, so the
    identity cannot be checked (an empty 其中 line is not a zero the subtotal must equal)."""
    name = clean_name(veh.name)
    return Finding("cannot_verify", "info", ctx.document, veh.get(col).source or veh.source,
                   f"{t.name}「{col}」：{name} {veh.get(col).text} 的购置费、运行费两行为空（未分项列示），无法核对",
                   f"{t.name_en} [{col}]: {name} {veh.get(col).text} has its purchase and running lines empty "
                   "(no breakdown given): the identity cannot be checked", reported=veh.get(col).text, row=name)


def _year_on_year(ctx: Ctx, t: AccountTable, r: AccountRow, cur: str, prior: str, change: list[str],
                  rate: list[str]) -> list[Finding | None]:
    """增减额 = 本年 − 上年; 增减率 = 增减额 ÷ 上年 × 100%, as printed (a last-digit difference is info)."""
    out: list[Finding | None] = []
    a, b = r.get(prior), r.get(cur)
    if not (_sure(r, cur) and _sure(r, prior)) or (blank(a) and blank(b)):
        return out
    name = clean_name(r.name)
    diff = num(b) - num(a)
    if change and _sure(r, change[0]) and not blank(r.get(change[0])):
        c = r.get(change[0])
        out.append(compare(ctx, "three_public", (f"{t.name}「{name}」：{change[0]} = {cur} − {prior}",
                                                 f"{t.name_en} {name}: change = this year − last year"),
                           c, [b, Val(-num(a), a.text, a.source)], c.source or r.source, name,
                           [cur, prior], blame_blank=False))
    if rate and _sure(r, rate[0]) and r.get(rate[0]).dec is not None and num(a) != ZERO:
        q = r.get(rate[0])
        assert q.dec is not None
        shown = as_quoted((q.text or "").strip().rstrip("%"))
        got = shown.apply(diff / num(a) * HUNDRED)
        if got != q.dec:
            unit = shown.quantum
            sev = "info" if abs(got - q.dec) <= unit or _rounding_allows(q, num(b), num(a)) else "error"
            out.append(ctx.record("three_public", f"{t.name} 增减率", Finding(
                "three_public", sev, ctx.document, q.source or r.source,
                f"{t.name}「{name}」{rate[0]} 列报 {q.text}，按 ({fmt_plain(num(b))} − {fmt_plain(num(a))}) ÷ "
                f"{fmt_plain(num(a))} 重算为 {got}%" + ("（尾差）" if sev == "info" else ""),
                f"{t.name_en} {name}: rate of change printed {q.text}, ({fmt_plain(num(b))} − {fmt_plain(num(a))}) ÷ "
                f"{fmt_plain(num(a))} gives {got}%" + (" (last-digit difference)" if sev == "info" else ""),
                reported=q.text, recomputed=f"{got}%", row=name)))
        else:
            ctx.record("three_public", f"{t.name} 增减率", None)
    return out


def _rounding_allows(q: Val, this: Decimal, last: Decimal) -> bool:
    """A printed rate of change the amounts' own rounding allows: a rate worked out from the unrounded figures
    (12 and 90 printed in whole 万元, −86.62% from 12.04 and 89.99) is a rounding difference, not a mistake; its sign
    must still be the change's."""
    said = (q.text or "").strip().rstrip("%").strip()
    if q.dec is None or (q.dec < 0) != (this < last) and q.dec != ZERO:
        return False
    return change_allowed(said.lstrip("+-−－"), this, last) is True

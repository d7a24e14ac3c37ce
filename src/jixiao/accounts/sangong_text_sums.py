"""The 三公 identities checked on the figures a text states (``sangong_text.stated_sangong`` reads them): for each set
that states one total and each item once, 合计 = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费 and 公务用车购置及运行费 =
购置费 + 运行费, each year's and each stage's figures on their own, never summed across (``check_stated_sangong``)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from jixiao.accounts.identity import Ctx, compare
from jixiao.accounts.model import TO_WAN, AccountRow, AccountTable, clean_name
from jixiao.accounts.sangong import (
    ABROAD,
    CARS_OTHER,
    MEETING,
    PURCHASE,
    RECEPTION,
    RUNNING,
    SUB_LINES,
    TOTAL,
    VEHICLES,
)
from jixiao.accounts.sangong_stage import label_stage
from jixiao.accounts.sangong_text import _MIN_ITEMS, AMOUNT, own_year, stated_year
from jixiao.core.findings import Finding
from jixiao.core.numbers import ZERO, fmt_plain
from jixiao.core.records import Val
from jixiao.core.source import Source


def check_stated_sangong(ctx: Ctx, t: AccountTable, body: list[tuple[str, Source]] | None = None) -> list[Finding]:
    """The 三公 identities on the figures a text states, for each set that states one total and each item once: the
    whole text, or, when it gives the figures of two years (this year's budget, last year's final), each year's
    paragraph (or, two years on one line, each year's sentences: ``own_year``) on its own (never summed across): 合计 = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费, and
    公务用车购置及运行费 = 购置费 + 运行费; the vehicles may be given only by their two parts. A year that states some
    figures twice is split further by stage and line (``_by_stage``), and so is a text whose years do not part it."""
    rows = [r for r in t.rows if r.item]
    core = [r for r in rows if r.item not in SUB_LINES]  # (the vehicles' further lines may be several)
    text_of = {s.line: x for x, s in body or [] if s.line is not None}
    if len({r.item for r in core}) == len(core):  # (each item once: no second statement to settle a slip)
        return [] if _stages_apart(rows, text_of) else _identities(ctx, rows, "")
    for year_of in (stated_year, own_year):  # each figure's line's year; else its own sentence's (two years a line)
        years: dict[int | None, list[AccountRow]] = {}
        for r in rows:
            years.setdefault(year_of(r, text_of), []).append(r)
        if None not in years and len(years) >= 2:
            break
    else:
        return _by_stage(ctx, rows, text_of)  # figures said twice without their years: by the stage each label names
    # (it builds on this module's reading: a late import)
    from jixiao.accounts.sangong_sets import sentence_sets

    out: dict[tuple[str, str | None, str | None], Finding] = {}
    done: list[set[int]] = []
    for y, group in sorted(years.items(), key=lambda x: x[0] or 0):
        unique = len({r.item for r in group}) == len(group)
        done += [{id(r) for r in group}] if unique else []
        for f in _identities(ctx, group, f"{y}年", rows) if unique else _by_stage(ctx, group, text_of, rows):
            out.setdefault((str(f.location), f.reported, f.recomputed), f)
    for f in sentence_sets(ctx, rows, text_of, done):  # (a year's sets its own_year and stage make across the lines)
        out.setdefault((str(f.location), f.reported, f.recomputed), f)
    return list(out.values())




def _stages_apart(rows: list[AccountRow], text_of: dict[int, str]) -> bool:
    """The total is said of one stage and an item of the other ("“三公”经费决算10.3万元" and "公务接待费预算4.5万元"):
    figures that never make one sum, each item stated once or not (``sangong_sets`` builds on this module: a late
    import)."""
    from jixiao.accounts.sangong_sets import sentence_stage

    stages = {id(r): sentence_stage(r, text_of) for r in rows}
    whole = {stages[id(r)] for r in rows if r.item == TOTAL} - {None}
    return any(stages[id(r)] not in (None, *whole) for r in rows if r.item != TOTAL) and bool(whole)


def _by_stage(ctx: Ctx, rows: list[AccountRow], text_of: dict[int, str] | None = None,
              elsewhere: list[AccountRow] | None = None) -> list[Finding]:
    """Figures said twice in one year: those whose label ends in its stage ("…支出年初预算", "公务接待费支出决算")
    go together by it, each stage's set checked when it states each item once (a label that names no stage, a
    change paragraph's "因公出国(境)费支出0.00元", takes no part). And those a line states together, a total with
    its items ("“三公”经费预算为20万元,其中:因公出国(境)费0万元,公务接待费9万元,…"), each line's set on its own;
    and the complete sets each sentence's own stage and year make (``accounts.sangong_sets``)."""
    stages: dict[str, list[AccountRow]] = {}
    for r in rows:
        if stage := label_stage(clean_name(r.name)):  # (实际支出, 执行数: the spending's)
            stages.setdefault(stage, []).append(r)
    sets = [(stage, group) for stage, group in sorted(stages.items()) if _one_each(group)]
    lines: dict[int | None, list[AccountRow]] = {}
    for r in rows:
        lines.setdefault(r.source.line, []).append(r)
    by_line = [("", group) for line, group in sorted(lines.items(), key=lambda x: x[0] or 0)
               if line is not None and _one_each(group) and any(r.item == TOTAL for r in group)]
    # and each line's total with its items ("…决算总数A万元,其中:…决算B万元;…" beside a line of the budget's figures
    # whose labels name no stage): a set the stages do not already make, the same identity found once
    made = [{id(r) for r in group} for _, group in sets]
    sets += [(stage, group) for stage, group in by_line if {id(r) for r in group} not in made]
    from jixiao.accounts.sangong_sets import sentence_sets

    out: dict[tuple[str, str | None, str | None], Finding] = {}
    for stage, group in sets:
        for f in _identities(ctx, group, stage, elsewhere if elsewhere is not None else rows):
            out.setdefault((str(f.location), f.reported, f.recomputed), f)
    for f in sentence_sets(ctx, rows, text_of or {}, [{id(r) for r in group} for _, group in sets]):
        out.setdefault((str(f.location), f.reported, f.recomputed), f)
    return list(out.values())


def _one_each(group: list[AccountRow]) -> bool:
    """The set states each item once, and three of them at least (a total and two items, or three items); the
    vehicles' further lines (其他交通费用) aside, which may be several."""
    core = [r for r in group if r.item not in SUB_LINES]
    return len({r.item for r in core}) == len(core) >= 3


def _in_coarsest(rows: list[AccountRow]) -> dict[str, Val]:
    """Each row's amount in the coarsest unit the rows are printed in (2.08 亿元 and 1344 万元: 0.1344 亿元), so a
    total rounded to 亿元 is compared within its own rounding; as printed when all share one unit."""
    return {r.item or "": v for r, v in zip(rows, _scaled(rows, rows))}


def _scaled(rows: list[AccountRow], among: list[AccountRow]) -> list[Val]:
    """The rows' amounts in the coarsest unit of the rows ``among``."""
    top = max({r.unit or "万元" for r in among}, key=lambda u: TO_WAN.get(u, Decimal(1)))
    out: list[Val] = []
    for r in rows:
        v = r.get(AMOUNT)
        f = TO_WAN.get(r.unit or "万元", Decimal(1)) / TO_WAN.get(top, Decimal(1))
        out.append(v if f == 1 or v.dec is None else Val(v.dec * f, fmt_plain(v.dec * f), v.source))
    return out


def _identities(ctx: Ctx, rows: list[AccountRow], year: str, elsewhere: list[AccountRow] | None = None) -> list[Finding]:
    """The set's identities; ``elsewhere``: all the figures the text states, whose second statement of an item may
    name the slip of a failed total (``_restated``)."""
    one = {r.item: r for r in rows if r.item and r.item not in SUB_LINES}
    # the vehicles' further lines (其他交通工具购置, 其他交通费用) stated with the vehicles' figure: parts of it too
    near = one[VEHICLES].source.line if VEHICLES in one else None
    others = [r for r in rows if r.item == CARS_OTHER and near is not None and r.source.line is not None
              and 0 <= r.source.line - near <= 1]
    amount = _in_coarsest(list(one.values()))
    extra = _scaled(others, [*one.values(), *others]) if others else []
    out: list[Finding | None] = []
    parts = [one.get(RUNNING), one.get(PURCHASE)]
    given = [p for p in parts if p]
    if VEHICLES in one and (all(parts) or given and others):  # the vehicles and their parts, with or without the total
        names = [p.item or "" for p in given] + [clean_name(r.name) for r in others]
        out.append(_gathered(compare(ctx, "three_public", (f"说明中{year}“三公”经费：公务用车购置及运行费 = " +
                                                           " + ".join(["购置费", "运行费"] + [clean_name(r.name) for r in others]),
                                                           "the 三公 text: vehicles = purchase + running" +
                                                           " + other transport" * bool(others)),
                                     amount[VEHICLES], [amount[p.item or ""] for p in given] + extra, one[VEHICLES].source,
                                     _printed(one[VEHICLES]), names),
                             [one[VEHICLES], *given, *others], one[VEHICLES]))
    vehicles = [amount[VEHICLES]] if VEHICLES in one else [amount[p.item or ""] for p in parts if p] if all(parts) else []
    if TOTAL in one and vehicles and ABROAD in one and RECEPTION in one:
        total = one[TOTAL]
        f = compare(ctx, "three_public", (f"说明中{year}“三公”经费：合计 = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费",
                                          "the 三公 text: total = overseas + reception + vehicles"),
                    amount[TOTAL], [amount[ABROAD], amount[RECEPTION], *vehicles],
                    total.source, clean_name(total.name), [ABROAD, RECEPTION, VEHICLES])
        meetings = [r for r in rows if r.item == MEETING]
        if f is not None and f.severity != "info" and meetings:
            # “三公”经费及会议费、培训费…合计: the total may hold those lines too; neither sum holding, which whole it
            # is the words do not settle (a suspect)
            names = [clean_name(r.name) for r in meetings]
            g = compare(ctx, "three_public", (f"说明中{year}“三公”经费：合计 = 三公各项 + " + " + ".join(names),
                                              "the 三公 text: total = the items and the meeting and training lines"),
                        amount[TOTAL], [amount[ABROAD], amount[RECEPTION], *vehicles,
                                        *_scaled(meetings, [*one.values(), *meetings])],
                        total.source, clean_name(total.name), [ABROAD, RECEPTION, VEHICLES, *names])
            f = g if g is None or g.severity == "info" else replace(g, severity="suspect")
        if _vehicles_slip(f, out, amount, extra):
            return [_proven(x) if x is out[0] else x for x in out if x]
        out.append(_restated(_gathered(f, rows, total), one, amount, elsewhere or [], rows))
    elif TOTAL in one:
        out.append(_within_total(ctx, one, amount, year))
    return [f for f in out if f]


def _printed(r: AccountRow) -> str:
    """The vehicles' line as the text prints it (公务用车购置及运行维护费, …运行维护支出), from its first word on (the row's
    name may carry the heading run into it), else jixiao's own name for the item."""
    name = clean_name(r.name)
    at = name.find("公务用车")
    return name[at:] if at >= 0 else VEHICLES


def _restated(f: Finding | None, one: dict[str, AccountRow], amount: dict[str, Val], elsewhere: list[AccountRow],
              group: list[AccountRow]) -> Finding | None:
    """A failed total whose one item the text states again elsewhere with the figure that closes the sum ("公务接待费
    16.7" in the opening sentence, "公务接待费用预算17.7" further on, the total 20.1 = 0 + 16.7 + 3.4): that item's
    statement in the set is the slip, and the finding moves onto it (its severity kept)."""
    if f is None or f.severity == "info" or TOTAL not in one or not elsewhere:
        return f
    items = [i for i in (ABROAD, RECEPTION, VEHICLES) if i in one]
    if len(items) != 3 or any(amount[i].dec is None for i in [TOTAL, *items]):
        return f
    inside = {id(r) for r in group}
    fits = []
    for i in items:
        closes = (amount[TOTAL].dec or ZERO) - sum((amount[j].dec or ZERO for j in items if j != i), ZERO)
        stage = label_stage(clean_name(one[i].name))  # (the other stage's figure of the item never closes this sum)
        again = {r.get(AMOUNT).dec for r in elsewhere if r.item == i and id(r) not in inside and r.unit == one[i].unit
                 and label_stage(clean_name(r.name)) in (None, stage or label_stage(clean_name(r.name)))}
        if closes != amount[i].dec and closes in again:
            fits.append((i, closes))
    if len(fits) != 1:
        return f
    i, closes = fits[0]
    r = one[i]
    return replace(f, location=r.source, row=clean_name(r.name), reported=r.get(AMOUNT).text, recomputed=fmt_plain(closes),
                   message=f.message + f"（{clean_name(r.name)} 在文中另一处为 {fmt_plain(closes)}，以之合计相符：此处的 "
                   f"{r.get(AMOUNT).text} 有误）",
                   message_en=f.message_en + f" ({clean_name(r.name)} is {fmt_plain(closes)} elsewhere in the text, which "
                   "makes the total: this figure is the slip)")


def _vehicles_slip(f: Finding | None, out: list[Finding | None], amount: dict[str, Val], extra: list[Val]) -> bool:
    """Both sums fail and the total is the items with the vehicles' own parts (5572 = 169 + 756 + 1088 + 3559 while the
    text prints the vehicles 4.647): the vehicles' figure is the one wrong, proven by the two sums together, however
    far apart the figures stand (``out[0]``: the vehicles' finding, made first)."""
    if f is None or f.severity == "info" or not out or out[0] is None or out[0].severity == "info":
        return False
    if any(amount[k].dec is None for k in (TOTAL, ABROAD, RECEPTION, RUNNING, PURCHASE) if k in amount) or not all(
            k in amount for k in (TOTAL, ABROAD, RECEPTION, RUNNING, PURCHASE)):
        return False
    parts = sum((amount[k].dec or ZERO for k in (ABROAD, RECEPTION, RUNNING, PURCHASE)), ZERO)
    return amount[TOTAL].dec == parts + sum((v.dec or ZERO for v in extra), ZERO)


_APART = ("（各数取自说明中不相连的几处，按标签归组）", " (the figures gathered by their labels from places apart in the text)")


def _proven(f: Finding) -> Finding:
    """The vehicles' finding as an error the total's sum confirms."""
    return replace(f, severity="error",
                   message=f.message.replace(_APART[0], "") + "（合计等于其余各项加购置费、运行费，可见是此数有误）",
                   message_en=f.message_en.replace(_APART[1], "") + " (the total is the other items with the purchase and "
                   "running: this figure is the one wrong)")


def _gathered(f: Finding | None, rows: list[AccountRow], head: AccountRow) -> Finding | None:
    """An identity whose figures the text states together — on one line ("“三公”经费预算20万元，其中：因公出国(境)费
    0万元，…"), or its sum (``head``) on a line with its parts on the lines straight after it, line by line — is
    proven by its arithmetic. One whose figures were gathered from lines apart by their labels (the text's total in
    one paragraph, an item's amount in another, which may be another year's, another stage's or a part's) rests on
    that gathering: a ``suspect`` when it fails, never an ``error`` (an unseen page's wording can pair them wrongly)."""
    if f is None or f.severity != "error":
        return f
    lines = sorted({r.source.line if r.source.line is not None else -1 for r in rows})
    if lines[0] >= 0 and lines[0] == head.source.line and lines == list(range(lines[0], lines[-1] + 1)):
        return f
    return replace(f, severity="suspect", message=f.message + _APART[0], message_en=f.message_en + _APART[1])


def _within_total(ctx: Ctx, one: dict[str, AccountRow], amount: dict[str, Val], year: str) -> Finding | None:
    """A total stated with only some of its items (the vehicles by one part, an item left unsaid): the items may not
    be all, so a sum short of the total proves nothing; but the items stated can never add to more than it (beyond
    the rounding of every figure), and a text that states an empty item (0万元) names them all, so they must make it:
    ``suspect`` either way (the text's words may have given an item twice, or left one out all the same)."""
    items = [i for i in (ABROAD, RECEPTION, VEHICLES) if i in one]
    if VEHICLES not in one:
        items += [i for i in (RUNNING, PURCHASE) if i in one]
    if len(items) < _MIN_ITEMS or any(amount[i].dec is None for i in items) or amount[TOTAL].dec is None:
        return None
    # an item stated as 0 says the text names its empty items too: the items are all (as ``notes_list`` takes a list)
    every = any(amount[i].dec == ZERO for i in items)
    what = f"说明中{year}“三公”经费：合计 {'=' if every else '≥'} " + " + ".join(items)
    if not every and sum((amount[i].dec or ZERO for i in items), ZERO) <= (amount[TOTAL].dec or ZERO):
        return ctx.record("three_public", what, None)
    total = one[TOTAL]
    found = compare(ctx, "three_public", (what if every else what + "（所列各项之和超过合计）",
                                          "the 三公 text: total = the items stated, one of them 0" if every else
                                          "the 三公 text: the items stated add to more than the total"),
                    amount[TOTAL], [amount[i] for i in items], total.source, clean_name(total.name), items)
    return replace(found, severity="suspect") if found is not None and found.severity == "error" else found

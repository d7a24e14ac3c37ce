"""A 部门预算 说明 in prose as pages give it, from a numbered section on (no heading of the document): the year's
general budget spending with its change on last year, its 基本支出 and 项目支出 with their shares, the functional
classes with their shares and changes; the 基本支出's own two parts (人员经费, 公用经费) "包括" or "其中"; and a
government's 预算调整 report (an income line 拟调整为 a new figure, 调减 the difference; the debt limit and balance
with their two parts). Invented figures, worded several ways (比上年/较上年/同比, 增加/增长 before or after the
rate, 元 or 万元, spaces inside words); mistakes planted on purpose:

- ``share``: a class's share of the total one point high;
- ``growth``: a class's rate of change computed on this year's figure (the wrong base);
- ``basic``: 人员经费 printed 0.09 off, so the 基本支出 is not its two parts;
- ``adjust``: the adjusted income 10 off the old figure less the cut;
- ``debt``: the special debt limit 100 off, so the limit is not its two parts;
- ``report_share``, ``report_growth``: in a government's 预算草案 report (亿元 or 万元, the rate before or after the
  change), the tax revenue's share of the revenue two points high; the spending's rate on the wrong base.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
PLANTS = ("share", "growth", "basic", "adjust", "debt", "report_share", "report_growth")
CLASSES = ("一般公共服务支出", "教育支出", "社会保障和就业支出", "卫生健康支出", "住房保障支出")


def _r(d: Decimal, q: Decimal = CENT) -> Decimal:
    return d.quantize(q, rounding=ROUND_HALF_UP)


def _spaced(name: str, rng: random.Random) -> str:
    """A label with a space inside it, as PDF text gives some ("社会保 障和就业支出")."""
    at = rng.randrange(1, len(name))
    return name[:at] + " " + name[at:]


@dataclass
class Prose:
    lines: list[str]
    total: Decimal
    basic: Decimal
    project: Decimal
    classes: dict[str, Decimal]
    planted_class: str  # the class a share or growth mistake is planted on
    unit: str
    staff: Decimal = Decimal(0)
    office: Decimal = Decimal(0)
    extra: dict[str, Decimal] = field(default_factory=dict)


def budget_prose(seed: int, plant: tuple[str, ...] = ()) -> Prose:
    """Sections 五 and 六 of a 部门预算 说明: spending, its kinds and classes, then the 基本支出's two parts."""
    rng = random.Random(seed)
    unit = rng.choice(("元", "万元"))
    scale = Decimal(1) if unit == "元" else Decimal("0.0001")
    n = rng.randrange(3, len(CLASSES) + 1)
    classes = {c: _r(Decimal(rng.randrange(2_000_000, 90_000_000)) / 100 * scale) for c in CLASSES[:n]}
    total = sum(classes.values(), Decimal(0))
    project = _r(total * Decimal(rng.randrange(5, 40)) / 100)
    basic = total - project
    staff = _r(basic * Decimal(rng.randrange(70, 90)) / 100)
    office = basic - staff
    compare = rng.choice(("比上年", "较上年", "同比"))
    planted = list(classes)[seed % n]
    year = 2020 + seed % 6
    lines = ["五、一般公共预算支出情况说明",
             f"{year}年本年一般公共预算支出{total}{unit}，其中：基本支出{basic}{unit}，占{_r(basic / total * 100)}%；"
             f"项目支出{project}{unit}，占{_r(project / total * 100)}%。具体支出预算如下："]
    for k, (c, v) in enumerate(classes.items()):
        share = _r(v / total * 100) + (1 if "share" in plant and c == planted else 0)
        change = _r(v * Decimal(rng.randrange(3, 30)) / 100)
        down = rng.random() < 0.5
        prior = v + change if down else v - change
        rate = _r(change / (v if "growth" in plant and c == planted else prior) * 100)
        name = _spaced(c, rng) if rng.random() < 0.3 else c
        verb, way = ("减少", "下降") if down else ("增加", "增长")
        said = (f"{compare}{verb}{change}{unit}，{way}{rate}%" if rng.random() < 0.6
                else f"{compare}{way}{rate}%，{verb}{change}{unit}")
        lines.append(f"（{'一二三四五'[k]}）{name}类科目{v}{unit}，占支出总预算{share}%，{said}。")
    staff_printed = staff + (Decimal("0.09") if "basic" in plant else 0)
    word = rng.choice(("包括", "其中"))
    lines += ["六、一般公共预算基本支出情况说明",
              f"{year}年本年一般公共预算基本支出{basic}{unit}，{word}：人员经费{rng.choice(('', '支出'))}{staff_printed}"
              f"{unit}，主要包括：基本工资、津贴补贴；公用经费{office}{unit}，主要包括：办公费、印刷费。"]
    return Prose(lines, total, basic, project, classes, planted, unit, staff, office)


def adjustment(seed: int, plant: tuple[str, ...] = ()) -> Prose:
    """A 预算调整方案: the income 拟调整为 a new figure, the two kinds of debt limit and balance."""
    rng = random.Random(seed)
    before = Decimal(rng.randrange(50_000, 300_000))
    cut = Decimal(rng.randrange(1_000, 20_000))
    after = before - cut + (10 if "adjust" in plant else 0)
    general, special = Decimal(rng.randrange(100_000, 200_000)), Decimal(rng.randrange(10_000, 90_000))
    limit = general + special
    bal_g = _r(general * Decimal(rng.randrange(80, 95)) / 100)
    bal_s = _r(special * Decimal(rng.randrange(60, 95)) / 100)
    county = rng.choice(("凌海市", "大武口区", "和龙市", "富锦市"))
    said = (f"1.一般公共预算收入调整。将2023年一般公共预算收入{before}万元拟调整为{after}万元，调减{cut}万元。"
            if seed % 2 else f"1.一般公共预算收入由年初预算的{before}万元调整为{after}万元，减少{cut}万元。")
    lines = [f"关于{county}2023年预算调整方案的报告", "一、一般公共预算收支调整情况", said,
             "二、政府债务情况",
             f"调整后，政府债务限额为{limit}万元，其中一般债务限额{general}万元，专项债务限额为"
             f"{special + (100 if 'debt' in plant else 0)}万元。",
             f"截至2022年底，法定债务余额为{bal_g + bal_s}万元，其中一般债务余额为{bal_g}万元，专项债务余额为{bal_s}万元。"]
    return Prose(lines, limit, Decimal(0), Decimal(0), {}, "", "万元",
                 extra={"before": before, "after": after, "cut": cut, "general": general, "limit": limit})


def budget_report(seed: int, plant: tuple[str, ...] = ()) -> Prose:
    """A government's 预算草案的报告: the revenue arranged with its change on last year and its tax part's share, the
    spending arranged with its change."""
    rng = random.Random(seed)
    unit = rng.choice(("亿元", "万元"))
    q = Decimal("0.1") if unit == "亿元" else Decimal(1)
    revenue = _r(Decimal(rng.randrange(200_000, 900_000)) / (1000 if unit == "亿元" else 1), q)
    tax = _r(revenue * Decimal(rng.randrange(40, 80)) / 100, q)
    spend = _r(revenue * Decimal(rng.randrange(150, 300)) / 100, q)
    lines = [f"关于{2020 + seed % 5}年预算执行情况和{2021 + seed % 5}年预算草案的报告", "二、预算草案"]
    for k, (name, now) in enumerate((("一般公共预算收入", revenue), ("一般公共预算支出", spend))):
        change = _r(now * Decimal(rng.randrange(2, 15)) / 100, q)
        down = rng.random() < 0.4
        prior = now + change if down else now - change
        wrong = "report_growth" in plant and k == 1
        rate = _r((change / (now if wrong else prior)) * 100)
        verb, way = ("减少", "下降") if down else ("增加", "增长")
        said = (f"比上年执行数{verb}{change}{unit}，{way}{rate}%" if rng.random() < 0.5
                else f"比上年执行数{way}{rate}%，{verb}{change}{unit}")
        lines.append(f"{'12'[k]}.{name}安排{now}{unit}，{said}。" + (
            f"其中：税收收入{tax}{unit}，占一般公共预算收入比重为"
            f"{_r(tax / revenue * 100, Decimal('0.1')) + (2 if 'report_share' in plant else 0)}%。" if k == 0 else ""))
    return Prose(lines, spend, Decimal(0), Decimal(0), {}, "", unit, extra={"revenue": revenue, "tax": tax})


PERIODS = ("上半年", "1-4月", "截至9月底", "前三季度", "1—5月")


def execution_note(seed: int, period: str, plant: tuple[str, ...] = ()) -> Prose:
    """A finance bureau's note on the budget while the year runs, with no heading saying what it is (a page that
    starts at its first section): the revenue ``period`` to date with its tax and non-tax parts, the spending with
    the share of the year's budget done, the fund budget; 亿元 or 万元, the level 全市/全县/全区. The report's
    sum to its 收入总量 (加上中央补助…、一般债务收入…、上年结转…) when the seed says. ``report_share``: the tax
    part's share of the revenue two points high."""
    rng = random.Random(seed)
    unit = rng.choice(("亿元", "万元"))
    q = Decimal("0.1") if unit == "亿元" else Decimal(1)
    level = rng.choice(("全市", "全县", "全区"))
    revenue = _r(Decimal(rng.randrange(200_000, 900_000)) / (1000 if unit == "亿元" else 1), q)
    tax = _r(revenue * Decimal(rng.randrange(40, 80)) / 100, q)
    spend = _r(revenue * Decimal(rng.randrange(150, 300)) / 100, q)
    fund_in, fund_out = _r(revenue / 3, q), _r(revenue / 2, q)
    share = _r(tax / revenue * 100, Decimal("0.1")) + (2 if "report_share" in plant else 0)
    grow = f"同比增长{rng.randrange(1, 20)}.{rng.randrange(10)}%"
    lines = ["一、一般公共预算收支情况", "(一)一般公共预算收入情况",
             f"{period},{level}一般公共预算收入{revenue}{unit},{grow}。其中:税收收入{tax}{unit},"
             f"占一般公共预算收入的{share}%;非税收入{revenue - tax}{unit}。",
             "(二)一般公共预算支出情况",
             f"{period},{level}一般公共预算支出{spend}{unit},完成年初预算的{rng.randrange(30, 80)}.{rng.randrange(10)}%。"]
    extra = {"revenue": revenue, "tax": tax, "spend": spend, "fund_in": fund_in, "fund_out": fund_out}
    if seed % 2:
        central, debt, carried = _r(revenue * 3, q), _r(revenue / 5, q), _r(revenue / 4, q)
        extra |= {"central": central, "debt": debt, "whole": revenue + central + debt + carried}
        lines.append(f"加上中央补助 {central} {unit}、一般债务收入 {debt} {unit}、上年结转 {carried} {unit},"
                     f"收入总量 {revenue + central + debt + carried}{unit}。")
    lines += ["二、政府性基金预算收支情况",
              f"{period},{level}政府性基金预算收入{fund_in}{unit};{level}政府性基金预算支出{fund_out}{unit}。"]
    return Prose(lines, spend, Decimal(0), Decimal(0), {}, "", unit, extra=extra)


def execution_chart(seed: int) -> Prose:
    """A newspaper chart's text of the budget to date: each label on its line and its amount on the next
    ("全省地方" / "一般公共预算收入" / "479.89亿元 同比增长45.8%"), only the revenue and the spending stated."""
    rng = random.Random(seed)
    revenue = _r(Decimal(rng.randrange(200_000, 900_000)) / 1000, Decimal("0.01"))
    spend = _r(revenue * Decimal(rng.randrange(150, 300)) / 100, Decimal("0.01"))
    level = rng.choice(("全省地方", "全市", "全区"))
    lines = [level, "一般公共预算收入", f"{revenue}亿元 同比增长{rng.randrange(1, 40)}.{rng.randrange(10)}%",
             "财政收入质效稳步提升", f"上半年{level}一般公共预算支出", f"{spend}亿元 同比增长{rng.randrange(1, 20)}.1%",
             "本版制图/某某"]
    return Prose(lines, spend, Decimal(0), Decimal(0), {}, "", "亿元", extra={"revenue": revenue, "spend": spend})


def four_books(seed: int) -> Prose:
    """A county's 预算执行情况和预算草案的报告 giving its four books and its revenue in the report's own words
    (全口径财政收入, 地方财政收入, 执行数, 预期), each with a filler word between the name and the amount."""
    rng = random.Random(seed)

    def amount() -> Decimal:
        return Decimal(rng.randrange(10_000, 900_000))

    fig = {name: amount() for name in ("全口径财政收入", "地方财政收入", "一般公共预算收入", "政府性基金预算收入",
                                       "国有资本经营预算收入", "社会保险基金预算收入", "社会保险基金预算支出")}
    filler = ("完成", "执行数", "预期", "实现", "为", "执行数为", "预计")
    lines = [f"关于{2020 + seed % 5}年预算执行情况和{2021 + seed % 5}年预算草案的报告", "一、预算执行情况"]
    lines += [f"{k + 1}.全县{name}{filler[k % len(filler)]}{v}万元,同比增长{rng.randrange(1, 9)}.{rng.randrange(10)}%。"
              for k, (name, v) in enumerate(fig.items())]
    return Prose(lines, Decimal(0), Decimal(0), Decimal(0), {}, "", "万元", extra=dict(fig))

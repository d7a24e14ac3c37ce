"""情况说明 text published without its tables, as pages give it from the middle (no heading): a 部门预算说明
(收入预算 and its sources, the change on last year, 支出预算), a 决算 sentence with its 完成年初预算 rate, and a
“三公”经费 statement in prose. Invented figures; mistakes planted on purpose: ``growth`` (the change's rate
computed on the wrong base), ``exec`` (完成年初预算 said 100% while 决算数大于预算数), ``basic`` (the 基本支出 said is the whole general budget,
not 人员经费 + 公用经费)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
PLANTS = ("growth", "exec", "basic")


def _r(d: Decimal, q: Decimal = CENT) -> Decimal:
    return d.quantize(q, rounding=ROUND_HALF_UP)


@dataclass
class Budget:
    income: Decimal
    general: Decimal
    fund: Decimal
    change: Decimal
    rate: Decimal  # as printed
    lines: list[str]


def budget_notes(seed: int, plant: tuple[str, ...] = (), traditional: bool = False) -> Budget:
    """A budget's 说明 from its third section on: the income, its sources, the change on last year."""
    rng = random.Random(seed)
    general = _r(Decimal(rng.randrange(100000, 900000)) / 100)
    fund = _r(Decimal(rng.randrange(0, 50000)) / 100)
    income = general + fund
    change = _r(income * Decimal(rng.randrange(5, 40)) / 100)
    rate = _r(change / (income - change) * 100)
    if "growth" in plant:
        rate = _r(change / income * 100)  # the change over this year's figure: the wrong base
    year = 2020 + rng.randrange(5)
    lines = [
        "单位:万元。",
        "三、部门收支总体情况",
        f"(一)收入预算:{year}年本部门收入预算{income}万元,其中,一般公共预算财政拨款收入{general}万元,政府性基金预算"
        f"财政拨款收入{fund}万元。收入较上年增加{change}万元,增长{rate}%,主要是人员增加。",
        f"(二)支出预算:{year}年本部门支出预算{income}万元。",
        "四、一般公共预算基本支出情况说明",
    ]
    staff = _r(general * Decimal(rng.randrange(50, 80)) / 100)
    running = _r(general * Decimal(rng.randrange(5, 15)) / 100)
    basic = staff + running + (general - staff - running if "basic" in plant else 0)
    lines += [f"{year}年本年一般公共预算基本支出{basic}万元,其中:", f"人员经费{staff}万元,主要包括:基本工资、津贴补贴。",
              f"公用经费{running}万元,主要包括:办公费。", "五、“三公”经费预算情况说明"]
    if traditional:
        table = str.maketrans("预算财政拨款较门收总体情况说单万", "預算財政撥款較門收總體情況說單萬")
        lines = [x.translate(table) for x in lines]
    return Budget(income, general, fund, change, rate, lines)


@dataclass
class Final:
    spent: Decimal
    over: Decimal
    lines: list[str]


def final_notes(seed: int, plant: tuple[str, ...] = ()) -> Final:
    """A 决算 sentence: the general-budget spending, its change, its 完成年初预算 rate and the difference."""
    rng = random.Random(seed)
    spent = _r(Decimal(rng.randrange(100000, 900000)) / 100)
    over = _r(spent * Decimal(rng.randrange(2, 9)) / 100)
    done = _r(spent / (spent - over) * 100, Decimal("0.01"))
    if "exec" in plant:
        done = Decimal(100)
    less = _r(Decimal(rng.randrange(100, 9000)) / 100)
    lines = [
        "(三)财政拨款收入决算情况。",
        f"本单位一般公共预算财政拨款支出总计{spent}万元,与上年相比减少{less}万元,降低"
        f"{_r(less / (spent + less) * 100)}%;完成年初预算{done}%,决算数大于预算数{over}万元,主要原因:人员增加。",
    ]
    return Final(spent, over, lines)


@dataclass
class ThreePublic:
    budget: Decimal
    final: Decimal
    reception: Decimal
    vehicles: Decimal
    lines: list[str]


def sangong_notes(seed: int) -> ThreePublic:
    """A 三公 statement in prose: the year's budget and final, the items with their shares."""
    rng = random.Random(seed)
    reception = _r(Decimal(rng.randrange(100, 5000)) / 100)
    vehicles = _r(Decimal(rng.randrange(100, 5000)) / 100)
    final = reception + vehicles
    budget = final + _r(Decimal(rng.randrange(0, 3000)) / 100)
    year = 2018 + rng.randrange(6)
    lines = [
        f"{year}年度“三公”经费财政拨款支出预算为{budget}万元,{year}年实际支出“三公经费”决算为{final}万元。"
        f"其中公务接待费为{reception}万元,占{_r(reception / final * 100)}%;公务用车运行维护费为{vehicles}万元,"
        f"占{_r(vehicles / final * 100)}%。无因公出国(境)支出。",
    ]
    return ThreePublic(budget, final, reception, vehicles, lines)


def sangong_final(seed: int, plant: bool = False) -> tuple[list[str], ThreePublic]:
    """A 三公 决算 table (预算数 | 决算数, one cell a line ending in " |") and its 情况说明 in the Anhui words: the
    budget quoted as 支出预算为, the items' shares of the 决算 total that the paragraph does not repeat, each item
    against its budget. ``plant``: the reception's change on its budget stated far too small."""
    rng = random.Random(seed)
    budget_r, budget_v = _r(Decimal(rng.randrange(800, 2000)) / 100), _r(Decimal(rng.randrange(800, 2000)) / 100)
    reception, vehicles = _r(budget_r * Decimal(rng.randrange(30, 90)) / 100), _r(budget_v * Decimal(rng.randrange(30, 90)) / 100)
    budget, final = budget_r + budget_v, reception + vehicles
    less = Decimal("0.1") if plant else budget_r - reception
    rate = Decimal("0.006") if plant else _r(less / budget_r * 100)
    cells = ["项 目", "预 算 数", "决 算 数", "合 计", budget, final, "因公出国(境)费", "", "", "公务接待费", budget_r,
             reception, "公务用车购置及运行维护费", budget_v, vehicles, "其中:公务用车运行维护费", budget_v, vehicles,
             "公务用车购置费", "", ""]
    lines = ["一、2021年度一般公共预算财政拨款“三公”经费支出决算表", "单位:万元",
             *(f"{c} |" if c != "" else "|" for c in cells),
             "二、2021年度一般公共预算财政拨款“三公”经费支出情况说明",
             f"本单位2021年度一般公共预算财政拨款“三公”经费支出预算为{budget}万元,支出决算为{final}万元,完成预算的"
             f"{_r(final / budget * 100)}%。",
             f"本单位2021年度一般公共预算财政拨款“三公”经费支出决算中,因公出国(境)费支出决算0万元,占0%;公务接待费支出决算"
             f"{reception}万元,占{_r(reception / final * 100)}%;公务用车购置及运行维护费支出决算{vehicles}万元,占"
             f"{_r(vehicles / final * 100)}%。具体情况如下:",
             f"2.公务接待费支出{reception}万元, 与2021年度预算相比,减少{less}万元,下降{rate}%,下降的原因是厉行节约。"]
    return lines, ThreePublic(budget, final, reception, vehicles, lines)


@dataclass
class Report:
    revenue: Decimal
    tax: Decimal
    nontax: Decimal
    spent: Decimal
    total_in: Decimal
    total_out: Decimal
    lines: list[str]


def report_notes(seed: int, plant: bool = False) -> Report:
    """A county's 决算草案的报告 in prose: 一般公共预算收入 累计完成 with its change (whole percents, the tax rate one
    unit off as such reports round), 税收/非税, the 支出总计 of the general budget named apart from the whole
    支出总计, and the totals built up in a sentence. ``plant``: the revenue's rate two points off."""
    rng = random.Random(seed)
    tax, nontax = Decimal(rng.randrange(10000, 40000)), Decimal(rng.randrange(5000, 20000))
    revenue = tax + nontax
    up, tax_up = Decimal(rng.randrange(100, 2000)), Decimal(rng.randrange(100, 2000))
    rate = _r(up / (revenue - up) * 100, Decimal(1)) + (2 if plant else 0)
    tax_rate = _r(tax_up / (tax - tax_up) * 100, Decimal(1)) + 1  # one unit off: a last-digit difference
    transfers, spent = Decimal(rng.randrange(50000, 90000)), Decimal(rng.randrange(40000, 90000))
    total_in = revenue + transfers
    total_out = spent + Decimal(rng.randrange(1000, 5000))
    lines = [
        "某县人民政府", "关于2021年财政决算草案的报告", "县人大常委会:", "一、2021年度财政收入完成情况",
        f"2021年度一般公共预算收入累计完成{revenue}万元,同比增加{up}万元,增长{rate}%。其中:税收收入累计完成{tax}万元,"
        f"同比增加{tax_up}万元,增长{tax_rate}%;非税收入累计完成{nontax}万元。",
        f"2021年全县一般公共预算支出总计{spent}万元。",
        f"2021年县级一般公共预算收入{revenue}万元,转移性收入{transfers}万元,收入总计{total_in}万元。支出总计{total_out}万元,"
        f"收支相抵,结转下年支出{total_in - total_out}万元。",
    ]
    return Report(revenue, tax, nontax, spent, total_in, total_out, lines)


def sangong_items(seed: int) -> tuple[list[str], dict[str, Decimal]]:
    """A 三公 paragraph that names the items in a list for the total ("因公出国(境)费、公务用车购置及运行维护费和公务
    接待费的…预算数") and the vehicles without 公务用车 ("购置及运行维护费"), as department pages word it."""
    rng = random.Random(seed)
    items = {"因公出国(境)费": Decimal(0), "公务用车购置及运行费": _r(Decimal(rng.randrange(100, 900)) / 10),
             "公务接待费": _r(Decimal(rng.randrange(100, 900)) / 10)}
    total = sum(items.values(), Decimal(0))
    lines = ["“三公”经费包括因公出国(境)费、公务用车购置及运行维护费和公务接待费。",
             f"2021年本部门因公出国(境)费、公务用车购置及运行维护费和公务接待费的财政拨款预算数{total}万元。"
             f"其中:因公出国(境)费0万元;公务用车保有量2辆,购置及运行维护费{items['公务用车购置及运行费']}万元;"
             f"公务接待费{items['公务接待费']}万元。"]
    return lines, {"合计": total, **items}


def budget_report(seed: int) -> tuple[list[str], dict[str, Decimal]]:
    """A district's 预算执行情况及预算草案的报告 in 亿元, its title broken over lines as pages print it, a line stated
    for the year done and again for the year ahead."""
    rng = random.Random(seed)
    own, transfer = Decimal(rng.randrange(500, 2000)) / 10, Decimal(rng.randrange(100, 900)) / 10
    spent = own + transfer - Decimal(rng.randrange(100, 500)) / 10
    lines = ["关于某区2021年财政", "预算执行情况及2022年财政", "预算草案的报告", "各位代表:", "一、2021年财政预算执行情况",
             f"2021年全区一般公共预算收入完成{own}亿元,完成年度预算的100.2%。加上转移性收入{transfer}亿元,收入合计"
             f"{own + transfer}亿元。", f"2021年全区一般公共预算支出完成{spent}亿元,完成年度预算的99.9%。",
             "二、2022年财政预算草案", f"2022年全区一般公共预算收入安排{own + 1}亿元。"]  # the same line, next year
    # the lines under the level the report names them at (全区); the sum its sentence adds up is that budget's
    return lines, {"全区一般公共预算收入": own, "全区一般公共预算转移性收入": transfer, "全区一般公共预算收入合计": own + transfer,
                   "全区一般公共预算支出": spent,
                   "全区一般公共预算收入（第2处）": own + 1}

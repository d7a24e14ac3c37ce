"""A report that states the same lines for each of its budgets (and levels), the budget said only by the heading
the lines stand under or by the clause that opens their sentence.

"(二)政府性基金预算 / 当年收入A万元,加上上级补助收入B万元、上年结转C万元,收入总计D万元。" — a budget's lines in the words
every budget's lines are said in (当年收入, 收入总计, 预算总收入, 收入总量, 上年结转, 上解支出, 结转下年), under a
heading that names the budget or after the budget named at the head of the sentence ("政府性基金预算当年收入A万元,…"),
or after "政府性基金预算:" run into the line; the budgets two or three of 一般公共预算 / 政府性基金(预算) / 国有资本经营
预算, under one or two levels (全市 and 市本级, the level said in its own heading); 万元 or 亿元, full-width or
half-width commas, the numbering of headings varied. Invented figures; ``plant`` puts one budget's 收入总计 50 万元
(5 亿元) off its parts. ``want``: each line's figure under the name it must be read under (level + budget + the line).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

_BUDGETS = (("一般公共预算",), ("政府性基金预算", "政府性基金"), ("国有资本经营预算",))
_LEVELS = ((), ("全市", "市本级"), ("全县", "县本级"), ("全区", "区级"))
_TOTALS = (("收入总计", "支出总计"), ("预算总收入", "预算总支出"), ("收入总量", "支出总量"), ("总收入", "总支出"))
_LEVEL_MARKS = ("一、", "二、", "三、")
_BUDGET_MARKS = (("(一)", "(二)", "(三)"), ("1.", "2.", "3."), ("(1)", "(2)", "(3)"), ("（一）", "（二）", "（三）"))
SAID = ("heading", "sentence", "run_in")


@dataclass
class Subjects:
    lines: list[str]
    want: dict[str, Decimal] = field(default_factory=dict)
    planted: str | None = None  # the name of the total planted off, when one is
    planted_value: Decimal | None = None  # the figure it is printed with


def _name(level: str, budget: str, line: str) -> str:
    """The name a line is read under: its level, its budget as printed, the line (预算 said once)."""
    if budget.endswith("预算") and line.startswith("预算"):
        line = line[2:]
    return level + budget + line


def report(seed: int, said: str, plant: bool = False) -> Subjects:
    rng = random.Random(seed)
    unit = rng.choice(("万元", "亿元"))
    div = 10 if unit == "亿元" else 1
    comma = rng.choice((",", "，"))
    levels = rng.choice(_LEVELS)
    budgets = [rng.choice(b) for b in rng.sample(_BUDGETS, rng.choice((2, 3)))]
    in_word, out_word = rng.choice(_TOTALS)
    marks = rng.choice(_BUDGET_MARKS)
    # the year's budget the revenue is measured against (完成年初预算数 …); not with a planted sum (its sentence then
    # holds two amounts before 加, no plain sum to check)
    stage = not plant and rng.random() < 0.5
    out = Subjects(["关于某市2023年预算执行情况和2024年预算草案的报告", "各位代表:"])
    planted_at = rng.randrange(len(budgets) * max(1, len(levels))) if plant else -1
    n = 0
    for li, level in enumerate(levels or ("",)):
        if level:
            out.lines.append(f"{_LEVEL_MARKS[li]}{level}财政收支情况")
        for bi, budget in enumerate(budgets):
            own, up, carried = (Decimal(rng.randrange(1000, 90000)) / div for _ in range(3))
            spend = own + up + carried - Decimal(rng.randrange(100, 900)) / div
            upper = Decimal(rng.randrange(10, 90)) / div
            left = own + up + carried - spend - upper
            total = own + up + carried
            said_total = total + (Decimal(50) / div if n == planted_at else 0)  # past any rounding
            year_budget = (own * Decimal(rng.randrange(90, 110)) / 100).quantize(Decimal("0.1") if div > 1 else 1)
            rate = (own / year_budget * 100).quantize(Decimal("0.1"), ROUND_HALF_UP)
            head = budget if said == "sentence" else ""
            measured = f"{comma}完成年初预算数{year_budget}{unit}的{rate}%" if stage else ""
            spent_word = "当年支出" if said == "sentence" else "预计当年支出"
            income = (f"{head}当年收入{own}{unit}{measured}。加上上级补助收入{up}{unit}{comma}上年结转{carried}{unit}"
                      f"{comma}{in_word}{said_total}{unit}。")
            spending = (f"{head}{spent_word}{spend}{unit}{comma}加上上解支出{upper}{unit}{comma}结转下年{left}{unit}"
                        f"{comma}{out_word}{total}{unit}。")
            if said == "heading":
                out.lines += [f"{marks[bi]}{budget}", income, spending]
            elif said == "run_in":  # "(二)政府性基金预算:当年收入…" and its spending on the next line
                out.lines += [f"{marks[bi]}{budget}:{income}", spending]
            else:
                out.lines += [f"{marks[bi]}收支情况" if rng.random() < 0.5 else "", income, spending]
            if n == planted_at:
                out.planted, out.planted_value = _name(level, budget, in_word), said_total
            for line, value in (("当年收入", own), ("上级补助收入", up), ("上年结转", carried), (in_word, said_total),
                                (spent_word, spend), ("上解支出", upper), ("结转下年", left), (out_word, total)):
                out.want[_name(level, budget, line)] = value
            if stage:
                out.want[_name(level, budget, "当年收入年初预算")] = year_budget
            n += 1
    out.lines = [x for x in out.lines if x]
    return out


# a total said once for both sides: (the words, the stage, the rows it must give besides 收入/支出's own)
BOTH = (("{y}年度收、支总计均为{a}万元。", "决算", ("收入总计", "支出总计", "收支总计")),
        ("{y}年度收支总计{a}万元,与上年相比增加{d}万元。", "决算", ("收入总计", "支出总计", "收支总计")),
        ("{y}年度收、支总计各为{a}万元、{a}万元。", "决算", ("收入总计", "支出总计", "收支总计")),
        ("{y}年度收、支总计各为{a}、{a}万元。", "决算", ("收入总计", "支出总计", "收支总计")),
        ("{y}年收支预算总额均为{a}万元,比上年增加{d}万元。", "预算", ("收入预算", "支出预算", "收支预算总额")),
        ("{y}年收、支预算总额{a}万元。", "预算", ("收入预算", "支出预算", "收、支预算总额")),
        # (三江 县直机关幼儿园 2020: both lines' words, 收入、支出总计)
        ("{y}年度收入、支出总计{a}万元。与上年相比,收、支各增加{d}万元。", "决算", ("收入总计", "支出总计", "收入、支出总计")))


def both_totals(seed: int, wording: int) -> tuple[list[str], dict[str, Decimal]]:
    """A unit's 说明 that says its two totals at once, in one of ``BOTH``'s wordings, then its income's parts."""
    rng = random.Random(seed)
    words, stage, names = BOTH[wording]
    gp, other = Decimal(rng.randrange(10000, 900000)) / 100, Decimal(rng.randrange(100, 9000)) / 100
    a = gp + other
    heading = "部门决算情况说明" if stage == "决算" else "部门预算情况说明"
    lines = [f"某单位2023年度{heading}", "一、收支总体情况", words.format(y=2023, a=a, d=Decimal(rng.randrange(1, 99))),
             f"其中:一般公共预算财政拨款收入{gp}万元,其他收入{other}万元。"]
    return lines, dict.fromkeys(names, a)


def adjustment_plan(seed: int) -> tuple[list[str], dict[str, Decimal]]:
    """A 预算调整方案 that states each change before the line it changes ("调增上级补助收入A亿元", "调减调入资金B亿元"),
    then the lines after it ("调整后,…总收入预计T亿元,其中:…上级补助收入U亿元"): the lines' figures are U, never A."""
    rng = random.Random(seed)
    up_change, in_change = Decimal(rng.randrange(10, 900)) / 100, Decimal(rng.randrange(10, 90)) / 100
    own, up, moved = (Decimal(rng.randrange(1000, 9000)) / 100 for _ in range(3))
    verb = rng.choice(("调增", "增加", "追加"))
    lines = [f"{rng.choice(('某区', '某县'))}2024年财政预算调整方案", "一、预算调整情况", "(一)一般公共预算调整方案",
             "1.收入调整方案", f"{verb}上级补助收入{up_change}亿元,主要是上级下达转移支付。",
             f"调减调入资金{in_change}亿元,主要是政府性基金调入减少。", "2.收支平衡情况",
             f"调整后,2024年一般公共预算总收入预计{own + up + moved}亿元,其中:一般公共预算收入{own}亿元,"
             f"上级补助收入{up}亿元,调入资金{moved}亿元。"]
    return lines, {"一般公共预算总收入": own + up + moved, "一般公共预算收入": own, "一般公共预算上级补助收入": up,
                   "一般公共预算调入资金": moved}

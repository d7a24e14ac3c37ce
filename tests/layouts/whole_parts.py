"""A whole a text states and the parts its 其中 lists, in the layouts the texts use: a 决算 情况说明's income with
its sources (each with its share, or without, a source's own parts in brackets), its spending split into 基本支出
and 项目支出 each with its share; a report's fund "共计X万元,其中:甲a万元;乙b万元;丙c万元。" (the items parted by
semicolons) and its projects by grade ("…项目共计N个,财政资金X万元。其中…“优”的项目n个财政资金a万元;…"). Invented
figures; mistakes planted on purpose, each ``off`` 万元 on the whole (the parts as invented):

- ``income``: the 本年收入合计 printed ``off`` below its sources (each share computed from the printed whole);
- ``spending``: the 本年支出合计 printed ``off`` away from 基本支出 + 项目支出;
- ``fund``: the report's 共计 ``off`` away from its items;
- ``grades``: the projects' 财政资金 ``off`` away from the sum by grade;
- ``procurement``: the 政府采购支出总额 ``off`` away from its 货物 + 工程 + 服务;
- ``revenue``: a finance report's 一般公共预算收入 ``off`` away from its 税收收入 + 非税收入 (a whole by definition),
  its parts with their changes between them, its 其中 in the whole's sentence or opening the next.
``procurement_notes`` also states a line's share of a whole the text never gives ("占本年支出合计的90.57%") and no
figure above the line's: nothing to check it on, so never a finding.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
SOURCES = ("一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "事业收入", "其他收入")
ITEMS = ("无线覆盖运行维护", "融媒体中心建设", "应急广播系统建设", "设备购置", "人员培训")
GRADES = ("优", "良", "中", "差")


def _r(d: Decimal) -> Decimal:
    return d.quantize(CENT, rounding=ROUND_HALF_UP)


def _money(rng: random.Random, lo: int, hi: int) -> Decimal:
    return Decimal(rng.randint(lo * 100, hi * 100)) / 100


@dataclass
class Stated:
    text: str
    whole: Decimal  # as printed
    parts: list[Decimal]


def income(seed: int, off: Decimal = Decimal(0), shares: bool = True, brackets: bool = False,
           semi: str = "；", rest: bool = True) -> Stated:
    """"本年收入合计W万元,其中:source a万元,占p%;…" — the sources invented, the whole their sum less ``off``;
    ``brackets``: the first source's two parts said in brackets after it; ``rest=False``: the list leaves out its
    last source (其他收入, the one that names the rest), which the whole still holds."""
    rng = random.Random(seed)
    amounts = [_money(rng, 200, 900), Decimal("0.00"), _money(rng, 10, 90), _money(rng, 1, 40)]
    whole = sum(amounts, Decimal(0)) - off
    said = []
    for k, (name, a) in enumerate(zip(SOURCES, amounts, strict=True)):
        if not rest and name.startswith("其他"):
            continue
        clause = f"{name}{a}万元"
        if brackets and k == 0:
            first = _r(a * Decimal("0.6"))
            clause += f"（基本支出拨款{first}万元、项目支出拨款{a - first}万元）"
        if shares:
            clause += f"，占{_r(a / whole * 100)}%"
        said.append(clause)
    return Stated(f"{2020 + seed % 5}年度本年收入合计{whole}万元，其中：" + semi.join(said) + "。", whole, amounts)


def spending(seed: int, off: Decimal = Decimal(0)) -> Stated:
    """"本年支出合计W万元,其中:基本支出b万元,占p%;项目支出c万元,占q%。" — W = b + c + ``off``."""
    rng = random.Random(seed)
    basic, project = _money(rng, 100, 600), _money(rng, 20, 300)
    whole = basic + project + off
    sep = ("；", "，")[seed % 2]
    return Stated(f"{2020 + seed % 5}年度本年支出合计{whole}万元，其中：基本支出{basic}万元，占{_r(basic / whole * 100)}%"
                  f"{sep}项目支出{project}万元，占{_r(project / whole * 100)}%。", whole, [basic, project])


def accounts_notes(seed: int, plant: str | None = None, off: Decimal = Decimal("10.00"), shares: bool = True,
                   brackets: bool = False, rest: bool = True) -> str:
    """A 部门决算情况说明 in prose: the income and the spending, ``plant`` ("income" or "spending") off."""
    inc = income(seed, off if plant == "income" else Decimal(0), shares, brackets, ("；", ";", "，")[seed % 3], rest)
    spe = spending(seed, off if plant == "spending" else Decimal(0))
    org = ("区文化局", "县民政局", "市档案馆")[seed % 3]
    return (f"{org}{2020 + seed % 5}年度部门决算情况说明\n一、收入决算情况说明\n{inc.text}\n"
            f"二、支出决算情况说明\n{spe.text}\n")


def fund(seed: int, off: Decimal = Decimal(0), semi: str = "；") -> Stated:
    """"…专项资金共计W万元,其中:item a万元;item b万元;item c万元。" — W = Σ items + ``off``; the items a whole
    number or a figure with one decimal, as reports print them."""
    rng = random.Random(seed)
    amounts = [Decimal(rng.randint(10, 99)) + Decimal(rng.randint(1, 9)) / 10, Decimal(rng.randint(10, 99)),
               Decimal(rng.randint(5, 20)) * 100][: 2 + seed % 2] + [Decimal(rng.randint(100, 400))]
    whole = sum(amounts, Decimal(0)) + off
    said = semi.join(f"{name}{a}万元" for name, a in zip(ITEMS, amounts, strict=False))
    return Stated(f"{2019 + seed % 5}年中央补助地方专项资金共计{whole}万元，其中：{said}。", whole, amounts)


def grades(seed: int, off: Decimal = Decimal(0)) -> Stated:
    """The projects by grade, each grade's count and funds: the funds stated for all ``off`` away from their sum."""
    rng = random.Random(seed)
    counts = [rng.randint(5, 80) for _ in GRADES]
    funds = [_money(rng, 1, 3000) for _ in GRADES]
    whole = sum(funds, Decimal(0)) + off
    said = ";".join(f"绩效自评“{g}”的项目{n}个财政资金{a}万元" for g, n, a in zip(GRADES, counts, funds, strict=True))
    return Stated(f"我局预算安排专项资金项目共计{sum(counts)}个，财政资金{whole}万元。其中{said}。", whole, funds)


def report(seed: int, plant: str | None = None, off: Decimal = Decimal("0.80")) -> str:
    """A project's 绩效自评报告 in prose stating both: the fund's items and the projects by grade."""
    f = fund(seed, off if plant == "fund" else Decimal(0), ("；", ";")[seed % 2])
    g = grades(seed, off if plant == "grades" else Decimal(0))
    return (f"示例县示例局{2019 + seed % 5}年度项目支出绩效自评报告\n一、项目基本情况\n{f.text}\n"
            f"二、绩效自评情况\n{g.text}\n")


def procurement_notes(seed: int, plant: bool = False, off: Decimal = Decimal("10.00")) -> str:
    """A 决算情况说明's 财政拨款 line with its share of a whole it does not state, and its 政府采购 section: the total
    and its goods, works and services (the total ``off`` when ``plant``), worded 支出总额 or 合同总额."""
    rng = random.Random(seed)
    goods, works, services = _money(rng, 1, 90), _money(rng, 0, 50), _money(rng, 1, 90)
    whole = goods + works + services + (off if plant else 0)
    fiscal = _money(rng, 300, 900)  # above every other figure: the share's whole is no figure of the text
    share = _r(fiscal / (fiscal + _money(rng, 10, 90)) * 100)
    org = ("区文化局", "县民政局", "市档案馆")[seed % 3]
    kind = ("支出总额", "合同总额")[seed % 2]
    sep = ("、", "，", "；")[seed % 3]
    return (f"{org}{2020 + seed % 5}年度部门决算情况说明\n四、财政拨款支出决算情况说明\n"
            f"{2020 + seed % 5}年度一般公共预算财政拨款支出{fiscal}万元，占本年支出合计的{share}%。\n"
            f"八、政府采购支出情况说明\n{2020 + seed % 5}年度政府采购{kind}{whole}万元，其中：政府采购货物支出{goods}万元"
            f"{sep}政府采购工程支出{works}万元{sep}政府采购服务支出{services}万元。\n")


WHOLES = ("一般公共预算收入", "全县一般公共预算收入", "地方一般公共预算收入", "全区一般公共预算收入")
VERBS = ("", "完成", "实现", "累计完成")


def revenue(seed: int, off: Decimal = Decimal(0)) -> Stated:
    """"全县一般公共预算收入完成W万元,同比增长g%,其中:税收收入a万元,同比增加d万元,增长x%;非税收入b万元,下降y%。"
    in the seed's words: W = a + b + ``off``; 亿元 with two decimals or 万元 whole; the 其中 in the whole's sentence
    or opening the next ("…增长g%。其中:…"); each part with its change in 万元 and %, or its % only."""
    rng = random.Random(seed)
    yi = seed % 2 == 1
    tax, other = (_r(_money(rng, 20, 90)), _r(_money(rng, 5, 40))) if yi else (Decimal(rng.randint(9000, 60000)),
                                                                        Decimal(rng.randint(1000, 20000)))
    whole = tax + other + off
    unit = "亿元" if yi else "万元"
    verb = VERBS[seed % len(VERBS)]
    lead = "。其中：" if seed % 3 == 0 else ("，其中：" if seed % 3 == 1 else "，其中")
    sep = ("；", "，")[seed // 2 % 2]

    def part(name: str, a: Decimal, k: int) -> str:
        rate = Decimal(rng.randint(10, 300)) / 10
        moved = a * rate / (100 - rate if k else 100 + rate)  # the change over last year: rate × last year's
        moved = _r(moved) if yi else moved.quantize(Decimal(1), rounding=ROUND_HALF_UP)
        change = f"同比{('增加', '减少')[k]}{moved}{unit}，" if (seed + k) % 2 else ""
        return f"{name}{verb}{a}{unit}，{change}{('增长', '下降')[k]}{rate}%"

    text = (f"{2020 + seed % 5}年，{WHOLES[seed % len(WHOLES)]}{verb}{whole}{unit}，同比增长{rng.randint(10, 99) / 10}%"
            f"{lead}{part('税收收入', tax, 0)}{sep}{part('非税收入', other, 1)}。")
    return Stated(text, whole, [tax, other])


def revenue_bracketed(seed: int, off: Decimal = Decimal(0)) -> Stated:
    """"(1)地方一般公共预算收入完成W万元,同比下降g%(税收收入a万元、政府非税收入b万元);(2)上级补助收入…": the whole's two
    parts in a bracket after its clause (Xinjiang reports), W = a + b + ``off``; the bracket's separator and the
    non-tax part's name by seed, a second bracket after another line that lists no such parts."""
    rng = random.Random(seed)
    tax, other = Decimal(rng.randint(50000, 300000)), Decimal(rng.randint(20000, 200000))
    whole = tax + other + off
    sep = ("、", "，", "；")[seed % 3]
    nontax = ("非税收入", "政府非税收入")[seed % 2]
    lead = WHOLES[seed % len(WHOLES)]
    return Stated(f"1.一般公共预算收入完成{whole + 300000}万元,其中:(1){lead}完成{whole}万元,同比下降{rng.randint(1, 99) / 100}%"
                  f"（税收收入{tax}万元{sep}{nontax}{other}万元）;(2)上级补助收入完成300000万元"
                  f"（返还性收入6544万元、一般性转移支付收入293456万元）。", whole, [tax, other])

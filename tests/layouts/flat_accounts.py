"""A 收入支出决算总表 read from a spreadsheet page flattened to one run of text (Yunnan county pages): each line's
name and 行次, then the amounts of the lines that hold one (blank cells gone), invented figures; ``carried``
gives every total line an amount (so none vanish), ``plant`` adds 100.00 to the income side's 总计."""

from __future__ import annotations

import random
from decimal import Decimal

INCOME = ("一、一般公共预算财政拨款收入", "二、政府性基金预算财政拨款收入", "三、国有资本经营预算财政拨款收入", "四、上级补助收入",
          "五、事业收入", "六、经营收入", "七、附属单位上缴收入", "八、其他收入")


def _n(d: Decimal) -> str:
    return f"{d:,.2f}"


def flat(seed: int, carried: bool = False, plant: bool = False) -> tuple[str, dict[str, Decimal]]:
    rng = random.Random(seed)
    items = {name: (Decimal(rng.randrange(10**6, 10**8)) / 100 if k in (0, 4, 7) else Decimal(0))
             for k, name in enumerate(INCOME)}
    year = sum(items.values(), Decimal(0))
    reserve = Decimal(rng.randrange(100, 10**5)) / 100 if carried else Decimal(0)
    start = Decimal(rng.randrange(100, 10**6)) / 100 if carried else Decimal(0)
    total = year + reserve + start
    printed_total = total + (Decimal(100) if plant else Decimal(0))
    head = ["收入支出决算总表", "部门:东湖县中心卫生院", "收入", "项目", "行次", "栏次", "金额", "1"]
    rows = [f"{name} {k + 1}" for k, name in enumerate(INCOME)]
    amounts = [_n(v) for v in items.values() if v]
    lines = [*head, *rows, *amounts, *(str(n) for n in range(9, 27))]
    tail = [("本年收入合计", 27, year), ("使用非财政拨款结余", 28, reserve), ("年初结转和结余", 29, start),
            ("总计", 30, printed_total)]
    lines += [f"{name} {n}" for name, n, _ in tail] + [_n(v) for _, _, v in tail if v]
    lines += ["注:本表反映部门本年度的总收支和年初、年末结转结余情况。", "金额单位:元"]
    figures = {"本年收入合计": year, "使用非财政拨款结余": reserve, "年初结转和结余": start, "收入总计": printed_total}
    return "东湖县中心卫生院2021年部门决算公开表\n" + " ".join(lines) + "\n", figures


def cells(seed: int, plant: bool = False) -> tuple[str, dict[str, Decimal]]:
    """The same table one cell a line (Hubei, Qinghai county pages): each line's name, its 行次 and its amount on
    lines of their own with blank lines between, a blank cell left out (its line just empty); income and spending
    lines alternate as the two-sided table reads across. ``plant`` adds 100.00 to the income 总计."""
    rng = random.Random(seed)
    spending = ("一、一般公共服务支出", "二、外交支出", "三、国防支出", "四、公共安全支出", "五、教育支出", "六、科学技术支出",
                "七、文化旅游体育与传媒支出", "八、社会保障和就业支出")
    income = {name: (Decimal(rng.randrange(10**4, 10**6)) / 100 if k in (0, 3) else Decimal(0))
              for k, name in enumerate(INCOME)}
    year = sum(income.values(), Decimal(0))
    shares = [Decimal(rng.randrange(1, 100)) for _ in (4, 7)]
    edu = (year * shares[0] / sum(shares)).quantize(Decimal("0.01"))
    out = {name: Decimal(0) for name in spending}
    out[spending[4]], out[spending[7]] = edu, year - edu
    lines = ["收入支出决算总表", "", "公开01表", "", "部门:东湖县实验小学", "", "金额单位:万元", "", "收入", "", "支出", "",
             "项目", "", "行次", "", "决算数", "", "项目", "", "行次", "", "决算数", ""]
    for k, (a, b) in enumerate(zip(INCOME, spending)):
        for name, no, v in ((a, k + 1, income[a]), (b, k + 32, out[b])):
            lines += [name, "", str(no), ""] + ([f"{v:.2f}", ""] if v else [""])
    start = Decimal(rng.randrange(100, 10**5)) / 100
    total = year + start + (Decimal(100) if plant else Decimal(0))
    for name, no, v in (("本年收入合计", 27, year), ("本年支出合计", 58, year), ("使用非财政拨款结余", 28, Decimal(0)),
                        ("结余分配", 59, Decimal(0)), ("年初结转和结余", 29, start), ("年末结转和结余", 60, start),
                        ("总计", 30, total), ("总计", 61, year + start)):
        lines += [name, "", str(no), "", f"{v:.2f}", ""]
    figures = {**{k: v for k, v in income.items() if v}, **{k: v for k, v in out.items() if v},
               "本年收入合计": year, "收入总计": total}
    return "东湖县实验小学2020年度部门决算\n" + "\n".join(lines) + "\n", figures

"""Texts about a transfer fund that a budget's prose reader would take for a budget (invented figures): a news item
on an allocation (近日,中央财政下达…资金X亿元) or on money secured from above (…再争取上级补助资金X亿), an announcement of a fund's allocation and use, a transfer's 收支情况
说明, a 下达 notice with its 文号 (or cut to its sending sentence), a news item whose first sentence says an amount
sent down and names the fund only after (江西已下拨5.1亿元用于补偿…: ``sent_down``), a news page whose headline wraps over two lines
(…资金X亿元 / 全部下达) above its date line, in 万元, 元 or 亿元, in simplified or traditional script. ``text(seed, shape)`` gives (text, the allocated amount as printed, the spending as printed or None).

And their controls (``control(seed, shape)``): a budget's execution news and a department budget's 说明 that recall
the transfers received (上级补助收入, 转移支付收入): budgets still.
"""

from __future__ import annotations

import random
from decimal import Decimal

SHAPES = ("news", "announce", "account", "notice", "sending", "headline", "secured", "sent_down")
CONTROLS = ("execution", "department")
FUNDS = ("残疾人事业发展补助资金", "农业生产发展资金", "城乡义务教育补助经费", "水利发展资金", "中央自然灾害救灾资金",
         "林业改革发展资金", "困难群众救助补助资金")
LEVELS = ("中央财政", "省财政厅", "市财政局", "自治区财政")
UNITS = ("万元", "元", "亿元")
PLACES = ("示例县", "东坝镇", "西河区", "南山县")
_TRAD = str.maketrans("资发补达财县区说明况们经费拨收支结余农业务义教育水利",
                      "資發補達財縣區說明況們經費撥收支結餘農業務義教育水利")


def _amount(rng: random.Random, unit: str) -> Decimal:
    if unit == "元":
        return Decimal(rng.randint(20000, 9000000))
    if unit == "亿元":
        return Decimal(rng.randint(10, 900)) / 10
    return Decimal(rng.randint(100, 900000)) / 100


def text(seed: int, shape: str) -> tuple[str, Decimal, Decimal | None]:
    rng = random.Random(seed)
    fund, level, place = rng.choice(FUNDS), rng.choice(LEVELS), rng.choice(PLACES)
    unit = UNITS[seed % len(UNITS)]
    year = rng.randint(2016, 2030)
    budget = _amount(rng, unit)
    spent = (budget * Decimal(rng.randint(50, 99)) / 100).quantize(budget.as_tuple().exponent and Decimal("0.01")
                                                                    or Decimal(1))
    executed: Decimal | None = None
    if shape == "news":  # this batch, and with the one sent earlier the year's whole: the whole is the budget
        batch = (budget * Decimal(rng.randint(20, 80)) / 100).quantize(Decimal(1) if unit == "元" else Decimal("0.1"))
        body = (f"近日,{level}下达{year}年{fund}{batch}{unit},支持各地做好相关工作。加上已提前下达的"
                f"{budget - batch}{unit},{year}年{fund}{budget}{unit}已全部下达,由各地统筹使用。"
                f"资金采用因素法分配,对工作绩效好的地区给予倾斜支持。\n"
                f"{level}要求各地及时拨付资金,加强资金管理,提高资金使用效益。(记者 张某)\n")
    elif shape == "announce":
        executed = spent
        body = (f"{year}年{fund}分配下达和使用情况的公告\n"
                f"根据有关资金管理办法的规定,现将我县{year}年{fund}使用情况公告如下:\n"
                f"一、资金总体规模\n{year}年我县共收到{fund}{budget}{unit}。\n"
                f"二、资金拨付情况\n财政部门已拨付专项资金{spent}{unit}。\n特此公告。\n{place}财政局\n")
    elif shape == "account":
        executed = spent
        body = (f"{year}年{place}定向财力转移支付资金\n收支情况说明\n"
                f"{year}年{place}定向财力转移支付资金收入{budget}{unit},支出{spent}{unit},结余{budget - spent}{unit}。"
                f"现将资金的安排使用情况说明如下:\n一、资金使用情况\n资金主要用于堤围加固和河涌整治。\n")
    elif shape == "notice":
        body = (f"关于下达{year}年{fund}的通知\n示财农〔{year}〕{rng.randint(10, 300)}号\n各乡镇人民政府:\n"
                f"现将{year}年{fund}{budget}{unit}下达给你们,请按规定及时拨付,专款专用,提高资金使用效益。\n"
                f"收入列“1100299其他一般性转移支付收入”,支出列相关科目。\n{place}财政局\n")
    elif shape == "headline":  # the headline wrapped before what is done to the fund; the body's sender is no level
        batch = (budget * Decimal(rng.randint(20, 80)) / 100).quantize(Decimal(1) if unit == "元" else Decimal("0.1"))
        body = (f"EN\n\n财政部:{year}年{fund}{budget}{unit}\n全部下达\n\n{year}-06-27 09:07 来源: 财政部网站\n"
                f"字号: 默认 超大 | 打印 |\n\n近日,财政部安排拨付{fund}{batch}{unit},加上上年12月提前下达的"
                f"{budget - batch}{unit},至此,{year}年预算安排补助地方的{fund}{budget}{unit}已全部拨付。\n")
    elif shape == "secured":  # a news item on money secured from above (争取), its headline the amount without 元
        more = (budget * Decimal(rng.randint(20, 60)) / 100).quantize(Decimal(1) if unit == "元" else Decimal("0.1"))
        body = (f"{place}财政再争取上级{fund}{budget}{unit.rstrip('元')} 重点支持乡村建设\n\n"
                f"{year}-03-04 18:59:35 来源:{place}日报\n\n"
                f"本报讯 记者从{place}财政局获悉,该局再次争取{year}年上级{fund}{budget}{unit},"
                f"比去年同期增加{more}{unit},增幅为{rng.randint(10, 300)}.{rng.randint(10, 99)}%。\n"
                f"资金已全部拨付至各乡镇,重点支持示范村建设项目。\n")
    elif shape == "sent_down":  # the lead says an amount sent down, what it is for, no fund named in it
        central = (budget * Decimal(rng.randint(30, 70)) / 100).quantize(Decimal(1) if unit == "元" else Decimal("0.01"))
        body = (f"新华网{rng.randint(1, 12)}月{rng.randint(1, 28)}日电 记者从{level}获悉,{place}已下拨{budget}{unit}"
                f"用于补偿生态公益林。\n{level}日前下拨{year}年中央财政和省财政生态公益林补偿基金{budget}{unit},其中中央财政"
                f"补偿基金{central}{unit},省财政补偿资金{budget - central}{unit},主要用于林地的保护与管理。\n")
    else:  # the notice cut to its sending sentence (no title)
        body = (f"各乡镇人民政府、有关单位:\n现将{year}年{fund}{budget}{unit}下达给你们,此项资金纳入{year}年年终结算,"
                f"请按规定及时拨付,确保专款专用。\n附件:{year}年{fund}分配表\n")
    if seed % 2:
        body = body.translate(_TRAD)
    return body, budget, executed


def control(seed: int, shape: str) -> str:
    """A budget's text that recalls the transfers received: never a transfer's."""
    rng = random.Random(seed)
    year, a, b, c = rng.randint(2016, 2030), rng.randint(1000, 90000), rng.randint(1000, 90000), rng.randint(1000, 90000)
    if shape == "execution":
        return (f"{year}年全县一般公共预算收入完成{a}万元,同比增长{rng.randint(1, 9)}.{rng.randint(0, 9)}%;"
                f"上级补助收入{b}万元,其中一般性转移支付收入{b // 2}万元;一般公共预算支出完成{c}万元,增长3.1%。\n"
                f"全县财政收支运行平稳,民生支出占比保持在八成以上。\n")
    return (f"示例县农业农村局{year}年部门预算情况说明\n一、收支预算总体情况\n"
            f"{year}年收入预算{a}万元,其中一般公共预算拨款收入{b}万元,上级转移支付资金{c}万元;"
            f"支出预算{a}万元,其中基本支出{b}万元,项目支出{a - b}万元。\n")

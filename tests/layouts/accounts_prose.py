"""Pages of final accounts and 三公 statements that carry prose and no table, as county and news pages publish
them, with invented figures that hold and mistakes planted on purpose:

- ``contents_page``: a 部门决算 (or 部门预算) cut after its 目录 and the start of its 概况;
- ``report_with_sangong``: a government's 决算 report in 亿元 with a 三公 paragraph (each item against the budget);
  ``plant`` states the reception's shortfall 0.5 亿元 too small;
- ``completion``: a 三公 决算 paragraph with the total's completion rate and the items' rates against budgets the
  text does not give (never checked against the total's budget);
- ``town_changes``: a town's 三公 决算 against its budget and against last year in one sentence; ``plant``
  divides last year's change by this year's spending (the wrong base).
"""

from __future__ import annotations

import random
from decimal import Decimal

from layouts.model import _r2 as _r

TABLES = ("收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表",
          "一般公共预算财政拨款基本支出决算明细表", "政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款支出决算表",
          "财政拨款“三公”经费支出决算表")
NUMBERS = "一二三四五六七八九十"


# the 部门预算 template that names its tables …总体情况表 / …情况表
SITUATION = ("部门收支总体情况表", "部门收入总体情况表", "部门支出总体情况表", "财政拨款收支总体情况表", "一般公共预算支出情况表",
             "一般公共预算基本支出情况表", "一般公共预算“三公”经费支出情况表", "政府性基金预算支出情况表", "国有资本经营预算支出情况表")


STYLES = ("numbered", "biao", "blank", "toc", "sub", "parts", "flat", "quoted", "situation", "glued")


def contents_page(seed: int, stage: str = "final", style: str = "numbered") -> str:
    """``style``: the tables numbered 一、二、 (``numbered``), 表一:表二: under a heading printed twice (``biao``),
    numbered with blank lines between every line and one table split in two, 支出决算表(一)/(二) (``blank``), or a
    Word 目录 whose field codes were left in ("一、收入支出决算总表 PAGEREF _Toc20349 h 22", ``toc``), or numbered
    with sub-tables ("表1. 部门收支总表", "表1-1. 部门收入总表", ``sub``), or without a 目录 heading, the tables
    listed under "第五部分附表" after the 说明's sections (``parts``), or a PDF preview run onto one line with the
    heading "(目录)" after the title (``flat``), or the names set in 《》 (``quoted``), or a budget's tables named
    …总体情况表 / …情况表 with the year (``situation``; a 决算 is numbered), or the 目录 run onto one line after the
    title with no space anywhere, the date between the title and "目录" (``glued``)."""
    rng = random.Random(seed)
    year = 2018 + rng.randrange(7)
    word = "决算" if stage == "final" else "预算"
    tables = [t.replace("决算", word) for t in TABLES]
    if style == "blank":
        tables[4:5] = [tables[4] + "(一)", tables[4] + "(二)"]
    unit = ("某镇人民政府", "某县审计局", "某中心学校")[seed % 3]
    part = f"第二部分 {year}年度部门{word}表"
    listed = [f"表{NUMBERS[k]}:{t}" if style == "biao" else f"{NUMBERS[k]}、{t}" for k, t in enumerate(tables)]
    if style == "situation" and stage == "budget":
        listed = [f"{NUMBERS[k]}、{year}年{t}" for k, t in enumerate(SITUATION)]
    if style == "quoted":
        listed = [f"{NUMBERS[k]}、《{t}》" for k, t in enumerate(tables)]
    if style == "sub":
        listed = [f"表{k // 2 + 1}{'-1' if k % 2 else ''}. {t}" for k, t in enumerate(tables)]
    if style == "toc":
        listed = [f"{x} PAGEREF _Toc{rng.randrange(1000, 40000)} h {22 + k // 3}" for k, x in enumerate(listed)]
    if style == "parts":
        part = "第五部分附表"
    toc = {"biao": ["目    录"], "parts": []}.get(style, ["目 录"])
    lines = [f"{year}年度{unit}部门{word}", *toc, "第一部分 部门概况", "一、部门职责",
             "二、机构设置", *([part] * (2 if style == "biao" else 1)), *listed,
             f"第三部分 {year}年度部门{word}情况说明", "一、收入支出总体情况说明", "第四部分 名词解释",
             "第一部分 部门概况", "一、部门职责", "1、执行本级人民代表大会的决议和上级国家行政机关的决定和命令。"]
    if style == "flat":
        return f"{lines[0]} (目录) " + " ".join(lines[2:]) + "\n"
    if style == "glued":
        glued = f"{unit}{year}年度部门{word}{year + 1}年九月目录" + "".join(x.replace(" ", "") for x in lines[2:-1])
        return f"{lines[0]}\n{glued}\n{lines[-1]}\n"
    return ("\n\n" if style == "blank" else "\n").join(lines) + "\n"


def report_with_sangong(seed: int, plant: bool = False) -> tuple[str, dict[str, Decimal]]:
    rng = random.Random(seed)

    def amount(lo: int, hi: int) -> Decimal:
        return _r(Decimal(rng.randrange(lo, hi)) / 100)

    spent = {"因公出国(境)费": amount(100, 500), "公务用车购置及运行费": amount(1500, 3000), "公务接待费": amount(30, 200)}
    less = {"因公出国(境)费": amount(100, 500), "公务用车购置及运行费": amount(500, 2000), "公务接待费": amount(100, 300)}
    total, total_less = sum(spent.values(), Decimal(0)), sum(less.values(), Decimal(0))
    said = dict(less)
    if plant:
        said["公务接待费"] -= Decimal("0.5")
    tax, nontax = amount(8000000, 9000000), amount(400000, 500000)
    items = ";".join(f"{k}{v}亿元,比预算减少{said[k]}亿元" for k, v in spent.items())
    lines = ["2022年中央决算报告解读",
             f"2022年,中央一般公共预算收入{tax + nontax}亿元。其中,税收收入{tax}亿元,非税收入{nontax}亿元。",
             f"2022年中央本级“三公”经费财政拨款支出合计{total}亿元,比预算数减少{total_less}亿元,主要是受疫情等因素影响。"
             f"其中,{items}。",
             "(本报记者)"]
    return "\n".join(lines) + "\n", {"合计": total, **spent}


def completion(seed: int) -> str:
    rng = random.Random(seed)
    vehicles_b, reception_b = Decimal(rng.randrange(8, 20)), Decimal(rng.randrange(4, 10))
    vehicles, reception = _r(vehicles_b * Decimal(rng.randrange(40, 95)) / 100), _r(reception_b * Decimal(rng.randrange(5, 60)) / 100)
    budget, spent = vehicles_b + reception_b, vehicles + reception
    return "\n".join([
        "(一)“三公”经费财政拨款支出决算总体情况说明。",
        f"本单位2017年度“三公”经费财政拨款支出年初预算为{budget:.2f}万元,支出决算为{spent:.2f}万元,完成预算的"
        f"{_r(spent / budget * 100)}%,其中:因公出国(境)费决算为0万元,完成预算的0%;公务用车购置及运行维护费支出决算为"
        f"{vehicles:.2f}万元,完成预算的{_r(vehicles / vehicles_b * 100)}%;公务接待费支出决算为{reception:.2f}万元,完成预算的"
        f"{_r(reception / reception_b * 100)}%。",
    ]) + "\n"


def town_changes(seed: int, plant: bool = False) -> tuple[str, Decimal, Decimal]:
    """(text, this year's spending, last year's)."""
    rng = random.Random(seed)
    reception, running = Decimal(rng.randrange(5, 15)), Decimal(rng.randrange(5, 15))
    budget = reception + running
    spent = _r(budget * Decimal(rng.randrange(30, 90)) / 100)
    prior = spent + _r(Decimal(rng.randrange(20, 200)) / 100)
    change = prior - spent
    rate = _r(change / (spent if plant else prior) * 100)
    lines = ["某镇人民政府", "2021年“三公”经费决算汇总情况",
             f"2021年我镇“三公”经费预算为{budget}万元,其中:因公出国(境)费0万元,公务接待费{reception}万元,"
             f"公务用车运行维护费{running}万元,公务用车购置0万元。",
             f"2021年“三公”经费支出共计{spent}万元,较年初预算数减少{budget - spent}万元,下降"
             f"{_r((budget - spent) / budget * 100)}%, 较上年支出数减少{change}万元,下降{rate}%,主要原因是厉行节约。"]
    return "\n".join(lines) + "\n", spent, prior


def staff_notes(seed: int, plant: bool = False) -> tuple[str, dict[str, Decimal]]:
    """A unit budget's 说明 page in 元 as a PDF gives it (page number first, sentences broken over lines, commas the
    text reader may take for cells): each economic class of 基本支出 with its share and its change, then 人员经费 and
    公用经费. ``plant``: 商品和服务支出 printed as another figure while its change and rate stay those of the true one."""
    rng = random.Random(seed)
    wages, goods, people = (Decimal(rng.randrange(500000, 900000)) + Decimal("0.06"),
                            Decimal(rng.randrange(80000, 200000)) + Decimal("0.27"), Decimal(rng.randrange(20000, 80000)))
    basic = wages + goods + people
    staff = wages + people + Decimal(rng.randrange(10000, 50000))
    running = basic - staff
    up = Decimal(rng.randrange(10000, 60000))
    printed = _r(goods / 2) if plant else goods
    lines = ["6",
             f"工资福利支出预算 {wages} 元,占基本支出预算 {_r(wages / basic * 100)}%。",
             f"商品和服务支出预算 {printed} 元,占基本支出预算 {_r(printed / basic * 100)}%,同比增加",
             f"{up} 元,增长 {_r(up / (goods - up) * 100)}%,增长原因是编外人员经费支出列入基",
             "本支出。",
             f"对个人和家庭补助支出预算 {people} 元,占基本支出预算 {_r(people / basic * 100)}%。",
             "六、一般公共预算基本支出情况说明",
             f"2022 年一般公共预算基本支出 {basic} 元,其中:",
             f"人员经费 {staff} 元,占基本支出预算 {_r(staff / basic * 100)}%。主要包括:",
             "基本工资、津贴补贴、绩效工资。",
             f"公用经费 {running} 元,占基本支出预算 {_r(running / basic * 100)}%。主要包括:",
             "办公费、水费、电费。"]
    return "\n".join(lines) + "\n", {"一般公共预算基本支出": basic, "人员经费": staff, "公用经费": running,
                                     "工资福利支出预算": wages, "对个人和家庭补助支出预算": people}


def attachments_page(seed: int) -> tuple[str, Decimal]:
    """A 部门预算 listing its tables under 第二部分 (no 目录 heading), the tables attached apart, then its first figure."""
    rng = random.Random(seed)
    income, up = Decimal(rng.randrange(2000, 5000)) / 10, Decimal(rng.randrange(100, 900)) / 100
    lines = ["(2018部门预算公开)", "某市某中心2018年部门预算", "及“三公”经费预算编制说明", "第一部分:某中心概况",
             "一、主要职能", "为全市提供服务。", "第二部分:某中心2018年部门预算报表", "一、财政拨款收支总表",
             "二、一般公共预算支出表", "三、一般公共预算基本支出表", "四、部门预算资金安排的“三公”经费情况表",
             "五、政府性基金预算拨款支出预算表", "六、部门收支总表", "七、部门收入总表", "八、部门支出总表", "(上述报表详见附件)",
             "第三部分:某中心2018年部门预算及“三公”经费预算说明", "一、2018年收支总体情况", "(一)收入预算说明。",
             f"2018年收入总预算{income}万元,同比增加{up}万元,同比增长{_r(up / (income - up) * 100)}%。"]
    return "\n".join(lines) + "\n", income


def other_matters(seed: int, plant: bool = False) -> tuple[str, Decimal, Decimal]:
    """A 部门决算其他事项说明 in 元: the unit's income and spending, its 机关运行经费财政拨款 with its change on last
    year. ``plant``: the rate divided by this year's figure."""
    rng = random.Random(seed)
    income, spent = Decimal(rng.randrange(3000000, 6000000)) + Decimal("0.18"), Decimal(rng.randrange(2000000, 3000000))
    running, up = Decimal(rng.randrange(600000, 990000)) + Decimal("0.57"), Decimal(rng.randrange(50000, 250000))
    rate = _r(up / (running if plant else running - up) * 100)
    lines = ["2016年部门决算其他事项说明", "一、决算收支增减变化情况说明",
             f"2016年部门收入{income}元,支出{spent}元,主要原因是新增一个服务站。", "二、机关运行经费",
             f"2016年机关运行经费财政拨款{running} 元,较2015年增加{up}元,增加{rate}%,主要原因是新增一个服务站。",
             "三、政府采购安排情况说明", "2016年本部门无政府采购支出"]
    return "\n".join(lines) + "\n", income, running


def county_report(seed: int) -> tuple[str, dict[str, Decimal]]:
    """A county's 预算执行情况和预算草案的报告 after its 目录 (whose entries name a 情况说明 too): the whole county's
    revenue and the county level's, two lines of the same name at two levels; the 收入总计 the county level's
    sentence adds up is that level's budget's."""
    rng = random.Random(seed)
    whole, tax, nontax = (Decimal(rng.randrange(60000, 90000)), Decimal(rng.randrange(20000, 40000)),
                          Decimal(rng.randrange(10000, 30000)))
    transfers = Decimal(rng.randrange(300000, 500000))
    level = tax + nontax
    lines = ["目录", "第一部分 报告", "第二部分 预算表格", "一、2022年全县一般公共预算收支执行情况表", "第三部分 情况说明",
             "一、2023年三公经费预算情况说明", "第一部分 报告", "关于某县2022年预算执行情况和2023年预算草案的报告",
             "一、2022年财政预算执行情况", f"2022年,全县一般公共预算收入预计完成{whole}万元,占调整预算的100%。",
             f"2022年,县级一般公共预算收入预计完成{level}万元,其中:税收收入{tax}万元、非税收入{nontax}万元。"
             f"加上转移性收入{transfers}万元,收入总计{level + transfers}万元。"]
    return "\n".join(lines) + "\n", {"全县一般公共预算收入": whole, "县级一般公共预算收入": level, "税收收入": tax,
                                     "非税收入": nontax, "县级一般公共预算收入总计": level + transfers}


HEADING_STYLES = ("overview", "sections", "wordings")


# the titles pages print over a disclosure's first page, besides …部门决算公开 (``heading_page(style="wordings")``):
# {u} the unit, {y} the year, {w} 预算 or 决算
TITLE_WORDINGS = ("{u}{y}年部门{w}信息公开", "{y}年{u}{w}公开信息", "{u}{y}年单位{w}编制说明", "{u}关于{y}年部门{w}的说明",
                  "{u}{y}年{w}公开目录", "{u}{y}年部门{w}公开(草案)", "{y}年度部门{w}公开-{u}", "{u}{hy}年部门{w}公开")
_HAN = dict(zip("0123456789", "〇一二三四五六七八九"))


def heading_page(seed: int, stage: str = "final", style: str = "overview", wording: int | None = None) -> str:
    """A 部门决算 or 部门预算 page holding only its titles and the opening of its 说明: the 单位基本情况 and the duties
    numbered 1. 2. … (``overview``), or a 目录 of the 说明's sections that names no table one by one, then the first
    section (``sections``), or under a title in another wording sites use (``TITLE_WORDINGS``, the first three by
    the seed unless ``wording`` picks one) a 目录 of the 说明's sections straight after it (``wordings``); no table
    and no figure."""
    rng = random.Random(seed)
    year = 2018 + rng.randrange(7)
    word = "决算" if stage == "final" else "预算"
    unit = ("某区教育委员会(本级)", "某区财政局", "某县农村公路养护中心")[seed % 3]
    if style == "overview":
        lines = [f"{unit}{year}年度部门{word}公开", f"{unit}{year}年度{word}公开说明", "一、单位基本情况", "(一)职能职责",
                 "1.贯彻落实有关法律、法规、规章和方针政策。", "2.负责本系统的统筹规划和协调管理。"]
    elif style == "wordings":
        han = "".join(_HAN[c] for c in str(year))
        title = TITLE_WORDINGS[seed % 3 if wording is None else wording].format(u=unit, y=year, w=word, hy=han)
        lines = [title, "目 录", "一、部门主要职责", "二、机构设置情况", f"三、{word}收支及增减变化情况",
                 "四、机关运行经费安排情况", "五、一般公共预算“三公”经费及增减变化情况", "六、专用名词解释",
                 "一、部门主要职责", "学校是公益二类事业单位,主要职责是:", "1、人才培养。"]
    else:
        lines = [f"{year}年度{unit}{word}公开", f"{year}年度{unit}{word}公开情况说明", "目 录", "一、部门主要职责",
                 "二、机构设置情况", f"三、{word}收支安排及增减变化情况", "四、机关运行经费安排情况说明",
                 "五、一般公共预算“三公”经费支出情况说明", "六、专业名词解释", f"七、{year}部门{word}表",
                 "第一部分 部门主要职责", "(一)、制订本级的制度规定、实施办法等。"]
    return "\n".join(lines) + "\n"

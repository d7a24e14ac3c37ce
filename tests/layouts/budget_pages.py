"""Budget and final-accounts pages as sites and document mirrors publish them, in shapes seen on fresh pages:

- ``furnished``: a page whose title stands after the site's furniture (navigation, the 索引号 block printed twice,
  20 lines or more), then the 说明's first section; no figure;
- ``pdf_named``: a PDF on a document-sharing site: its file name (…年度部门决算情况说明.pdf) on the first line, then
  its whole text run onto one line starting with the title again; no figure;
- ``contents_part``: a 部门预算 page whose list of tables stands under "第二部分 …部门预算公开表" after a 目录 that
  lost its heading's first character; no figure;
- ``parts_notes``: a final accounts' 说明 (or a budget's) stating a 类 with its change, then its 款 numbered under
  其中, each with its classification code, its amount, its change and rate, some with a reason after a semicolon;
- ``sibling_shares``: a budget report splitting the spending into 基本支出 (with its 其中 list) and 专项支出, each
  with its share of the whole, which the text never states; ``planted`` misstates both shares (still 100% together).
Invented units and amounts from the seed."""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal

_UNIT = ("某区城市管理局", "某镇人民政府", "某县教育局")


def furnished(seed: int, stage: str = "budget") -> str:
    rng = random.Random(seed)
    year, unit = 2019 + rng.randrange(6), _UNIT[seed % 3]
    word = "预算" if stage == "budget" else "决算"
    meta = ["[ 索引号 ]", f"1150011100{seed}/2024-000{seed}", "[ 发文字号 ]", "[ 主题分类 ]", "财政", "[ 体裁分类 ]",
            "财政", "[ 发布机构 ]", unit, "[ 发布日期 ]", f"{year}-03-07"]
    nav = ["网站导航", "首页 走进本区 政务公开 政务服务 政民互动", f"您当前的位置: 首页>政务公开>预算/决算>{unit}"]
    lines = [*nav, *meta, *meta, f"{unit} {year}年部门{word}情况说明", "?", unit, f"{year}年部门{word}情况说明", "?",
             "一、单位基本情况", "(一)职能职责。", "1.负责本单位的综合协调工作。"]
    return "\n".join(lines) + "\n"


def pdf_named(seed: int, stage: str = "final") -> str:
    rng = random.Random(seed)
    year, unit = 2018 + rng.randrange(6), _UNIT[seed % 3]
    word = "预算" if stage == "budget" else "决算"
    title = f"{unit}(本级) {year} 年度部门{word}情况说明"
    body = (f"{title} 一、部门基本情况 (一)职能职责 1. 贯彻执行有关法律、法规、规章和方针政策。 2. 负责本系统的组织协调、"
            "监督检查和考核评价。 - 1 - 3. 负责本系统安全生产工作的监督管理。")
    return f"{title}.pdf\n{body}\n"


BUDGET_TABLES = ("收支总表", "收入总表", "支出总表", "财政拨款收支总表", "一般公共预算支出表", "一般公共预算基本支出表",
                 "一般公共预算“三公”经费支出表", "政府性基金预算支出表", "项目支出表", "部门整体支出绩效目标表")


def contents_part(seed: int) -> str:
    rng = random.Random(seed)
    year, unit = 2020 + rng.randrange(5), _UNIT[seed % 3]
    cn = "一二三四五六七八九十"
    lines = [f"{year}年{unit}(汇总)部门预算及“三公”经费公开", f"{year}-02-10", "发文单位", unit, "索引号",
             f"0108981{seed}/{year}-1133{seed}", f"{unit}{year}年部门预算编制说明", "     录",
             f"第一部分  {unit}{year}年部门预算公开说明", "一、部门基本情况", "二、部门收支预算总体安排情况",
             f"第二部分{unit}{year}年部门预算公开表", *(f"{cn[k]}、{t}" for k, t in enumerate(BUDGET_TABLES)),
             "第三部分    名词解释", f"第一部分{unit}{year}年部门预算公开说明", "一、部门基本情况", "(一)部门主要职能"]
    return "\n".join(lines) + "\n"


PARTS = ("政府办公厅(室)及相关机构事务", "发展与改革事务", "统计信息事务", "财政事务", "税收事务", "审计事务")
_CODES = ("20103", "20104", "20105", "20106", "20107", "20108")


def parts(seed: int) -> list[tuple[str, int]]:
    rng = random.Random(seed)
    return [(name, rng.randrange(40, 9999)) for name in PARTS[:3 + seed % 4]]


def parts_notes(seed: int, coded: bool = True) -> str:
    rng = random.Random(seed)
    listed = parts(seed)
    whole = sum(v for _, v in listed) + rng.randrange(1000, 5000)  # the 类 holds 款 the excerpt does not list
    year = 2019 + rng.randrange(5)
    lines = [f"{year}年度某区一般公共预算支出决算说明", "一、支出决算说明",
             f"{year}年度一般公共预算支出数为{whole * 9}万元,比{year - 1}年度决算数增加{whole}万元,增长12.5%。具体情况如下:",
             f"(一)201-一般公共服务支出{whole}万元,较{year - 1}年决算数增加{whole // 10}万元,增长11.11%,其中:"]
    for k, (name, value) in enumerate(listed):
        change = rng.randrange(1, value)
        rate = (Decimal(change) * 100 / (value - change)).quantize(Decimal("0.01"), ROUND_HALF_UP)
        code = f"{_CODES[k]}-" if coded else ""
        reason = ";主要是人员增加" if k % 2 else ""
        lines.append(f"{k + 1}、{code}{name}{value}万元,较{year - 1}年决算数增加{change}万元,增长{rate}%{reason};")
    return "\n".join(lines) + "\n"


def sibling_shares(seed: int, planted: bool = False) -> str:
    rng = random.Random(seed)
    basic = Decimal(rng.randrange(300, 900)) / 10
    special = Decimal(rng.randrange(300, 900)) / 10
    share = (basic * 100 / (basic + special)).quantize(Decimal("0.1"), ROUND_HALF_UP)
    if planted:
        share += 3
    staff = (basic * Decimal("0.4")).quantize(Decimal("0.1"))
    return (f"关于{2008 + seed}年预算执行情况和{2009 + seed}年预算草案的报告\n"
            f"今年,本级一般预算支出安排情况是:基本支出预算安排{basic}亿元,占一般预算支出的{share}%,其中行政事业单位"
            f"工资福利支出{staff}亿元,商品和服务支出{basic - staff}亿元;各类专项支出安排{special}亿元,"
            f"占一般预算支出的{100 - share}%。\n安排一般公共服务支出{special / 2}亿元,比上年年初预算增加1.5亿元。\n")


def adjustment(seed: int) -> tuple[str, dict[str, int]]:
    """A county's 预算调整 in prose: the 总财力 拟调整为 its amount and its sources as lines led by ——, the 基本支出 with
    its 日常公用支出; with the figures each line states."""
    rng = random.Random(seed)
    tax, fees, grants, debt = (rng.randrange(10_000, 90_000) for _ in range(4))
    whole = tax + fees + grants + debt
    staff, office = rng.randrange(100, 900), rng.randrange(10, 90)
    text = (f"关于{2020 + seed}年财政预算调整方案(草案)的报告\n二、财政收支预算调整草案\n(一)全县一般公共预算调整草案\n"
            f"1.收入调整。全县一般公共预算总财力拟调整为{whole}万元,比中期调整预算调增{grants // 10}万元。\n"
            f"——本级财政收入拟调整为{tax + fees}万元。其中:税收收入拟调整为{tax}万元;非税收入{fees}万元。\n"
            f"——上级补助收入拟调整为{grants}万元。\n——地方政府一般债务转贷收入拟调整为{debt}万元。\n"
            f"2.支出调整。基本支出{staff + office}万元,其中工资福利支出{staff}万元,日常公用支出{office}万元。\n")
    return text, {"一般公共预算总财力": whole, "地方政府一般债务转贷收入": debt, "日常公用支出": office}


def execution_notes(seed: int) -> str:
    """A 决算's 一般公共预算财政拨款支出 section without its heading: the whole and each class with its completion of the
    年初预算 (完成年初预算的X%), one saying 决算数小于预算数; a year that has ended, no 上半年 or months."""
    rng = random.Random(seed)
    year = 2018 + rng.randrange(6)
    classes = [("教育支出", rng.randrange(300, 900)), ("社会保障和就业支出", rng.randrange(50, 200)),
               ("卫生健康支出", rng.randrange(20, 90)), ("住房保障支出", rng.randrange(20, 90))]
    total = sum(v for _, v in classes)
    lines = [f"{year}年度一般公共预算财政拨款支出{total}万元,完成年初预算的{rng.randrange(90, 100)}%。主要用于以下方面:"]
    for k, (name, value) in enumerate(classes):
        tail = ",决算数小于预算数的主要原因是项目结转。" if k == 0 else "。"
        lines.append(f"{k + 1}.{name}{value}万元,完成年初预算的{rng.randrange(85, 100)}%{tail}")
    return "\n".join(lines) + "\n"


INCOME = ("一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入", "上级补助收入", "事业收入",
          "经营收入", "附属单位上缴收入", "其他收入")
SPENDING = ("一般公共服务支出", "外交支出", "国防支出", "公共安全支出", "教育支出", "科学技术支出", "文化旅游体育与传媒支出",
            "社会保障和就业支出")


def coded_summary(seed: int, planted: bool = False) -> tuple[str, dict[str, Decimal]]:
    """An OCR'd 收入支出决算总表 that lost its title and kept the template's code (财决公开01表): the cover's fields, then
    the lines run together with their 行次 and amounts, the list marks' 、 lost (一一般公共预算…), income and spending
    interleaved, then the totals; ``planted`` adds 1 to 本年收入合计. With the lines' amounts."""
    rng = random.Random(seed)
    cn = "一二三四五六七八"
    inc = [Decimal(rng.randrange(0, 500_000)) / 100 if k in (0, 4, 7) else Decimal("0.00") for k in range(8)]
    total = sum(inc, Decimal(0))
    spend = [Decimal("0.00")] * 8
    spend[4] = (total * Decimal("0.8")).quantize(Decimal("0.01"))
    spend[7] = total - spend[4]
    cells = []
    for k in range(8):
        cells += [f"{cn[k]}{INCOME[k]}", str(k + 1), f"{inc[k]:,.2f}", f"{cn[k]}{SPENDING[k]}", str(32 + k), f"{spend[k]:,.2f}"]
    said = total + (1 if planted else 0)
    cells += ["本年收入合计", "27", f"{said:,.2f}", "本年支出合计", "58", f"{total:,.2f}"]
    text = ("某学校2022年决算批复公开资料\n(注:以下内容为附件图片识别,个别文字可能不准确,请以附件为准)\n"
            "部门: (略) 某学校 金额单位:万元 单位名称 (略) 某学校 预算级次 省级 报表小类 单户表 财决公开01表 部门: (略) 某学校 "
            "金额单位:万元 收入 收入 收入 支出 支出 支出 项目 行次 金额 项目 行次 金额 栏次 1 栏次 2 " + " ".join(cells) + "\n")
    return text, {INCOME[0]: inc[0], INCOME[4]: inc[4], SPENDING[4]: spend[4], "本年收入合计": said}


def announced(seed: int, stage: str, style: str) -> str:
    """A page announcing a disclosure: its title then only the files it is published as (``attachments``), or a title
    worded 关于…年度部门决算的公开说明 over the 说明's first section (``about``); no figure."""
    rng = random.Random(seed)
    year, unit = 2019 + rng.randrange(6), _UNIT[seed % 3]
    word = "预算" if stage == "budget" else "决算"
    if style == "attachments":
        lines = [f"{unit}{year}年部门{word}公开", f"发布时间:{year}-02-0{1 + seed % 8}",
                 f"附件:{unit}{year}年部门{word}公开表.xlsx", f"{unit}{year}年部门{word}情况说明.pdf"]
    else:
        lines = [f"关于{unit}{year}年度部门{word}的公开说明", "一、部门职责", "负责本系统的综合管理工作。", "二、机构设置",
                 "内设股室5个。"]
    return "\n".join(lines) + "\n"


def only_part(seed: int) -> str:
    """A 说明's 项目支出 whose only economic class is all of it ("商品和服务支出预算 X 元,占项目支出预算 100%"), the
    lines broken as a PDF's text, in 元: the part is the whole it names."""
    rng = random.Random(seed)
    project, basic = rng.randrange(10_000, 90_000), rng.randrange(500_000, 900_000)
    share = (Decimal(project) * 100 / (project + basic)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return (f"{2020 + seed}年部门预算情况说明\n(二)按支出结构分类划分,分为基本支出预算和项目支\n出预算。\n"
            f"1. 基本支出预算 {basic} 元,占一般公共预算支出的\n{100 - share}%。\n"
            f"2. 项目支出 {project} 元,占一般公共预算支出的 {share}%,\n同比减少 1000 元 ,下降 3.1 %。其中:\n"
            f"商品和服务支出预算 {project} 元,占项目支出预算 100%,\n同比减少 1000 元 ,下降 3.1 %。\n")

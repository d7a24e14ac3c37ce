"""转移支付 self-evaluation reports as counties publish them beyond the first template, with invented figures.

How the text says it is a transfer's report: no title and the later template's outline (一、基本情况 (一)转移支付概况);
a title naming a 补助经费; an excerpt that starts at the old template's sub-heading ((一)中央下达专项转移支付预算和绩效
目标情况) or at a later heading only the transfer templates print (区域绩效目标情况, 偏离绩效目标的原因和下一步改进措施);
a report on how the transfer was used (现将上级转移支付资金使用情况报告如下); a title ending in 绩效目标完成情况, 使用情况的
报告 or 自评情况 rather than 自评报告. How it words its budget: 经费 for
资金 (全年下达…补助经费X，其中…); the level sending it between the fund and the verb (专项资金中央下达X); a sum sent, cut
and then the sum finally sent (下达…150万元，其中…，调减30万元，全年实际下达120万元); 合计金额X. And the amounts of several
levels without a total (中央下达…；省级下达…；市县下达…): no budget, the reader never adds them up.

``case(i)`` walks every head with every budget wording in every unit (the brackets at their own pace); ``planted`` makes the
parts after 其中 not add up to their total (the audit's said-parts check must find it).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from layouts.transfer_prose import num

HEADS = (
    "一、基本情况\n{o}一{c}转移支付概况。\n",
    "示例区{y}年示例补助经费绩效自评报告\n一、基本情况\n",
    "{o}一{c}中央下达专项转移支付预算和绩效目标情况。\n",
    "示例区民政局关于{y}年中央财政示例补助资金管理使用情况\n现将上级转移支付资金使用情况报告如下：\n一、资金基本情况\n",
    # an excerpt that starts past the first heading, at one only the transfer templates print
    "{o}三{c}区域绩效目标情况。\n",
    "三、偏离绩效目标的原因和下一步改进措施\n无。\n",
)
# a title saying what the text is in other words than 自评报告: the targets' completion, how the money was used, 自评情况
TITLES_SAID = ("示例县{y}年一般性转移支付绩效目标完成情况\n", "示例县财政局关于中央对地方示例补助资金使用情况的报告\n",
               "示例区{y}年度共同财政事权示例补助资金绩效自评情况\n", "示例县{y}年中央财政示例补助资金绩效评价情况\n",
               # a title on the fund's self-evaluation whatever the fund is called (no 补助, no 转移支付, no 中央)
               "示例县{y}年度农业生产发展资金绩效自评报告\n", "示例县{y}年度示例奖励资金绩效评价报告\n",
               "示例区{y}年示例专项资金使用情况自评\n", "关于示例县{y}年度示例救助资金绩效自评工作的报告\n",
               "示例县{y}年度示例发展资金区域绩效自评报告\n", "示例县{y}年示例经费绩效自评结果\n")
# the budget: {} the amount; {a}, {b} its two parts; {x} the sum first sent, {p} and {q} its parts, {cut} what was cut
BUDGETS = (
    "全年下达示例补助经费{}，其中中央专项资金{a}，省级专项资金{b}",
    "示例专项资金中央下达{}",
    "下达我区示例补助资金{x}，其中甲资金{p}，乙资金{q}，调减{cut}，全年实际下达{}",
    "示例补助资金共2项，合计金额{}，其中甲资金{a}、乙资金{b}",
    "示例发展经费省级下达{}",
)
# (unit, budget, a, b, first sent, p, q, cut, spent, rate): a + b = budget = first sent − cut, p + q = first sent
UNITS = (("万元", "120", "100", "20", "150", "110", "40", "30", "108", "90"),
         ("元", "1,250,000", "1,000,000", "250,000", "1,500,000", "1,200,000", "300,000", "250,000", "1,000,000",
          "80"),
         ("万元", "64.5", "40.25", "24.25", "70", "45", "25", "5.5", "64.5", "100"))
BRACKETS = (("（", "）"), ("(", ")"))
# the levels, each sending its part, no total printed; {} is that level's amount
LEVELS = ("{y}年共收到中央下达示例补助资金{}。", "省级下达资金{}。", "市县下达资金{}。")


@dataclass(frozen=True)
class Case:
    text: str
    budget: Decimal
    executed: Decimal
    rate: Decimal
    planted: bool = False


def case(i: int, *, planted: bool = False) -> Case:
    """The i-th report: the head changes fastest, then the budget wording, then the unit (the brackets at their own
    pace), so that over ``len(HEADS) * len(BUDGETS) * len(UNITS)`` cases every head meets every wording in every unit. ``planted``: the
    second part is ten more than it should be (the parts no longer add up to the total they follow)."""
    unit, b, a, p2, x, p, q, cut, e, r = UNITS[i // (len(HEADS) * len(BUDGETS)) % len(UNITS)]
    o, c = BRACKETS[i // 7 % len(BRACKETS)]
    head = HEADS[i % len(HEADS)].format(o=o, c=c, y=2023)
    wording = BUDGETS[i // len(HEADS) % len(BUDGETS)]
    if planted:
        p2 = str(num(p2) + 10)
    budget = wording.format(b + unit, a=a + unit, b=p2 + unit, x=x + unit, p=p + unit, q=q + unit, cut=cut + unit,
                            y=2023)
    text = f"{head}2023年，{budget}。\n二、绩效情况分析\n截至年底，实际支出{e}{unit}，执行率{r}%。\n"
    return Case(text, num(b), num(e), Decimal(r), planted)


def cases() -> list[Case]:
    """Every head with every budget wording in every unit (see ``case``)."""
    return [case(i) for i in range(len(HEADS) * len(BUDGETS) * len(UNITS))]


def levels(with_total: bool) -> tuple[str, Decimal | None]:
    """A report stating what each level sent (中央 100, 省级 30, 市县 20.5 万元), with or without the total 150.5: the
    text and the budget a reader must read (None without a total)."""
    said = "".join(w.format(v, y=2023) for w, v in zip(LEVELS, ("100万元", "30万元", "20.5万元"), strict=True))
    total = "以上共计下达示例补助资金150.5万元。" if with_total else ""
    text = f"示例县{2023}年度示例补助资金绩效自评报告\n一、绩效目标分解下达情况\n{said}{total}\n"
    return text, Decimal("150.5") if with_total else None


def page_wrapped(text: str, width: int) -> str:
    """``text`` as a PDF page of ``width`` characters gives it: every longer line cut into lines of ``width`` characters
    (inside words and numbers alike)."""
    return "\n".join(line[k : k + width] for line in text.split("\n") for k in range(0, max(len(line), 1), width))

"""Transfer and special funds stated in prose, in no set wording: a notice, a letter, a short report or an
announcement that says what was allocated (下达/拨付/安排/分配/调整到/追加/提前下达 …, the verb before or after the
amount, the fund's name before or after it, a document's number between), what was spent (支出/执行/使用/已拨付 …),
the rate (执行率/支出进度 …) and the score, in several orders, units (万元, 元 with thousands' commas, 亿元) and
separators (，/；/line breaks), with invented figures. ``cases()`` yields ``Case`` (the text and what a reader must
read); a case may list several allocations with a stated total (``planted`` when the total is not their sum), or
state a rate that is not spending ÷ budget (``planted`` too).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

FUNDS = ("2025年中央财政示例发展补助资金", "省级示例专项资金", "示例衔接推进专项经费", "示例转移支付资金",
         "中央补助地方公共文化服务体系建设专项资金")
HEADS = ("关于下达{fund}的通知\n各有关单位：\n", "示例县财政局\n", "{fund}使用情况说明\n", "")
# the allocation: {f} the fund's name, {x} the amount with its unit
ALLOCATED = (
    "现将{f}{x}下达给你单位", "{f}{x}已下达你局", "根据《关于下达示例资金的通知》（示财农〔2025〕12号），调整{f}{x}到你单位",
    "本年度拨付{f}共计{x}", "上级财政提前下达{f}{x}", "经研究，安排{f}{x}，用于示例工程建设", "追加{f}{x}",
    "省财政厅分配我县{f}{x}", "{x}的{f}已于6月全部下达",
)
SPENT = ("截至年底已支出{x}", "实际使用资金{x}", "全年执行{x}", "已拨付至项目单位{x}", "累计支出{x}", "资金实际支付{x}")
RATES = ("执行率{r}%", "支出进度为{r}%", "资金执行率达到{r}%", "预算执行率{r}%")
SCORES = ("自评得分{z}分", "综合得分为{z}分", "经自评，得分{z}分")
SEPARATORS = ("，", "；", "。\n", "。")
# (unit, budget, spent, rate), spent ÷ budget = rate to its printed digits
UNITS = (("万元", "120", "108", "90"), ("元", "1,250,000", "1,000,000", "80"), ("亿元", "3.2", "2.4", "75"),
         ("万元", "56.8", "42.6", "75"))
ORDERS = ("b s r", "r s b", "s b r", "b r s")


@dataclass(frozen=True, slots=True)
class Case:
    text: str
    budget: Decimal | None
    executed: Decimal | None
    rate: str | None
    score: Decimal | None
    planted: str | None = None  # "rate" or "total": the mistake the text holds


def _plain(x: str) -> Decimal:
    return Decimal(x.replace(",", ""))


def cases() -> Iterator[Case]:
    """Every allocation wording with every spending, rate and order (the other tables cycled at their own pace)."""
    n = 0
    for i, alloc in enumerate(ALLOCATED):
        for j, spent in enumerate(SPENT):
            unit, b, s, r = UNITS[(i + j) % len(UNITS)]
            fund = FUNDS[(i + 2 * j) % len(FUNDS)]
            sep = SEPARATORS[(i + j) % len(SEPARATORS)]
            said = {"b": alloc.format(f=fund, x=f"{b}{unit}"), "s": spent.format(x=f"{s}{unit}"),
                    "r": RATES[n % len(RATES)].format(r=r)}
            order = ORDERS[n % len(ORDERS)].split()
            score = Decimal(90 + n % 9)
            body = sep.join(said[k] for k in order) + sep + SCORES[n % len(SCORES)].format(z=score) + "。\n"
            head = HEADS[n % len(HEADS)].format(fund=fund)
            yield Case(head + body, _plain(b), _plain(s), f"{r}%", score)
            n += 1


def listed(planted: bool, unit: str = "万元", sep: str = "、") -> Case:
    """Several allocations and their stated total (共计/合计); ``planted``: the total is one more than their sum."""
    parts = ("36.5", "48", "15.25")
    total = sum(map(Decimal, parts), Decimal(0)) + (1 if planted else 0)
    items = sep.join(f"示例{k}项目{p}{unit}" for k, p in zip("甲乙丙", parts, strict=True))
    text = (f"关于分配示例专项资金的通知\n各乡镇：\n现分配示例专项资金：{items}，共计{total}{unit}。请按规定使用。\n"
            f"截至年底已支出{parts[0]}{unit}。\n")
    # (a total its listed parts do not make is not sure: not read, the disagreement reported)
    return Case(text, None if planted else total, Decimal(parts[0]), None, None, "total" if planted else None)


def wrong_rate() -> Case:
    """A rate that is not spending ÷ budget (80 ÷ 100 = 80%, the text says 85%)."""
    text = ("示例县示例补助资金使用情况\n上级下达示例补助资金100万元，截至年底实际支出80万元，执行率85%。\n")
    return Case(text, Decimal(100), Decimal(80), "85%", None, "rate")


# texts that speak of no fund's allocation: a meeting's notice, a tender, a budget's words without a fund
ELSEWHERE = (
    "关于召开示例资金管理工作会议的通知\n各单位：\n定于3月5日召开会议，会议经费安排2万元，请准时参加。\n",
    "示例县示例工程招标公告\n本项目资金来源为省级专项资金，预算金额300万元，最高限价298万元。\n",
    "示例局2025年工作总结\n全年接待群众1200人次，完成培训30场，较上年增加5场。\n",
)


LIST_WORDS = ("主要包括", "资金来源为", "分别为", "其中")


def listed_after(word: str, planted: bool, next_sentence: bool) -> Case:
    """An allocation, then its parts after a list word (in its sentence or the next), then a share said after 其中 that
    is no part of the list; ``planted``: the parts make one more than the whole."""
    parts = (Decimal("2400"), Decimal("1300.5"), Decimal("800"))
    whole = sum(parts, Decimal(0)) - (1 if planted else 0)
    stop = "。据介绍，此次下达的资金" if next_sentence else "，"
    items = "、".join(f"示例{k}资金{p}万元" for k, p in zip("甲乙丙", parts, strict=True))
    share = "" if word == "其中" else "，其中1500万元重点支持受灾县"
    text = (f"示例新闻\n记者获悉，示例省财政厅下达{whole}万元省级示例救灾资金{stop}{word}{items}{share}。\n")
    return Case(text, None if planted else whole, None, None, None, "total" if planted else None)

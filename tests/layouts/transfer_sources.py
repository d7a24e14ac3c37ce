"""A transfer's money by fund source as its prose states it, in the wordings notices and reports use: the whole
allocated (or received, or spent) and its 其中 list of sources (中央资金/中央财政资金/中央补助资金, 省级资金/省级配套资金,
市级资金, 县级配套资金/本级资金, 地方资金, 其他资金), parted by ，、；; a report states the spending's list too; an
announcement lists its sources under 资金来源, each under its heading. Invented figures.

``cases()`` yields ``Case``: the text and the source rows a reader must read (row key → column → amount);
``planted``: a list whose parts do not make its whole (one part one more): no source row is read from it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

# (row key, its wordings)
SOURCES = (("central", ("中央资金", "中央财政资金", "中央补助资金")), ("provincial", ("省级资金", "省级财政资金", "省级配套资金")),
           ("municipal", ("市级资金", "市级财政资金")), ("own_level", ("县级配套资金", "本级资金", "县级资金")),
           ("local", ("地方资金", "地方财政资金")), ("other", ("其他资金",)))
SEPARATORS = ("，", "、", "；")
NOTICE = ("关于下达2025年示例补助资金的通知\n各乡镇人民政府：\n根据《关于下达示例资金的通知》（示财农〔2025〕8号），"
          "下达我县2025年示例补助资金{whole}万元，其中：{parts}，用于示例工程建设。\n示例县财政局\n")
REPORT = ("示例补助资金转移支付2024年度绩效自评报告\n一、绩效目标分解下达情况\n2024年收到上级下达示例补助资金。\n"
          "二、绩效目标完成情况分析\n（一）资金投入情况分析\n2024年共收到资金{whole}万元，其中{parts}。"
          "截至2024年底共支出{spent}万元，其中{spent_parts}。\n（二）总体绩效目标完成情况分析\n按计划完成。\n")
ANNOUNCE = ("示例区扶贫资金分配情况公告公示\n2024年上级下达示例区财政专项扶贫资金{whole}万元，现将资金分配使用情况公示如下：\n"
            "一、资金来源\n{parts}二、分配原则\n按照项目轻重缓急的原则分配资金。\n")
HEADINGS = "一二三四五六"


@dataclass(frozen=True, slots=True)
class Case:
    text: str
    rows: dict[str, dict[str, Decimal]] = field(default_factory=dict)  # row key → column → amount
    planted: bool = False


def _amounts(n: int, k: int) -> list[Decimal]:
    return [Decimal(100 * (n % 7 + 1) + 37 * j) + Decimal("0.5") * (j % 2) for j in range(k)]


def cases(planted: bool = False) -> Iterator[Case]:
    """Notices, reports and announcements with two to four sources in every wording and separator."""
    n = 0
    for k in (2, 3, 4):
        for start in range(len(SOURCES) - k + 1):
            chosen = SOURCES[start:start + k]
            for form in ("notice", "report", "announce"):
                sep = SEPARATORS[n % len(SEPARATORS)]
                budget = _amounts(n, k)
                spent = [b - j for j, b in enumerate(budget)]
                whole, spent_whole = sum(budget, Decimal(0)), sum(spent, Decimal(0))
                words = [w[n % len(w)] for _, w in chosen]
                printed = [b + (1 if planted and j == 0 else 0) for j, b in enumerate(budget)]
                parts = sep.join(f"{w}{b}万元" for w, b in zip(words, printed, strict=True))
                rows: dict[str, dict[str, Decimal]] = {}
                if form == "notice":
                    text = NOTICE.format(whole=whole, parts=parts)
                    rows = {key: {"annual_budget": b} for (key, _), b in zip(chosen, budget, strict=True)}
                elif form == "report":
                    spent_parts = sep.join(f"{w}支出{s}万元" for w, s in zip(words, spent, strict=True))
                    text = REPORT.format(whole=whole, parts=parts, spent=spent_whole, spent_parts=spent_parts)
                    rows = {key: {"annual_budget": b, "executed": s}
                            for (key, _), b, s in zip(chosen, budget, spent, strict=True)}
                    if planted:
                        rows = {key: {"executed": s} for (key, _), s in zip(chosen, spent, strict=True)}
                else:
                    listed = "".join(f"（{HEADINGS[j]}）{w}\n2024年{w[:2]}专项扶贫资金{b}万元；\n"
                                     for j, (w, b) in enumerate(zip(words, printed, strict=True)))
                    text = ANNOUNCE.format(whole=whole, parts=listed)
                    rows = {key: {"annual_budget": b} for (key, _), b in zip(chosen, budget, strict=True)}
                yield Case(text, {} if planted and form != "report" else rows, planted)
                n += 1


# a special fund's self-evaluation form whose two money columns (年度金额 | 资金使用情况) run row by row once its
# borders are gone: the whole of each under its label and colon, then each source twice (its budget, its spending)
PAIRED = ("专项名称示例发展专项资金省级主管部门示例省财政厅资金情况(万元)年度金额{when}:{whole}万元资金使用情况(万元)合计:{spent}万元"
          "{rows}年度总体目标目标1:示例。绩效目标完成情况一级指标二级指标三级指标指标值完成值权重得分")
PAIRED_SOURCES = (("central", "中央财政"), ("provincial", "省级财政"), ("municipal", "市级财政"), ("own_level", "县级财政"))


def paired(planted: bool = False) -> Iterator[Case]:
    """The form with two to four sources, on one line or one cell a line, the budget's heading saying when it was
    sent or not; ``planted``: the spending's sources one more than its 合计 (no spending row is read then)."""
    for k in (2, 3, 4):
        for lines in (False, True):
            for when in ("(提前下达)", ""):
                chosen = PAIRED_SOURCES[:k]
                budget = [Decimal(100 * (j + 1) + k) for j in range(k)]
                spent = [b - 10 * (j + 1) for j, b in enumerate(budget)]
                spent_total = sum(spent, Decimal(0)) - (1 if planted else 0)
                rows = "".join(f"{w}{b}万元{w}{s}万元" for (_, w), b, s in zip(chosen, budget, spent, strict=True))
                text = PAIRED.format(when=when, whole=sum(budget, Decimal(0)), spent=spent_total, rows=rows)
                if lines:
                    text = re.sub(r"万元(?![)）])", "万元\n", text).replace(":", ":\n")
                want = {key: {"annual_budget": b} if planted else {"annual_budget": b, "executed": s}
                        for (key, _), b, s in zip(chosen, budget, spent, strict=True)}
                yield Case(text + "\n", want, planted)

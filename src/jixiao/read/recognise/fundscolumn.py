"""A funds block's column label read by its meaning: what the label's last word names, with the words before
it saying which of its kind (年初 / 全年 / 调整后 budget), the qualifiers in brackets left out.

Forms print the same column under many labels (全年执行数, 实际支出数, 决算数, 全年实际支出数; 分值, 权重,
满分, 执行率权重; 得分, 执行率得分, 评分; 执行率, 预算执行率, 支出进度). A fixed list of aliases misses the ones
it has not met, and a label read by its first word goes wrong where the first word is a modifier (执行率权重 is a
weight, not a rate). Chinese puts the head noun last: the column is what the label ends with.
"""

from __future__ import annotations

import re
from functools import lru_cache

from jixiao.read.recognise.common import norm

_QUALIFIER = re.compile(r"[(][^()]{0,10}[)]")  # (A), (B/A), (%), (万元), (10分), (20分*执行率) after NFKC
# A template's column numbers and the formula they make (年初预算安排金额①, 小计④=①+②+③, 支出实现率⑥=⑤/④): no
# part of the label (NFKC would make ③ a digit of it), taken out first
_NUMBERED = re.compile(r"[\u2460-\u2473]+(?:[=＝][\u2460-\u2473+＋\-－/／×*]*)?")
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((key, re.compile(rx)) for key, rx in (
    ("weight", r"(?:执行率|预算执行|指标)?(?:分值|权重|满分|标准分|分数)"),
    ("score", r"(?:执行率|预算执行|执行|指标|实际)?(?:自评)?(?:得分|评分)"),
    ("rate", r"(?:预算|资金)?(?:执行|支出)(?:实现)?(?:率|进度)"),  # 支出实现率 (福建: 拨付 ÷ 预算安排)
    # what a monitoring form projects for the year (全年预计执行数): no figure of the year, but a column of its own
    ("forecast", r"(?:全年)?预计(?:全年)?(?:执行|支出|完成)(?:数|额|金额)?"),
    # a monitoring form's spending so far (1-7月执行数, 截至6月底执行数) is its executed column
    ("executed", r"(?:\d{1,2}[-~至]\d{1,2}月(?:份)?|截至\d{1,2}月底?|上半年)?(?:全年|年度|本年|跟踪)?(?:实际)?(?:执行|支出|决算)"
                 r"(?:数|额|金额)|(?:全年)?实际(?:支出|执行)"
                 # what was paid out of the budget (福建's 拨付情况: 年度拨付金额, whose 支出实现率 is it ÷ the budget):
                 # the spending only where no other column names it (``paid_out``)
                 r"|(?:年度|全年|本年|实际)?拨付(?:数|额|金额)|实际拨付"
                 # spent so far or in the year, said with its adverb (累计支出, 已支出, 本年支出, 已使用, 使用金额)
                 r"|(?:累计|已|本年度?|当年)(?:实际)?(?:支出|使用|执行)(?:数|额|金额)?|(?:实际)?使用金额"
                 r"|实际使用|预算执行(?:额|金额)"),
    # what was approved at the year's start, whatever word follows 年初 (年初预算资金, 年初安排数, 年初批复数, 年初数,
    # 年初部门预算, 年初计划数) or names the approval (预算批复数, 批复预算数)
    ("initial_budget", r"(?:部门)?年初(?:部门)?(?=.)(?:批复|安排|计划)?(?:预算)?(?:批复|安排)?(?:数|额|金额|资金|总额)?"
                       r"|(?:预算批复|批复预算)(?:数|额|金额)?"),
    ("annual_budget", r"(?:全年|调整后?|全年调整后?)?预算(?:数|额|金额|总额)|(?:全年)?预算调整(?:后)?数"
                      r"|调整(?:后)?预算"
                      # the year's budget named by its year (本年预算数, 当年预算) or its granting (预算安排数); never 年度
                      # 预算数, which 四川 prints over its 年初预算 | 调整后预算数 (``fundsspan``)
                      r"|(?:本年度?|当年)预算(?:数|额|金额)?|预算安排(?:数|额|金额)"),
))


@lru_cache(maxsize=65536)
def column_by_meaning(text: str) -> str | None:
    """The funds column (a ``FundsRow`` field, or ``forecast``: a column read past, never a figure) a header label
    names, or None when the label is not one."""
    label = _bare(text)
    if not label or len(label) > 10:
        return None
    return next((key for key, rx in _KINDS if rx.fullmatch(label)), None)


def _bare(text: str) -> str:
    return _QUALIFIER.sub("", norm(_NUMBERED.sub("", text)))


# Money columns a funds block prints beside the record's fields: the budget's parts besides the 年初 one (历年结余结转,
# 年中调整金额, 追加金额) and what is left (本年度结余金额, 资金结余率). Each holds a number of every row: a column of its
# own, never a field's, so that the numbers after it stay under their labels.
_ASIDE = re.compile(r"(?:历年|以前年度|往年)(?:结余结转|结转结余|结转|结余)(?:资金|金额|数|额)?"
                    r"|(?:年中|年度|年内)?(?:预算)?(?:调整|追加|调增|调减)(?:金额|数额|数|额)"
                    r"|(?:本年度?|当年|年末|年度)?(?:结余|结存)(?:金额|资金|数|额)|(?:资金|预算)?结余率")
# The column that sums the budget's parts (小计④=①+②+③ after 年初预算安排金额① | 历年结余结转② | 年中调整金额③)
SUBTOTALS = ("小计", "合计", "总计")


def aside_column(text: str) -> bool:
    """Whether a funds header label names a money column the record has no field for (``_ASIDE``)."""
    label = _bare(text)
    return bool(label) and len(label) <= 10 and _ASIDE.fullmatch(label) is not None


def subtotal_column(text: str) -> bool:
    """Whether a funds header label is a sum column (小计, 小计④=①+②+③)."""
    return _bare(text) in SUBTOTALS


_PAID = re.compile(r"(?:年度|全年|本年|实际)?拨付(?:数|额|金额)|实际拨付")


def paid_out(text: str) -> bool:
    """Whether a funds header label names the money paid out (拨付数, 年度拨付金额), which ``column_by_meaning`` reads as
    the spending: so it is where the form prints no other spending column (福建's 拨付情况); beside one (全年拨付数 |
    全年执行数) it is a column of its own."""
    return _PAID.fullmatch(_bare(text)) is not None

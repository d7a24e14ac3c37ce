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
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((key, re.compile(rx)) for key, rx in (
    ("weight", r"(?:执行率|预算执行|指标)?(?:分值|权重|满分|标准分|分数)"),
    ("score", r"(?:执行率|预算执行|执行|指标|实际)?(?:自评)?(?:得分|评分)"),
    ("rate", r"(?:预算|资金)?(?:执行|支出)(?:率|进度)"),
    # what a monitoring form projects for the year (全年预计执行数): no figure of the year, but a column of its own
    ("forecast", r"(?:全年)?预计(?:全年)?(?:执行|支出|完成)(?:数|额|金额)?"),
    # a monitoring form's spending so far (1-7月执行数, 截至6月底执行数) is its executed column
    ("executed", r"(?:\d{1,2}[-~至]\d{1,2}月(?:份)?|截至\d{1,2}月底?|上半年)?(?:全年|年度|本年|跟踪)?(?:实际)?(?:执行|支出|决算)"
                 r"(?:数|额|金额)|(?:全年)?实际(?:支出|执行)"),
    # what was approved at the year's start, whatever word follows 年初 (年初预算资金, 年初安排数, 年初批复数, 年初数,
    # 年初部门预算, 年初计划数) or names the approval (预算批复数, 批复预算数)
    ("initial_budget", r"(?:部门)?年初(?:部门)?(?=.)(?:批复|安排|计划)?(?:预算)?(?:批复|安排)?(?:数|额|金额|资金|总额)?"
                       r"|(?:预算批复|批复预算)(?:数|额|金额)?"),
    ("annual_budget", r"(?:全年|调整后?|全年调整后?)?预算(?:数|额|金额|总额)|(?:全年)?预算调整(?:后)?数"
                      r"|调整(?:后)?预算"),
))


@lru_cache(maxsize=65536)
def column_by_meaning(text: str) -> str | None:
    """The funds column (a ``FundsRow`` field, or ``forecast``: a column read past, never a figure) a header label
    names, or None when the label is not one."""
    label = _QUALIFIER.sub("", norm(text))
    if not label or len(label) > 10:
        return None
    return next((key for key, rx in _KINDS if rx.fullmatch(label)), None)

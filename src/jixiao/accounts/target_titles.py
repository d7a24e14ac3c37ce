"""The titles of a budget's 项目支出绩效目标表 in a text whose cells are joined by " | " (``targets._stream``).

A title says 绩效目标 and 表 (项目支出绩效目标表, 绩效目标申报表, 绩效目标批复表, 绩效目标审批表, 申报明细表), perhaps wrapped over lines
between any two of its words (项目支出绩效目标 / 申报表, 项目支出绩 / 效目标表); or it does not say 表 (2023年部门项目
绩效目标) and stands as a cell or line of its own with the table's 项目名称 right after it (a year, or its byline and the
header's first cells, between: 金额单位:元 | 单位名称). A title printed again where a page breaks the table (项目支出
绩效目标表（续）, （续表）, 续表 before it) heads no table of its own: the table before it goes on.
"""

from __future__ import annotations

import re

_CUT = r"(?:\s*\|\s*)?"  # a title wrapped over lines (项目支出绩效目标 / 申报表, 项目支出绩 / 效目标表): cut between any two words


def _wrapped(words: str) -> str:
    return _CUT.join(words)


# the table's title (项目支出绩效目标表, 绩效目标申报表, 申报明细表), perhaps wrapped; or one that does not say 表 (2023年部门
# 项目绩效目标) standing as a cell or line of its own with the table's 项目名称 right after it (a year, or its byline and
# the header's first cells, between)
# how the table was filed or published (绩效目标申报表, 绩效目标审批表, 绩效目标设置表, 绩效目标公开表, 绩效目标编报表 …), then
# perhaps 情况 (绩效目标批复情况表, 绩效目标情况表); never what was done (执行, 完成, 实现, 监控, 自评: those are evaluations)
_FILED = ("申报", "批复", "审批", "审核", "确认", "设置", "公开", "编报", "编制", "申请")
_OF = "(?:" + _CUT + "(?:" + "|".join(map(_wrapped, _FILED)) + "))?(?:" + _CUT + _wrapped("情况") + ")?"
TITLE = re.compile(_wrapped("绩效目标") + _OF + "(?:" + _CUT + _wrapped("明细") + ")?" + _CUT + "表"
                   r"|(?<![^|\s])[^|。，；,;:：\s]{0,30}?绩效目标(?![\s|]*(?:申\s*报|批\s*复|审\s*[批核]|确\s*认|设\s*置"
                   r"|公\s*开|编\s*[报制]|申\s*请|明\s*细|情\s*况)*[\s|]*表)"
                   r"(?=[\s|]*(?:[(（]?\d{4}年度?[)）]?[\s|]*)?项目名称"
                   # (… or a cell of its own with its byline and the header's first cells between: 金额单位:元 | 单位名称)
                   r"|\s*\|(?:[^|。，；]{0,14}\|){0,4}\s*项目名称)")
# a title printed again where the table goes on over a page (项目支出绩效目标表（续）, 续表): no table of its own
_GOES_ON = re.compile(r"[\s|]*[(（]\s*续\s*表?\s*[)）]|[\s|]*续表")


def table_titles(text: str) -> list[re.Match[str]]:
    """Each title that heads a table of its own, in the order printed."""
    return [m for m in TITLE.finditer(text) if not _GOES_ON.match(text, m.end())
            and not re.search(r"续表[\s|]*[\u4e00-\u9fff]{0,12}$", text[max(0, m.start() - 20):m.start()])]

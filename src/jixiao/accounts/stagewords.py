"""Which stage a text's words say it is of (预算 or 决算), counting only the words that are its own.

A cited title names another document (《中华人民共和国预算法》, 《地方预决算公开操作规程》, 《关于做好2023年部门决算
工作的通知》) and 预决算 (预算、决算: a site's category, 体裁分类 财政预算、决算) names both stages: neither says which this text is. A budget's page that opens "按照《地方预决算
公开操作规程》的要求" is still a budget's.
"""

from __future__ import annotations

import re

_NO_STAGE = re.compile(r"《[^《》]{0,80}》|预(?:算)?\s*[、,，和及与/]?\s*决算")


# … but a year's report, draft or plan in brackets is the text's own subject (现将《2023年凌源市财政预算调整方案(草案)》
# 汇报如下, 审议了…《关于2007年预算执行情况和2008年预算草案的报告》): its words say the stage
_OWN_TITLE = re.compile(r"《[^《》]{0,80}?(?:19|20)\d{2}\s*年[^《》]{0,60}?(?:报告|草案|方案)[^《》]{0,8}》")


def own_words(text: str) -> str:
    """The text without its cited titles and its 预决算 (a year's report or plan in brackets kept: the text's own)."""
    return _NO_STAGE.sub(lambda m: m.group(0) if _OWN_TITLE.fullmatch(m.group(0)) else "", text)


def says_final(text: str) -> bool:
    """The text's own words say 决算 more often than 预算."""
    own = own_words(text)
    return own.count("决算") > own.count("预算")


# the 决算 template's own carry-over lines (收入支出决算总表, 财政拨款收入支出决算总表): 年初结转和结余, 年末结转和结余,
# 年初财政拨款结转和结余; a budget carries 上年结转, 上年结转结余, 结转下年, 年终结转结余
FINAL_TEMPLATE = re.compile(r"年[初末](?:财政拨款)?结转和结余")


# a fund's name (一般公共预算, 政府性基金预算 …) says no stage: 一般公共预算“三公”经费支出表 heads a 决算's table too
FUND = re.compile(r"(?:一般公共|政府性基金|国有资本经营|社会保险基金)预算")


def stated(title: str) -> str | None:
    """The stage a title's own words state (决算 → final, 预算 alone → budget), None when it states neither."""
    own = FUND.sub("", own_words(title))
    return "final" if "决算" in own else "budget" if "预算" in own else None

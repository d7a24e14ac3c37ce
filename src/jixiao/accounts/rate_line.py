"""The line a completion rate of a 情况说明 is said of, as its words name it.

"…2023年度财政拨款支出年初预算数为A万元,支出决算数为B万元,完成年初预算的x%" is said of 财政拨款支出: the words right
before the budget, without those that name no line (年度, 其中; 预算数为, 年初). Where the paragraph opens with the
figures, the heading above names the line: alone on its line ("一般公共预算财政拨款收入:"), ending the paragraph above
("…其中:一般公共预算财政拨款收入:"), or run into the text before the figures once a page's lines are joined. The
finding names that line, so that a reader sees which of two rates is wrong.
"""

from __future__ import annotations

import re

from jixiao.accounts.prose import YEAR_WORD

_NAME_BEFORE = re.compile(r"([^\d,，。;；:：、.．]{2,40})$")
_NAME_LEAD = re.compile(r"^(?:年度|" + YEAR_WORD + r"|其中|本单位|本部门)+")
_NAME_TAIL = re.compile(r"(?:决算|预算)?数?[为是:]?(?:年初)?$")
# the heading a sentence leaves its line to: run into the text before the figures ("…其中: 一般公共预算财政拨款收入: 年初"),
# ending the paragraph above ("…完成年初预算的100%,其中:一般公共预算财政拨款收入:"), or the paragraph above alone
# ("一般公共预算财政拨款收入:" then "年初预算为1255.37万元,支出决算为1865.86万元,完成年初预算的100%")
_RUN_IN = re.compile(r"([^\d,，。;；:：、.．\s]{2,30})\s*[:：]([^\d,，。;；:：、.．]{0,8})$")
_HEADING = re.compile(r"(?:^|[,，。;；:：])\s*([^\d,，。;；:：、.．\n]{2,30})[:：]\s*$")


def named_before(text: str, at: int, heading: str | None = None) -> str | None:
    """The line a budget figure is of, as the words right before it name it ("…2023年度一般公共预算财政拨款“三公”
    经费支出预算为3万元" → 一般公共预算财政拨款“三公”经费支出; "1.公务接待费预算为1万元" → 公务接待费), or, where
    nothing stands before it in its paragraph, the ``heading`` the paragraph above is (``heading_of``: "一般公共预算
    财政拨款收入:"): a completion rate is then said of that line, not of the text at large."""
    m = _NAME_BEFORE.search(text[max(0, at - 40):at])
    name = _bare_name(m.group(1)) if m else ""
    if len(name) < 2 and heading and not _bare_name(text[:at]):  # the paragraph opens with it: its heading's line
        name = heading
    if len(name) < 2 and (run_in := _RUN_IN.search(text[max(0, at - 50):at])) and not _bare_name(run_in.group(2)):
        name = _bare_name(run_in.group(1))  # (the heading run into the text before it: "…其中: 一般公共预算财政拨款收入: 年初")
    return name if len(name) >= 2 else None


def heading_of(text: str) -> str | None:
    """The line a paragraph that is a heading alone names ("一般公共预算财政拨款收入:"), or that its last clause names
    before the colon it ends with ("…完成年初预算的100%,其中:一般公共预算财政拨款收入:"), for the paragraph under it."""
    h = _HEADING.search(text)
    name = _bare_name(h.group(1)) if h else ""
    return name if len(name) >= 2 and not name.endswith(("如下", "情况")) else None


def _bare_name(words: str) -> str:
    """A line's name without the words before and after it that name none (年度, 其中; 预算数为, 年初)."""
    return _NAME_TAIL.sub("", _NAME_LEAD.sub("", words.strip()), count=1)

"""The section of a 转移支付 self-evaluation report that states the grant from above, apart from the one that states how
it was passed on.

The central template (and the reports that follow it) opens 一、绩效目标分解下达情况 with two sections: what was
granted (（一）中央下达转移支付预算和绩效目标情况: 财政部下达广西…补助资金40957万元) and how the writer passed it on
(（二）省级（自治区、市级）分解下达预算和绩效目标情况: 将提前下达资金3.86亿元和正式下达资金2.33亿元…). Both speak of
下达, and the amounts of the second are parts of the first, or of another year's: read together, the budget is stated
with several values and none is read. ``granted`` gives the text with all but the first section blanked out (line
breaks in place of its characters: every offset and source kept), for the budget to be looked for there first. Only
where the text has both sections, the grant's heading before the passing-on's.
"""

from __future__ import annotations

import re

from jixiao.read.recognise.transfer_text import Flat

# the grant's heading: an outline mark, the level granting, 下达, what (预算/资金), ending 情况 (the heading's text may run
# on into its sentence on the same line: 1. 中央下达住房保障资金预算和区域绩效目标情况:2024年,…)
_GRANT_HEAD = re.compile(r"(?m)^[ \t]*(?:[(（]?[一二三1][)）.、．]?)?[ \t]*(?:中央|上级|省级?|自治区|市级?)(?:财政)?下达"
                         r"[^\n。:：]{0,40}?(?:预算|资金)[^\n。:：]{0,16}?情况")
# the passing-on's heading: (二) …分解下达…
_PASSED_HEAD = re.compile(r"(?m)^[ \t]*(?:[(（]?[二三2][)）.、．]?)?[ \t]*[^\n。:：]{0,12}?分解下达")


def granted(flat: Flat) -> Flat | None:
    """The text with only the grant's section left (the rest turned to line breaks), or None when the text has no
    grant's section followed by a passing-on's."""
    head = _GRANT_HEAD.search(flat.text)
    if head is None:
        return None
    nxt = _PASSED_HEAD.search(flat.text, head.end())
    if nxt is None:
        return None
    a, b = head.start(), nxt.start()
    text = "\n" * a + flat.text[a:b] + "\n" * (len(flat.text) - b)
    return Flat(text, flat.starts, flat.sources)

"""A transfer's form known by its own marks where its text never says 转移支付: provinces and counties republish the
central templates under the fund's name alone (…补助资金绩效目标表, …资金绩效自评表, even …资金预算绩效目标表), and the
templates still show whose they are.

- the regional table's name (区域绩效目标表, 区域绩效自评表);
- the departments by level of government the template asks for (中央主管部门, 省级财政部门, 省级主管部门): a
  department's own project form names its 主管部门 and 实施单位, never another level's;
- the funds block split by level of government: a central part (中央补助, 中央财政资金, 中央资金) beside a part
  of the levels below it (地方资金, 省级资金, 市县资金 …), or a province's transfer split the same way one level
  down (省级补助 beside 市县资金): two levels' money, where a department's own project form splits its money by
  kind (财政拨款, 上年结转, 其他资金).

A budget's 项目支出绩效目标表 shows none of these. The marks only let the transfer reader look; it reads a form
only where it finds the form's funds block.
"""

from __future__ import annotations

import re

_OWN = re.compile(r"区域绩效|中央主管部门|省级(?:财政|主管)部门")
# a source of money named by its level of government (中央补助, 省级资金, 市县财政资金, 地方配套资金 …); group 1 the level
_LEVEL = re.compile(r"(中央|省级|省本级|自治区|市县|市级|州级|盟市|县级|旗县|地方)(?:财政)?(?:补助|配套)?(?:资金)?"
                    r"(?<=补助|资金)")


def names_level(name: str) -> bool:
    """A funds line's name that is money by the level of government giving it (其中:中央补助, 省级资金, 地方资金)."""
    return _LEVEL.search(name) is not None


def marked(text: str) -> bool:
    """Whether ``text`` carries a transfer template's own marks (see the module's note)."""
    if _OWN.search(text) is not None:
        return True
    # (the funds block's own rows: a source standing as a cell of its own with its amount after it, never words of a
    # name or a sentence, …省级财政补助资金 a project's name, 县级财政资金 in a 三公 statement)
    return len({m.group(1) for m in _LEVEL_ROW.finditer(text)}) >= 2


_LEVEL_ROW = re.compile(r"(?:^|(?<=[\s|:：]))" + _LEVEL.pattern + r"\s*[:：]?\s*(?:\|\s*)?\d", re.MULTILINE)

"""The levels of government a transfer report's amounts are sent by (中央下达…9056万元；省级下达资金804万元；市县下达资金
2040.56万元): an amount one level sends, where the text states what another level sends too and prints no total, is a
part of the transfer, never its whole. The reader never adds the parts up itself: the budget is then not read."""

from __future__ import annotations

import re

from jixiao.read.recognise.reportwords import AMOUNT

# a level of government sending money, as reports name it (上级 is not one: it says only "from above")
_LEVELS = r"中央|自治区|省级|省|州级|市级|市县|市|县级|县|区级|本级"
LEVEL = rf"(?:{_LEVELS}|上级)(?:财政)?"
# a level, the verb sending or adding money, then (within its clause, no other amount between) the amount
_SENT = re.compile(rf"(?P<level>{_LEVELS})(?:财政)?(?:下达|安排|配套|补助|拨付)[^。;；\n\d,，、]{{0,30}}?{AMOUNT}")
_SAME = {"省级": "省", "市级": "市", "县级": "县", "区级": "区", "州级": "州"}


def one_level(text: str, at: int) -> bool:
    """The amount standing at ``at`` is stated as one level's (中央下达…X万元) where the text states amounts sent by
    another level as well (省级下达…Y万元): one part of the transfer."""
    return at in one_level_at(text)


def one_level_at(text: str) -> set[int]:
    """Where every amount stated as one level's stands, where the text states amounts of two levels or more (none
    otherwise): made in one pass, for a reader that asks of many amounts."""
    sent = [(_SAME.get(m.group("level"), m.group("level")), m.start(2)) for m in _SENT.finditer(text)]
    return {start for _, start in sent} if len({level for level, _ in sent}) > 1 else set()

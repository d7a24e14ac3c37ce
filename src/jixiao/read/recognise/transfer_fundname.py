"""The budget of the fund a transfer report's title names (``transfer_prose._budget``), where the text grants several.

A county's report on one fund (**河县2023年度中央水利发展资金绩效自评报告) may recite every grant it got that year for
the same works: the fund's (下达…2023年中央水利发展资金2263万元), a matching grant's (下达…资金791万元), a province's
(…5万元). No word of total says which is the report's; its title does: the amount granted under the title's own fund
name (the words before 资金/经费, the year and the place cut off) is the budget, where every clause granting that fund
by name states the same amount. A clause that spends, pays or receives it (支出/拨付/到位 …) grants nothing.
"""

from __future__ import annotations

import re

from jixiao.core.numbers import parse_decimal
from jixiao.read.recognise.reportwords import AMOUNT, money
from jixiao.read.recognise.transfer_text import Flat

# the title's fund: the words ending in 资金/经费 just before 绩效/使用/区域 (…2023年度中央水利发展资金 ⏎ 绩效自评报告)
_TITLED = re.compile(r"([^\s。,，;；:：《》“”\"()（）]{2,30}?(?:资金|经费))\s*(?:\(\S{0,12}\)\s*)?(?:绩效|使用|区域)")
_PREFIX = re.compile(r".*(?:年度|年|县|市|区|旗|州|省|局|关于)")  # the year, the place, the writer before the name
_MIN_NAME = 4  # characters of the name at least (示例资金), so a bare 资金 is never the fund
_GRANTS = re.compile(r"下达|安排|批复|分配|获得|争取|收到|落实")
_ACTS = re.compile(r"支出|支付|使用|执行|拨付|到位|兑付|发放|结余|结转|完成")
_CLAUSE_END = re.compile(r"[,，。;；\n]")


def fund_name(title: str) -> str | None:
    """The fund the title names, without its year, place or writer (中央水利发展资金), or None."""
    m = _TITLED.search(title)
    if m is None:
        return None
    name = _PREFIX.sub("", m.group(1), count=1)
    return name if len(name) >= _MIN_NAME else None


def titled_budget(flat: Flat, title: str | None) -> tuple[str, int, str | None] | None:
    """(the amount, where it stands, its unit) granted under the title's fund name, the same in every clause that
    grants it by name; None where the title names no fund, no clause grants it, or the clauses disagree."""
    name = fund_name(title or "")
    if name is None:
        return None
    said = re.compile(re.escape(name) + r"(?:预算)?(?:共计|合计|共|为)?\s*" + AMOUNT)
    found = []
    for m in said.finditer(flat.text):
        ends = [e.end() for e in _CLAUSE_END.finditer(flat.text, max(0, m.start() - 60), m.start())]
        clause = flat.text[ends[-1] if ends else max(0, m.start() - 60):m.start()]
        if _GRANTS.search(clause) and not _ACTS.search(clause):
            found.append((m.group(1).replace(",", ""), m.start(1), money(m.group(2))))
    if not found or len({(parse_decimal(v), u) for v, _, u in found}) != 1:
        return None
    return found[0]

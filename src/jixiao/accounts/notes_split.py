"""A 说明's spending lines stated with their split into 基本支出 and 项目支出 ("机构运行1100910.5元,其中:基本支出
1100910.5元,项目支出0元。", "2.行政事业单位离退休522万元,其中:基本支出522万元"): the line is named by the words of
its clause before the amount (``accounts.kind_split.clause_label``: a 款 or 项 of the functional classification, with
or without its code), for the split after the amount says it is a spending line. The notes reader names the lines it
knows by their words; without this it read only the split, the line's own figure left under the name 基本支出."""

from __future__ import annotations

import re
from collections.abc import Iterator

from jixiao.accounts.kind_split import clause_label
from jixiao.accounts.prose import NUMBER_START

# an amount, then its 其中 opening with a kind's own amount (not "其中:基本支出增加…", a change)
SPLIT = re.compile(NUMBER_START + r"(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)\s*[,，]?\s*其中\s*[:：]?\s*(?:基本支出|项目支出)"
                   r"(?:预算)?\s*(?:为|是)?\s*\d")
# words that make the clause a change or a comparison, not a line's name; digits (a year) are no line's
_NOT_NAME = re.compile(r"[\d%]|[比较]上年|同比|增加|减少|增长|下降|其中|合计|总计")
_LONGEST = 30


def split_lines(text: str) -> Iterator[tuple[str, str, str, int]]:
    """(name, amount, unit, where the amount stands) of each line stated with its 其中 split in ``text``."""
    for m in SPLIT.finditer(text):
        name = clause_label(text, m.start())
        if 2 <= len(name) <= _LONGEST and not _NOT_NAME.search(name):
            yield name, m.group(1), m.group(2), m.start()

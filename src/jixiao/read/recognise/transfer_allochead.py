"""The column model of a 转移支付 allocation table (资金分配表 / 安排表) and the cells it is read from.

The file's cells come in reading order, whatever layout they reached us in (pipe rows, one cell per line, rows
flattened to spaces; a dash or slash prints a blank cell, dropped as blank cells are). The header names the columns
(``column_kind``): 序号, the row's name (单位/地区/乡镇/县…), text columns (项目名称, 备注, 科目…) and amount columns, one
of which is the row's whole when it is named so (合计/小计/总计/金额/下达数…) or is the table's one amount column.
A column of counts, standards or areas (人数, 补助标准(元/人), 面积) is OTHER: its cells are read in their place, never
summed; any other amount column (中央资金, 耕地地力保护) is a PART, summed only where the table's own arithmetic shows
the parts make the whole (``transfer_allocsum.Grid.parts_hold``).
A bare 其中 over the parts names no column (AMONG), nor does a caption over the 合计 and its parts (本次下达中央财政补助金额
⏎ 合计 ⏎ 一般预算 …: the first money label, right before a 合计 label that other amount labels follow).
``header`` finds where the labels end and the first row the header describes begins.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

from jixiao.core.numbers import AMOUNT_CELL as _NUM
from jixiao.core.numbers import normalize_text, parse_decimal
from jixiao.core.table import Cell
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import is_dash
from jixiao.read.recognise.tokens import in_reading_order

SEQ, NAME, TEXT, WHOLE, PART, OTHER, AMONG = "seq", "name", "text", "whole", "part", "other", "among"
NUMERIC = (WHOLE, PART, OTHER)  # the columns whose cells are numbers, in the order a row prints them
_SEQ = re.compile(r"^(?:序号|编号|序)$")
_WHOLE = re.compile(r"^(?:[一-龥]{0,6}(?:合计|小计|总计|总额)|金额|资金|资金数|资金额|下达数|下达资金|分配数|分配资金|安排数|"
                    r"安排资金|补助资金|补助金额|分配金额|安排金额|下达金额|资金金额|预算数|预算金额|金额合计|资金合计|"
                    r"(?:合计|小计|总计)(?:下达|安排|分配|金额|资金|数){1,2})$")  # (合计下达, 合计金额, 小计资金)
_TEXT = re.compile(r"项目名称|项目内容|建设内容|用途|备注|说明|科目|代码|编码|绩效目标|地点|主管部门|资金来源|文号|类别")
_NAME = re.compile(r"单位|地区|区域|县|市|区|乡镇|镇|街道|村|名称|项目|学校|医院|部门")
# after the name: a column saying who carries the row out, where, what, for whom, when (实施单位, 建设地点, 建设规模,
# 补助对象, 实施期限): text, never an amount
_ABOUT = re.compile(r"单位|地点|地址|规模|内容|对象|性质|方式|期限|时间|年限|负责人|联系人|乡镇|村")
_NOT_MONEY = re.compile(r"人数|户数|人次|人口|个数|数量|标准|面积|亩|单价|比例|比重|系数|[^资]率|^率|因素|得分|权重|"
                        r"里程|公里|[元人户亩]/|/[人户亩年月]")
_MONEY_WORDS = re.compile(r"资金|金额|补助|合计|小计|总计|中央|省级|市级|县级|下达|分配|安排|预算数|万元|元")
TOTAL_LABEL = re.compile(r"^(?:全[省市县区州旗]|[一-龥]{0,6})?(?:合计|总计)$")
# a place's 小计 opening the rows (东州市小计 | 2429): a row of a tree, though 小计 names a column too
GROUP_TOTAL = re.compile(r"^(?!全)[一-龥]{2,8}小计$")
STOP = re.compile(r"^(?:附件|附表|注[:：]|说明[:：]|填表|联系人|制表|审核|单位[:：]|金额单位|支出功能|经济科目|功能科目)|"
                   r"绩效目标表|绩效自评表")
_UNIT = re.compile(r"(?:单位\s*[:：]\s*|[(（])(万元|亿元|元)")
# a header cell's unit printed on a line of its own under the label (一般项目 ⏎ (万元)): the label's, no column
_UNIT_ONLY = re.compile(r"^[(（](?:单位[:：])?(?:万元|亿元|元)[)）]$")
_DATE = re.compile(r"\d{4}年\d{1,2}月|\d{1,2}月\d{1,2}日")
_AMOUNT_UNIT = re.compile(r"(?<=\d)(?:万元|元)$")
_REMARK = re.compile(r"(?<=\d)[(（](?:其中|含|包括)[^()（）]{0,40}[)）]$")
INT = re.compile(r"^\d{1,3}$")
_CELL_SPLIT = re.compile(r"\s*\|\s*|\t+|\s{2,}")
_CJK = re.compile(r"[一-龥]")
_YEAR = re.compile(r"^\d{4}年(?:度)?")
HEADER_SPAN = 16  # cells of a header before its first row
_TITLED_SEQ = re.compile(r"(?:表|清单|明细|方案)\s*(?:序号|编号)$")


def column_kind(label: str, named: bool) -> str:
    """What a header label names; ``named``: the row's name column was met already."""
    # (the year a column is for names no kind: 2017年补助金额 is the 补助金额 column)
    t = _YEAR.sub("", re.sub(r"[(（][^)）]{0,20}[)）]", "", label))
    if _SEQ.match(t) or _TITLED_SEQ.search(t):
        return SEQ  # (the table's title run into its first label, the lines run together: …分配表和任务清单 序号)
    if _WHOLE.match(t):
        return WHOLE
    if _TEXT.search(t) and not (not named and t in ("项目", "项目名称")):
        return TEXT
    if not named and _NAME.search(t) and not _MONEY_WORDS.search(t):
        return NAME
    if named and _ABOUT.search(t) and not _MONEY_WORDS.search(t):
        return TEXT  # who carries the row out, where, what (实施单位, 建设地点, 建设规模): text beside the name
    if t == "其中":
        return AMONG
    if _NOT_MONEY.search(label):
        return OTHER  # a count, a standard, an area: never a part of the row's amount
    return PART  # money (中央资金), or a use (耕地地力保护): summed only where the table's arithmetic says so


def names_money(label: str) -> bool:
    """The label names money (中央资金, 省级补助, 金额(万元)), not a use (耕地地力保护)."""
    return bool(_MONEY_WORDS.search(label))


def cells(fr: FileRead, from_line: int) -> list[Cell]:
    """The file's cells from line ``from_line`` on, in reading order: a body line's pipes, tabs and wide gaps
    separate cells, a gap between a name and a number too; a wrap inside a Chinese label is closed; a cell that
    is only a dash (—, -, /) is a blank one, dropped as blank cells are. A table given one cell a line (修武 |)
    that prints its blank cells as a lone "|" keeps them, as cells of no text (``BLANK``): where they stand says
    which column each amount is in; so does a dash alone on its line there (- |). The document's first line printed
    again is a page's running header, left out."""
    out: list[Cell] = []
    items = [(text, src) for text, src in in_reading_order(fr) if (src.line or 0) >= from_line]
    per_line = Counter(src.line for _, src in items)
    after_cell = False  # the line before was a table's cell (or a blank printed after one)
    lone = any(text.strip() == "|" and prev.cell is not None for (text, _), (_, prev) in zip(items[1:], items))
    title = next(((text.strip(), src.line) for text, src in in_reading_order(fr) if text.strip()), None)
    for text, src in items:
        if title is not None and text.strip() == title[0] and src.line != title[1]:
            continue  # the document's first line printed again: a page's running header, no cell
        if text.strip() == "|":
            if after_cell:
                out.append(Cell(BLANK, src))
            continue
        after_cell = src.cell is not None
        if lone and after_cell and per_line[src.line] == 1 and is_dash(text.strip().strip("|").strip()):
            out.append(Cell(BLANK, src))
            continue
        for piece in _CELL_SPLIT.split(normalize_text(text).strip().strip("|")):
            for word in _words(piece.strip()):
                if _UNIT_ONLY.match(word) and out and out[-1].text != BLANK and num(out[-1]) is None:
                    out[-1] = Cell(out[-1].text + word, out[-1].source)  # a label's unit wrapped under it
                elif word and not is_dash(word):  # a dash or slash prints a blank cell
                    out.append(Cell(word, src))
    return out


BLANK = ""  # a blank cell the table prints (a lone "|"), kept in its place


def _words(piece: str) -> list[str]:
    """A piece of a line as cells: words apart are cells (a row flattened to spaces: 县林业局 3454 4), but a label
    printed letter-spaced (项 目 名 称) is one."""
    words = piece.split()
    if len(words) > 1 and all(len(w) == 1 for w in words):
        return ["".join(words)]
    # … and so is a run of single Chinese characters among the words of a row flattened to spaces (县 区 名 称 资金额)
    out: list[str] = []
    run = False  # the last word of ``out`` is a run of letter-spaced characters
    for w in words:
        single = len(w) == 1 and _CJK.match(w) is not None
        if single and run:
            out[-1] += w
        else:
            out.append(w)
        run = single
    return [w for word in out for part in _two_labels(word) for w in _apart(part)]


# a place column's label and the money column's after it, letter-spaced side by side (乡 镇 金 额: 乡镇 | 金额)
_PLACE_MONEY = re.compile(r"^((?:乡镇|地区|县区|区县|县市|市县|单位)(?:名称)?)((?:分配|补助|下达|安排)?(?:金额|资金))$")


def _two_labels(word: str) -> list[str]:
    m = _PLACE_MONEY.match(word)
    return [m.group(1), m.group(2)] if m else [word]


# the labels that open or close a header row, never part of another column's name: where letter-spaced labels stood
# side by side (序 号 乡 镇 名 称, 省 级 补 助 备 注) they are told apart by them
_OPENS = re.compile(r"^(序号)(?=[一-龥]{2})")
_CLOSES = re.compile(r"(?<=[一-龥]{2})(备注|说明)$")


def _apart(word: str) -> list[str]:
    """A run of letter-spaced characters with the label that opens or closes a header row apart from it."""
    for edge in (_OPENS, _CLOSES):
        m = edge.search(word)
        if m is not None:
            return [x for x in (word[:m.start()], m.group(1), word[m.end():]) if x]
    return [word]


def num(cell: Cell) -> Decimal | None:
    """An amount cell's value (its unit printed after it dropped: 150万元; a remark in brackets after it that says what
    it holds: 10(其中,灾情因素6万元), 25(含结转5万元)); None for any other cell, and for a classification code read
    under a code column (``CodeCell``)."""
    if isinstance(cell, CodeCell):
        return None
    t = _AMOUNT_UNIT.sub("", _REMARK.sub("", cell.text.replace(" ", "")))
    return parse_decimal(t) if _NUM.match(t) else None


class CodeCell(Cell):
    """A cell under a code column (政府经济分类科目, 功能科目, 项目代码) that prints a classification code (51301,
    2130505): text, never an amount."""


# a classification code: 功能分类 (2130505, 21305) or 经济分类 (51301, 30299), printed bare
_CODE = re.compile(r"^[235]\d{4}(?:\d{2})?$")
CODE_COLUMN = re.compile(r"科目|代码|编码")
# the label alone of a code column (经济科目编码, 支出功能科目), which opens a notice's own line too (经济科目:…)
_CODE_LABEL = re.compile(r"^(?:政府)?(?:支出)?(?:经济|功能)(?:分类)?科目(?:编码|代码)?$")


def as_codes(cells: list[Cell]) -> list[Cell]:
    """``cells`` with each bare classification code (``_CODE``) as a ``CodeCell``: for the rows of a table whose
    header names a code column, wherever the column stands (before the amounts or after them)."""
    return [CodeCell(c.text, c.source, c.merged) if _CODE.match(c.text) else c for c in cells]



def _kinds(labels: list[str]) -> list[str]:
    kinds: list[str] = []
    for t in labels:
        kinds.append(column_kind(t, NAME in kinds))
    first = next((i for i, x in enumerate(kinds) if x in NUMERIC), None)
    if first is not None and first + 1 < len(labels) and kinds[first] == PART and labels[first + 1] == "合计" \
            and sum(x in NUMERIC for x in kinds[first + 2:]) >= 2:
        kinds[first] = AMONG  # the caption over the 合计 and its parts, no column of its own
    return kinds


def unit_of(text: str) -> str | None:
    """The money unit a table's title block or header states (单位:万元, 金额单位:元, 补助资金(万元)), if one."""
    m = _UNIT.search(text)
    return m.group(1) if m else None


def whole_of(kinds: list[str]) -> int | None:
    """Where the row's whole stands among the numeric columns: the column so named, or the table's one money column;
    None when several money columns and none named the whole."""
    numeric = [k for k in kinds if k in NUMERIC]
    if WHOLE in numeric:
        return numeric.index(WHOLE)
    money = [k for k, x in enumerate(numeric) if x == PART]
    return money[0] if len(money) == 1 else None


def whole_at(kinds: list[str]) -> int:
    """``whole_of``, the first money column where none is named the whole."""
    at = whole_of(kinds)
    return at if at is not None else next((k for k, x in enumerate(x for x in kinds if x in NUMERIC) if x == PART), 0)


def mid_texts(kinds: list[str]) -> int:
    """The text columns between the row's name and its first amount (项目名称)."""
    first_amount = next(i for i, x in enumerate(kinds) if x in NUMERIC)
    return sum(1 for x in kinds[kinds.index(NAME) + 1:first_amount] if x == TEXT)


def _a_label(text: str) -> bool:
    """A cell that names a column (省级资金, 备注, 合计): the header goes on, it is no row's name."""
    t = re.sub(r"[(（][^)）]{0,20}[)）]", "", text)
    return bool(_SEQ.match(t) or _WHOLE.match(t) or _TEXT.search(t) or _MONEY_WORDS.search(t))


def row_at(all_cells: list[Cell], j: int, mid: int) -> bool:
    """A row starts at cell ``j``: a name (no number, no 合计), at most ``mid`` text cells, then an amount; or the
    合计 row (its label, then an amount). Blank cells printed (``BLANK``) before the amount are no text: a row's
    blank amount cells (焦作林场 | | 10)."""
    if j >= len(all_cells) or all_cells[j].text == BLANK or num(all_cells[j]) is not None \
            or STOP.search(all_cells[j].text):
        return False
    if TOTAL_LABEL.match(all_cells[j].text):
        return j + 1 < len(all_cells) and num(all_cells[j + 1]) is not None
    k = j + 1
    texts = 0
    while k < len(all_cells) and num(all_cells[k]) is None:
        texts += all_cells[k].text != BLANK
        if texts > mid or k - j > HEADER_SPAN or TOTAL_LABEL.match(all_cells[k].text) or STOP.search(all_cells[k].text):
            return False
        k += 1
    return k < len(all_cells)


def _numbered_after(all_cells: list[Cell], e: int, kinds: list[str], mid: int) -> bool:
    """The 合计 row printed first at ``e`` under a header whose 序号 column is unlabelled: its amounts (one for each
    amount column) are followed by 1 and a row (合计 | 263 | 200 | 778.1 | 1 | 东坝乡 …)."""
    if not TOTAL_LABEL.match(all_cells[e].text):
        return False
    j = e + 1 + sum(1 for x in kinds if x in NUMERIC)
    return j < len(all_cells) and all(num(c) is not None for c in all_cells[e + 1 : j]) and num(all_cells[j]) == 1 \
        and bool(INT.match(all_cells[j].text)) and row_at(all_cells, j + 1, mid)


def header(all_cells: list[Cell], h: int) -> tuple[list[str], int] | None:
    """The column kinds from cell ``h`` (a 序号 or name label) up to the first row, and where the rows start: the
    first end of the labels after which the cells read as a row the header describes."""
    if column_kind(all_cells[h].text, False) not in (SEQ, NAME):
        return None
    for e in range(h + 2, min(len(all_cells), h + HEADER_SPAN)):
        c = all_cells[e - 1]
        if num(c) is not None or STOP.search(c.text) and not _CODE_LABEL.match(c.text) or _DATE.search(c.text):
            return None  # a header holds no number: a notice's lines, not a header (a code column's label is one)
        kinds = _kinds([x.text for x in all_cells[h:e]])
        labels = [x.text for x in all_cells[h:e]]
        if NAME not in kinds or SEQ in kinds[1:] or not any(
                x == WHOLE or (x == PART and _MONEY_WORDS.search(t)) for x, t in zip(kinds, labels)):
            continue
        mid = mid_texts(kinds)
        numbered = num(all_cells[e]) == 1 and INT.match(all_cells[e].text) and row_at(all_cells, e + 1, mid)
        if kinds[0] == SEQ and TOTAL_LABEL.match(all_cells[e].text) is None:
            if numbered:
                return kinds, e
        elif row_at(all_cells, e, mid) and (TOTAL_LABEL.match(all_cells[e].text) or GROUP_TOTAL.match(all_cells[e].text)
                                            or not _a_label(all_cells[e].text)):
            return ([SEQ, *kinds] if kinds[0] != SEQ and _numbered_after(all_cells, e, kinds, mid) else kinds), e
        elif numbered:  # rows numbered 1, 2 … under a header that names no 序号 column
            return [SEQ, *kinds], e
    return None


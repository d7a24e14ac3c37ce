"""Place the rows of a department score table: each cell into the field of an indicator, or a located problem.

A row with an indicator code is placed from its code cell (``read_row``: the deepest code is the row's own
indicator, shallower ones label its ancestors, the cells after the weight fill the header's content columns);
a row without one continues the row above, aligned to the header from the right; a 合计 row gives a total or a
score table's subtotal; ``read_summary`` reads 表3-0-1's first- and second-level scores. ``ancestor_code``
gives an indicator's ancestor at a level (A1031 → A1, A103).
"""

from __future__ import annotations

import re

from jixiao.core.numbers import parse_decimal
from jixiao.core.records import MISSING, Val
from jixiao.core.source import Source
from jixiao.core.table import Cell
from jixiao.read.recognise.common import squash
from jixiao.read.recognise.dept_state import LEVEL_FIELDS, Header, Node, State, clean_text, join_text

# A code cell: letter, up to four digits, then the name ("A11中长期规划", "B 部门管理", "A1031 部门…").
_CODE = re.compile(r"^([A-Z])(\d{0,4})(?![A-Za-z\d.])\s*(.*)$", re.S)
_DASH = re.compile(r"^[-—–―_]+$")
_TOTAL_WORDS = ("合计", "总计", "总分")
_TEXT_FIELDS = ("standard", "rule_text", "evidence", "explanation")


def code_of(cell: Cell) -> tuple[str, str] | None:
    m = _CODE.match(cell.text.strip())
    if not m or not m.group(3).strip():
        return None
    rest = m.group(3).strip()
    if rest[0].isascii() and rest[0] not in '"“(（':
        return None
    return m.group(1) + m.group(2), rest


def _num(cell: Cell) -> Val:
    """A number cell as read: the Decimal (None when the text is not one number) and the text as printed."""
    return Val(parse_decimal(cell.text), cell.text.strip(), cell.source)


def _numbers(row: list[Cell]) -> list[Cell]:
    """The cells of a row that hold a number and not a rate (a "%" is a 得分率, never a score or weight)."""
    return [c for c in row if parse_decimal(c.text) is not None and "%" not in c.text]


def _weight_after(row: list[Cell], k: int) -> int | None:
    """Index of the weight cell after the code cell ``k``: the next non-blank cell, when a number."""
    for j in range(k + 1, len(row)):
        if row[j].blank:
            continue
        return j if parse_decimal(row[j].text) is not None else None
    return None


def read_row(st: State, hd: Header, row: list[Cell], last: Node | None) -> Node | None:
    """Place one row; returns the indicator the next continuation row belongs to."""
    limit = hd.first_content()
    codes = [(i, c) for i, cell in enumerate(row[: limit + 1]) if (c := code_of(cell))]
    # The row's own indicator: the deepest code; shallower codes are labels of its ancestors.
    if not codes:
        if any(squash(c.text) in _TOTAL_WORDS for c in row[:3]):
            _read_total(st, hd, row, last)
            return last
        _continue(st, hd, row, last)
        return last
    codes.sort(key=lambda ic: st.node(ic[1][0]).level)
    own_index, (own_code, _) = codes[-1]
    own = st.node(own_code)
    if own.row_source is None:
        own.row_source = Source(st.file, row[own_index].source.line)
    if st.first_line is None:
        st.first_line = row[own_index].source.line
    if "score" in hd.fields and own.score_row is None:
        own.score_row = Source(st.file, row[own_index].source.line)
    defining = hd.kind in ("full", "system")
    for i, (code, name) in codes:
        nd = st.node(code)
        if not nd.raw:
            nd.append_name(name, row[i].source)
        nd.defined = nd.defined or defining
        w = _weight_after(row, i)
        if w is not None:
            _set(st, nd, "weight", _num(row[w]))
    # Label fragments left of the own code: wrapped or vertically centred parts of ancestor labels.
    col = hd.level_column(own.level)
    shift = (own_index if col is None else col) - own_index
    for i in range(own_index):
        if row[i].blank or any(i == j for j, _ in codes):
            continue
        col = i + shift
        fld = hd.fields[col] if 0 <= col < hd.width else None
        if fld in LEVEL_FIELDS:
            _append_label(st, own, LEVEL_FIELDS.index(fld) + 1, row[i], defining)
    # The cells after the weight: the content columns of the header, in order.
    w = _weight_after(row, own_index)
    start = (w if w is not None else own_index) + 1
    if w is None:
        st.problem(
            f"指标{own_code}的权重未能读出",
            f"the weight of indicator {own_code} could not be read",
            row[own_index].source,
        )
    _read_tail(st, hd, own, row[start:])
    return own


def _read_tail(st: State, hd: Header, own: Node, tail: list[Cell]) -> None:
    expected = hd.fields[hd.first_content() :]
    deepest = max((i + 1 for i, f in enumerate(LEVEL_FIELDS) if f in hd.fields), default=own.level)
    if own.level < deepest:  # the deeper level's columns hold dashes ("——") on this row
        tail = [c for c in tail if not _DASH.match(c.text.strip())]
    while len(tail) > len(expected) and tail and tail[-1].blank:
        tail = tail[:-1]
    while len(tail) > len(expected) and tail and tail[0].blank:
        tail = tail[1:]
    if len(tail) > len(expected):
        for c in tail[len(expected) :]:
            if not c.blank:
                st.problem(
                    f"指标{own.code}所在行多出的单元格无法归位：{c.text.strip()[:30]}",
                    f"an extra cell on the row of indicator {own.code} cannot be placed",
                    c.source,
                )
    for fld, cell in zip(expected, tail):
        if fld is None or cell.blank:
            continue
        if fld == "score":
            _set(st, own, "score", _score(st, own, cell))
        elif fld in _TEXT_FIELDS:
            _append_field(own, fld, cell)


def _score(st: State, own: Node, cell: Cell) -> Val:
    """The 得分 cell of a row; a text that is neither a number nor a dash is a located problem."""
    val = _num(cell)
    if val.value is None and not _DASH.match(val.text or ""):
        st.problem(
            f"指标{own.code}的得分不是数字：{val.text}",
            f"the score of indicator {own.code} is not a number: {val.text}",
            cell.source,
        )
    return val


def _set(st: State, nd: Node, fld: str, val: Val) -> None:
    current = nd.weight if fld == "weight" else nd.fields.get(fld, MISSING)
    if current.value is not None and val.value is not None and current.value != val.value:
        st.problem(
            f"指标{nd.code}的{'权重' if fld == 'weight' else '得分'}前后不一致：{current.text}（{current.source}）与{val.text}",
            f"indicator {nd.code}: {fld} {current.text} ({current.source}) differs from {val.text}",
            val.source,
        )
        return
    if current.value is not None:
        return
    if fld == "weight":
        nd.weight = val
    else:
        nd.fields[fld] = val


def _append_field(nd: Node, fld: str, cell: Cell) -> None:
    text = cell.text.strip()
    old = nd.fields.get(fld)
    if old is None or old.value is None:
        nd.fields[fld] = Val(clean_text(text), text, cell.source)
        return
    raw = join_text(old.text or "", text)
    nd.fields[fld] = Val(clean_text(raw), raw, old.source)


def _append_label(st: State, own: Node, level: int, cell: Cell, defining: bool) -> None:
    """A fragment of a label; a score table's fragments are dropped where a defining table named it, and
    so are the repeats a merged range leaves on the rows it covers (xlsx, docx, pdf)."""
    if cell.merged:
        return
    code = ancestor_code(own.code, level)
    if code is None:
        st.problem(f"无法归位的单元格：{cell.text.strip()[:30]}", "a cell that cannot be placed", cell.source)
        return
    nd = st.node(code)
    if defining or not nd.defined:
        nd.append_name(cell.text.strip(), cell.source)


def ancestor_code(code: str, level: int) -> str | None:
    """The code of ``code``'s ancestor at ``level`` (A1031 → level 2: A1, level 3: A103)."""
    lengths = {1: 1, 2: 2}
    if level in lengths:
        return code[: lengths[level]]
    digits = len(code) - 1
    if level == 3:
        return code[:4] if digits >= 3 else code  # A103 (seed 003) or A11 (seed 002)
    if level == 4 and digits == 4:
        return code
    return None


def _continue(st: State, hd: Header, row: list[Cell], last: Node | None) -> None:
    """A row without a code: wrapped text of the row above, aligned to the header from the right."""
    cells = list(row)
    while len(cells) > hd.width and cells and cells[-1].blank:
        cells.pop()
    offset = hd.width - len(cells)
    for i, cell in enumerate(cells):
        if cell.blank:
            continue
        col = i + offset
        fld = hd.fields[col] if 0 <= col < hd.width else None
        if last is None or fld is None or fld in ("weight", "rate"):
            if last is not None and fld in ("weight", "rate") and not parse_decimal(cell.text):
                continue  # a "%" left over from a wrapped rate
            st.problem(
                f"无法归位的单元格：{cell.text.strip()[:30]}", "a cell that cannot be placed", cell.source
            )
            continue
        if fld in LEVEL_FIELDS:
            level = LEVEL_FIELDS.index(fld) + 1
            defining = hd.kind in ("full", "system")
            if level != last.level:
                _append_label(st, last, level, cell, defining)
            elif defining or not last.defined:
                last.append_name(cell.text.strip(), cell.source)
        elif fld in _TEXT_FIELDS:
            _append_field(last, fld, cell)
        elif fld == "score":
            _set(st, last, "score", _score(st, last, cell))


def _read_total(st: State, hd: Header, row: list[Cell], last: Node | None = None) -> None:
    """合计 row: the last number that is not a rate is the score (weights come first). A score table's total
    is the subtotal of the first-level indicator of the rows above it (表3-1 → A)."""
    if "score" not in hd.fields:
        return
    numbers = _numbers(row)
    if not numbers:
        return
    val = _num(numbers[-1])
    if hd.kind in ("summary", "full"):
        if st.total.value is None:
            st.total = val
            if len(numbers) >= 2:
                st.total_weight = _num(numbers[0])
    else:
        if last is not None:
            st.subtotals.setdefault(last.code[0], val)


def read_summary(st: State, hd: Header, rows: list[list[Cell]]) -> None:
    """表3-0-1: the score of each first- and second-level indicator, and the total."""
    for row in rows:
        if any(squash(c.text) in _TOTAL_WORDS for c in row[:3]):
            _read_total(st, hd, row)
            continue
        nums = _numbers(row)
        codes = [c for cell in row if (c := code_of(cell))]
        if len(nums) >= 2 and codes:
            code = max((c[0] for c in codes), key=len)
            st.level_scores[code] = _num(nums[1])

"""A form's funds block read by its labels' meaning alone (``bylabels``), whatever became of its table: the column
labels found wherever they stand (年初预算数 / 预算数 / 批复数, 执行数 / 实际支出, 执行率, 分值 / 权重, 得分, in any
order and wording, ``formspec.funds_column``), the row labels after them (年度资金总额, 当年财政拨款 …) and the numbers
that follow each row label in order, placed under the columns by the form's own arithmetic (``placement.place``: rate
= executed ÷ budget, score = weight × rate). A label followed at once by its own number (预算数：120 执行数：96) is
that number's column whatever the others. How each row was placed is said; a row read whole (one number a column,
each printed apart) is the only one whose arithmetic may be an error (``whole``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.core.records import Document, Problem, Val
from jixiao.read.recognise.common import problem
from jixiao.read.recognise.formspec import FUNDS_ROW_ZH, funds_column, funds_row
from jixiao.read.recognise.placement import MONEY, Item, Placed, judge, place
from jixiao.read.recognise.tokens import Token, is_value, number

_GAP = 3  # words (units, (A), (B/A)) that may stand between two column labels of one header
_AHEAD = 8  # words after the header in which its first row's label or numbers may start
HOW_ZH = {"as printed": "按标签顺序，数值与栏目一一对应", "by arithmetic": "按表内勾稽关系（执行率 = 执行数 ÷ 预算数，得分 = "
          "分值 × 执行率）确定", "by template": "按表式印定的分值确定", "label order": "各种放置均与勾稽关系不符，按标签顺序读取",
          "ambiguous": "有多种放置均符合勾稽关系，不一致的栏目未读取"}


@dataclass(slots=True)
class FundsReading:
    """What the funds block gave: where it ended, whether its total row was read whole, and what was said."""

    end: int = 0
    whole: bool = False
    problems: list[Problem] = field(default_factory=list)


def paren(text: str) -> bool:
    """A qualifier standing apart from its label: (A), (B/A), （万元）, 分*执行率)."""
    return text.startswith(("(", "（")) or text.endswith((")", "）")) and "(" not in text and "（" not in text


_MONEY = re.compile(r"(\d[\d,]*(?:\.\d+)?)(?:万元|元|万)")  # an amount printed with its unit (4753.66万元)
# a label and its number in one word (实际支出数：2646.17, 执行率(%):77.70%)
_GLUED = re.compile(r"([^\d:：]{2,16}?)[:：]?(\d[\d,]*(?:\.\d+)?%?)")
# the budget approved, under the words column_by_meaning leaves to a form's context (批复数 beside 执行数)
_BUDGET = re.compile(r"(?:财政|年度|全年)?(?:批复|预算安排|安排|下达)(?:预算)?(?:数|额|金额)|年度预算(?:数|额|金额)")


_QUALIFIED = re.compile(r"[(（][^()（）]{0,10}[)）][:：]?(\d[\d,]*(?:\.\d+)?%?)")  # (%):77.70%, its label's qualifier first


def _number_of(tok: Token) -> Token | None:
    """The number a word states, alone or after its label's qualifier ((%):77.70%), else None."""
    if number(tok.text) is not None:
        return tok
    m = _QUALIFIED.fullmatch(tok.text)
    return Token(m.group(1), tok.source) if m is not None else None


def column(text: str) -> str | None:
    """The funds column a label names by its meaning (``formspec.funds_column``), or the budget approved (批复数)."""
    return funds_column(text) or ("annual_budget" if _BUDGET.fullmatch(text) else None)


@dataclass(slots=True)
class Header:
    """The funds columns in the order their labels stand, where the header ends, the numbers printed right after
    their own label (a label–value layout), and the row labels met among the column labels (columns interleaved)."""

    columns: list[str]
    end: int
    own: dict[str, Token]
    rows: list[str]
    start: int = 0


def header(toks: list[Token], start: int, stop: int) -> Header | None:
    """The funds header from the first column label at or after ``start`` (before ``stop``); None when it names
    fewer than two columns."""
    at = next((k for k in range(start, stop) if column(toks[k].text) is not None
               or (m := _GLUED.fullmatch(toks[k].text)) is not None and column(m.group(1)) is not None), None)
    if at is None:
        return None
    columns: list[str] = []
    own: dict[str, Token] = {}
    rows: list[str] = []
    k, gap = at, 0
    while k < stop and gap <= _GAP:
        text = toks[k].text
        col = column(text)
        glued = _GLUED.fullmatch(text)
        if col is None and glued is not None and (col := column(glued.group(1))) is not None and col not in columns:
            columns.append(col)  # 实际支出数：2646.17, the label and its number one word
            own[col] = Token(glued.group(2), toks[k].source)
            gap = 0
        elif col is not None and col not in columns:
            columns.append(col)
            gap = 0
            nxt = k + 1 + (k + 1 < stop and paren(toks[k + 1].text) and _QUALIFIED.fullmatch(toks[k + 1].text) is None)
            mine = _number_of(toks[nxt]) if nxt < stop else None
            if mine is not None and (own or nxt + 1 >= stop or not is_value(toks[nxt + 1].text)):
                own[col] = mine  # 执行数：96 then the next label: the number under its own label
                k = nxt
        elif col is not None:
            break
        elif is_value(text) or _MONEY.fullmatch(text):
            if not own or k == 0 or is_value(toks[k - 1].text):
                break
            gap += 1  # 到位数 6.84 among labels each followed by its number: a column the record has no field for
        elif (key := funds_row(text)) is not None:
            rows += [key] if key not in rows else []  # a row's label interleaved with the header's
        elif text != "其中":
            gap += 1
        k += 1
    return Header(columns, k, own, rows, at) if len(columns) >= 2 else None


_SURE = ("as printed", "by arithmetic")


def cut(texts: list[str], columns: list[str]) -> list[int]:
    """Rows run together into one run of more numbers than the header has columns: the lengths of the rows, each the
    longest run from where the last ended that the form's arithmetic places without doubt (``placement``); the rest,
    none of whose beginnings is so placed, is left."""
    out: list[int] = []
    i = 0
    while i < len(texts):
        m = next((m for m in range(min(len(columns), len(texts) - i), 1, -1)
                  if place(texts[i : i + m], columns, whole=True).how in _SURE), None)
        if m is None:
            break
        out.append(m)
        i += m
    return out


_BLANKS = frozenset(("—", "-", "－", "/", "——", "--", "─"))  # a cell printed blank


_LISTS = ("任务", "主要内容", "工作内容", "项目内容")  # the name columns of a table of tasks (年度重点工作任务)


def _listing(toks: list[Token], at: int) -> bool:
    """Whether the funds-like header at ``at`` heads a list of tasks (任务名称 | 主要内容 | 批复金额 | 实际支出): its
    name columns stand just before it."""
    return any(w in t.text for t in toks[max(0, at - _GAP - 1) : at] for w in _LISTS)


def _values(toks: list[Token], k: int, stop: int) -> tuple[list[Token | None], int]:
    """The numbers that follow position ``k`` in order (an amount without its unit; None for a cell printed blank,
    —; qualifiers in brackets passed over) and where they end."""
    out: list[Token | None] = []
    while k < stop:
        text = toks[k].text
        if is_value(text):
            out.append(toks[k])
        elif (m := _MONEY.fullmatch(text)) is not None:
            out.append(Token(m.group(1), toks[k].source))
        elif text in _BLANKS and out:
            out.append(None)
        elif not (paren(text) and not out):
            break
        k += 1
    return (out if any(t is not None for t in out) else []), k


def read_funds(toks: list[Token], doc: Document, start: int, stop: int) -> FundsReading | None:
    """The funds block between ``start`` and ``stop`` read into ``doc.funds``; None when it names no two columns."""
    found = header(toks, start, stop)
    while found is not None and _listing(toks, found.start):
        found = header(toks, found.end, stop)  # a table of tasks, each with its budget and spending: not the funds
    if found is None:
        return None
    columns, k, own = found.columns, found.end, found.own
    out = FundsReading(end=k)
    for col, tok in own.items():  # a label followed by its own number: that number is its column's
        setattr(doc.funds["total"], col, Val(number(tok.text), tok.text, tok.source))
    if own:
        out.whole = len(own) == len(columns)
        out.problems.append(problem("资金栏目按其标签后紧跟的数值读取", "funds columns read as the number right after "
                                    "their label", next(iter(own.values())).source))
        columns = [c for c in columns if c not in own]
        if not columns:
            return out
    rows: list[tuple[str, list[Token | None]]] = []
    queue = ["total", *(r for r in found.rows if r != "total")]  # the rows whose numbers follow unlabelled
    j = k
    while j < min(stop, k + _AHEAD + 40):
        key = funds_row(toks[j].text)
        found_cells, after = _values(toks, j + 1 if key else j, stop)
        if key is None and found_cells and not rows and j - k <= _AHEAD:
            # numbers right after the header: its total row (its label lost or printed among the header's), and
            # when they are more than its columns, the rows after it run together
            apart: list[Token | None] = [t for t in found_cells if t is not None]
            if len(found_cells) <= len(columns):
                lengths, apart = [len(found_cells)], found_cells
            else:
                lengths = cut([t.text for t in apart if t is not None], columns)
            at = 0
            for key, m in zip(queue, lengths):
                if key in doc.funds:
                    rows.append((key, apart[at : at + m]))
                at += m
            out.end = j = after
            continue
        if key is not None and found_cells and key not in dict(rows) and key in doc.funds:
            rows.append((key, found_cells))
            out.end = after
            j = after
            continue
        if rows and key is None and not found_cells and column(toks[j].text) is not None:
            break  # another block's header
        j += 1
    if own:  # the numbers after a label–value header are the total's other columns; no sub-row is read
        rows = [r for r in rows if r[0] == "total"]
    mine = {col: Item(tok.text, v) for col, tok in own.items() if (v := number(tok.text)) is not None}
    total: dict[str, Item] | None = None
    for key, cells in rows:
        nums = [t for t in cells if t is not None]
        texts = [t.text for t in nums]
        if len(cells) == len(columns) and len(nums) < len(cells):  # a blank cell printed (—): each under its column
            placed = Placed({c: Item(t.text, v) for c, t in zip(columns, cells) if t is not None
                             and (v := number(t.text)) is not None}, "as printed")
        else:
            placed = place(texts, columns, total if key != "total" else None)
        if mine and judge({**mine, **placed.values})[0]:
            placed.values, placed.how = {}, "label order"  # what fits no arithmetic with the labelled numbers
        by = {t.text: t for t in nums}
        for col, item in placed.values.items():
            tok = by.get(item.text, nums[0])
            setattr(doc.funds[key], col, Val(item.value, item.text, tok.source))
        if key == "total":
            total = {**mine, **placed.values}
        # whole: every row read one number a column, each printed apart (its arithmetic may then be an error)
        out.whole = (key == "total" or out.whole) and not own and len(nums) == len(columns) \
            and all(number(t) is not None for t in texts)
        note = HOW_ZH.get(placed.how, placed.how)
        undecided = f"（未读取：{'、'.join(placed.undecided)}）" if placed.undecided else ""
        out.problems.append(problem(
            f"{FUNDS_ROW_ZH.get(key, key)}行的{len(nums)}个数值放在{len(columns)}个栏目下：{note}{undecided}",
            f"the {key} row's {len(nums)} numbers placed under {len(columns)} columns: {placed.how}"
            + (f" (not read: {', '.join(placed.undecided)})" if placed.undecided else ""),
            nums[0].source))
    if "weight" not in columns and (said := label_weight(toks, found.start, out.end, doc)) is not None:
        out.problems.append(said)
    return out


_LABEL_POINTS = re.compile(r"[(（](\d{1,2}(?:\.\d)?)\s*(分)?")  # (20分), (20 分*执行率), (20 then 分) on the next word
_BEFORE = 6  # words before the funds header where its block's label (预算执行情况(20分)) may stand


def label_weight(toks: list[Token], start: int, end: int, doc: Document) -> Problem | None:
    """The execution block's weight printed in a label (预算执行情况(20分), 得分(20分*执行率)) where no column holds
    it: taken when the row's arithmetic does not contradict it (its score at most the weight, and the weight times
    the rate where both are read), and said."""
    row = doc.funds["total"]
    if row.weight.value is not None:
        return None
    for k in range(max(0, start - _BEFORE), min(end, len(toks))):
        m = _LABEL_POINTS.match(toks[k].text)
        if m is None or not (m.group(2) or k + 1 < end and toks[k + 1].text.startswith("分")):
            continue
        items = {c: Item(v.text or "", v.value) for c in MONEY + ("rate", "score")
                 if isinstance((v := getattr(row, c)).value, Decimal)}
        items["weight"] = Item(m.group(1), Decimal(m.group(1)))
        if judge(items)[0]:
            return None
        row.weight = Val(Decimal(m.group(1)), m.group(1), toks[k].source)
        return problem(f"执行分值{m.group(1)}取自标签“{toks[k].text}”", f"the execution weight {m.group(1)} read from "
                       f"the label '{toks[k].text}'", toks[k].source)
    return None

"""The funds block of a 转移支付 form read by meaning: column labels (with their letters and printed formulas),
row labels by fund source, and the numbers between one row label and the next.

Layouts met: the central transfer's self-evaluation form (资金投入情况: 全年预算数(A) 全年执行数(B)
预算执行率(B/A×100%); rows 年度资金总额, 其中:中央财政资金, 地方资金, 其他资金), the 2024 layout with 行次 and
列次 (全年预算数(A) … 预算执行(E/C×100%), a row number after each row label), and checklists that give
"年度预算资金总额: 1084.25 其中:中央补助 668.00 市级资金 343.00 …" for the whole and for each sub-programme
(the blocks after a 其中 are the whole's parts). Numbers are placed by the form's arithmetic
(``transfer_place``); what cannot be placed is missing with a located problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.core.records import Problem, Val
from jixiao.core.source import Source
from jixiao.read.recognise.common import problem
from jixiao.read.recognise.transfer_place import RATES, Placed, Relations, judge, place
from jixiao.read.recognise.transfer_text import BRACKETS, NUMBER, Flat
from jixiao.read.recognise.transfer_totalrow import by_sources, source_sums

COLUMN_LABELS: tuple[tuple[str, str], ...] = (
    ("扣除统筹整合资金后预算金额", "net_budget"), ("扣除统筹整合资金后预算数", "net_budget"),
    ("统筹整合资金数", "pooled"), ("统筹整合资金", "pooled"),
    ("全年到位资金", "arrived"), ("全年到位数", "arrived"),
    ("预算到位率", "arrival_rate"), ("资金到位率", "arrival_rate"), ("预算到位", "arrival_rate"),
    ("年初预算数", "initial_budget"),
    ("全年预算数", "annual_budget"), ("全年预算", "annual_budget"),
    ("全年执行资金", "executed"), ("全年执行数", "executed"), ("全年支出数", "executed"),
    ("预算执行率", "rate"), ("预算执行(?!情况)", "rate"), ("执行率", "rate"),
    # the plain words a county's form heads its columns with (预算数 | 执行数 | 执行率, 下达数 | 实际支出数 | 支出率)
    ("预算数", "annual_budget"), ("下达数", "annual_budget"),
    ("实际支出数", "executed"), ("支出数", "executed"), ("执行数", "executed"), ("支出率", "rate"), ("支出进度", "rate"),
    ("分值", "weight"), ("得分", "score"),
)
_COLUMN = re.compile("|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(COLUMN_LABELS)))
_LETTER = re.compile(r"^[(（]\s*([A-Z])\s*[)）]")
_FORMULA = re.compile(r"^[(（]\s*([A-Z])\s*/\s*([A-Z])")
ROW_LABELS: tuple[tuple[str, str], ...] = (
    # (合计 as a row's whole cell: the block's total row in a county's wording, never 合计 inside a longer label)
    (r"年度(?:预算)?资金总额|资金总额|(?<![一-龥])合计(?![一-龥])", "total"),
    # (each level in the words of its province: 中央直达资金; 州级/盟级 beside 市级, 旗级 beside 县级; 自筹 beside 其他)
    (r"中央(?:财政)?(?:补助|直达|专项)?资金|中央补助|中央财政(?!.{0,6}(?:下达|资金预算))", "central"),
    (r"省级(?:财政)?(?:补助|配套)?资金|省级补助|省级财政", "provincial"),
    (r"(?:市级|州级|盟级)(?:财政)?(?:补助|配套)?资金|(?:市级|州级|盟级)补助|(?:市级|州级|盟级)财政(?!部门|局)", "municipal"),
    (r"(?:县级|区级|旗级|本级)(?:财政)?(?:补助|配套)?资金|(?:县级|区级|旗级)补助|(?:县级|区级|旗级)财政(?!部门|局)",
     "own_level"),
    (r"地方(?:财政)?(?:配套)?资金|地方财政|市县(?:级)?(?:财政)?(?:配套)?资金", "local"),
    (r"其他资金|自筹资金", "other"),
)
_ROW = re.compile("|".join(f"(?P<r{i}>{p})" for i, (p, _) in enumerate(ROW_LABELS)))
ROW_ZH = {"total": "年度资金总额", "central": "中央资金", "provincial": "省级资金", "municipal": "市级资金",
          "own_level": "本级资金", "local": "地方资金", "other": "其他资金"}
COLUMN_ZH = {"initial_budget": "年初预算数", "annual_budget": "全年预算数", "pooled": "统筹整合资金数",
             "net_budget": "扣除统筹整合资金后预算金额", "arrived": "全年到位资金", "arrival_rate": "预算到位率",
             "executed": "全年执行数", "rate": "预算执行率", "weight": "分值", "score": "得分"}
# Where the funds block ends: the next block of the form.
END = re.compile(r"资金管理情况|资金管理|年度总体目标|总体目标|绩效指标|一级指标|分配科学性|资金下达|年度绩效目标|"
                 r"填报说明|注[:：]|预期目标|实际完成情况")
_NAME = re.compile(r"([^\s:：,，。;；]{2,40}?)[(（]万元[)）]\s*$")
_HEADER_GAP = 60  # characters between two column labels of one header
_ROW_NUMBER = re.compile(r"^\d{1,2}$")


@dataclass(slots=True)
class Column:
    key: str
    label: str
    letter: str | None = None
    formula: tuple[str, str] | None = None


@dataclass(slots=True)
class Block:
    """One funds block: its name (a sub-programme's, for the parts of a checklist), its rows by source key
    (column key → value), whether it is a part of the block before it, and the rows printed all blank."""

    name: str | None
    rows: dict[str, dict[str, Val]] = field(default_factory=dict)
    part: bool = False
    blank: list[str] = field(default_factory=list)
    source: Source | None = None
    unnamed: bool = False  # a row no fund source names printed numbers in the block: its sources do not make it up


@dataclass(slots=True)
class Header:
    start: int
    end: int
    columns: list[Column]
    row_numbers: bool  # 行次: each row label is followed by its row number


def headers(flat: Flat) -> list[Header]:
    """The funds headers of the text: runs of column labels, each close to the one before."""
    out: list[Header] = []
    cols: list[Column] = []
    start = end = -1
    for m in _COLUMN.finditer(flat.text):
        key = next(COLUMN_LABELS[int(g[1:])][1] for g, v in m.groupdict().items() if v is not None)
        after = flat.text[m.end():m.end() + 30]
        b = BRACKETS.match(after)
        note = b.group(0).strip() if b else ""
        letter = _LETTER.match(note)
        formula = _FORMULA.match(note)
        col = Column(key, m.group(0), letter.group(1) if letter else None,
                     (formula.group(1), formula.group(2)) if formula else None)
        if cols and (m.start() - end > _HEADER_GAP or NUMBER.search(_strip_brackets(flat.text[end:m.start()]))
                     or any(c.key == key for c in cols)):
            if _usable(cols):
                out.append(_header(flat, start, end, cols))
            cols = []
        if not cols:
            start = m.start()
        cols.append(col)
        end = m.end() + (b.end() if b else 0)
    if _usable(cols):
        out.append(_header(flat, start, end, cols))
    return out


def _strip_brackets(text: str) -> str:
    return BRACKETS.sub("", re.sub(r"列次[\s\d]*", "", text))


def _usable(cols: list[Column]) -> bool:
    keys = {c.key for c in cols}
    return len(cols) >= 2 and "annual_budget" in keys and bool(keys & {"executed", "rate"})


def _header(flat: Flat, start: int, end: int, cols: list[Column]) -> Header:
    before = flat.text[max(0, start - 12):start]
    return Header(start, end, cols, "行次" in before or "行次" in flat.text[start:end])


def relations(cols: list[Column]) -> Relations:
    """The relations the header prints: a rate's (X/Y×100%) by the columns' letters; else executed ÷ the
    budget (after 统筹整合 when the form deducts it); and 扣除统筹整合资金后 = 全年预算数 − 统筹整合资金数."""
    by_letter = {c.letter: c.key for c in cols if c.letter}
    keys = {c.key for c in cols}
    budget = "net_budget" if "net_budget" in keys else "annual_budget"
    rates: dict[str, tuple[str, str]] = {}
    for c in cols:
        if c.key not in RATES:
            continue
        if c.formula and c.formula[0] in by_letter and c.formula[1] in by_letter:
            rates[c.key] = (by_letter[c.formula[0]], by_letter[c.formula[1]])
        else:
            rates[c.key] = ("executed" if c.key == "rate" else "arrived", budget)
    diffs = (("net_budget", "annual_budget", "pooled"),) if {"net_budget", "annual_budget"} <= keys else ()
    return Relations(rates, diffs)


def _row_key(m: re.Match[str]) -> str:
    return next(ROW_LABELS[int(g[1:])][1] for g, v in m.groupdict().items() if v is not None)


def read_blocks(flat: Flat, start: int, stop: int, header: Header | None,
                problems: list[Problem]) -> list[Block]:
    """The funds blocks between ``start`` and ``stop``: each total row opens one, its source rows follow."""
    end = END.search(flat.text, start, stop)
    limit = end.start() if end else stop
    labels = [m for m in _ROW.finditer(flat.text, start, limit)]
    if header is not None:
        cols = [c.key for c in header.columns]
    else:  # a checklist: "年度预算资金总额: 1084.25", one amount a row
        cols = ["annual_budget"]
    rel = relations(header.columns) if header is not None else Relations()
    blocks: list[Block] = []
    unplaced: dict[int, list[tuple[str, Source]]] = {}  # a block's total row whose money was not placed: its numbers
    last = start
    for i, m in enumerate(labels):
        key = _row_key(m)
        following = labels[i + 1].start() if i + 1 < len(labels) else limit
        nxt = _row_end(flat.text, m.end(), following)
        if key == "total" or not blocks:
            pre = flat.text[last:m.start()]
            name = _NAME.search(pre.rstrip(" :：\n"))
            blocks.append(Block(name.group(1) if name else None, part=bool(blocks) and "其中" in pre,
                                source=flat.source_at(m.start())))
        block = blocks[-1]
        if key in block.rows:  # the same source twice in one block: a row of another table
            break
        if nxt < following and NUMBER.search(_strip_brackets(flat.text[nxt:following])):
            block.unnamed = True
        span_start = m.end()
        note = BRACKETS.match(flat.text, span_start)
        if note:
            span_start = note.end()
        found = _numbers(flat, span_start, nxt)
        texts = [(t, src) for t, src, _ in found]
        if header is not None and header.row_numbers and texts and _ROW_NUMBER.match(texts[0][0]):
            texts = texts[1:]
        total = {k: v.value for k, v in block.rows.get("total", {}).items() if isinstance(v.value, Decimal)}
        placed = place(texts, cols, rel, total if key != "total" else None)
        if header is not None and header.row_numbers and texts:
            texts, placed = _row_number_glued(texts, str(len(block.rows) + len(block.blank) + 1), cols, rel,
                                              total if key != "total" else None, placed)
        label_src = flat.source_at(m.start())
        if not texts:
            block.blank.append(key)
        elif not placed.values:
            shown = " ".join(t for t, _ in texts)
            shown = shown if len(shown) <= 60 else shown[:60] + "…"
            problems.append(problem(
                f"转移支付资金表“{ROW_ZH[key]}”行的数字（{shown}）无法按栏目确定位置，未读取",
                f"transfer funds row '{key}': its numbers ({shown}) cannot be placed under the columns; not read",
                label_src))
        elif placed.how in ("by arithmetic", "ambiguous", "inconsistent") or placed.undecided:
            problems.append(problem(
                f"转移支付资金表“{ROW_ZH[key]}”行：数字少于栏目或连写在一起，位置{_HOW_ZH[placed.how]}"
                + (f"；{'、'.join(COLUMN_ZH.get(k, k) for k in placed.undecided)}无法确定，未读取" if placed.undecided else ""),
                f"transfer funds row '{key}': fewer numbers than columns, or run together; placed {placed.how}"
                + (f"; {', '.join(placed.undecided)} left missing" if placed.undecided else ""), label_src))
        block.rows[key] = {k: Val(it.value, it.text, src) for k, (it, src) in placed.values.items()}
        if key == "total" and texts and (placed.how == "ambiguous" or not {"annual_budget", "executed"} <= set(
                placed.values)):
            unplaced[id(block)] = texts
        last = found[-1][2] if found else span_start  # a block's name and 其中 follow its last row's numbers
    for b in blocks:  # a total its own arithmetic could not place: by its sources' sums
        if id(b) in unplaced and not b.unnamed:
            got = by_sources(unplaced[id(b)], cols, source_sums(b.rows, b.blank))
            b.rows["total"].update(got)  # (over a placement its own arithmetic did not confirm)
            if got:
                rate = "rate" in got
                problems.append(problem(
                    "转移支付资金表“年度资金总额”行：数字连写且不合表内算术，全年预算数、全年执行数按各来源之和确定，"
                    + ("其后的数字读作执行率" if rate else "执行率未读取"),
                    "transfer funds row 'total': run together and not consistent in itself; the budget and spending "
                    "placed as the sources' sums, " + ("the digits after them read as the rate" if rate else
                                                       "the rate not read"), b.source))
                if not rate:
                    b.rows["total"].pop("rate", None)
    return [b for b in blocks if any(b.rows.values())]  # a block printed all blank (a template's) holds nothing


# a line that opens with a short label and then its numbers (on its line, or opening the next): another row, one no
# fund source names (彩票公益金用于… | 0 | 0, 上年结转资金 ⏎ 60), never a sentence's wrapped words
_OTHER_ROW = re.compile(r"\n[ \t|]*(?=[一-龥][^\n\d]{0,23}?[ \t|:：]*\n?[ \t|]*\d)")


def _row_end(text: str, start: int, end: int) -> int:
    """Where a row's numbers end: at the next row label, or before a line that opens with a label and its numbers
    once numbers were printed (a row of the block whose label names no fund source: its numbers are not this row's)."""
    first = NUMBER.search(text, start, end)
    if first is None or re.search(r"[一-龥]", _strip_brackets(text[start:first.start()])):
        return end  # (words between the label and its numbers: no row printed as one, nothing to part)
    for m in _OTHER_ROW.finditer(text, start, end):
        if m.start() > first.start():
            return m.start()
    return end


def _row_number_glued(texts: list[tuple[str, Source]], number: str, cols: list[str], rel: Relations,
                      total: dict[str, Decimal] | None, placed: Placed) -> tuple[list[tuple[str, Source]], Placed]:
    """A row whose 行次 ran into its first amount (1580.41 for 行次 1 and 580.41): read without it when that reading
    is consistent and the form's arithmetic confirms more of it than of the row read as printed."""
    first, src = texts[0]
    if not first.startswith(number) or len(first) <= len(number) or not first[len(number)].isdigit():
        return texts, placed
    rest = [(first[len(number):], src), *texts[1:]]
    other = place(rest, cols, rel, total)

    def score(p: Placed) -> tuple[int, int]:
        return judge({k: it for k, (it, _) in p.values.items()}, rel, total) if p.values else (1, 0)

    (bad, good), (bad0, good0) = score(other), score(placed)
    if bad == 0 and not other.undecided and (bad0 > 0 or good > good0):
        return rest, other
    return texts, placed


_HOW_ZH = {"by arithmetic": "按表内算术关系确定", "ambiguous": "无法唯一确定",
           "inconsistent": "按唯一的一种排法读取（该行算术不一致）"}


def _numbers(flat: Flat, a: int, b: int) -> list[tuple[str, Source, int]]:
    """The numbers printed between two offsets, each with its source and end; bracketed notes and 列次 are
    skipped."""
    out: list[tuple[str, Source, int]] = []
    pos = a
    text = flat.text
    while pos < b:
        br = BRACKETS.search(text, pos, b)
        stop = br.start() if br else b
        for n in NUMBER.finditer(text, pos, stop):
            if re.search(r"列次\s*$", text[max(a, n.start() - 4):n.start()]):
                break
            out.append((n.group(0).replace(",", ""), flat.source_at(n.start()), n.end()))
        pos = br.end() if br else b
    return out

"""Department score tables (评分表 with 分值 and 评分标准 / 计分标准 / 评分依据 columns) read from their text by
anchors, when no table holds them (one cell per line, rows flattened to spaces).

The header is found by its labels (``scoretable_header``); then each scored row is a name followed by its
weight (a number), the texts of the explanation and scoring-standard columns, and its score: the first number
after those texts, whatever its size (a score above the weight is the document's mistake, for the audit to
say). Level labels carry their weight (``预算编制(30分)``, or wrapped: ``部门预`` ``算管理`` ``80分)``). The rows
become a ``dept_evaluation`` document whose level labels keep their weights, so the audit's tree checks apply;
a table not closed by its total row is marked half-read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from jixiao.core.records import Document, IndicatorRow, Problem, Val
from jixiao.core.source import Source
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import close_by_total, find_year, problem
from jixiao.read.recognise.gradebands import grade_after
from jixiao.read.recognise.rulewords import NAME_COLUMNS, WEIGHTS
from jixiao.read.recognise.scoregroups import fold_groups
from jixiao.read.recognise.scoretable_header import (
    HEADER_WORDS,
    RULE_STANDARD,
    STANDARD,
    split_glued_name,
    without_grades,
)
from jixiao.read.recognise.scoretable_header import SENTENCE as _SENTENCE
from jixiao.read.recognise.scoretable_header import header_end as _header_end
from jixiao.read.recognise.scoretable_header import name_before_rule as _name_before_rule
from jixiao.read.recognise.scoretable_header import rule_first as _rule_first
from jixiao.read.recognise.scoretable_header import text_columns as _text_columns
from jixiao.read.recognise.scoretable_rules import AWARDED, TOTAL, RuleRows, row_name
from jixiao.read.recognise.scoretable_rules import LEVEL as _LEVEL
from jixiao.read.recognise.scoretable_rules import plain as _plain
from jixiao.read.recognise.scoretable_rules import points as _points
from jixiao.read.recognise.tokens import Token, stream

TYPE = "dept_evaluation"
# a level label's list mark (一、预算编制(20分), 二 / 预算执行 / (30分) where the text split it off): not its name
_MARK = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]?|\d+[、.．]|[(（][一二三四五六七八九十\d]+[)）])\s*")
RULES = "assessment_rules"  # a table of 分值 and 评分标准 without scores
_POINTS_ONLY = re.compile(r"[(（]?\d+(?:\.\d+)?分[)）]?")  # (10分): a weight's mark, never a row's name
_CLOSED_RULE = re.compile(r"[。；;]$")  # a rule's text ends here
_NAME = 15  # the longest row name told from a rule by its place alone
_NAMES = 3  # a row's name and the labels of its two levels
_GIVES_POINTS = re.compile(r"\d\s*分")  # a text giving points (各2分): a rule's, never a name
# one row named by a sentence's last words (得分。: a rule's tail before a number, not a name): no table
_FRAGMENT = re.compile(r".{0,4}[。；;，,]")
_BROKEN_YEAR = re.compile(r"(?:19|20)\d{2}年")  # a year's digits with a line break inside them (20 / 23年)
_POINTS_AT_END = re.compile(r"[(（](\d+(?:\.\d+)?)分[)）]$")  # a level label's weight: 部门决策(25分)


def recognise(fr: FileRead) -> list[Document]:
    toks = stream(fr)
    found = _header_end(toks)
    if found is None:
        return []
    start, scored = found
    if scored and _weight_per_level([t.text for t in toks[max(0, start - 25) : start]]):
        return []
    toks = split_glued_name(toks, start)
    toks = [*toks[:start], *without_grades(toks[start:], toks[max(0, start - 25) : start])]
    reader = _Reader(toks, start)
    if not scored:
        reader.doc.type = RULES
    reader.rule_first = _rule_first(toks[max(0, start - 25) : start], STANDARD if scored else (*STANDARD, *RULE_STANDARD))
    reader.text_cols = _text_columns(toks[max(0, start - 25) : start]) if reader.rule_first else 0
    if any(t.text == "序号" for t in toks[max(0, start - 25) : start]):
        reader.seq = 1
    head = [t.text for t in toks[max(0, start - 25) : start]]
    reader.levelled = any(t.startswith(("一级", "二级", "三级", "四级")) for t in head) or \
        sum(t in NAME_COLUMNS for t in head) >= 2  # 考核内容 | 考核指标: a level, then the row's name
    doc = reader.read([t.text for t in toks[: start]])
    return [doc] if doc is not None else []


def _weight_per_level(head: list[str]) -> bool:
    """Whether the header gives a level a weight column of its own (事项 | 分值 | 一级指标 | 分值 | 评分标准 | 自评分): a
    weight, a level's or a name's column, a weight. In a score table its rows are runs of names and weights
    (``scoretable_levelcols``), never one name, one weight, its texts and its score: read so, the next name's weight
    became the row's score. (A rule table's levels and their weights, one a line, this reader reads.)"""
    return any(a in WEIGHTS and c in WEIGHTS and (b.endswith("指标") or b in NAME_COLUMNS)
               for a, b, c in zip(head, head[1:], head[2:], strict=False))


class _Reader(RuleRows):
    def __init__(self, toks: list[Token], start: int) -> None:
        self.t, self.start = toks, start
        src = toks[start - 1].source
        self.doc = Document(type=TYPE, title=None, source=Source(src.file, src.line, src.page, None, src.sheet))
        self.level1: Val | None = None
        self.level2: Val | None = None
        self.w1 = Decimal(0)  # weight of the current first level
        self.used1 = Decimal(0)  # weights of the second levels read under it
        self.closed = False
        self.rule_first = False
        self.after_level = False  # a level label came since the last row (its 评分标准 is complete)
        self.seq: int | None = None  # the next 序号 expected, when the header has that column
        self.unscored: list[Problem] = []  # rows of a score table that printed no score
        self.levelled = True  # the header names levels (一级指标 …); else one column names the row
        self.text_cols = 0  # (rule first) the text columns between the name and the weight
        self.after_seq = False  # a 序号 opened the row being read: what follows it is the row's own

    def _seq_mark(self, k: int, pending: list[Token]) -> bool:
        """Whether the number at ``k`` is the row's 序号: the one expected next, at a row's start (nothing read
        since the last row, or its rule's sentence), followed by text (a weight follows a name instead)."""
        if self.seq is None or _points(self.t[k].text) != self.seq or k + 1 >= len(self.t) or self._awarded(k):
            return False
        if _plain(self.t[k + 1].text):
            return False
        if pending and not (_SENTENCE.search(pending[-1].text) or len(pending[-1].text) > 20
                            or _GIVES_POINTS.search(pending[-1].text)):
            return False  # (after a rule's text: a sentence, a long text or one giving points, “两机”各2分)
        self.seq += 1
        return True

    def read(self, before: list[str]) -> Document | None:
        doc = self.doc
        k = self.start
        pending: list[Token] = []  # text since the last row closed: level labels, remarks, the next name
        while k < len(self.t):
            x = self.t[k].text
            if x in TOTAL:
                self._total(k)
                self.closed = True
                break
            if self._seq_mark(k, pending):  # a 序号 cell: it closes the row above (its rule), never a weight
                if doc.type == RULES and pending and doc.indicators and not self.rule_first:
                    self._add_rule(doc.indicators[-1], pending)
                pending = []
                self.after_seq = True
                k += 1
                continue
            if _plain(x) and pending and self._level(pending) is None and not self._awarded(k):
                if doc.type == RULES:
                    k = self._rule_row(pending, k)
                elif self.rule_first:
                    name, rule = _name_before_rule(pending)
                    k = self._row(name, k, rule)
                else:
                    k = self._row(pending[-1], k)
                pending = []
                continue
            pending.append(self.t[k])
            joined = self._level(pending)
            if joined is not None:
                before_label = pending[: pending.index(joined[2])]
                cell = [t for t in before_label if before_label and t.source == before_label[-1].source]
                if doc.type == RULES and self._unweighted_level(cell, joined[2]):
                    text = "".join(t.text for t in cell)
                    self.level1, self.level2 = Val(text, text, cell[0].source), None
                    self.w1, self.used1 = Decimal(0), Decimal(0)
                    before_label = before_label[: len(before_label) - len(cell)]
                if doc.type == RULES and before_label and doc.indicators and not self.rule_first:
                    self._add_rule(doc.indicators[-1], before_label)  # the row's 评分标准 ends at the label
                if doc.type == RULES and self._leaf_label(k + 1, joined[1]):
                    self._labelled_leaf(*joined)
                else:
                    self.after_level = True
                    self._set_level(*joined)
                pending = []
            k += 1
        if doc.type == RULES and pending and doc.indicators and not self.rule_first:
            self._add_rule(doc.indicators[-1], pending)  # the last row's 评分标准
        if not doc.indicators or self._implausible():
            return None
        if doc.type == TYPE and all(i.score.value is None for i in doc.indicators):
            doc.type = RULES  # a blank template of a score table: its rules and weights, no score to say is missing
            if doc.total_weight.value is None:  # its 合计's one figure is the weights' (no score was printed)
                doc.total_weight, doc.total_score = doc.total_score, Val(None)
        else:
            doc.problems += self.unscored
        doc.title = next((t for t in reversed(before) if ("评" in t or "考核" in t)
                          and not t.startswith((*HEADER_WORDS, *RULE_STANDARD))),
                         None)
        doc.year = find_year(before)
        fold_groups(doc)  # group rows (一、… 30 | 1、… 15 | 2、… 15) become their rows' level
        close_by_total(doc, None, closed=self.closed, warn=True)
        if doc.type == RULES:
            doc.problems.insert(0, problem("评分细则表（只有分值和评分标准，没有得分）：按标签从文本中读取名称、分值、评分标准",
                                           "a scoring-rule table (weights and rules, no scores) read from the text "
                                           "by its labels", doc.source))
            return doc
        doc.problems.insert(0, problem("表格结构已丢失，按标签从文本中读取评分表（名称、分值、评分标准、得分）",
                                       "table structure lost: the score table read from the text by its labels",
                                       doc.source))
        return doc

    def _implausible(self) -> bool:
        """The columns were not where the header says, and a table misread is never given to the audit as if it
        were read: more than a quarter of the rows scored above their weights (interleaved text); a row named
        by a points mark alone ((10分): a label's weight, the name left on the line above); a weight above the
        table's full marks (its total, its largest level, or 100: 5432 is a grade box's 5 | 4 | 3 | 2 run
        together); a year broken by the wrap read as a weight; a lone row named by a sentence's tail (得分。)."""
        rows = self.doc.indicators
        over = [i for i in rows if i.score.dec is not None and i.weight.dec is not None and i.score.dec > i.weight.dec]
        marks = [Decimal(m.group(1)) for i in rows for v in (i.level1, i.level2)
                 if (m := _POINTS_AT_END.search(v.str_ or "")) is not None]
        full = max([Decimal(100), *marks, *([self.doc.total_weight.dec] if self.doc.total_weight.dec else [])])
        return len(over) * 4 > len(rows) or any(_POINTS_ONLY.fullmatch((i.level3.str_ or "").strip()) for i in rows) \
            or any(i.weight.dec is not None and i.weight.dec > full for i in rows) or self._broken_year() \
            or (len(rows) == 1 and _FRAGMENT.fullmatch((rows[0].level3.str_ or "").strip()) is not None)

    def _broken_year(self) -> bool:
        """Whether a row's weight is the first half of a year the text's wrap broke (…工作于20 / 23年落实…): the
        weight ends its line and the next line opens with the digits that make it a year (2023年)."""
        for k, t in enumerate(self.t[:-1]):
            nxt = self.t[k + 1]
            if t.source.line is None or nxt.source.line != t.source.line + 1 or not t.text.strip().isdigit():
                continue
            if _BROKEN_YEAR.match(t.text.strip() + nxt.text.strip()) and any(
                    i.weight.source is not None and i.weight.source.line == t.source.line and i.weight.text == t.text
                    for i in self.doc.indicators):
                return True
        return False

    @staticmethod
    def _level(pending: list[Token]) -> tuple[str, Decimal, Token] | None:
        """A level label with its weight, possibly wrapped over the last few tokens (部门预 / 算管理 / 80分))."""
        if _LEVEL.match(pending[-1].text) is None:
            return None
        for n in range(min(4, len(pending)), 0, -1):  # the longest wrap first
            parts = pending[-n:]
            cell = parts[-1].source.cell is not None
            if cell and any(p.source != parts[-1].source for p in parts):
                continue  # a table's cells: a label wraps inside its cell, never across cells
            if any((len(p.text) > 6 and not cell) or any(ch.isdigit() for ch in p.text) or _SENTENCE.search(p.text)
                   for p in parts[:-1]):
                continue  # (a label never wraps after a sentence's end: 否则不得分。 / 绩效目标(10分))
            m = _LEVEL.match("".join(p.text for p in parts))
            name = _MARK.sub("", m.group("name")).strip("(（") if m else ""
            if m and name and not name.endswith(AWARDED):  # (“四有”、“两机”各2分: a rule's points, no label)
                return name, Decimal(m.group("w")), parts[0]
        return None

    def _set_level(self, name: str, w: Decimal, tok: Token) -> None:
        label = Val(f"{name}({w}分)", f"{name}({w}分)", tok.source)
        rows = sum((i.weight.dec or Decimal(0) for i in self.doc.indicators
                    if self.level1 is not None and i.level1 is self.level1), Decimal(0))
        if self.level1 is not None and max(self.used1, rows) + w <= self.w1:  # fits in what the level has left
            self.level2 = label
            self.used1 += w
        else:
            self.level1, self.level2 = label, None
            self.w1, self.used1 = w, Decimal(0)

    def _row(self, name: Token, k: int, rule: Sequence[Token] = ()) -> int:
        """Row ``name`` with its weight at ``k``: the score is the first number after the texts that follow it
        (``rule``: the scoring standard printed between the name and the weight)."""
        weight = self.t[k]
        w = _points(weight.text)
        texts: list[Token] = list(rule)
        j = k + 1
        score: Token | None = None
        while j < len(self.t) and j - k < 60:
            x = self.t[j].text
            if x in TOTAL:
                break
            if _plain(x):  # the score, even one above the weight (the audit says so): never skipped
                names = self._next_names(texts) if self._rule_at(j + 1) else 0
                if names:  # no score printed: the number is the next row's weight, its name (and levels) before it
                    del texts[-names:]
                    j -= names
                    break
                score = self.t[j]
                j += 1
                break
            texts.append(self.t[j])
            j += 1
        ind = IndicatorRow(level1=self.level1 or Val(None), level2=self.level2 or Val(None),
                           level3=Val(row_name(name.text), name.text, name.source), source=name.source)
        ind.weight = Val(w, weight.text, weight.source)
        ind.score = Val(_points(score.text), score.text, score.source) if score else Val(None, None, weight.source)
        if texts:
            text = "".join(t.text for t in texts)  # cells split at labels or wrapped: one text again
            ind.rule_text = Val(text, text, texts[0].source)
        if score is None:
            self.unscored.append(problem(f"“{name.text}”没有读到得分", f"no score read for '{name.text}'",
                                         weight.source))
        self.doc.indicators.append(ind)
        return j

    def _rule_at(self, j: int) -> bool:
        """A rule's text at ``j`` (a sentence, or text too long for a name): after a number, it says the number was
        its row's weight (a score is followed by the next row's name, a level's label or the total)."""
        if j >= len(self.t):
            return False
        cell: list[str] = []  # its cell or line split in words, up to a number (a row run along the line goes on)
        for t in self.t[j : j + 4]:
            if t.source != self.t[j].source or _plain(t.text):
                break
            cell.append(t.text)
        text = "".join(cell)
        return bool(_SENTENCE.search(text)) or len(text) > _NAME

    @staticmethod
    def _next_names(texts: list[Token]) -> int:
        """How many of the texts after a row's weight are the next row's name and its levels' labels, the row's rule
        closed before them (…否则不得分。 / 过程 / 资金管理 / 资金到位率 / 10 / its rule): the row printed no score (a
        blank 得分 column) and the number is that row's weight. 0 where the texts end in the rule (the number is the
        score)."""
        n = 0
        while n < min(len(texts) - 1, _NAMES) and len(t := texts[-1 - n].text) <= _NAME \
                and not _SENTENCE.search(t) and not any(ch.isdigit() for ch in t):
            n += 1
        return n if n and _CLOSED_RULE.search(texts[-1 - n].text) else 0

    def _total(self, k: int) -> None:
        nums = [t for t in self.t[k + 1 : k + 4] if _plain(t.text)]
        if self.doc.type == RULES:
            if nums:
                self.doc.total_weight = Val(_points(nums[0].text), nums[0].text, nums[0].source)
            return
        if len(nums) >= 2:
            self.doc.total_weight = Val(_points(nums[0].text), nums[0].text, nums[0].source)
            self.doc.total_score = Val(_points(nums[1].text), nums[1].text, nums[1].source)
        elif nums:
            self.doc.total_score = Val(_points(nums[0].text), nums[0].text, nums[0].source)
        after = k + 1 + len(nums)  # the grade printed after the total (合计 60 55.5 良, 总分 92 评价等级 优)
        texts = self.t[after : after + 3]
        found = grade_after(" ".join(t.text for t in texts)) if nums and texts else None
        if found is not None:
            src = next((t.source for t in texts if found[0] in t.text), texts[0].source)
            self.doc.grade = Val(found[0], found[0], src)

"""Department score tables (评分表 with 分值 and 评分标准 / 计分标准 / 评分依据 columns) read from their text by
anchors, when no table holds them (one cell per line, rows flattened to spaces).

The header is found by its labels; then each scored row is a name followed by its weight (a number), the
texts of the explanation and scoring-standard columns, and its score: the first number after those texts,
whatever its size (a score above the weight is the document's mistake, for the audit to say). Level labels
carry their weight (``预算编制(30分)``, or wrapped: ``部门预`` ``算管理`` ``80分)``). The rows become a
``dept_evaluation`` document whose level labels keep their weights, so the audit's tree checks apply; a
table not closed by its total row is marked half-read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from jixiao.core.records import HALF_READ, Document, IndicatorRow, Val
from jixiao.core.source import Source
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import find_year, problem
from jixiao.read.recognise.tokens import Token, number, stream

TYPE = "dept_evaluation"
STANDARD = ("评分标准", "计分标准", "评分依据", "评分细则", "评分办法", "考核标准")
WEIGHT = ("指标分值", "分值", "权重", "标准分")
SCORE = ("自评得分", "得分", "自评分", "评价得分", "自评")
TOTAL = ("合计", "总分", "总计")
HEADER_WORDS = (*STANDARD, *WEIGHT, *SCORE, "指标", "一级", "二级", "三级", "四级", "备注", "序号", "考核内容",
                "评价要点", "分数", "说明")
_LEVEL = re.compile(r"^(?P<name>[^\d]*?)[(（]?(?P<w>\d+(?:\.\d+)?)分[)）]?$")


def _plain(text: str) -> bool:
    return number(text) is not None and not text.endswith("%")


def _header_end(toks: Sequence[Token]) -> int | None:
    """The index just after the score table's header labels, if the stream has such a header."""
    for k, t in enumerate(toks):
        if not t.text.startswith(STANDARD):
            continue
        window = [x.text for x in toks[max(0, k - 12) : k + 12]]
        if not any(w.startswith(WEIGHT) for w in window) or not any(w.startswith(SCORE) for w in window):
            continue
        end = k + 1
        while end < len(toks) and end - k < 25 and toks[end].text.startswith(HEADER_WORDS):
            end += 1
        return end
    return None


def recognise(fr: FileRead) -> list[Document]:
    toks = stream(fr)
    start = _header_end(toks)
    if start is None:
        return []
    reader = _Reader(toks, start)
    reader.rule_first = _rule_first(toks[max(0, start - 25) : start])
    doc = reader.read([t.text for t in toks[: start]])
    return [doc] if doc is not None else []


def _rule_first(header: Sequence[Token]) -> bool:
    """Whether the header prints the scoring standard before the weight (名称 | 评分标准 | 分值 | 得分): then a
    row's name is the first text after the previous row, not the last before its weight."""
    texts = [t.text for t in header]
    rule = next((i for i, x in enumerate(texts) if x.startswith(STANDARD)), None)
    weight = next((i for i, x in enumerate(texts) if x.startswith(WEIGHT)), None)
    return rule is not None and weight is not None and rule < weight


class _Reader:
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
            if _plain(x) and pending and self._level(pending) is None:
                if self.rule_first:
                    k = self._row(pending[0], k, pending[1:])
                else:
                    k = self._row(pending[-1], k)
                pending = []
                continue
            pending.append(self.t[k])
            joined = self._level(pending)
            if joined is not None:
                self._set_level(*joined)
                pending = []
            k += 1
        if not doc.indicators:
            return None
        doc.title = next((t for t in reversed(before) if ("评" in t or "考核" in t) and not t.startswith(HEADER_WORDS)),
                         None)
        doc.year = find_year(before)
        if not self.closed:
            doc.extra[HALF_READ] = "评分表后没有合计或总分行"
            doc.problems.append(problem(f"评分表可能不完整：{doc.extra[HALF_READ]}",
                                        "the score table may be incomplete: no total row after it", doc.source))
        doc.problems.insert(0, problem("表格结构已丢失，按标签从文本中读取评分表（名称、分值、评分标准、得分）",
                                       "table structure lost: the score table read from the text by its labels",
                                       doc.source))
        return doc

    @staticmethod
    def _level(pending: list[Token]) -> tuple[str, Decimal, Token] | None:
        """A level label with its weight, possibly wrapped over the last few tokens (部门预 / 算管理 / 80分))."""
        if _LEVEL.match(pending[-1].text) is None:
            return None
        for n in range(min(4, len(pending)), 0, -1):  # the longest wrap first
            parts = pending[-n:]
            if any(len(p.text) > 6 or any(ch.isdigit() for ch in p.text) for p in parts[:-1]):
                continue
            m = _LEVEL.match("".join(p.text for p in parts))
            if m and m.group("name"):
                return m.group("name").strip("(（"), Decimal(m.group("w")), parts[0]
        return None

    def _set_level(self, name: str, w: Decimal, tok: Token) -> None:
        label = Val(f"{name}({w}分)", tok.text, tok.source)
        if self.level1 is not None and self.used1 + w <= self.w1:  # fits in what the first level has left
            self.level2 = label
            self.used1 += w
        else:
            self.level1, self.level2 = label, None
            self.w1, self.used1 = w, Decimal(0)

    def _row(self, name: Token, k: int, rule: Sequence[Token] = ()) -> int:
        """Row ``name`` with its weight at ``k``: the score is the first number after the texts that follow it
        (``rule``: the scoring standard printed between the name and the weight)."""
        weight = self.t[k]
        w = number(weight.text)
        texts: list[Token] = list(rule)
        j = k + 1
        score: Token | None = None
        while j < len(self.t) and j - k < 60:
            x = self.t[j].text
            if x in TOTAL:
                break
            if _plain(x):  # the score, even one above the weight (the audit says so): never skipped
                score = self.t[j]
                j += 1
                break
            texts.append(self.t[j])
            j += 1
        ind = IndicatorRow(level1=self.level1 or Val(None), level2=self.level2 or Val(None),
                           level3=Val(name.text, name.text, name.source), source=name.source)
        ind.weight = Val(w, weight.text, weight.source)
        ind.score = Val(number(score.text), score.text, score.source) if score else Val(None, None, weight.source)
        if texts:
            text = "".join(t.text for t in texts)  # cells split at labels or wrapped: one text again
            ind.rule_text = Val(text, text, texts[0].source)
        if score is None:
            self.doc.problems.append(problem(f"“{name.text}”没有读到得分", f"no score read for '{name.text}'",
                                             weight.source))
        self.doc.indicators.append(ind)
        return j

    def _total(self, k: int) -> None:
        nums = [t for t in self.t[k + 1 : k + 4] if _plain(t.text)]
        if len(nums) >= 2:
            self.doc.total_weight = Val(number(nums[0].text), nums[0].text, nums[0].source)
            self.doc.total_score = Val(number(nums[1].text), nums[1].text, nums[1].source)
        elif nums:
            self.doc.total_score = Val(number(nums[0].text), nums[0].text, nums[0].source)

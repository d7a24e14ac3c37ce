"""Department score tables whose levels carry their weights in columns of their own, read from the text when no
table holds them.

The 湖南 部门整体支出绩效评价指标表 prints each level's weight in the column after its name: 一级指标 | 分值 | 二级指标 |
分值 | 三级指标 | 分值 | 评价标准 | 指标说明 | 得分 (some copies call every weight column 得分). A row opens with the
names of the levels it opens, each followed by its weight (投入 | 16 | 预算配置 | 16 | 在职人员控制率 | 8), then the
texts of the rule and the explanation, then the score. Once the cells are one a line, or a row flattened to
spaces, the readers of tables whose weights stand in the labels (相关性(5分)) or in one 分值 column find no level and
read nothing, or take a level for a row.

Here a row is read as its run of name-and-weight pairs (the last is the row's own, the ones before it the levels it
opens: two are the first and second levels, one the second), then its texts, then its score: the first number
after them that is no more than the row's weight and is followed by the next row, the total or the end (a figure
inside an explanation, 136人, is text). The reading is kept only where the table's own arithmetic holds: every
level whose rows were all read weighs what they weigh together, the first level what its second levels do (the last
level may be cut by the end of the text). Level labels keep their weights (投入(16分)), as the audit's tree checks
want them; a table not closed by its total row is marked half read.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.core.records import Document, IndicatorRow, Val
from jixiao.core.source import Source
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import close_by_total, find_year, problem
from jixiao.read.recognise.deptmark import is_department_title
from jixiao.read.recognise.scoretable_rules import TOTAL, plain, points, row_name
from jixiao.read.recognise.tokens import Token, stream

TYPE = "dept_evaluation"
_LEVELS = ("一级指标", "二级指标", "三级指标")
_WEIGHT_WORDS = frozenset(("分值", "权重", "得分", "标准分", "指标分值", "分数", "满分"))
_SCORE_WORDS = frozenset(("得分", "自评得分", "评分", "实际得分", "自评分", "考评得分", "评价得分"))
_TEXT_COLUMNS = frozenset(("评价标准", "评分标准", "计分标准", "指标说明", "指标解释", "评分依据", "评价要点", "扣分原因",
                           "扣分原因和其他说明", "备注", "说明"))
_PROJECT = re.compile(r"项目(?:支出)?(?:绩效|评价|自评)")  # a project's evaluation named in the title
_SENTENCE = re.compile(r"[。；;，,：:]")
_NAME = 20  # the longest row or level name
_HEADER_REACH = 12  # header words between 三级指标's weight column and the score column
_WORDS = 3  # the words of a name the page broke at its spaces


def _is_name(text: str) -> bool:
    return 2 <= len(text) <= _NAME and not _SENTENCE.search(text) and not any(ch.isdigit() for ch in text)


def _header(toks: list[Token]) -> tuple[int, int, bool] | None:
    """Where the rows start, how many levels the header names with a weight column after each (一级指标 | 分值 |
    二级指标 | 分值 | 三级指标 | 分值 | … | 得分: two levels at least, the last one's weight column followed within reach
    by the score column), and whether the score column comes before the text columns (… | 得分 | 指标解释 | 评价标准)."""
    for i, t in enumerate(toks):
        if t.text != _LEVELS[0]:
            continue
        k, levels = i, 0
        while levels < len(_LEVELS) and k + 1 < len(toks) and toks[k].text == _LEVELS[levels] \
                and toks[k + 1].text in _WEIGHT_WORDS:
            levels += 1
            k += 2
        if levels < 2:
            continue
        for j in range(k, min(k + _HEADER_REACH, len(toks))):
            if toks[j].text in _SCORE_WORDS:
                after = j + 1
                while after < len(toks) and toks[after].text in _TEXT_COLUMNS:  # (得分 | 指标解释 | 评价标准)
                    after += 1
                return after, levels, after > j + 1
    return None


class _Rows:
    def __init__(self, toks: list[Token], start: int, levels: int, score_first: bool = False) -> None:
        self.t, self.k, self.levels = toks, start, levels
        self.score_first = score_first  # the score printed right after the row's weight, its texts after it
        src = toks[start - 1].source
        self.doc = Document(type=TYPE, title=None, source=Source(src.file, src.line, src.page, None, src.sheet))
        self.level1: Val | None = None
        self.level2: Val | None = None
        self.closed = False

    def _pair(self, k: int) -> int | None:
        """Where the weight of a name at ``k`` stands: right after it, or after the name's other words on the same
        line (三公经费 / 变动率 / 8: a name the page broke at a space). None when no name and weight start at ``k``."""
        words = 0
        j = k
        while j < len(self.t) and j - k < _WORDS and _is_name(self.t[j].text) and self.t[j].text not in TOTAL \
                and self.t[j].source == self.t[k].source:
            words += len(self.t[j].text)
            j += 1
            if j < len(self.t) and plain(self.t[j].text):
                return j if words <= _NAME else None
        return None

    def _scores(self, j: int, w: Decimal) -> bool:
        """The number at ``j`` is a row's score: no more than its weight ``w``, followed by the next row, the total
        or the end."""
        if j >= len(self.t) or not plain(self.t[j].text) or (points(self.t[j].text) or Decimal(0)) > w:
            return False
        after = j + 1
        return after >= len(self.t) or self._pair(after) is not None or self.t[after].text in TOTAL

    def read(self) -> bool:
        while self.k < len(self.t):
            if self.t[self.k].text in TOTAL:
                self._total(self.k)
                return True
            pairs: list[tuple[Token, Token]] = []
            while len(pairs) < self.levels and (w := self._pair(self.k)) is not None:
                words = self.t[self.k : w]
                pairs.append((Token("".join(t.text for t in words), words[0].source), self.t[w]))
                self.k = w + 1
            if not pairs:
                return bool(self.doc.indicators)  # the table ended (a note, the next table)
            self._open(pairs[:-1])
            self._row(*pairs[-1])
        return True

    def _label(self, name: Token, weight: Token) -> Val:
        text = f"{row_name(name.text)}({points(weight.text)}分)"
        return Val(text, text, name.source)

    def _open(self, levels: list[tuple[Token, Token]]) -> None:
        if len(levels) == 2 or (len(levels) == 1 and self.levels == 2):
            self.level1, self.level2 = self._label(*levels[0]), None
            levels = levels[1:]
        if levels:
            self.level2 = self._label(*levels[0])

    def _row(self, name: Token, weight: Token) -> None:
        w = points(weight.text) or Decimal(0)
        texts: list[Token] = []
        score: Token | None = None
        k = self.k
        if self.score_first and k < len(self.t) and plain(self.t[k].text) and (points(self.t[k].text) or 0) <= w:
            score = self.t[k]
            k += 1
        while k < len(self.t) and self.t[k].text not in TOTAL:
            if self.score_first and self._pair(k) is not None:
                break  # the next row
            if not self.score_first and self._scores(k, w):
                score = self.t[k]
                k += 1
                break
            if texts and self._pair(k) is not None and not self._scores(k + 1, w):
                break  # no score printed: the next row begins (a short text before the score is no name)
            texts.append(self.t[k])
            k += 1
        self.k = k
        ind = IndicatorRow(level1=self.level1 or Val(None), level2=self.level2 or Val(None),
                           level3=Val(row_name(name.text), name.text, name.source), source=name.source)
        ind.weight = Val(w, weight.text, weight.source)
        ind.score = Val(points(score.text), score.text, score.source) if score else Val(None, None, weight.source)
        if texts:
            text = "".join(t.text for t in texts)
            ind.rule_text = Val(text, text, texts[0].source)
        self.doc.indicators.append(ind)

    def _total(self, k: int) -> None:
        nums = [t for t in self.t[k + 1 : k + 4] if plain(t.text)]
        if len(nums) >= 2:
            self.doc.total_weight = Val(points(nums[0].text), nums[0].text, nums[0].source)
            self.doc.total_score = Val(points(nums[1].text), nums[1].text, nums[1].source)
        elif nums:
            self.doc.total_score = Val(points(nums[0].text), nums[0].text, nums[0].source)
        self.closed = True


_WEIGHT = re.compile(r"\((\d+(?:\.\d+)?)分\)$")


def _sums_hold(doc: Document, closed: bool) -> bool:
    """Every level weighs what its rows weigh together, the first level what its second levels do; the last level
    of each kind may fall short where the text ends before the table's total (``closed`` false)."""
    rows = doc.indicators
    for attr in ("level1", "level2"):
        groups: dict[str, Decimal] = {}
        for r in rows:
            label = getattr(r, attr).str_
            if label:
                groups[label] = groups.get(label, Decimal(0)) + (r.weight.dec or Decimal(0))
        order = list(groups)
        for n, label in enumerate(order):
            m = _WEIGHT.search(label)
            if m is None:
                continue
            want, got = Decimal(m.group(1)), groups[label]
            if got != want and (closed or n < len(order) - 1 or got > want):
                return False
    return True


def recognise(fr: FileRead) -> list[Document]:
    toks = stream(fr)
    found = _header(toks)
    if found is None:
        return []
    start, levels, score_first = found
    before = [t.text for t in toks[max(0, start - 40) : start]]
    if _PROJECT.search("".join(before)) and not is_department_title("".join(before)):
        return []  # a project's evaluation (项目支出绩效评价评分表): the project evaluation's readers read it
    rows = _Rows(toks, start, levels, score_first)
    rows.read()
    doc = rows.doc
    scored = sum(i.score.value is not None for i in doc.indicators)
    if len(doc.indicators) < 3 or scored * 2 < len(doc.indicators) or not _sums_hold(doc, rows.closed):
        return []  # (a table of weights and rules with no scores is a rule table's, read by the rule readers)
    if any(i.score.dec is not None and i.weight.dec is not None and i.score.dec > i.weight.dec
           for i in doc.indicators) or any((i.level1.str_ or "").startswith("项目") for i in doc.indicators):
        return []  # (项目决策 / 项目管理 …: a project's evaluation framework, never a department's table)
    doc.title = next((t for t in reversed(before) if "表" in t and len(t) > 4), None)
    doc.year = find_year(before)
    close_by_total(doc, doc.total_weight if doc.total_weight.value is not None else None, closed=rows.closed)
    doc.problems.insert(0, problem(
        "表格结构已丢失，按各级指标名称后的分值栏从文本中读取评分表（各级分值之和核对无误）",
        "table structure lost: the score table read from the text by the weight column after each level's name "
        "(each level's weight is its rows' sum)", doc.source))
    return [doc]


def beside(fr: FileRead, docs: list[Document]) -> list[Document]:
    """``docs`` with the file's score table of this layout added where none of them holds an indicator row: a
    department's 指标表 printed after its 基础数据表 or a 三公 table, which the readers of those took the file for
    (the text-stream readers, this one among them, run only when no table reader read a document)."""
    if any(d.indicators for d in docs):
        return docs
    return docs + recognise(fr)

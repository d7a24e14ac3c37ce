"""The rows of a scoring-rule table (分值 and 评分标准, no score column) in the token stream ``scoretable`` reads:
how a row's name is told from the rule text around it, and what of a rule is never a weight.

- Tokens of one cell or one line share their source: the last group before the weight is the name, the one
  before it a level without a weight, the first after a row its 评分标准 (``_rule_row``).
- In flattened text (no cells) under a header with one name column, the lines say nothing: the name is all
  that follows the row's 序号, or the sentence that closes the row above's rule (。；), wrapped over lines or
  not (农田灌溉水有效 / 利用系数, 取水总量 / (亿立方米)) (``_own_name``).
- Points a rule awards or takes in words, split from their words in flattened text (得 / 10 / 分), are the
  rule's text: never a weight, never a 序号 (``_awarded``).
- A weighted label with no weight of its own rows after it is a leaf whose weight is printed in its label
  (任务分解 (2分)); the short cell before it, left of it, is a level without a weight.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from jixiao.core.records import Document, IndicatorRow, Val
from jixiao.read.recognise.rulewords import TOTAL_WORDS, field, is_rule_column
from jixiao.read.recognise.scoretable_header import SENTENCE
from jixiao.read.recognise.tokens import Token, by_source, number

TOTAL = TOTAL_WORDS
LEVEL = re.compile(r"^(?P<name>[^\d]*?)[(（]?(?P<w>\d+(?:\.\d+)?)分[)）]?$")  # a level's label with its weight
_AWARD = ("得", "扣", "计", "减", "加", "给")
# the points a rule awards or takes, never a level's weight (得2分, 扣1分, 各2分, 每项2分)
AWARDED = (*_AWARD, "各", "每", "每项", "每个")
_CLOSED = re.compile(r"[。；;]$")  # a rule's last sentence ends here: what follows is the next row's
_WRAPPED = 8  # the longest piece of a label wrapped over lines


def plain(text: str) -> bool:
    return points(text) is not None and not text.endswith("%")


def points(text: str) -> Decimal | None:
    """A weight or score as printed: a number, or a number with its unit (10分)."""
    return number(text[:-1] if text.endswith("分") and text[:-1][-1:].isdigit() else text)


def _name_like(toks: Sequence[Token]) -> bool:
    """A cell that can be an indicator's name: short, no sentence in it."""
    text = "".join(t.text for t in toks)
    return 2 <= len(text) <= 20 and not re.search(r"[。；;，,：:]", text)


_ROW_MARK = re.compile(r"^(?:\d{1,2}[、.．)）](?!\d)|[(（]\d{1,2}[)）]|[①-⑳])\s*")


def row_name(text: str) -> str:
    """A row's name without the list mark it is numbered by (1.目标设定, 2）支付进度, （2）支付进度, ③满意度); the
    printed text keeps it."""
    after = max(text.rfind(c) for c in "。；;") + 1  # a name run on after the rule before it (…得1分。政策完善)
    text = text[after:] if after and len(text) - after >= 2 else text
    return _ROW_MARK.sub("", text) or text


class RuleRows:
    """The rule-row half of ``scoretable``'s reader (its state is the reader's)."""

    t: list[Token]
    text_cols: int
    doc: Document
    level1: Val | None
    level2: Val | None
    rule_first: bool
    after_level: bool
    after_seq: bool
    levelled: bool

    def _awarded(self, k: int) -> bool:
        """The number at ``k`` is points a rule awards or takes (得 / 10 / 分; 扣 / 0.5 / 分), its words split around
        it in flattened text: the rule's text, never a weight or a score."""
        before = self.t[k - 1].text if k > 0 else ""
        after = self.t[k + 1].text if k + 1 < len(self.t) else ""
        return before.endswith(_AWARD) and after.startswith("分")

    def _leaf_label(self, k: int, w: Decimal | None = None) -> bool:
        """A weighted label (任务分解 (2分)) with no weight of its own rows before the next weighted label or the
        total: a leaf whose weight is printed in its label, its 评分标准 after it. A label of weight ``w`` followed
        at once (nothing but a wrapped label between) by a label of a smaller weight (决策(20分) / 项目立项 / (10分)),
        or of the same weight that is a group itself (产出(6分) / 产出数量(6分) / 实际完成率 / 6), heads it: a group,
        not a leaf."""
        for j in range(k, min(len(self.t), k + 80)):
            x = self.t[j].text
            if x in TOTAL:
                return True
            m = LEVEL.match(x)
            if m is not None:
                at_once = all(len(t.text) <= _WRAPPED and not SENTENCE.search(t.text) for t in self.t[k:j])
                nw = Decimal(m.group("w"))
                return not (at_once and w is not None and (nw < w or nw == w and not self._leaf_label(j + 1, nw)))
            if plain(x):
                return False
        return True

    def _labelled_leaf(self, name: str, w: Decimal, tok: Token) -> None:
        ind = IndicatorRow(level1=self.level1 or Val(None), level2=self.level2 or Val(None),
                           level3=Val(row_name(name), name, tok.source), source=tok.source)
        ind.weight = Val(w, f"{w}", tok.source)
        self.doc.indicators.append(ind)
        self.after_level = False

    def _rule_row(self, pending: list[Token], k: int) -> int:
        """A scoring-rule row whose weight is at ``k``: its name, the 评分标准 and any second level unweighted
        label told apart by their cells (tokens of one cell or line share their source); text all on one line
        gives the name as one word next to the weight."""
        groups = by_source(pending)
        rows = self.doc.indicators
        own = self._own_name(pending)
        if own is not None:  # flattened text, one name column: the name is all after the row above's rule
            name_toks, rule, level = pending[own:], pending[:own], None
        elif len(groups) == 1:  # one line: the name is the word beside the weight
            name_toks, rule, level = ([pending[0]], pending[1:], None) if self.rule_first else (
                [pending[-1]], pending[:-1], None)
        elif self.rule_first and self.text_cols and len(groups) > self.text_cols \
                and _name_like(groups[-self.text_cols - 1]):
            # the header's text columns (指标解释 | 评价标准) stand between the name and the weight: the cell before
            # them is the name, the one before it a level
            n = self.text_cols
            name_toks = groups[-n - 1]
            level = groups[-n - 2] if len(groups) >= n + 2 else None
            rule = [t for g in groups[-n:] for t in g]
        elif self.rule_first:
            level = groups[0] if len(groups) >= 3 else None
            name_toks = groups[1] if level else groups[0]
            rule = [t for g in groups[(2 if level else 1):] for t in g]
        else:
            name_toks = groups[-1]
            first = 1 if rows and not self.after_level else 0  # the first group after a row is its 评分标准
            rule = [t for g in groups[:first] for t in g]
            level = groups[-2] if len(groups) - 1 > first else None
            if level and SENTENCE.search("".join(t.text for t in level)):  # a rule wrapped over lines: no level
                rule, level = [t for g in groups[:-1] for t in g], None
            if name_toks[0].source.cell is None and len(name_toks) > 1:  # a row's line: 二级指标 三级指标 分值
                level, name_toks = name_toks[:-1], name_toks[-1:]
        if level:
            text = "".join(t.text for t in level)
            self.level2 = Val(text, text, level[0].source)
        if not self.rule_first and rule and rows:
            self._add_rule(rows[-1], rule)
            rule = []
        self.after_level = self.after_seq = False
        name = "".join(t.text for t in name_toks)
        weight = self.t[k]
        ind = IndicatorRow(level1=self.level1 or Val(None), level2=self.level2 or Val(None),
                           level3=Val(row_name(name), name, name_toks[0].source), source=name_toks[0].source)
        ind.weight = Val(points(weight.text), weight.text, weight.source)
        if rule:
            self._add_rule(ind, rule)
        rows.append(ind)
        return k + 1

    def _own_name(self, pending: list[Token]) -> int | None:
        """Where a row's name starts in flattened text (no cells) under a header with one name column and the
        weight before the rule: after its 序号, or after the last sentence of the row above's rule; the name is
        all that follows, wrapped over lines or not (农田灌溉水有效 / 利用系数, 取水总量 / (亿立方米)). None where
        the text does not say (a level column, cells, no sentence end)."""
        if self.levelled or self.rule_first or any(t.source.cell is not None for t in pending):
            return None
        if self.after_seq:
            return 0
        if not self.doc.indicators:  # the first row: after the header's labels, if the header was found early
            after = next((i + 1 for i in range(len(pending) - 1, -1, -1)
                          if field(pending[i].text) or is_rule_column(pending[i].text)), 0)
            return after if after < len(pending) else None  # (a label just before the weight: no name to read)
        ends = [i + 1 for i, t in enumerate(pending) if _CLOSED.search(t.text)]
        return ends[-1] if ends and ends[-1] < len(pending) else None


    @staticmethod
    def _unweighted_level(before: list[Token], label: Token) -> bool:
        """The cell before a leaf's label is a level without a printed weight (前期工作 | 任务分解 (2分)): one short
        cell of its own, not a sentence, in a column left of the label's (not the last row's 评价依据)."""
        if not before or label.source.cell is None or any(t.source != before[0].source for t in before):
            return False
        text = "".join(t.text for t in before)
        col, label_col = before[0].source.cell or "", label.source.cell or ""
        left = col[1:].isdigit() and label_col[1:].isdigit() and int(col[1:]) < int(label_col[1:])
        return left and len(text) <= 10 and not any(c in text for c in "，。；,.;:：")

    @staticmethod
    def _add_rule(ind: IndicatorRow, toks: Sequence[Token]) -> None:
        text = (ind.rule_text.str_ or "") + "".join(t.text for t in toks)
        ind.rule_text = Val(text, text, ind.rule_text.source or toks[0].source)

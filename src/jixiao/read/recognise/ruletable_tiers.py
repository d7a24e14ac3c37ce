"""Scoring-rule tables whose rows reach us as PDF text run along one line, each row its name, its rule with the
points of each grade (明确: 2 分;基本明确: 1 分;不明确: 0 分。) and then its weight, with the column labels and
level fragments of the page in between (目标 / 设定 / 情况 / (6 分 )).

A row is read only where the arithmetic of its own text confirms it: the number after the rule is the weight
when it is the rule's top grade (the full marks a rule awards are the row's weight). Its name is the cell just
before the rule (the first cell after the previous row that asks a question, 是否…, or opens a grade, …:).
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.core.numbers import normalize_text
from jixiao.core.records import Document, IndicatorRow, Val
from jixiao.core.source import Source
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import find_year, problem

TYPE = "assessment_rules"
_TIER = re.compile(r"[:：](\d+(?:\.\d+)?)分")
_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
# a rule of one grade whose points are then taken off (…:3分;每…扣0.5分,扣完为止): its grade is the full marks
_DEDUCTS = re.compile(r"扣\s*\d+(?:\.\d+)?\s*分|扣完为止|扣满")
_HEAD = re.compile(r"分值|权重")
_RULE_HEAD = re.compile(r"评价指标|评分标准|评价标准|评价内容|考核内容")
_FORM = re.compile(r"年度指标值|实际完成值|全年执行数")
_NAME = re.compile(r"^[\u3400-\u9fff“”、()（）]{2,16}$")


def _opens_rule(toks: list[str], k: int) -> bool:
    """A rule's first cell: it asks (是否…), opens a grade (…:) or holds one (…的:3分;…), right after a name's
    cell."""
    return k > 0 and ("是否" in toks[k] or toks[k].endswith((":", "：")) or _TIER.search(toks[k]) is not None) \
        and bool(_NAME.match(toks[k - 1]))


def _rows(text: str) -> list[tuple[str, Decimal | None, str, str]]:
    toks = normalize_text(text).split()
    out: list[tuple[str, Decimal | None, str, str]] = []
    last = 0
    for j, tok in enumerate(toks):
        if not _NUMBER.match(tok) or j == last:
            continue
        start = next((k for k in range(last, j) if _opens_rule(toks, k)), None)
        if start is None:
            continue
        rule = re.sub(r"\s+", "", "".join(toks[start:j]))
        tiers = [Decimal(x) for x in _TIER.findall(rule)]
        name = toks[start - 1]
        if not tiers or len(tiers) < 2 and not _DEDUCTS.search(rule) or not rule.endswith(("。", ".")):
            continue  # the rule's grades go on: the number is one of them
        out.append((name, Decimal(tok) if max(tiers) == Decimal(tok) else None, rule, tok))
        last = j + 1
    return out


def recognise(fr: FileRead) -> list[Document]:
    for text, src in fr.body:
        if not (_HEAD.search(text) and _RULE_HEAD.search(text)) or _FORM.search(text):
            continue
        rows = _rows(text)
        if sum(w is not None for _, w, _, _ in rows) < 3:
            continue
        doc = Document(type=TYPE, title=None, source=Source(src.file, src.line), year=find_year([text[:200]]))
        for name, w, rule, printed in rows:
            ind = IndicatorRow(level3=Val(name, name, src), source=src)
            ind.rule_text = Val(rule, rule, src)
            if w is not None:
                ind.weight = Val(w, printed, src)
            else:  # the number after the rule is not the full marks its grades award: not taken for the weight
                doc.problems.append(problem(
                    f"“{name}”评分标准之后的数字{printed}不是其最高档得分，未作为分值读取",
                    f"the number {printed} after the rule of '{name}' is not its top grade: not read as its weight",
                    src))
            doc.indicators.append(ind)
        doc.problems.insert(0, problem("PDF文字中的评分细则：每行的分值取其评分标准之后、等于其最高档得分的数字",
                                    "a rule table in PDF text: each weight is the number after its rule that equals "
                                    "the rule's top grade", doc.source))
        return [doc]
    return []

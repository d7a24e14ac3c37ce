"""The words of a scoring table's header, one list of each, for every reader of these tables (``ruletable``,
``ruletable_labels``, ``scoretable``): a header is read by the same vocabulary whatever became of its table.

The level, weight, score and total words are the label-tree reader's (``labeltree_atoms``); the rule column has
more names in score and rule tables than in indicator trees (赋分办法, 计分方法, 考核办法 …), and a score table's
rule column is named in the fewer ways of ``SCORE_RULE_COLUMNS`` (a table whose rule column is 评价标准 and whose
得分 is printed may be a project form's indicator block). A label that ends in a rule word (考核内容及评分标准,
指标说明及评分标准) names the rule column too (``is_rule_column``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from jixiao.read.recognise.common import squash
from jixiao.read.recognise.labeltree_atoms import (
    LEVEL_WORDS,
    METHOD_WORDS,
    SCORE_WORDS,
    TOTAL_WORDS,
    WEIGHT_WORDS,
)

# a score table's rule column
SCORE_RULE_COLUMNS = ("评分标准", "计分标准", "评分依据", "评分细则", "评分办法", "考核标准")
# a rule table's rule column: every name
RULE_COLUMNS = (*SCORE_RULE_COLUMNS, "评分方法", "评分规则", "评价标准", *METHOD_WORDS,
                # a 检查 / 评定 / 评估 table's rule column, and the points it takes off (扣分细则)
                "扣分细则", "扣分办法", "扣分说明", "计分说明", "评定标准", "检查标准", "检查方法", "评估标准")
# the column that explains the indicator (its rule is in another)
EXPLAIN_COLUMNS = ("指标解释", "指标说明", "评价要点", "考核要点", "指标内涵", "计算方法", "计算公式", "具体内容")
MAX_RULE_LABEL = 12  # 考核内容及评分标准: a longer cell is text, not a column's label
# the column naming the indicator where the header prints no levels
NAME_COLUMNS = ("考核项目", "考核内容", "考核指标", "考评项目", "考评内容", "考评指标", "评价项目", "评价内容", "评价指标",
                "指标名称", "指标内容", "项目", "指标",  # (考评: 考核 and 评价 in one word)
                # a 检查 / 评定 / 评估 / 督查 table's names for the same column (检查项目 | 检查内容 | 标准分 | 扣分标准)
                "检查项目", "检查内容", "评定项目", "评定内容", "评估项目", "评估内容", "评估指标", "督查项目", "督查内容",
                "考核要素", "考核事项", "考核重点", "评价要素", "评估要素", "检查事项",
                # a table of items (项目) parted into sub-items (项目 | 小项内容 | 具体内容 | 分值 | 打分方法)
                "大项", "小项", "小项内容", "子项", "细项")
WEIGHTS = (*WEIGHT_WORDS, "赋分", "权重分")  # a weight column's names (赋分: the points a 赋分细则 gives a row)
# the points a row can earn and the points it earned, in the words of 应得分 | 扣减分 | 实得分 tables
EARNABLE = ("应得分数", "标准分值")  # (应得分 is a weight word of every reader: labeltree_atoms.WEIGHT_WORDS)
EARNED = ("实得分", "实得分数", "考核得分", "检查得分")
WEIGHT_COLUMNS = (*WEIGHTS, "分数", *EARNABLE)  # a rule table's 分数 is its weight (a score table's, its score)
SCORE_COLUMNS = (*SCORE_WORDS, *EARNED)
# the points a row earned in any other wording of the one who scores it (评定得分, 督评得分, 村自评分, 镇复核分, 市考核分):
# a short label ending in 得分 or in 评分/核分 after the one who gives it; never 得分率 or a weight's 考核分值
# (who scores it, never another label run into it: 分值自评得分 is 分值 | 自评得分)
_SCORE_LABEL = re.compile(r"(?:(?!分值|权重|标准|指标)[\u4e00-\u9fff]){0,4}(?:得分|[自复督考初级]评分|[复考]核分)")
# a row's number in other words than 序号 (项次: a 评定表's; 编号)
SEQ_COLUMNS = ("序号", "项次", "编号")
_LEVELS_SHORT = tuple(w.removesuffix("指标") for w in LEVEL_WORDS)
_UNIT = re.compile(r"(?:[(（]\s*(?:分|%|％|百分比)\s*[)）]|[%％])$")  # 分值(分), 权重(%), 权重%
_NOTE = re.compile(r"[(（][^()（）]{1,8}[)）]$")  # a note after a label: 评分标准（扣分办法）, 考核指标（分值）


# a short label that ends in 分值 names the weight column in any wording (计分分值, 基准分值, 标准分值), but not
# the points taken or earned (扣分分值, 得分分值)
_WEIGHT_LABEL = re.compile(r"[^得扣减]{1,3}分值")
GRADE_LABEL = re.compile(r"等级|等次")  # a row or cell that states the grade
# a header's grade columns, the points each grade earns under them (优 | 良 | 中 | 差 beside the 评价标准): labels that
# name a grade and nothing else, read as column labels only inside a header
GRADE_COLUMNS = ("优", "良", "中", "差", "优秀", "良好", "合格", "不合格", "一般", "较差", "及格", "不及格")


def grade_column(text: str) -> bool:
    """A header cell naming a grade's column (优, 良好, 不合格 …)."""
    return squash(text) in GRADE_COLUMNS


def header_field(text: str) -> str | None:
    """What a header cell names: ``field``, or ``grade`` for a grade's column (优 | 良 | 中 | 差)."""
    return "grade" if grade_column(text) else field(text)
SUBTOTAL = re.compile(r"^小计(?:分值|得分|分数)?$")  # a section's sums (小计分值 | 30 | 小计得分 | 27): no row, no total


_LEAD_MARK = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d))")
_CLAUSE = re.compile(r"[，,；;。:：]")
MAX_CLAUSE_NAME = 80


def clause_name(text: str) -> tuple[str, str]:
    """A row known only by a sentence (a requirement, or a rule's item (1)有环卫管理机构…,得10分): its name, the
    sentence's first clause without its list mark, and the rest of the sentence."""
    body = _LEAD_MARK.sub("", squash(text))
    parts = _CLAUSE.split(body, maxsplit=1)
    return (parts[0][:MAX_CLAUSE_NAME] or body[:MAX_CLAUSE_NAME]), (parts[1] if len(parts) > 1 else "")


@lru_cache(maxsize=65536)
def field(text: str) -> str | None:
    """What a header cell names: ``level1`` … ``level4``, ``seq``, ``weight``, ``score``, ``rule``, ``explain`` or
    ``name`` (the unit mark of 分值(分), 权重(%) aside, and a note in brackets after a label: 评分标准（扣分办法）);
    None for any other text."""
    t = _UNIT.sub("", squash(text))
    if _NOTE.search(t) and _NOTE.sub("", t) and _field(t) is None:
        return _field(_NOTE.sub("", t))
    return _field(t)


def _field(t: str) -> str | None:
    if t in LEVEL_WORDS or t in _LEVELS_SHORT:  # 一级指标, or 一级
        return f"level{(LEVEL_WORDS.index(t) if t in LEVEL_WORDS else _LEVELS_SHORT.index(t)) + 1}"
    if t in SEQ_COLUMNS:
        return "seq"
    if t in WEIGHT_COLUMNS or _WEIGHT_LABEL.fullmatch(t):
        return "weight"
    if t in SCORE_COLUMNS or (_SCORE_LABEL.fullmatch(t) and t not in RULE_COLUMNS):
        return "score"
    if t in RULE_COLUMNS or (t.endswith(RULE_COLUMNS) and len(t) <= MAX_RULE_LABEL):  # 考核内容及评分标准
        return "rule"
    if t in EXPLAIN_COLUMNS:
        return "explain"
    if t in NAME_COLUMNS:
        return "name"
    # the words of whoever assesses, one or two of them, before the column's noun: 测评标准 | 测评方法, 检查考评项目 |
    # 检查考评标准 | 检查考评方法 (a 测评 / 督查 table's columns)
    if (m := _ASSESSED.fullmatch(t)) is not None:
        return "name" if m.group(1) in _NAME_NOUNS else "rule"
    return None


_ASSESSORS = "考核|考评|评价|检查|测评|督查|评估|评定|验收"
_NAME_NOUNS = ("项目", "内容", "指标", "事项", "要素")
# (never 细则 or 办法: 考核细则, 考核办法 name the document in its title, not a column)
_METHOD_NOUNS = ("方法", "方式")
_ASSESSED = re.compile(f"(?:{_ASSESSORS}){{1,2}}(项目|内容|指标|事项|要素|标准|方法|方式)")


def names_indicator(f: str | None) -> bool:
    """A column that names the indicator: a level's or the name's."""
    return f == "name" or (f or "").startswith("level")


def settle(fields: list[str | None], fields_text: list[str] | None = None) -> list[str | None]:
    """A header naming two rule columns, one before the weight and one after (考核项目 | 考核标准 | 分值 | 评分方式):
    the one after says how a row is scored, so the one before says what is assessed, the row's own name (a level
    under the name column before it). A header whose 序号 stands after its name columns (考核内容 | 考核指标 | 序号 |
    考核要点 | 分值) numbers the rows there: the column after the 序号 names them, the name columns before it are
    their groups. Any other header as it is."""
    rules = [k for k, f in enumerate(fields) if f == "rule"]
    w = fields.index("weight") if "weight" in fields else None
    if w is not None and len(rules) == 2 and rules[0] < w < rules[1] and any(
            names_indicator(f) for f in fields[: rules[0]]):
        fields = ["name" if k == rules[0] else f for k, f in enumerate(fields)]
    how = [k for k in rules if squash(fields_text[k]).endswith(_METHOD_NOUNS)] if fields_text else []
    if w is not None and len(rules) == 2 and w < rules[0] < rules[1] and len(how) == 1:
        # two rule columns after the weight, one a method (检查考评标准 | 检查考评方法, 评分方法 | 评分标准): the
        # other says what a row loses points for and is its rule; the method says how it is checked (查看文件、
        # 台账), a column of its own the reader leaves
        fields = [None if k in how else f for k, f in enumerate(fields)]
    late = [k for k, f in enumerate(fields) if f == "name" and w is not None and k > w]
    if late and "rule" not in fields and any(names_indicator(f) for f in fields[: w or 0]):
        # a name column after the weight where the rows are named before it (考核指标 | 分值 | 考核内容): what a row is
        # assessed on, its rule
        fields = ["rule" if k == late[0] else f for k, f in enumerate(fields)]
    scores = [k for k, f in enumerate(fields) if f == "score"]
    if fields_text and len(scores) > 1 and all(squash(fields_text[k]).endswith("级评分") for k in scores):
        # each level's score (县级评分 | 市级评分): the first is the row's own, scored where the form was filled; the
        # later ones are a review's, left blank or not, a column of their own the reader leaves
        fields = [None if k in scores[1:] else f for k, f in enumerate(fields)]
    seq = fields.index("seq") if "seq" in fields else None
    if w is not None and seq is not None and seq + 1 < w and "name" in fields[:seq] \
            and fields[seq + 1] in ("explain", None):
        fields = ["name" if k == seq + 1 else f for k, f in enumerate(fields)]  # 考核指标 | 序号 | 考核要点 | 分值
    return fields


# the words a rule opens with before its first figure (以100%为标准, 达到95%, 不超过3次, 按100%计): a rule's words, never
# a name's
RULE_OPENING = "以|按|达到|不低于|不高于|不少于|不多于|不超过|低于|高于|超过|大于|小于|等于|控制在"
_MAX_RUN = 48  # a longer text is no header's labels run together
_BARE = ("指标", "项目")


def labels_run(text: str) -> list[str] | None:
    """The column labels a cell is made of where the header's labels ran together, their pipes or line breaks
    lost (二级指标三级指标指标分值 → 二级指标 | 三级指标 | 指标分值): two or more labels that ``field`` names, and
    nothing else (the fewest such labels), none of them the bare 指标 or 项目 that open other labels (指标得分 is
    one label); None for any other text. Linear in the text (labels are short)."""
    t = squash(text)
    if len(t) > _MAX_RUN or field(t) is not None:
        return None
    best: list[list[str] | None] = [[]] + [None] * len(t)  # best[i]: the fewest labels making t[:i]
    for i in range(1, len(t) + 1):
        for j in range(max(0, i - MAX_RULE_LABEL), i - 1):
            before = best[j]
            if before is not None and t[j:i] not in _BARE and field(t[j:i]) is not None \
                    and (best[i] is None or len(before) + 1 < len(best[i] or [])):
                best[i] = [*before, t[j:i]]
    out = best[len(t)]
    return out if out is not None and len(out) >= 2 else None


def is_rule_column(text: str, names: tuple[str, ...] = RULE_COLUMNS) -> bool:
    """A header cell naming the rule column: one of ``names``, or a short label ending in one."""
    return text.startswith(names) or (len(text) <= MAX_RULE_LABEL and text.endswith(names))


@dataclass(slots=True)
class Columns:
    """A header's column model: what each column holds (``field``), in order."""

    fields: list[str | None]

    @property
    def names(self) -> list[int]:
        """The columns that name the indicator, from the first level down (the last one is the leaf's)."""
        levels = sorted((f, k) for k, f in enumerate(self.fields) if f and f.startswith("level"))
        named = [k for k, f in enumerate(self.fields) if f == "name"]
        return [k for _, k in levels] + named if levels else named

    def col(self, name: str) -> int | None:
        """The first column of ``name``; the weight's is the leaf's (``weight_of``) where each level prints one."""
        if name == "weight" and self.names:
            return self.weight_of(self.names[-1])
        return self.fields.index(name) if name in self.fields else None

    def weight_of(self, k: int) -> int | None:
        """The weight column of the name column ``k``: where each level prints its own (一级指标 | 分值 | 二级指标 |
        分值 | 三级指标 | 分值), the first after it before the next name column; else the table's one weight column."""
        names = self.names
        later = [j for j, f in enumerate(self.fields) if j > k and (f == "weight" or j in names)]
        if later and self.fields[later[0]] == "weight":
            return later[0]
        if not names or k != names[-1]:
            return None
        return self.fields.index("weight") if "weight" in self.fields else None


__all__ = ["SEQ_COLUMNS", "Columns", "EARNABLE", "EARNED", "EXPLAIN_COLUMNS", "GRADE_COLUMNS", "grade_column", "header_field", "LEVEL_WORDS", "NAME_COLUMNS", "RULE_COLUMNS", "SCORE_COLUMNS", "SCORE_RULE_COLUMNS", "SUBTOTAL", "SCORE_WORDS", "TOTAL_WORDS",
           "WEIGHTS", "WEIGHT_COLUMNS", "WEIGHT_WORDS", "clause_name", "field", "is_rule_column", "labels_run", "names_indicator", "RULE_OPENING", "settle"]

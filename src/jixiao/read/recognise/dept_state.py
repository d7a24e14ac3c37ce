"""What a department score table is read into: its header, its indicators, the state of the reading.

``header_of`` tells a department-table header row (一级/二级/三级指标 with 权重 or 得分) and which field each
column holds (``Header``); ``Node`` is an indicator as read (a label of any level or a row's own indicator,
its name joined from the fragments PDF line wraps leave); ``State`` holds the indicators by code, the problems,
the totals and the tables read so far. ``clean_text`` and ``join_text`` are the text helpers they share (``squash`` is ``common``'s).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jixiao.core.records import MISSING, Problem, Val
from jixiao.core.source import Source
from jixiao.core.table import Cell, Table
from jixiao.read.recognise.common import squash, unwrap

# Header words → the field a column holds.
_COLUMNS = {
    "一级指标": "level1",
    "二级指标": "level2",
    "三级指标": "level3",
    "四级指标": "level4",
    "权重": "weight",
    "权重分": "weight",
    "分值": "weight",
    "标准值": "standard",
    "评分规则": "rule_text",
    "评分标准": "rule_text",
    "业绩值及评分过程": "evidence",
    "评分过程": "evidence",
    "评分说明": "evidence",
    "指标解释": "explanation",
    "得分": "score",
    "得分率": "rate",
}
LEVEL_FIELDS = ("level1", "level2", "level3", "level4")
_LEVEL_OF_DIGITS = {0: 1, 1: 2, 2: 3, 3: 3, 4: 4}


def clean_text(text: str) -> str:
    """Cell text without the spaces that PDF line wraps leave between Chinese characters (``common.unwrap``),
    other runs of white space one space."""
    return " ".join(unwrap(text).split())


def join_text(a: str, b: str) -> str:
    if not a:
        return b
    if not b:
        return a
    sep = "" if (not a[-1].isascii() or not b[0].isascii()) else " "
    return a + sep + b


@dataclass(slots=True)
class Header:
    """Which field each column holds (``None`` for a column the recogniser does not use)."""

    fields: list[str | None]
    kind: str  # "full" (rules and scores), "system" (rules), "score" (scores), "summary" (no leaves)
    texts: tuple[str, ...]

    @property
    def width(self) -> int:
        return len(self.fields)

    def first_content(self) -> int:
        for i, f in enumerate(self.fields):
            if f in ("standard", "rule_text", "evidence", "explanation", "score"):
                return i
        return self.width

    def level_column(self, level: int) -> int | None:
        name = LEVEL_FIELDS[level - 1]
        return self.fields.index(name) if name in self.fields else None


def header_of(row: list[Cell]) -> Header | None:
    texts = tuple(squash(c.text) for c in row)
    fields = [_COLUMNS.get(t) for t in texts]
    present = set(f for f in fields if f)
    if "level2" not in present or not ({"weight", "score"} & present):
        return None
    has_rules = "rule_text" in present
    has_score = "score" in present
    if "level3" not in present:
        kind = "summary" if has_score else ""
    elif has_rules:
        kind = "full" if has_score else "system"
    else:
        kind = "score" if has_score else ""
    if not kind:
        return None
    while fields and fields[-1] is None and not texts[len(fields) - 1]:
        fields.pop()
    return Header(fields, kind, texts)


@dataclass(slots=True)
class Node:
    """An indicator as read: a label (any level) or a row's own indicator."""

    code: str
    level: int
    name: str = ""
    raw: str = ""
    source: Source | None = None
    weight: Val = MISSING
    fields: dict[str, Val] = field(default_factory=dict)
    row_source: Source | None = None
    defined: bool = False  # seen in a table that defines indicators (weights, rules)
    score_row: Source | None = None  # its row in a table with scores

    def name_val(self) -> Val:
        if not self.raw:
            return MISSING
        return Val(self.name or None, self.raw, self.source)

    def append_name(self, fragment: str, source: Source) -> None:
        self.raw = join_text(self.raw, fragment)
        self.name = clean_text(join_text(self.name, fragment))
        if self.source is None:
            self.source = source


@dataclass(slots=True)
class State:
    file: str
    nodes: dict[str, Node] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    level_scores: dict[str, Val] = field(default_factory=dict)  # 表3-0-1: A1 6.2 …
    subtotals: dict[str, Val] = field(default_factory=dict)  # 合计 of each score table, by first level
    total: Val = MISSING
    total_weight: Val = MISSING
    tables: list[Table] = field(default_factory=list)
    first_line: int | None = None

    def node(self, code: str) -> Node:
        if code not in self.nodes:
            level = 1 if len(code) == 1 else _LEVEL_OF_DIGITS.get(len(code) - 1, len(code))
            self.nodes[code] = Node(code, level)
            self.order.append(code)
        return self.nodes[code]

    def problem(self, zh: str, en: str, source: Source | None) -> None:
        self.problems.append(Problem(zh, source, en))


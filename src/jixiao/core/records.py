"""The records read from documents: forms, tables, problems. Every value keeps its source.

These are the shared shapes between ``read`` (which builds them), ``scoring`` and ``audit`` (which use them)
and ``report`` (which shows them). ``to_json`` gives the documented JSON of ``jixiao read --json``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from jixiao.core.numbers import fmt
from jixiao.core.safetext import bound_fields
from jixiao.core.source import Source
from jixiao.core.table import Table

DOC_TYPES = (
    "project_self_evaluation",  # 项目支出绩效自评表
    "policy_self_evaluation",  # 政策绩效自我评价表
    "dept_evaluation",  # 部门整体绩效评价 score tables
    "final_accounts",  # 部门决算
    "budget_disclosure",  # 部门预算公开
    "sangong",  # a “三公”经费 table on its own
    "assessment_rules",  # 考核评分细则
)
# The types read into ``jixiao.accounts`` tables (``extra["accounts"]``) and checked by ``check_accounts``.
ACCOUNT_TYPES = ("final_accounts", "budget_disclosure", "sangong")

FUNDS_ROWS = ("total", "current_year", "carried_over", "other")
# Policy forms (政策绩效自我评价表) split the total by who pays: 中央/市级/区级补助.
POLICY_FUNDS_ROWS = ("total", "central", "municipal", "district")
FUNDS_COLUMNS = ("initial_budget", "annual_budget", "executed", "weight", "rate", "score")


@dataclass(frozen=True, slots=True)
class Val:
    """A value read from a document: the parsed value (Decimal or str), the raw text, and its source.

    ``value`` is None when the cell is absent or could not be read; ``text`` keeps what was there.
    """

    value: Decimal | str | None
    text: str | None = None
    source: Source | None = None

    @property
    def dec(self) -> Decimal | None:
        return self.value if isinstance(self.value, Decimal) else None

    @property
    def str_(self) -> str | None:
        if self.value is None:
            return None
        return self.value if isinstance(self.value, str) else fmt(self.value)

    def to_json(self) -> dict[str, Any]:
        v = self.value
        return {
            "value": fmt(v) if isinstance(v, Decimal) else v,
            "text": self.text,
            "source": self.source.to_json() if self.source else None,
        }


MISSING = Val(None)
# Document.extra key a reader sets (to a short reason) when it saw only part of the indicator rows: sums over
# them cannot then be checked.
HALF_READ = "indicators_incomplete"
# Document.extra key a reader of a table without its total row sets: the level labels (as its rows' level1/level2
# print them, 项目立项(12分)) whose rows it read whole, the text going on past them to another label. Their sums can
# be checked though the table is half read (its end may be missing, not the groups before it).
CLOSED_LEVELS = "closed_levels"
# Document.extra key a reader sets when some indicator rows' cells could not be told apart (a row's name holds
# another row's figures, "准确率100%100%44…"): the columns of every row are then in doubt, and a row's score
# against its weight is a reading suspicion, never an arithmetic error.
ROWS_UNSPLIT = "indicator_rows_unsplit"
# Document.extra key a reader sets (to what it read) when the document's figures were read from sentences, by their
# grammar, not from a table's cells: a difference among them is a suspicion to check, never an arithmetic error.
READ_FROM_PROSE = "read_from_prose"
# Document.extra key a reader sets (to how) when a table's columns were told apart only by what a template usually
# gives (an indicator block with no header, its weights making 100 less the execution points the templates give, on a
# page with no execution block): a difference among its figures is a suspicion to check, never an arithmetic error.
COLUMNS_ASSUMED = "columns_assumed"
NO_REASON_COLUMN = "no_reason_column"  # the form has no 偏差原因 column: no reason can be missing from it
# Document.extra key: the funds sub-rows the reader saw printed with every amount blank (they hold zero).
BLANK_FUNDS_ROWS = "blank_funds_rows"
# Document.extra key: the form scores budget execution as one of its indicator rows (预算执行率 under 过程 or 项目管理),
# so its funds block has no weight or score of its own (the reader sets it when the first levels' weights make 100).
EXECUTION_AS_INDICATOR = "execution_as_indicator"


@dataclass(frozen=True, slots=True)
class Problem:
    """A located problem met while reading: what could not be read or placed, and where."""

    message: str
    source: Source | None = None
    message_en: str | None = None

    def __post_init__(self) -> None:
        bound_fields(self, "message", "message_en")

    def to_json(self) -> dict[str, Any]:
        return {
            "message": self.message,
            "message_en": self.message_en,
            "source": self.source.to_json() if self.source else None,
        }


@dataclass(slots=True)
class FundsRow:
    """One row of the funds block (年度资金总额 / 当年财政拨款 / 上年结转资金 / 其他资金)."""

    initial_budget: Val = MISSING  # 年初预算数
    annual_budget: Val = MISSING  # 全年预算数 (adjusted)
    executed: Val = MISSING  # 全年执行数
    weight: Val = MISSING  # 分值
    rate: Val = MISSING  # 执行率, in percent as published (99.44 for 99.44%)
    score: Val = MISSING  # 得分

    def to_json(self) -> dict[str, Any]:
        return {k: getattr(self, k).to_json() for k in FUNDS_COLUMNS}


@dataclass(slots=True)
class IndicatorRow:
    """One indicator row. For department tables ``code`` and deeper levels are used as well."""

    level1: Val = MISSING  # 一级指标
    level2: Val = MISSING  # 二级指标
    level3: Val = MISSING  # 三级指标 (the named indicator)
    target: Val = MISSING  # 年度指标值 (raw text; parse with core.target.parse_target)
    actual: Val = MISSING  # 实际完成值
    weight: Val = MISSING  # 分值 / 权重
    score: Val = MISSING  # 得分 / 自评分
    deviation_note: Val = MISSING  # 偏差原因分析及改进措施
    code: Val = MISSING  # 指标编码 (A11) where the table gives one
    level4: Val = MISSING  # 四级指标 (seed 003)
    rule_text: Val = MISSING  # 评分规则 / 评分标准
    evidence: Val = MISSING  # 业绩值及评分过程 / 评分说明
    standard: Val = MISSING  # 标准值
    source: Source | None = None  # the row
    improvement: Val = MISSING  # 改进措施 (policy forms give it its own column)

    def to_json(self) -> dict[str, Any]:
        keys = (
            "level1", "level2", "level3", "target", "actual", "weight", "score", "deviation_note",
            "code", "level4", "rule_text", "evidence", "standard", "improvement",
        )
        d: dict[str, Any] = {k: getattr(self, k).to_json() for k in keys}
        d["source"] = self.source.to_json() if self.source else None
        return d


@dataclass(slots=True)
class Document:
    """One recognised document. A file may hold many."""

    type: str
    title: str | None
    source: Source
    year: int | None = None
    money_unit: str | None = None  # 元 / 万元
    header: dict[str, Val] = field(default_factory=dict)  # 项目名称, 主管部门, 实施单位, 政策名称 ...
    funds: dict[str, FundsRow] = field(default_factory=dict)  # keys from FUNDS_ROWS
    level1_weights: dict[str, Val] = field(default_factory=dict)  # policy forms: 一级权重
    indicators: list[IndicatorRow] = field(default_factory=list)
    total_score: Val = MISSING
    total_weight: Val = MISSING
    grade: Val = MISSING
    tables: list[Table] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # Free text of the document (body paragraphs) with their lines, for text-against-table checks.
    body: list[tuple[str, Source]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "title": self.title,
            "source": self.source.to_json(),
            "year": self.year,
            "money_unit": self.money_unit,
            "header": {k: v.to_json() for k, v in self.header.items()},
            "funds": {k: v.to_json() for k, v in self.funds.items()},
            "level1_weights": {k: v.to_json() for k, v in self.level1_weights.items()},
            "indicators": [i.to_json() for i in self.indicators],
            "total_score": self.total_score.to_json(),
            "total_weight": self.total_weight.to_json(),  # 总分 row's 分值 (100), as printed
            "grade": self.grade.to_json(),
            "tables": [
                {"title": t.title, "source": t.source.to_json(), "rows": t.texts()} for t in self.tables
            ],
            "problems": [p.to_json() for p in self.problems],
        }

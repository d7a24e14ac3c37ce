"""部门决算 / 部门预算 — the final-accounts and budget-disclosure tables as records: rows with classification
code, name and sourced values. A budget disclosure (部门预算公开) publishes the same tables with 预算数 in
place of 决算数; ``Accounts.stage`` says which ("final" or "budget") and each table's name follows it.

Codes are strings of digits (``"201 05 04"`` is ``"2010504"``); the functional classification has 类/款/项
of 3/5/7 digits, the economic classification 类/款 of 3/5. Parents are derived by prefix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from jixiao.core.numbers import ZERO
from jixiao.core.records import MISSING, Val
from jixiao.core.source import Source

FUNCTIONAL = "functional"  # 支出功能分类
ECONOMIC = "economic"  # 部门预算支出经济分类

# (kind, key in the title, Chinese name) — matched in this order, so longer titles come first.
TABLE_KINDS: tuple[tuple[str, str, str], ...] = (
    ("fiscal_summary", "财政拨款收入支出决算总表", "财政拨款收入支出决算总表"),
    ("summary", "收入支出决算总表", "收入支出决算总表"),
    ("three_public", "三公", "“三公”经费及机关运行经费支出决算表"),
    ("gp_basic", "基本支出决算表", "一般公共预算财政拨款基本支出决算表"),
    ("gp_expenditure", "一般公共预算财政拨款支出决算表", "一般公共预算财政拨款支出决算表"),
    ("gov_fund", "政府性基金预算财政拨款支出决算表", "政府性基金预算财政拨款支出决算表"),
    ("soe_capital", "国有资本经营预算财政拨款支出决算表", "国有资本经营预算财政拨款支出决算表"),
    ("income", "收入决算表", "收入决算表"),
    ("expenditure", "支出决算表", "支出决算表"),
)
KIND_ZH = {k: zh for k, _, zh in TABLE_KINDS}
# The budget disclosure's tables (title keys matched in this order) and their names.
BUDGET_KINDS: tuple[tuple[str, str, str], ...] = (
    ("fiscal_summary", "财政拨款收支预算总表", "财政拨款收支预算总表"),
    # the 部门预算 template's own titles, which do not say 预算 (部门收支总表, 财政拨款收支总表, 部门收入总表)
    ("fiscal_summary", "财政拨款收支总表", "财政拨款收支预算总表"),
    ("summary", "收支预算总表", "财务收支预算总表"),
    ("summary", "收支总表", "财务收支预算总表"),
    ("three_public", "三公", "“三公”经费和机关运行经费预算表"),
    ("gp_basic", "基本支出", "一般公共预算基本支出经济分类预算表"),
    ("gp_expenditure", "一般公共预算支出", "一般公共预算支出功能分类预算表"),
    ("gov_fund", "政府性基金预算支出", "政府性基金预算支出功能分类预算表"),
    ("soe_capital", "国有资本经营预算支出", "国有资本经营预算支出功能分类预算表"),
    ("income", "收入预算", "收入预算总表"),
    ("expenditure", "支出预算", "支出预算总表"),
    ("income", "收入总表", "收入预算总表"),
    ("expenditure", "支出总表", "支出预算总表"),
)
STAGE_NAMES = {"final": KIND_ZH, "budget": {k: zh for k, _, zh in BUDGET_KINDS}}
# The tables' names in English, for messages asked for in English (never the internal kind).
STAGE_NAMES_EN = {
    "final": {
        "fiscal_summary": "final accounts summary of fiscal appropriations",
        "summary": "final accounts summary of income and expenditure",
        "three_public": "final accounts of the “three public” expenses and office running costs",
        "gp_basic": "final accounts of general-budget basic expenditure",
        "gp_expenditure": "final accounts of general-budget expenditure",
        "gov_fund": "final accounts of government-fund budget expenditure",
        "soe_capital": "final accounts of state-capital budget expenditure",
        "income": "final accounts of income",
        "expenditure": "final accounts of expenditure",
    },
    "budget": {
        "fiscal_summary": "budget summary of fiscal appropriations",
        "summary": "budget summary of income and expenditure",
        "three_public": "budget of the “three public” expenses and office running costs",
        "gp_basic": "general-budget basic expenditure budget by economic classification",
        "gp_expenditure": "general-budget expenditure budget by function",
        "gov_fund": "government-fund expenditure budget by function",
        "soe_capital": "state-capital expenditure budget by function",
        "income": "income budget",
        "expenditure": "expenditure budget",
    },
}
CLASSIFIED = ("income", "expenditure", "gp_expenditure", "gp_basic", "gov_fund", "soe_capital")

_ORDINAL = re.compile(r"^(其中[:：]?|[一二三四五六七八九十]+、|\(?[一二三四五六七八九十]+\)|（[一二三四五六七八九十]+）|\d+[、.])")
_SPACE = re.compile(r"\s+")


def normalise_code(text: str) -> str | None:
    """``"201 05 04"``, ``"2010504"``, ``"201-05"`` → digits; None when it is not a code."""
    digits = re.sub(r"[\s\-.]", "", text)
    if not digits.isdigit() or len(digits) not in (3, 5, 7):
        return None
    return digits


def code_level(code: str) -> int:
    """1 类, 2 款, 3 项."""
    return {3: 1, 5: 2, 7: 3}.get(len(code), 0)


def parent_code(code: str) -> str | None:
    return code[:-2] if len(code) > 3 else None


def clean_name(name: str) -> str:
    """A row label for comparing: no ordinal prefix (一、 其中：), no spaces from wrapped cells."""
    s = _SPACE.sub("", name)
    s = s.replace("（类）", "").replace("(类)", "")
    while True:
        t = _ORDINAL.sub("", s)
        if t == s:
            return s
        s = t


TO_WAN = {"元": Decimal("0.0001"), "千元": Decimal("0.1"), "万元": Decimal(1), "亿元": Decimal(10000)}  # a unit in 万元


@dataclass(slots=True)
class AccountRow:
    """One row: classification code (digits, or None for 合计 and summary items), name, values by column."""

    name: str
    values: dict[str, Val]
    source: Source
    code: str | None = None
    code_text: str | None = None  # as written ("201 05 04")
    total: bool = False  # the 合计 row
    side: str | None = None  # summary tables: "income" / "expenditure"
    code_incomplete: bool = False  # repeats its 款 code, its 项 missing (seed 003 "210 11")
    item: str | None = None  # 三公 tables: the item the row is (合计, 公务接待费 …; ``accounts.sangong``)
    unit: str | None = None  # a stated figure's own unit where a text prints its figures in several (亿元 and 万元)
    unsure: set[str] = field(default_factory=set)  # columns whose blank may be a cell lost in extraction
    printed: str | None = None  # the label as the text prints it, where the row is named otherwise (with its budget)

    def get(self, column: str) -> Val:
        return self.values.get(column, MISSING)

    def dec(self, column: str) -> Decimal:
        """The value as a number; a blank or "--" cell counts as zero (决算表 leave zero cells blank)."""
        return self.get(column).dec or ZERO

    def label(self) -> str:
        return f"{self.code_text or self.code or ''} {clean_name(self.name)}".strip()

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "code_text": self.code_text,
            "name": self.name,
            "total": self.total,
            "side": self.side,
            "values": {k: v.to_json() for k, v in self.values.items()},
            "source": self.source.to_json(),
            **({"item": self.item} if self.item else {}),
            **({"unsure": sorted(self.unsure)} if self.unsure else {}),
            **({"printed": self.printed} if self.printed else {}),
        }


@dataclass(slots=True)
class AccountTable:
    """One final-accounts table (kind from TABLE_KINDS)."""

    kind: str
    title: str
    source: Source
    columns: list[str] = field(default_factory=list)
    rows: list[AccountRow] = field(default_factory=list)
    classification: str | None = None  # FUNCTIONAL / ECONOMIC for classified tables
    statement: tuple[str, Source] | None = None  # "故本表无数据" and where it stands
    stage: str = "final"  # "final" (决算) or "budget" (预算)
    unit: str | None = None  # the money unit its preamble gives (元, 万元)
    roles: dict[str, str] = field(default_factory=dict)  # 三公 tables: column → role (``accounts.sangong``)
    own_name: str | None = None  # a standalone table's name (“三公”经费预算表), not one of the set's
    checked: bool = True  # False: read from loose words and not whole (``recognise.accounts_cells``): no identity
    # True: printed without a title, its kind told by its own header (``recognise.accounts_untitled``): its own sums
    # are checked, never compared with the set's other tables or the notes (its stage may not be theirs)
    alone: bool = False
    printed: dict[str, str] = field(default_factory=dict)  # a column named by what it holds → its label as printed

    @property
    def name_en(self) -> str:
        """The table's name in English (messages in English never show the internal kind)."""
        if self.kind == "notes":
            return "flattened income and expenditure summary" if "压平" in (self.own_name or "") else \
                "figures stated in the notes"
        if self.kind == "target_funds":
            return "project funds of the performance target table"
        if self.kind == "target_costs":
            return "cost basis of the performance target table"
        if self.kind == "target_tasks":
            return "year's tasks of the department's performance target table"
        if self.kind == "execution":
            return "budget execution table"
        if self.kind == "labelled":
            return f"table {self.title!r} read by its labels"
        if self.kind == "coded":
            return "classified table printed without title or header"
        if self.kind == "related":
            return "table whose header could not be read"
        if self.own_name is not None:
            return f"“three public” expenses {'final accounts' if self.stage == 'final' else 'budget'} table"
        return STAGE_NAMES_EN[self.stage][self.kind] + " table"

    @property
    def standalone(self) -> bool:
        return self.own_name is not None

    @property
    def name(self) -> str:
        """The table's name for messages, by its kind and stage (收入决算表 / 收入预算总表)."""
        return self.own_name or STAGE_NAMES[self.stage][self.kind]

    @property
    def coded(self) -> list[AccountRow]:
        return [r for r in self.rows if r.code and not r.total]

    @property
    def total_row(self) -> AccountRow | None:
        return next((r for r in self.rows if r.total), None)

    @property
    def empty(self) -> bool:
        return all(v.dec is None or v.dec == ZERO for r in self.rows for v in r.values.values())

    def item(self, name: str, side: str | None = None) -> AccountRow | None:
        """A summary item by its label (ordinal prefix ignored) or the label it is printed under, first occurrence."""
        key = clean_name(name)
        for r in self.rows:
            if (side is None or r.side == side) and key in (clean_name(r.name), clean_name(r.printed or "")):
                return r
        return None

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "title": self.title,
            "source": self.source.to_json(),
            "classification": self.classification,
            "columns": self.columns,
            "rows": [r.to_json() for r in self.rows],
            "statement": self.statement[0] if self.statement else None,
            "stage": self.stage,
            "unit": self.unit,
            **({"printed_columns": self.printed} if self.printed else {}),
        }


@dataclass(slots=True)
class Accounts:
    """One set of final-accounts tables (one department, one year)."""

    tables: list[AccountTable] = field(default_factory=list)
    year: int | None = None
    money_unit: str | None = None
    stage: str = "final"  # "final" (部门决算) or "budget" (部门预算公开)
    # The tables the document's 目录 lists: (kind, the line as written, where it stands).
    contents: list[tuple[str, str, Source]] = field(default_factory=list)
    unit_name: str | None = None  # 编制部门/编制单位/预算主管部门 as the tables' bylines give it

    def table(self, kind: str) -> AccountTable | None:
        return next((t for t in self.tables if t.kind == kind), None)

    def name(self, kind: str) -> str:
        return STAGE_NAMES[self.stage][kind]

    def name_en(self, kind: str) -> str:
        return STAGE_NAMES_EN[self.stage][kind] + " table"

    def to_json(self) -> dict[str, Any]:
        return {"year": self.year, "money_unit": self.money_unit, "stage": self.stage,
                "unit_name": self.unit_name, "tables": [t.to_json() for t in self.tables]}

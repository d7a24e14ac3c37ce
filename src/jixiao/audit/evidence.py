"""业绩值及评分过程 — formulas written out in a score table's evidence text, recomputed.

Seed 002 writes ``预算执行率=(87877569.18÷93367667.77)×100%=94.12%，扣减0.12分，得1.88分``: the rate is
recomputed from the figures in the text (``÷ × - +`` and brackets, exactly, in Decimal), and the score
as well, by the rule of the leaf with the row's code in the document's framework (``leaf_score``).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from decimal import Decimal

from jixiao.audit.common import squash_numbers
from jixiao.core.numbers import HUNDRED
from jixiao.core.rounding import HALF_UP_2
from jixiao.frameworks.model import Indicator
from jixiao.rules import RULES, RuleContext, RuleInputError, RuleResult

FORMULA = re.compile(
    r"(?P<name>[\u4e00-\u9fff“”\"']{2,12}率)\s*=\s*(?P<expr>[\d.()+\-−÷×/*\s]+?)\s*[×x*]\s*100\s*%\s*=\s*"
    r"(?P<value>\d+(?:\.\d+)?)\s*%"
)
SCORE_SAID = re.compile(r"得\s*(\d+(?:\.\d+)?)\s*分")


_NUMBER_TOKEN = re.compile(r"\d+(?:\.\d+)?")


def evaluate(expr: str) -> Decimal | None:
    """An arithmetic expression of numbers, + - × ÷ and brackets, exactly: every number is read as a Decimal
    from its text (never through float); None when the text is not such an expression."""
    wrapped = _NUMBER_TOKEN.sub(lambda m: f"D('{m.group(0)}')", expr.replace("÷", "/").replace("×", "*"))
    try:
        return _eval(ast.parse(wrapped.strip(), mode="eval").body)
    except (SyntaxError, ArithmeticError, ValueError):
        return None


def _eval(node: ast.AST) -> Decimal:
    if isinstance(node, ast.BinOp):
        a, b = _eval(node.left), _eval(node.right)
        if isinstance(node.op, ast.Add):
            return a + b
        if isinstance(node.op, ast.Sub):
            return a - b
        if isinstance(node.op, ast.Mult):
            return a * b
        if isinstance(node.op, ast.Div):
            return a / b
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_eval(node.operand)
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "D"
            and len(node.args) == 1 and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
        return Decimal(node.args[0].value)
    raise ValueError("not arithmetic")


@dataclass(frozen=True, slots=True)
class Formula:
    """One formula found in an evidence text."""

    name: str
    expr: str
    published: Decimal  # percent, as written
    exact: Decimal | None  # percent, recomputed
    said_score: Decimal | None  # the 得X分 the text ends with

    @property
    def recomputed(self) -> Decimal | None:
        return None if self.exact is None else HALF_UP_2.apply(self.exact)


def find_formulas(text: str) -> list[Formula]:
    s = squash_numbers(text).replace("−", "-")  # U+2212, which NFKC keeps
    out: list[Formula] = []
    for m in FORMULA.finditer(s):
        value = evaluate(m.group("expr"))
        exact = None if value is None else value * HUNDRED
        tail = s[m.end(): m.end() + 40]
        said = SCORE_SAID.findall(tail)
        out.append(Formula(
            name=m.group("name").strip("“”\"'"), expr=m.group("expr").strip(), published=Decimal(m.group("value")),
            exact=exact, said_score=Decimal(said[-1]) if said else None,
        ))
    return out


def leaf_score(leaf: Indicator, rate: Decimal, ctx: RuleContext) -> RuleResult:
    """Score a rate recomputed from the evidence text by the framework leaf's own rule: the leaf's weight
    and params, ``measure`` removed (the rate is already computed), the rate as input ``value``.
    ``RuleInputError`` when the leaf's rule does not score a value (a checklist, an evaluator's choice)."""
    rule = RULES.get(leaf.rule or "")
    if rule is None:
        raise RuleInputError(f"未知评分规则 {leaf.rule}", f"unknown rule {leaf.rule}")
    params = {k: v for k, v in leaf.params.items() if k != "measure"}
    return rule(leaf.weight, params, {"value": ctx.rate.apply(rate)}, ctx)

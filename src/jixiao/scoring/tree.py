"""Tree frameworks (dept, assessment): ``inputs`` by leaf code, every leaf by its rule, each branch the Σ of
its children."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jixiao.frameworks.model import Framework
from jixiao.frameworks.yamlio import plain
from jixiao.scoring.result import ScoredIndicator, ScoreResult
from jixiao.scoring.scorer import Scorer, leaf_inputs, subtotal


def score_tree(
    fw: Framework,
    inputs: Mapping[str, Any] | None,
    *,
    file: str = "<data>",
    member: str | None = None,
    data: Mapping[str, Any] | None = None,
) -> ScoreResult:
    """Score a tree framework (dept, assessment) from ``inputs`` by leaf code.

    ``member`` picks a leaf's ``member_rules`` where it has one (assessments). ``inputs`` may be a mapping
    read by ``load_data`` (then problems carry the data file's lines) or a plain dict.
    """
    s = Scorer(fw, file)
    inputs = inputs or {}
    codes = {ind.code: ind for _, ind in fw.walk()}
    for code in inputs:
        ind = codes.get(str(code))
        if ind is None:
            s.problem(s.src(inputs, code), f"框架 {fw.id} 中没有指标 {code}", f"framework {fw.id} has no indicator {code}")
        elif not ind.is_leaf:
            s.problem(s.src(inputs, code), f"{code} 不是末级指标，不能直接给输入", f"{code} is not a leaf: it takes no inputs")
    nodes: list[ScoredIndicator] = []
    # A leaf with no inputs at all is reported where the inputs block starts.
    missing_at = s.src(data, "inputs") if data is not None and "inputs" in data else s.src(inputs)

    def visit(ind: Any, level: int, parent: str | None) -> ScoredIndicator:
        if ind.is_leaf:
            given = inputs.get(ind.code)
            where = s.src(inputs, ind.code) if given is not None else missing_at
            values = leaf_inputs(given) if isinstance(given, Mapping) else {}
            if given is not None and not isinstance(given, Mapping):
                values = {"score": plain(given)}  # a bare number is the evaluator's score
            rule_name, params = ind.rule_for(member)
            node = s.run(ind.code, ind.name, ind.weight, rule_name, params, values, where, level=level, parent=parent)
            nodes.append(node)
            return node
        at = len(nodes)
        nodes.append(ScoredIndicator(ind.code, ind.name, ind.weight, None, level, False, parent))
        kids = [visit(k, level + 1, ind.code) for k in ind.children]
        sub = subtotal(kids)
        nodes[at] = ScoredIndicator(ind.code, ind.name, ind.weight, sub, level, False, parent)
        return nodes[at]

    for top in fw.indicators:
        visit(top, 1, None)
    return s.result(nodes, data or {})

"""Project and policy self-evaluation forms: ``funds`` (→ the execution-rate score) and the form's
``indicators``, each scored by the rule the framework's ``indicator_rules`` gives for the kind of its parsed
target (positive, reverse, range, qualitative); a policy form's rows by the evaluator's 自评分 within the
first-level weights.

A well-formed project form takes ``scoring.fastform`` (one pass, the framework's compiled rules, nothing
to report); any other form, or one with anything to say about it, is scored here row by row, problems
located. Both give the same result (tests/test_compiled.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from jixiao.core.numbers import ZERO
from jixiao.core.safetext import quote
from jixiao.core.source import Source
from jixiao.frameworks.model import Framework
from jixiao.frameworks.yamlio import line_of
from jixiao.rules import RuleContext, Trace
from jixiao.rules.common import pts
from jixiao.scoring.compiled import Plan, compiled_row, plan_for, target_and_kind
from jixiao.scoring.fastform import score_plain_form
from jixiao.scoring.result import CODES, EXECUTION_CODE, ScoredIndicator, ScoreResult, new_node
from jixiao.scoring.scorer import WEIGHTS, Scorer, all_text, has_none, leaf_inputs, num, text_of


def _score_form_indicator(
    s: Scorer, item: Mapping[str, Any], code: str, level1: str, weight: Decimal | None, where: Source,
    plan: Plan | None = None,
) -> ScoredIndicator:
    fw = s.fw
    get = item.get
    name = text_of(get("name")) or ""
    op, unit = get("op"), get("unit")
    target, kind = target_and_kind(text_of(get("target")) or "", op if op is None else str(op), unit if unit is None else str(unit))
    given_kind = get("kind")
    if given_kind is not None:
        kind = str(given_kind)
    if kind not in fw.indicator_rules:
        s.problem(where, f"{code} {name}: 未知指标类型 {kind}", f"{code} {name}: unknown indicator kind {kind}")
        return ScoredIndicator(code, name, weight, None, 2, True, level1, None, "指标类型无法识别", "unknown kind", where)
    inputs: dict[str, Any] = {"target": target, "actual": get("actual")}
    if "score" in item or "band" in item or "value" in item:
        for key in ("score", "band", "value"):
            if get(key) is not None:
                inputs[key] = item[key]
    if weight is None:
        return _self_score(s, item, code, name, level1, where)
    fast = plan.kinds.get(kind) if plan is not None else None
    if fast is not None:  # the common case: the compiled rule scores the row within its weight
        trace = fast(weight, target, item)
        if trace is not None and ZERO <= trace[1] <= weight:
            return new_node(ScoredIndicator, (code, name, weight, trace[1], 2, True, level1, trace, "", "", where))
    ref = fw.indicator_rules[kind]
    return s.run(code, name, weight, ref.rule, ref.params, inputs, where, level=2, parent=level1)


def score_form_item(
    fw: Framework,
    item: Mapping[str, Any],
    *,
    ctx: RuleContext | None = None,
    code: str = "1",
    level1: str = "",
    file: str = "<data>",
) -> ScoredIndicator:
    """Score one form indicator (``name``, ``target``, ``actual``, ``weight`` as in a data file's
    ``indicators``) exactly as ``score_form`` scores each row: by the ``indicator_rules`` entry for the kind
    of its parsed target. ``ctx`` replaces the framework's rounding (the audit asks for the exact score,
    ``Rounding("none")``). A row that cannot be scored has no score; its note says why."""
    plan = plan_for(fw, ctx)
    s = Scorer(fw, file, plan.ctx)
    return _score_form_indicator(s, item, code, level1, num(item.get("weight")), s.here, plan)


def _render_self_score(f: Mapping[str, Any], lang: str) -> str:
    if lang == "en":
        return f"self-assessed score {pts(f['score'])} (level-1 weight of {f['group']}: {pts(f['cap'])})"
    return f"自评分{pts(f['score'])}分（{f['group']}一级权重{pts(f['cap'])}分）"


def _self_score(
    s: Scorer, item: Mapping[str, Any], code: str, name: str, level1: str, where: Source
) -> ScoredIndicator:
    """自评分 — a policy form's third-level indicator has no weight: the evaluator's score, within its group."""
    cap = s.fw.level1_weights.get(level1, s.fw.total_weight)
    score = num(item.get("score"))
    if score is None or not ZERO <= score <= cap:
        zh = f"{code} {name}: " + ("缺少自评分" if score is None else f"自评分 {pts(score)} 超出 0–{pts(cap)}")
        en = f"{code} {name}: " + ("self-assessed score missing" if score is None else f"score {pts(score)} outside 0-{pts(cap)}")
        s.problem(where, zh, en)
        return ScoredIndicator(code, name, None, None, 2, True, level1, None, zh, en, where)
    trace = Trace("self_score", {"score": score, "cap": cap, "group": level1}, _render_self_score)
    return ScoredIndicator(code, name, None, score, 2, True, level1, trace, source=where)


def score_form(
    fw: Framework, data: Mapping[str, Any], *, file: str = "<data>", compiled: bool = True
) -> ScoreResult:
    """Score one project or policy self-evaluation form (``funds`` and ``indicators``).

    ``compiled`` (the default) scores rows by the framework's rules compiled once (``scoring.compiled``);
    False sends every row through the registered rule functions: the reference the compiled rules are
    tested against, with the same scores, problems and explanations. A well-formed project form is scored
    in one pass (``scoring.fastform``), the same result."""
    plan = plan_for(fw) if compiled else None
    if plan is not None:
        done = score_plain_form(fw, plan, data, file)
        if done is not None:
            return done
    s = Scorer(fw, file, plan.ctx if plan is not None else None)
    nodes: list[ScoredIndicator] = []
    if fw.execution is not None:
        funds = data.get("funds")
        weight = fw.execution.weight or ZERO
        where = s.src(data, "funds") if funds is not None else s.src(data)
        trace = None
        if plan is not None and plan.execution is not None and funds.__class__ is dict and all_text(funds):
            trace = plan.execution(weight, None, funds)  # a mapping of texts: its own inputs, as leaf_inputs copies it
        if trace is not None and ZERO <= trace[1] <= weight:
            nodes.append(new_node(ScoredIndicator, (EXECUTION_CODE, "预算执行率", weight, trace[1], 1, True, None, trace, "", "", where)))  # fmt: skip
        else:
            fund_inputs = leaf_inputs(funds) if isinstance(funds, Mapping) else {}
            nodes.append(
                s.run(EXECUTION_CODE, "预算执行率", weight, fw.execution.rule, fw.execution.params, fund_inputs, where)
            )
    given = data.get("level1_weights")
    if given is not None and isinstance(given, Mapping):
        for name, w in given.items():
            want = fw.level1_weights.get(str(name))
            if want is not None and num(w) != want:
                s.problem(
                    s.src(given, name),
                    f"表中一级权重 {name} {w} 与框架的 {pts(want)} 不同",
                    f"the form's level-1 weight of {name} ({w}) differs from the framework's {pts(want)}",
                )
    items = data.get("indicators")
    if not isinstance(items, list) or not items:
        s.problem(s.src(data), "数据中没有指标 (indicators)", "the data has no indicators")
        items = []
    groups: dict[str, list[ScoredIndicator]] = {}
    group_at: dict[str, Source] = {}
    level1, weights_given = "", ZERO
    weights_read = True  # a weight that cannot be read is its own problem, not a 0 in the sum
    lines = items.__class__ is not list and getattr(items, "lc", None) is not None
    where = s.here
    project = fw.kind == "project"
    kinds = plan.kinds if plan is not None else {}
    rows = plan.rows if plan is not None else None
    weights = WEIGHTS
    group: list[ScoredIndicator] = []
    group_name: str | None = None
    codes = CODES if len(items) < len(CODES) else [str(n) for n in range(len(items) + 1)]
    for n, (code, item) in enumerate(zip(codes[1:], items)):
        if lines:
            where = Source(file, line=line_of(items, n))
        if item.__class__ is not dict and not isinstance(item, dict):
            s.problem(where, "指标应为映射", "an indicator must be a mapping")
            continue
        get = item.get
        group1 = get("level1")  # a blank continues the group above (merged cells)
        if group1.__class__ is str:
            if group1:
                level1 = group1
        elif group1 is not None:
            level1 = text_of(group1) or level1
        raw_weight = get("weight")
        try:
            w = weights.get(raw_weight)  # type: ignore[arg-type]
        except TypeError:  # an unhashable weight (a list): not a number, said below
            w = None
        if w is None:
            w = num(raw_weight)
            if raw_weight is not None and w is None:
                s.problem(where, f"分值不是数值: {quote(raw_weight)}", f"weight is not a number: {quote(raw_weight)}")
            elif project and w is None:
                s.problem(where, f"{text_of(get('name'))}: 缺少分值", f"{text_of(get('name'))}: weight missing")
        if w is not None:
            weights_given += w  # (a zero weight adds nothing: ``w or ZERO`` is not needed)
        else:
            weights_read = False
        if level1 != group_name:
            group_name = level1
            group = groups.get(level1)  # type: ignore[assignment]
            if group is None:
                group = groups[level1] = []
                group_at[level1] = where
        # The common row, inline: a text target without hints, a weight, a kind whose rule is compiled.
        if w is not None and rows is not None and "op" not in item and "unit" not in item and "kind" not in item:
            text = get("target")
            row = rows.get(text) if text.__class__ is str else None
            if row is None and text.__class__ is str:
                row = compiled_row(rows, kinds, text)
            if row is not None:
                trace = row[1](w, row[0], item)
                if trace is not None and ZERO <= trace[1] <= w:
                    name = get("name")
                    if name.__class__ is not str:
                        name = text_of(name) or ""
                    group.append(new_node(ScoredIndicator, (code, name, w, trace[1], 2, True, level1, trace, "", "", where)))  # fmt: skip
                    continue
        group.append(_score_form_indicator(s, item, code, level1, w, where, plan))
    if (fw.kind == "project" and items and weights_read and fw.indicator_weight is not None
            and weights_given != fw.indicator_weight):
        s.problem(
            s.src(data, "indicators"),
            f"指标分值之和 {pts(weights_given)} 不等于 {pts(fw.indicator_weight)}",
            f"indicator weights add up to {pts(weights_given)}, not {pts(fw.indicator_weight)}",
        )
    # Σ in node order (the execution row, then each group's rows), each group's weight and subtotal
    leaf_scores = [node[3] for node in nodes]
    policy = fw.kind == "policy"
    for name, kids in groups.items():
        scores = [kid[3] for kid in kids]
        leaf_scores += scores
        weight = sum([kid[2] or ZERO for kid in kids], ZERO)
        sub = None if has_none(scores) else sum(scores, ZERO)  # type: ignore[type-var]
        cap = fw.level1_weights.get(name) if policy else None
        if cap is not None:
            weight = cap
        if policy:
            if cap is None:
                s.problem(group_at[name], f"一级指标 {name} 不在框架的一级权重中", f"level-1 group {name} has no weight in the framework")
            elif sub is not None and sub > cap:
                s.problem(
                    group_at[name],
                    f"一级指标 {name} 自评分之和 {pts(sub)} 超过一级权重 {pts(cap)}",
                    f"scores of {name} add up to {pts(sub)}, above its weight {pts(cap)}",
                )
        nodes.append(new_node(ScoredIndicator, (name or "-", name, weight, sub, 1, False, None, None, "", "", None)))
        nodes.extend(kids)
    return s.finish(nodes, data, None if has_none(leaf_scores) else sum(leaf_scores, ZERO))  # type: ignore[type-var]

"""评分 — score a data file against a framework: every leaf by its rule, the total, the grade.

Three shapes of data (docs/frameworks.md, "Data files"):

- tree frameworks (dept, assessment): ``inputs`` by leaf code;
- project forms: ``funds`` (→ the execution-rate score) and the form's ``indicators``, each scored by the
  rule the framework's ``indicator_rules`` gives for the kind of its parsed target (positive, reverse,
  range, qualitative);
- policy forms: the same indicators under first-level weights (产出 35 / 效益 45 / 满意度 20), the
  evaluator's 自评分 checked against them.

A problem in the data (a missing input, a score outside its band) is a located ``LoadProblem``, never a
crash; a leaf that cannot be scored has no score, and then neither has the total: nothing is invented.
``total = Σ leaves``, rounded as ``rounding.total`` says.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from jixiao.core.i18n import tr
from jixiao.core.numbers import fmt
from jixiao.core.safetext import quote
from jixiao.core.source import Source
from jixiao.core.target import Target, parse_target
from jixiao.frameworks.model import Framework, LoadProblem
from jixiao.frameworks.yamlio import line_of, load_yaml, plain
from jixiao.rules import RULES, RuleContext, RuleInputError, Trace
from jixiao.rules.common import pts, to_dec, to_dec_cached
from jixiao.rules.packed import PackedTrace, explain
from jixiao.scoring.compiled import Plan, plan_for

ZERO = Decimal(0)
EXECUTION_CODE = "E"  # the 预算执行率 row of a project form
_new = tuple.__new__  # a ScoredIndicator from all its fields, without the named tuple's Python-level __new__


class ScoredIndicator(NamedTuple):
    """One scored node: a leaf with its rule's trace, or a branch with its subtotal.

    A named tuple rather than a frozen dataclass: as immutable, and several times cheaper to build, which
    matters when a province-year of forms is scored (bench/bench_score.py).
    """

    code: str
    name: str
    weight: Decimal | None
    score: Decimal | None  # None: could not be scored (see the result's problems)
    level: int = 1
    leaf: bool = True
    parent: str | None = None
    trace: Trace | PackedTrace | None = None
    note: str = ""  # why there is no score (Chinese)
    note_en: str = ""
    source: Source | None = None  # where the data file gives it

    def explain(self, lang: str = "zh") -> str:
        if self.trace is not None:
            return explain(self.trace, lang)
        if self.note:
            return tr(self.note, self.note_en or self.note, lang)
        if not self.leaf and self.score is not None:
            return tr(f"小计{pts(self.score)}分", f"subtotal {pts(self.score)}", lang)
        return ""


@dataclass(slots=True)  # not frozen (built once a form: frozen classes build slowly); treat it as immutable
class ScoreResult:
    """The scores of one data file: total (None when any leaf is missing), grade, every node, problems."""

    framework: Framework
    total: Decimal | None
    grade: str | None
    indicators: tuple[ScoredIndicator, ...]
    problems: tuple[LoadProblem, ...] = ()
    title: str | None = None
    published: Mapping[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    def leaves(self) -> list[ScoredIndicator]:
        return [i for i in self.indicators if i.leaf]

    def subtotals(self) -> dict[str, Decimal | None]:
        """Branch code → Σ of its leaves (first-level groups of a form are keyed by their name)."""
        return {i.code: i.score for i in self.indicators if not i.leaf}

    def to_json(self, lang: str = "zh", explain: bool = True) -> dict[str, Any]:
        """``{"framework", "total", "grade", "subtotals", "indicators"}``: ``subtotals`` are the first- and
        second-level nodes (``code``, ``name``, ``level``, ``weight``, ``score``: Σ of their leaves, null when one
        is missing); ``indicators`` the leaves with their explanations."""
        return {
            "framework": self.framework.id,
            "total": fmt(self.total),
            "grade": self.grade,
            "subtotals": [
                {"code": i.code, "name": i.name, "level": i.level, "weight": fmt(i.weight), "score": fmt(i.score)}
                for i in self.indicators if not i.leaf and i.level <= 2
            ],
            "indicators": [
                {
                    "code": i.code,
                    "name": i.name,
                    "weight": fmt(i.weight),
                    "score": fmt(i.score),
                    "explanation": i.explain(lang) if explain else None,
                }
                for i in self.leaves()
            ],
        }


class _Scorer:
    """Collects scored nodes and problems for one data file."""

    def __init__(self, fw: Framework, file: str, ctx: RuleContext | None = None) -> None:
        self.fw = fw
        self.file = file
        self.ctx = ctx if ctx is not None else fw.context
        self.problems: list[LoadProblem] = []
        self.here = _here(file)  # for data built in memory, without line records

    def src(self, node: Any, key: Any = None) -> Source:
        if node.__class__ is dict or getattr(node, "lc", None) is None:  # plain dicts have no lines
            return self.here
        return Source(self.file, line=line_of(node, key))

    def problem(self, source: Source, zh: str, en: str) -> None:
        self.problems.append(LoadProblem(source, zh, en))

    def run(
        self,
        code: str,
        name: str,
        weight: Decimal,
        rule_name: str | None,
        params: Mapping[str, Any],
        inputs: Mapping[str, Any],
        where: Source,
        *,
        level: int = 1,
        parent: str | None = None,
    ) -> ScoredIndicator:
        """Score one leaf by its rule; a rule's complaint becomes a located problem."""
        rule = RULES.get(rule_name or "")
        if rule is None:
            label = f"{code} {name}".strip()
            zh, en = f"{label}: 未知评分规则 {rule_name}", f"{label}: unknown rule {rule_name}"
        else:
            label = ""
            try:
                res = rule(weight, params, inputs, self.ctx)
            except RuleInputError as e:
                label = f"{code} {name}".strip()
                zh, en = f"{label}: {e.zh}", f"{label}: {e.en}"
                zh, en = _misspelt(rule.input_names(params), inputs, zh, en)
            else:
                if ZERO <= res.score <= weight:
                    return ScoredIndicator(code, name, weight, res.score, level, True, parent, res.trace, source=where)
                label = f"{code} {name}".strip()
                zh = f"{label}: 得分 {pts(res.score)} 超出 0–{pts(weight)}"
                en = f"{label}: score {pts(res.score)} outside 0-{pts(weight)}"
        self.problem(where, zh, en)
        return ScoredIndicator(code, name, weight, None, level, True, parent, None, zh, en, where)

    def result(self, nodes: list[ScoredIndicator], data: Mapping[str, Any]) -> ScoreResult:
        leaves = [n.score for n in nodes if n.leaf]
        summed = sum((s for s in leaves if s is not None), ZERO) if all(s is not None for s in leaves) else None
        return self.finish(nodes, data, summed)

    def finish(self, nodes: list[ScoredIndicator], data: Mapping[str, Any], summed: Decimal | None) -> ScoreResult:
        """The result, from ``summed``: Σ of the leaves in node order (None when one has no score)."""
        total: Decimal | None = None
        grade: str | None = None
        if summed is not None:
            total = self.fw.rounding.total.apply(summed)
            grade = self.fw.grade_for(total)
        published = data.get("published")
        title = data.get("title")
        return ScoreResult(
            self.fw,
            total,
            grade,
            tuple(nodes),
            tuple(self.problems),
            str(title) if title is not None else None,
            plain(published) if published is not None and isinstance(published, Mapping) else {},
        )


_HERE: list[Source] = [Source("<data>")]


def _here(file: str) -> Source:
    """``Source(file)``, the last one kept (a data file's rows all point at it; forms come one file at a time)."""
    last = _HERE[0]
    if last.file != file:
        last = _HERE[0] = Source(file)
    return last


def _misspelt(known: Sequence[str], inputs: Mapping[str, Any], zh: str, en: str) -> tuple[str, str]:
    """A key that looks like an input the rule missed (execued for executed) is named beside it."""
    from difflib import get_close_matches

    missing = [k for k in known if k not in inputs]
    pairs = [(str(k), m[0]) for k in inputs if str(k) not in known
             for m in [get_close_matches(str(k), missing, n=1, cutoff=0.6)] if m]
    if not pairs:
        return zh, en
    return (zh + "；" + "、".join(f"未知的输入 {k}（是否应为 {m}？）" for k, m in pairs),
            en + "; " + ", ".join(f"unknown input {k} (did you mean {m}?)" for k, m in pairs))


def _subtotal(kids: Sequence[ScoredIndicator]) -> Decimal | None:
    scores = [k.score for k in kids]
    if any(s is None for s in scores):
        return None
    return sum((s for s in scores if s is not None), ZERO)


# ---------------------------------------------------------------- tree frameworks


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
    s = _Scorer(fw, file)
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
            leaf_inputs = _inputs(given) if isinstance(given, Mapping) else {}
            if given is not None and not isinstance(given, Mapping):
                leaf_inputs = {"score": plain(given)}  # a bare number is the evaluator's score
            rule_name, params = ind.rule_for(member)
            node = s.run(ind.code, ind.name, ind.weight, rule_name, params, leaf_inputs, where, level=level, parent=parent)
            nodes.append(node)
            return node
        at = len(nodes)
        nodes.append(ScoredIndicator(ind.code, ind.name, ind.weight, None, level, False, parent))
        kids = [visit(k, level + 1, ind.code) for k in ind.children]
        sub = _subtotal(kids)
        nodes[at] = ScoredIndicator(ind.code, ind.name, ind.weight, sub, level, False, parent)
        return nodes[at]

    for top in fw.indicators:
        visit(top, 1, None)
    return s.result(nodes, data or {})


# ---------------------------------------------------------------- project and policy forms


@lru_cache(maxsize=65536)
def _target_kind(text: str, op: str | None, unit: str | None) -> tuple[Target, str]:
    target = parse_target(text, op_hint=op, unit_hint=unit)
    return target, target_kind(target)


def _compiled_row(rows: dict[str, Any], kinds: Mapping[str, Any], text: str) -> tuple[Target, Any] | None:
    """(parsed target, compiled rule) for a target text without hints, remembered in the plan's ``rows``;
    None when its kind has no compiled rule."""
    target, kind = _target_kind(text, None, None)
    fast = kinds.get(kind)
    if fast is None:
        return None
    if len(rows) >= 65536:
        rows.clear()
    row = rows[text] = (target, fast)
    return row


_WEIGHTS: dict[str, Decimal] = {}  # weight text → its value (readable ones only)
_CODES = [str(n) for n in range(1024)]  # row codes "1", "2" …


def target_kind(target: Target) -> str:
    """positive (=, ≥, >), reverse (≤, <), range, qualitative — the key of ``indicator_rules``."""
    if target.qualitative:
        return "qualitative"
    if target.op == "range":
        return "range"
    return "reverse" if target.is_reverse else "positive"


def _text(value: Any) -> str | None:
    if value is None or type(value) is str:
        return value
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _score_form_indicator(
    s: _Scorer, item: Mapping[str, Any], code: str, level1: str, weight: Decimal | None, where: Source,
    plan: Plan | None = None,
) -> ScoredIndicator:
    fw = s.fw
    get = item.get
    name = _text(get("name")) or ""
    op, unit = get("op"), get("unit")
    target, kind = _target_kind(_text(get("target")) or "", op if op is None else str(op), unit if unit is None else str(unit))
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
            return _new(ScoredIndicator, (code, name, weight, trace[1], 2, True, level1, trace, "", "", where))
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
    s = _Scorer(fw, file, plan.ctx)
    return _score_form_indicator(s, item, code, level1, _num(item.get("weight")), s.here, plan)


def _render_self_score(f: Mapping[str, Any], lang: str) -> str:
    if lang == "en":
        return f"self-assessed score {pts(f['score'])} (level-1 weight of {f['group']}: {pts(f['cap'])})"
    return f"自评分{pts(f['score'])}分（{f['group']}一级权重{pts(f['cap'])}分）"


def _self_score(
    s: _Scorer, item: Mapping[str, Any], code: str, name: str, level1: str, where: Source
) -> ScoredIndicator:
    """自评分 — a policy form's third-level indicator has no weight: the evaluator's score, within its group."""
    cap = s.fw.level1_weights.get(level1, s.fw.total_weight)
    score = _num(item.get("score"))
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
    tested against, with the same scores, problems and explanations."""
    plan = plan_for(fw) if compiled else None
    s = _Scorer(fw, file, plan.ctx if plan is not None else None)
    nodes: list[ScoredIndicator] = []
    if fw.execution is not None:
        funds = data.get("funds")
        weight = fw.execution.weight or ZERO
        where = s.src(data, "funds") if funds is not None else s.src(data)
        trace = None
        if plan is not None and plan.execution is not None and funds.__class__ is dict and _all_text(funds):
            trace = plan.execution(weight, None, funds)  # a mapping of texts: its own inputs, as _inputs copies it
        if trace is not None and ZERO <= trace[1] <= weight:
            nodes.append(_new(ScoredIndicator, (EXECUTION_CODE, "预算执行率", weight, trace[1], 1, True, None, trace, "", "", where)))  # fmt: skip
        else:
            fund_inputs = _inputs(funds) if isinstance(funds, Mapping) else {}
            nodes.append(
                s.run(EXECUTION_CODE, "预算执行率", weight, fw.execution.rule, fw.execution.params, fund_inputs, where)
            )
    given = data.get("level1_weights")
    if given is not None and isinstance(given, Mapping):
        for name, w in given.items():
            want = fw.level1_weights.get(str(name))
            if want is not None and _num(w) != want:
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
    weights = _WEIGHTS
    group: list[ScoredIndicator] = []
    group_name: str | None = None
    codes = _CODES if len(items) < len(_CODES) else [str(n) for n in range(len(items) + 1)]
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
            level1 = _text(group1) or level1
        raw_weight = get("weight")
        try:
            w = weights.get(raw_weight)  # type: ignore[arg-type]
        except TypeError:  # an unhashable weight (a list): not a number, said below
            w = None
        if w is None:
            w = _num(raw_weight)
            if raw_weight is not None and w is None:
                s.problem(where, f"分值不是数值: {quote(raw_weight)}", f"weight is not a number: {quote(raw_weight)}")
            elif project and w is None:
                s.problem(where, f"{_text(get('name'))}: 缺少分值", f"{_text(get('name'))}: weight missing")
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
                row = _compiled_row(rows, kinds, text)
            if row is not None:
                trace = row[1](w, row[0], item)
                if trace is not None and ZERO <= trace[1] <= w:
                    name = get("name")
                    if name.__class__ is not str:
                        name = _text(name) or ""
                    group.append(_new(ScoredIndicator, (code, name, w, trace[1], 2, True, level1, trace, "", "", where)))  # fmt: skip
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
        sub = None if _has_none(scores) else sum(scores, ZERO)  # type: ignore[type-var]
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
        nodes.append(_new(ScoredIndicator, (name or "-", name, weight, sub, 1, False, None, None, "", "", None)))
        nodes.extend(kids)
    return s.finish(nodes, data, None if _has_none(leaf_scores) else sum(leaf_scores, ZERO))  # type: ignore[type-var]


def _has_none(values: list[Any]) -> bool:
    for v in values:  # noqa: SIM110 (twice as fast as any(); and not ``None in values``: that asks every Decimal)
        if v is None:
            return True
    return False


def _num(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    if type(value) is str:
        return _num_text(value)
    return to_dec(value)


def _num_text(text: str) -> Decimal | None:
    d = _WEIGHTS.get(text)
    if d is None:
        d = to_dec_cached(text)
        if d is not None and len(_WEIGHTS) < 4096:
            _WEIGHTS[text] = d
    return d


def _all_text(given: dict[Any, Any]) -> bool:
    for v in given.values():  # noqa: SIM110 (twice as fast as all() over a generator)
        if v.__class__ is not str:
            return False
    return True


def _inputs(given: Mapping[str, Any]) -> dict[str, Any]:
    """A leaf's inputs as plain values; flat mappings of text (the common case) are copied as they are."""
    if type(given) is dict and _all_text(given):
        return dict(given)
    out = plain(given)
    return out if isinstance(out, dict) else {}


# ---------------------------------------------------------------- entry points


def score_data(fw: Framework, data: Mapping[str, Any], *, file: str = "<data>") -> ScoreResult:
    """Score a data mapping against a framework of any kind."""
    if fw.kind in ("project", "policy"):
        return score_form(fw, data, file=file)
    inputs = data.get("inputs")
    return score_tree(fw, inputs if isinstance(inputs, Mapping) else None, file=file, data=data)


def load_data(path: str | Path) -> tuple[Mapping[str, Any] | None, list[LoadProblem]]:
    """Read a YAML or JSON data file, keeping lines for located problems."""
    doc, where, message, message_en = load_yaml(path)
    if where is not None:
        return None, [LoadProblem(where, message, message_en)]
    if not isinstance(doc, Mapping):
        return None, [LoadProblem(Source(str(path), line=1), "数据文件应为一个映射", "a data file must be a mapping")]
    return doc, []


def score_file(fw: Framework, path: str | Path) -> tuple[ScoreResult | None, list[LoadProblem]]:
    """Read and score a data file: ``(result, problems)``; result None when the file is unreadable."""
    data, problems = load_data(path)
    if data is None:
        return None, problems
    result = score_data(fw, data, file=str(path))
    return result, list(result.problems)


def framework_warnings(fw: Framework, path: str | Path) -> list[LoadProblem]:
    """What to warn of before scoring ``path`` with ``fw``: the data file declares another framework."""
    data, _ = load_data(path)
    declared = data.get("framework") if data is not None else None
    if declared is None or str(declared) == fw.id:
        return []
    return [LoadProblem(Source(str(path), line=line_of(data, "framework")),
                        f"数据文件声明的框架是 {declared}，此处按 {fw.id} 评分",
                        f"the data file declares the framework {declared}; it is scored with {fw.id}")]

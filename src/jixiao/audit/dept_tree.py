"""部门整体评价 — a department-wide score table's tree: weights and scores that add up at every level, by the
levels' labels (``B过程(24 分)``, a level's own printed score) and by the indicators' codes (A, A1, A103)."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.audit.common import doc_name, finding, loc
from jixiao.audit.totals import half_read
from jixiao.core.findings import Finding
from jixiao.core.numbers import ZERO
from jixiao.core.records import CLOSED_LEVELS, HALF_READ, Document, IndicatorRow, Val
from jixiao.read.recognise.common import NO_TOTAL
from jixiao.read.recognise.scoregroups import LABEL_SCORES

_WEIGHT_IN_LABEL = re.compile(r"[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]")


def _label_weight(v: str | None) -> Decimal | None:
    m = _WEIGHT_IN_LABEL.search(v or "")
    return Decimal(m.group(1)) if m else None


def check_tree(doc: Document) -> list[Finding]:
    """Weights and scores add up at every level: Σ leaves under a node = the node's weight (from its label,
    ``B过程(24 分)``), and Σ first-level weights = the total weight. A table without its total row (half read: its
    end may be missing) has the groups the text goes on past checked all the same (``closed_groups``)."""
    if (cut := half_read(doc, "各级权重与得分之和", "the sums at each level")):
        return cut + closed_groups(doc)
    out: list[Finding] = []
    # levels the reader placed by the weights alone: a sum that fails may be its misplacement, not a mistake
    severity = "suspect" if doc.extra.get("levels_from_weights") else "error"
    for level, label, rows in _groups(doc):
        out += _group_weight(doc, level, label, rows, severity)
        out += _label_score(doc, label, rows)
    scores = [i.score.dec for i in doc.indicators]
    total = doc.total_score.dec
    if doc.indicators and total is not None and all(s is not None for s in scores):
        s = sum((x for x in scores if x is not None), ZERO)
        if s != total and total not in _with_execution(doc, s):
            out.append(finding(
                "total_sum", "error", doc_name(doc), loc(doc.total_score),
                f"各指标得分之和为{s}，报告总分为{total}。", f"The scores sum to {s}; the report says {total}.",
                total, s, "总分",
            ))
    return out


def _with_execution(doc: Document, s: Decimal) -> tuple[Decimal, ...]:
    """The total the score table may print when it opens with its funds block (``recognise.scorefunds``): its rows'
    scores plus the block's execution score, when the block's points belong to the total — its weight and the rows'
    make the total weight, or the total weight is not printed (the table's 合计 may count the block or not)."""
    row = doc.funds.get("total")
    if row is None or row.score.dec is None:
        return ()
    weights = [i.weight.dec for i in doc.indicators]
    whole = doc.total_weight.dec
    if whole is not None and row.weight.dec is not None and all(w is not None for w in weights):
        counted = sum((w for w in weights if w is not None), ZERO) + row.weight.dec == whole
        return (s + row.score.dec,) if counted else ()
    return (s + row.score.dec,) if whole is None else ()


def _groups(doc: Document) -> list[tuple[str, str, list[IndicatorRow]]]:
    """(level, label, its rows) for each first- and second-level label the rows print."""
    out: list[tuple[str, str, list[IndicatorRow]]] = []
    for level in ("level1", "level2"):
        groups: dict[str, list[IndicatorRow]] = {}
        for ind in doc.indicators:
            label = (getattr(ind, level).str_ or "").strip()
            if label:
                groups.setdefault(label, []).append(ind)
        out += [(level, label, rows) for label, rows in groups.items()]
    return out


def _group_weight(doc: Document, level: str, label: str, rows: list[IndicatorRow], severity: str,
                  cut: bool = False) -> list[Finding]:
    """The weights under ``label`` make the weight it prints (``cut``: in a table not read to its end)."""
    w = _label_weight(label)
    ws = [i.weight.dec for i in rows]
    if w is None or any(x is None for x in ws):
        return []
    s = sum((x for x in ws if x is not None), ZERO)
    if s == w:
        return []
    more = "（评分表没有合计行，但该组之后还有其他组，其各行已读完）" if cut else ""
    more_en = " (the table has no total row, but the text goes on past this group: its rows were all read)" \
        if cut else ""
    return [finding("tree_weight", severity, doc_name(doc), loc(getattr(rows[0], level), rows[0].source),
                    f"“{label}”下各指标权重之和为{s}，与其标注的{w}分不符{more}。",
                    f"The weights under '{label}' sum to {s}, not the {w} its label gives{more_en}.", w, s, label)]


def closed_groups(doc: Document) -> list[Finding]:
    """In a rule or score table half read only for want of its total row (``NO_TOTAL``: its end may be missing),
    the groups the text goes on past are whole: their weights must make their labels'. Only the groups the reader
    says it read whole (``CLOSED_LEVELS``, from the tree of labels it built), never the ones a later row under
    another label seems to close (a reader that misplaced rows would have every group fail). A sum that fails is
    疑似 (suspect): the table was not read to its end."""
    said = set(doc.extra.get(CLOSED_LEVELS) or ())
    if doc.extra.get(HALF_READ) != NO_TOTAL or not said:
        return []
    out: list[Finding] = []
    for level, label, rows in _groups(doc):
        if label in said:
            out += _group_weight(doc, level, label, rows, "suspect", cut=True)
    return out


def _label_score(doc: Document, label: str, rows: list[IndicatorRow]) -> list[Finding]:
    """A level's own printed score (a group row of a score table: ``一、前期工作 | 30 | | 29``) = Σ its rows'."""
    pval = (doc.extra.get(LABEL_SCORES) or {}).get(label)
    scores = [i.score.dec for i in rows]
    if not isinstance(pval, Val) or pval.dec is None or any(x is None for x in scores):
        return []
    s = sum((x for x in scores if x is not None), ZERO)
    if s == pval.dec:
        return []
    return [finding(
        "tree_score", "error", doc_name(doc), loc(pval),
        f"“{label}”得分为{pval.dec}，其下各指标得分之和为{s}。",
        f"'{label}' scores {pval.dec}; its rows score {s} together.", pval.dec, s, label,
    )]


def _leaves(doc: Document) -> dict[str, IndicatorRow]:
    """Indicators by code that no other indicator's code extends (the scored leaves)."""
    coded = {i.code.str_.strip(): i for i in doc.indicators if i.code.str_}
    return {c: i for c, i in coded.items() if not any(o != c and o.startswith(c) for o in coded)}


def check_tree_codes(doc: Document) -> list[Finding]:
    """By indicator code (A, A1, A103): Σ leaf weights = each node's weight, Σ leaf scores = each node's
    published score (its row in a score table, or the 合计 of its own table)."""
    nodes = doc.extra.get("nodes") or {}
    published: dict[str, Val] = {**(doc.extra.get("level_scores") or {}), **(doc.extra.get("subtotals") or {})}
    leaves = _leaves(doc)
    name = doc_name(doc)
    out: list[Finding] = []
    for code in sorted(set(nodes) | set(published)):
        under = [i for c, i in leaves.items() if c.startswith(code) and c != code]
        if not under:
            continue
        label = f"{code} {(nodes.get(code) or {}).get('name', Val(None)).str_ or ''}".strip()
        wval = (nodes.get(code) or {}).get("weight")
        ws = [i.weight.dec for i in under]
        if isinstance(wval, Val) and wval.dec is not None and all(w is not None for w in ws):
            s = sum((w for w in ws if w is not None), ZERO)
            if s != wval.dec:
                out.append(finding(
                    "tree_weight", "error", name, loc(wval),
                    f"“{label}”的分值为{wval.dec}，其下各末级指标分值之和为{s}。",
                    f"'{label}' weighs {wval.dec}; its leaves weigh {s} together.", wval.dec, s, label,
                ))
        pval = published.get(code)
        scores = [i.score.dec for i in under]
        if isinstance(pval, Val) and pval.dec is not None and all(x is not None for x in scores):
            s = sum((x for x in scores if x is not None), ZERO)
            if s != pval.dec:
                terms = "+".join(str(x) for x in scores)
                out.append(finding(
                    "tree_score", "error", name, loc(pval),
                    f"“{label}”得分为{pval.dec}，其下各末级指标得分之和为{terms}={s}。",
                    f"'{label}' scores {pval.dec}; its leaves score {s} together.", pval.dec, s, label,
                ))
    return out

"""``jixiao framework draft FILE`` — a scoring-rule table (评分细则, 评价指标体系) into a draft framework.

The table comes from any readable format. Its rows are taken from the department recogniser when it
recognised the file (seed 002/003 layouts, rows anchored on codes), else from the first table whose header
names indicator levels (一级/二级/三级/四级指标, 指标名称) and a 分值/权重 column; 评分标准 and 标准值 columns
are read when present; else, when the text holds no such table (rows flattened, one cell per line), from the
rule table read by its labels (``recognise.scoretable``). Labels carry down blank cells; a first-level label's printed weight ("产出指标(50分)")
is checked against the sum of its leaves.

The draft holds only what the table says: the tree, names, weights, standard values and each leaf's
评分标准 as ``rule_text``; a rule only where the text states it (``read.draft_rules``), with a comment
saying which words were read. Everything else is marked for the user: ``rule: TODO`` (which ``framework
check`` reports, located, until it is replaced), ``kind`` unless the title says it (``read.draft_kind``), and
comments for grades, rounding and locality. Never a
number the table does not print. The rows are read in ``read.draft_rows``, the YAML written with
``read.draft_yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from jixiao.core.numbers import fmt_w
from jixiao.read.base import FileRead
from jixiao.read.draft_kind import table_kind
from jixiao.read.draft_rows import Leaf, from_documents, from_table, table_header, table_total, title_above
from jixiao.read.draft_rules import Reading, infer_rule
from jixiao.read.draft_yaml import comment, flow, scalar
from jixiao.read.recognise.gradebands import band_texts, half_open, stated_bands

_YEAR = re.compile(r"(20\d{2})\s*年")
TODO = "TODO"


@dataclass
class Node:
    name: str
    children: list[Node] = field(default_factory=list)
    leaf: Leaf | None = None
    printed: Decimal | None = None

    @property
    def weight(self) -> Decimal | None:
        if self.leaf is not None:
            return self.leaf.weight
        parts = [c.weight for c in self.children]
        return None if any(p is None for p in parts) else sum((p for p in parts if p is not None), Decimal(0))


def _tree(leaves: list[Leaf]) -> list[Node]:
    roots: list[Node] = []
    for leaf in leaves:
        siblings = roots
        for depth, name in enumerate(leaf.path):
            last = depth == len(leaf.path) - 1
            if last:
                node = None
            elif not name:  # a nameless level: the group of the rows just above, if it printed the same weight
                prev = siblings[-1] if siblings else None
                same = prev is not None and not prev.name and prev.leaf is None and prev.printed == leaf.printed.get(depth)
                node = prev if same else None
            else:
                node = next((n for n in siblings if n.name == name and n.leaf is None), None)
            if node is None:
                node = Node(name, leaf=leaf if last else None, printed=leaf.printed.get(depth))
                siblings.append(node)
            siblings = node.children
    return roots


def _codes(nodes: list[Node], prefix: str, dotted: bool, out: dict[int, str]) -> None:
    for k, n in enumerate(nodes):
        own = chr(ord("A") + k) if not prefix else f"{prefix}{'.' if dotted else ''}{k + 1}"
        out[id(n)] = own
        _codes(n.children, own, dotted, out)


@dataclass
class Draft:
    text: str  # the YAML
    leaves: int
    todo: int  # leaves whose rule the user must choose
    notes: list[str] = field(default_factory=list)  # weights the table prints that do not add up
    grades: bool = False  # the table's own grade bands were written into the draft
    kind: str | None = None  # what the table says it is (dept, assessment); None: kind: TODO for the user


def _emit(nodes: list[Node], codes: dict[int, str], depth: int, lines: list[str], draft: Draft) -> None:
    pad = "  " * (depth * 2 + 1)
    for n in nodes:
        lines.append(f"{pad[:-2]}- code: {scalar(codes[id(n)])}")
        if not n.name:
            lines.append(f"{pad}# TODO: 表中此级指标的名称缺失（只印有分值）/ the table lost this level's name")
        lines.append(f"{pad}name: {scalar(n.name or TODO)}")
        weight = n.weight
        if weight is None:
            lines.append(f"{pad}# TODO: 表中没有此项的分值 / the table prints no weight here")
            lines.append(f"{pad}weight: {TODO}")
        else:
            lines.append(f"{pad}weight: {fmt_w(weight)}")
        if n.printed is not None and weight is not None and n.printed != weight:
            note = f"{codes[id(n)]} {n.name}: 表中标 {fmt_w(n.printed)} 分，下级之和 {fmt_w(weight)} 分"
            draft.notes.append(note)
            lines.append(f"{pad}# 注意: {comment(note)}")
        if n.leaf is None:
            lines.append(f"{pad}children:")
            _emit(n.children, codes, depth + 1, lines, draft)
            continue
        draft.leaves += 1
        leaf = n.leaf
        if leaf.code:
            lines.append(f"{pad}# 表中编码 / code in the table: {comment(leaf.code)}")
        if leaf.standard:
            lines.append(f"{pad}standard: {scalar(leaf.standard)}")
        if leaf.rule_text:
            lines.append(f"{pad}rule_text: {scalar(leaf.rule_text)}")
        reading: Reading = infer_rule(leaf.rule_text, weight)
        if reading.rule is None:
            draft.todo += 1
            lines.append(f"{pad}# TODO: {comment(reading.note)}；请选定 rule 和 params（docs/frameworks.md 规则目录）")
            lines.append(f"{pad}rule: {TODO}")
            continue
        lines.append(f"{pad}# 按评分标准 {comment(reading.note)}")
        lines.append(f"{pad}rule: {reading.rule}")
        if reading.params:
            lines.append(f"{pad}params: {flow(reading.params)}")


def draft_framework(fr: FileRead) -> Draft | None:
    """The draft of the first scoring table in ``fr``, or None when it holds none."""
    leaves, title, printed = from_documents(fr)
    if not leaves:
        for table in fr.tables:
            found = table_header(table)
            if found is not None:
                leaves = from_table(table, *found)
                printed = table_total(table, *found)
                title = title or table.title or title_above(table, found[0])
                if leaves:
                    break
    if not leaves or any(leaf.weight is None for leaf in leaves):  # no table, or one whose columns shifted
        read, read_title, read_total = from_documents(fr, "assessment_rules")
        if read and all(leaf.weight is not None for leaf in read):
            leaves, title, printed = read, read_title, read_total
    if not leaves:
        return None
    roots = _tree(leaves)
    codes: dict[int, str] = {}
    _codes(roots, "", any(len(n.children) > 9 for n in _walk(roots)) or len(roots) > 26, codes)
    name = Path(fr.source.file).stem
    year = _YEAR.search(title or "")
    draft = Draft("", 0, 0)
    body: list[str] = []
    _emit(roots, codes, 0, body, draft)
    summed = Node("", roots).weight
    total_lines, total_note = _total(summed, printed)
    total = printed if printed is not None else summed
    grade_lines, grades_note = _grades(fr, total)
    draft.grades = not grades_note
    head = [
        f"# 草稿：jixiao framework draft 从 {comment(fr.source.file)} 的评分表生成，只含表中写明的内容。",
        "# Draft from a scoring table: only what the table says. Fill every TODO, then run `jixiao framework check`.",
        f"# 需要您填写 / to fill: {draft.todo} 个末级指标的评分规则（rule: TODO，共 {draft.leaves} 个末级指标）；",
        f"# {total_note}{grades_note}rounding（表中未说明舍入，未写时按四舍五入保留2位小数）。",
        f"id: {scalar('draft-' + re.sub(r'[^0-9A-Za-z]+', '-', name).strip('-').lower() or 'draft')}",
        f"title: {scalar(title or name)}",
    ]
    if year:
        head.append(f"year: {year.group(1)}")
    kind, why = table_kind(title)
    draft.kind = kind
    head += [
        "# TODO: locality（地区）表中未写明 / not in the table",
        f"# {comment(why)}" if kind else f"# TODO: kind — {comment(why)}",
        f"kind: {kind or TODO}",
        f"source: {scalar(fr.source.file)}",
    ]
    head += [*total_lines, *grade_lines, "indicators:"]
    draft.text = "\n".join(head + body) + "\n"
    return draft


# the weights of a table with no total row: no sum confirmed them (and no total is made up for them)
UNCONFIRMED = ("# 注意: 表中没有合计（总分）行，各指标的分值未经合计核对；请对照原表核对 / "
               "no total row: no sum confirmed the weights; check them against the table")


def _total(summed: Decimal | None, printed: Decimal | None) -> tuple[list[str], str]:
    """The draft's ``total_weight``: the 总分 the table prints; without one, the weights' sum only when it is the
    framework's default of 100; else a TODO saying the sum (a table read in part adds up to less than its whole, and
    a total written from it would make ``framework check`` agree with the reading instead of the table)."""
    if printed is not None:
        return [f"total_weight: {fmt_w(printed)}"], ""
    if summed is None:
        return [], ""
    if summed == 100:
        return ["# 表中未印总分，各指标分值之和为 100 / no total printed: the weights add up to 100",
                "total_weight: 100"], ""
    return [UNCONFIRMED, f"# TODO: total_weight — 表中未印总分，已读各指标分值之和为 {fmt_w(summed)}，表若未读全则总分另有其数 / "
            f"the table prints no total; the weights read add up to {fmt_w(summed)}"], "total_weight（表中未印总分）；"


def _grades(fr: FileRead, total: Decimal | None) -> tuple[list[str], str]:
    """The draft's ``grades`` from the bands the file states in words, when they are whole half-open bands; else
    a TODO (saying what the words state, when they state bands whose boundaries are unclear). Never invented."""
    stated = stated_bands(band_texts((t for t, _ in fr.body),
                                     (c.text for table in fr.tables for row in table.rows for c in row)))
    bands = half_open(stated, total) if stated else None
    if bands:
        lines = ["# 等级分数线按表中所写 / grades as the table states them", "grades:"]
        lines += [f"  - {{grade: {g}, min: {fmt_w(lo)}" + (f", max: {fmt_w(hi)}}}" if hi is not None else "}")
                  for g, lo, hi in bands]
        return lines, ""
    if stated:
        said = "；".join(f"{b.grade} {fmt_w(b.low) if b.low is not None else ''}~{fmt_w(b.high) if b.high else ''}"
                        for b in stated)
        return [f"# TODO: grades — 表中写有等级分数线，但边界归属不明 / the table's bands leave a boundary unclear: "
                f"{comment(said)}"], "grades（表中等级分数线的边界归属不明）；"
    return ["# TODO: grades — 例如 / e.g. - {grade: 优, min: 90}"], "grades（表中未给出等级分数线）；"


def _walk(nodes: list[Node]) -> list[Node]:
    out: list[Node] = []
    for n in nodes:
        out.append(n)
        out.extend(_walk(n.children))
    return out

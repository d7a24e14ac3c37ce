"""An invented table with the weights in its labels (``layouts.labeltree.invent_tree``) as text that lost the
table's structure, the way document-preview pages and law sites give it:

- ``run_together``: a preview page's blurb, then the column labels and every cell run together with no
  separator at all (部门决策(25分)目标设定(10分)绩效目标合理性(5分)绩效目标合理性达到要求的得满分…4.5);
- ``cells_vertical``: one cell per line behind a "| ", each first-level label written one character per line
  (部 / 门 / 决 / 策 / (25分)) and each leaf's weight wrapped onto the line below its name;
- ``scores_only`` (a score table without a rule column): labels and scores run on with spaces, each score on
  the line after its row's label, as PDF text gives it;
- ``score_first`` (a score table): the 得分 column before the 评分标准 one, run together;
- ``labels_only`` (a rule table without a rule column): the labels alone, run together;
- ``numbered_cells``: one cell per line with a 序号 column (each row's number alone on a line, closing the
  row above) and the header's full marks (100分) under its last label;
- ``weight_columns``: each level's weight in a 分值 column of its own (一级指标 分值 二级指标 分值 …), the whole
  table run together, so that a weight is a bare number between a name and the next cell (部门决策12目标设定5…).

The score (when the table has one) stands alone after the rule text; the total row says 总分 (scores) or 合计
(weights of a rule table)."""

from __future__ import annotations

import re
from collections.abc import Callable

from layouts.labeltree import TreeTable

RULE = "达到要求的得满分，每降低1个百分点扣0.5分，扣完为止。"
HEAD_SCORED = ("一级指标", "二级指标", "三级指标", "评分标准", "得分")
HEAD_RULES = ("一级指标", "二级指标", "三级指标", "评分标准")


def _cells(t: TreeTable, cut: int | None = None, columns: bool = False,
           score_first: bool = False) -> list[tuple[str, str]]:
    """The table as (kind, text) cells in reading order: kinds title, head, l1, l2, leaf, rule, score, total."""
    scored = t.total is not None
    out: list[tuple[str, str]] = [("title", t.title)]
    head: tuple[str, ...] = HEAD_SCORED if scored else HEAD_RULES
    if columns:  # a 分值 column after each level's
        head = tuple(x for h in head for x in ((h, "分值") if h.endswith("级指标") else (h,)))
    if score_first:  # … 三级指标 得分 评分标准
        head = (*head[:-2], head[-1], head[-2])
    out += [("head", h) for h in head]

    def label(name: str, weight: object) -> str:
        return f"{name}{weight}" if columns else f"{name}({weight}分)"

    last1 = last2 = ""
    for leaf in t.leaves[:cut]:
        if leaf.level1 != last1:
            out.append(("l1", label(leaf.level1, t.label_weights[leaf.level1])))
        if leaf.level2 != last2:
            out.append(("l2", label(leaf.level2, t.label_weights[leaf.level2])))
        last1, last2 = leaf.level1, leaf.level2
        out.append(("leaf", label(leaf.name, leaf.weight)))
        cells = [("rule", f"{leaf.name}{RULE}")]
        if scored and leaf.score is not None:
            cells.insert(0 if score_first else 1, ("score", f"{leaf.score}"))
        out += cells
    if cut is None:
        out.append(("total", f"总分{t.total}" if scored else f"合计{sum(x.weight for x in t.leaves)}"))
    return out


def run_together(t: TreeTable, cut: int | None = None) -> str:
    blurb = f"《{t.title}.docx》由会员分享,可在线阅读,更多相关文档请在文库上搜索。\n1、"
    return blurb + "".join(text for _, text in _cells(t, cut)) + "\n"


def one_line(t: TreeTable, cut: int | None = None) -> str:
    """The preview page's blurb and the table on one line: the page's whole text run together."""
    return run_together(t, cut).replace("\n", " ", 1)


def cells_vertical(t: TreeTable, cut: int | None = None) -> str:
    lines: list[str] = []
    for kind, text in _cells(t, cut):
        if kind == "title":
            lines.append(text)
        elif kind == "l1":
            name, weight = text.split("(")
            lines += ["|", *name, f"({weight}"]
        elif kind == "leaf":
            name, weight = text.split("(")
            lines += [f"| {name}", f"({weight}"]
        else:
            lines.append(f"| {text}")
    return "\n".join(lines) + "\n"


def weight_columns(t: TreeTable, cut: int | None = None) -> str:
    return "".join(text for _, text in _cells(t, cut, columns=True)) + "\n"


def scores_only(t: TreeTable, cut: int | None = None) -> str:
    """A score table with no rule column, as a PDF gives it: each label, then on the next line a row's score,
    the labels and scores of a line run on with spaces (相关性(5分)⏎5 明确性(5分)⏎5 …)."""
    out = ""
    for kind, text in _cells(t, cut):
        if kind == "rule":
            continue
        out += {"title": f"{text}\n", "score": f"\n{text} "}.get(kind, f"{text} ")
    return out + "\n"


def numbered_cells(t: TreeTable, cut: int | None = None) -> str:
    """One cell per line, a blank line between, as a page's table copied gives it, with a 序号 column: each row's
    number alone on a line before its labels (so it closes the text of the row above, after that row's score),
    the header's full marks (100分) under its last column's label, each weight on the line after its label; a
    rule table cut off ends inside a rule whose last word is a comparison (每发现一处超过0.5)."""
    lines: list[str] = []
    cells = _cells(t, cut)
    seq = 0
    for k, (kind, text) in enumerate(cells):
        if kind == "head" and text == "一级指标":
            lines.append("序号")
        if kind in ("l1", "l2", "leaf") and (k == 0 or cells[k - 1][0] not in ("l1", "l2")):
            seq += 1
            lines.append(f"{seq}")
        if kind in ("l1", "l2", "leaf"):
            name, weight = text.split("(")
            lines += [name, f"({weight}"]
        else:
            lines.append(text)
        if kind == "head" and k + 1 < len(cells) and cells[k + 1][0] != "head":
            lines += ([] if t.total is not None else ["分值"]) + ["(100分)"]
    if cut is not None and t.total is None:
        lines.append("每发现一处超过0.5")
    return "\n\n".join(lines) + "\n"


RUN_LAYOUTS: dict[str, Callable[..., str]] = {"run_together": run_together, "one_line": one_line,
                                               "cells_vertical": cells_vertical,
                                               "weight_columns": weight_columns, "numbered_cells": numbered_cells}
def score_first(t: TreeTable, cut: int | None = None) -> str:
    """The 得分 column before the 评分标准 column, run together: a row's score right after its label."""
    return "".join(text for _, text in _cells(t, cut, score_first=True)) + "\n"


SCORED_LAYOUTS: dict[str, Callable[..., str]] = {**RUN_LAYOUTS, "scores_only": scores_only, "score_first": score_first}


def labels_only(t: TreeTable, cut: int | None = None) -> str:
    """An 评价指标体系 that lists its labels alone (no rule column), run together: only the weights say which
    label opens a group."""
    return "".join(text for kind, text in _cells(t, cut) if kind != "rule") + "\n"


RULE_LAYOUTS: dict[str, Callable[..., str]] = {**RUN_LAYOUTS, "labels_only": labels_only}


def weight_columns_spaced(t: TreeTable, cut: int | None = None) -> str:
    """``weight_columns`` as a preview page gives it, each cell kept apart by one space (部门决策 12 目标设定 5 …),
    each rule awarding its row's weight in two parts in brackets (…明确(2分)，…量化(3分)): sub-scores of the
    rule's sentence, no rows."""
    out = ["附件", t.title]
    for kind, text in _cells(t, cut, columns=True)[1:]:
        if kind == "rule":
            leaf = next(x for x in t.leaves if text.startswith(x.name))
            half = leaf.weight // 2
            text = f"{leaf.name}是否达到要求 目标明确({half}分)，目标量化({leaf.weight - half}分)"
        elif kind in ("l1", "l2", "leaf"):
            text = re.sub(r"(\d+)$", r" \1", text)
        out.append(text)
    return " ".join(out) + "\n"


def outline_items(t: TreeTable) -> str:
    """A rule table run together whose rows are an outline's items (1.决策(29分)1.1目标设定91.1.1绩效目标合理性达到要求。
    (3分)…): each first level's label with its weight in brackets, each second level's weight glued to its name and
    to the next item's number, each row a sentence its weight closes, then its rule; each first level's label printed
    again after its first second level (a page's repeated header)."""
    out = [f"附件:{t.title}考核项目考核要点分值评分标准"]
    l1s = list(dict.fromkeys(x.level1 for x in t.leaves))
    for i, l1 in enumerate(l1s, 1):
        label1 = f"{i}.{l1}({t.label_weights[l1]}分)"
        out.append(label1)
        l2s = list(dict.fromkeys(x.level2 for x in t.leaves if x.level1 == l1))
        for j, l2 in enumerate(l2s, 1):
            if j == 2:
                out.append(label1)
            out.append(f"{i}.{j}{l2}{t.label_weights[l2]}")
            for k, leaf in enumerate((x for x in t.leaves if x.level2 == l2), 1):
                out.append(f"{i}.{j}.{k}{leaf.name}是否达到要求。({leaf.weight}分)达到的得{leaf.weight}分，否则不得分；")
    return "".join(out) + "\n"

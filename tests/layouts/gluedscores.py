"""An invented department score table (``layouts.labeltree.invent_tree``) as a spreadsheet or PDF copied into
text gives it: one row a line, the cells run together, the 分值 and 得分 cells glued into one run of digits at
the row's end (…扣完为止。55, …不得分。109.5), or kept apart by a space. Varied: the header's words (分值 / 权重 /
标准分, 得分 / 自评得分 / 评价得分, a 扣分原因 column after them or not), the first row run on after the header or
on its own line, a first-level label spelt with a space (部门 决策), the rule repeating the name or opening with a
sign, the rule closing with its formula's percent (…×100%), the total row glued, apart or absent, a title that
says it is a department's."""

from __future__ import annotations

from dataclasses import dataclass

from layouts.labeltree import TreeTable

RULE = "达到要求的得满分，每降低1个百分点扣0.5分，扣完为止。"
SIGN_RULE = "≥95%的得满分，每低1个百分点扣0.5分。"
FORMULA = "{}=(实际完成数/计划数)×100%"


@dataclass(frozen=True)
class GlueStyle:
    weight_word: str = "分值"
    score_word: str = "自评得分"
    tail_column: bool = True
    header_run_on: bool = True
    spaced_level: bool = False
    repeat_name: bool = True
    apart: bool = False
    total: str = "glued"  # glued | apart | none
    weight_first: bool = False  # 分值 right after the names, 得分 after the rule: name5rule…4.5
    wrap: bool = False  # (weight first) the rule wrapped onto a second line, the score closing that line
    formula: bool = False  # the rule closing with its formula's percent, the score right after it (…×100%4.5)


def glued_table(t: TreeTable, style: GlueStyle, cut: int | None = None) -> str:
    assert t.total is not None
    columns = (f"{style.weight_word}评分标准{style.score_word}" if style.weight_first
               else f"评分标准{style.weight_word}{style.score_word}")
    head = f"一级指标二级指标三级指标{columns}" + ("扣分原因" if style.tail_column else "")
    lines: list[str] = [t.title.replace("评价得分表", "评价评分表")]
    last1 = last2 = ""
    rows: list[str] = []
    for leaf in t.leaves[:cut]:
        row = ""
        if leaf.level1 != last1:
            name = leaf.level1[:2] + " " + leaf.level1[2:] if style.spaced_level else leaf.level1
            row += f"{name}({t.label_weights[leaf.level1]}分)"
        if leaf.level2 != last2:
            row += f"{leaf.level2}({t.label_weights[leaf.level2]}分)"
        last1, last2 = leaf.level1, leaf.level2
        rule = leaf.name + RULE if style.repeat_name else SIGN_RULE
        if style.formula:
            rule += FORMULA.format(leaf.name)
        sep = " " if style.apart else ""
        if style.weight_first:
            at = rule.index("，") + 1 if style.wrap and "，" in rule else len(rule)
            row += f"{leaf.name}{sep}{leaf.weight}{sep}{rule[:at]}" + ("\n" if at < len(rule) else "")
            row += f"{rule[at:]}{sep}{leaf.score}"
        else:
            row += f"{leaf.name}{rule}{leaf.weight}{sep}{leaf.score}"
        rows.append(row)
    if style.header_run_on:
        lines.append(head + rows[0])
    else:
        lines += [head, rows[0]]
    lines += rows[1:]
    weights = sum(x.weight for x in t.leaves)
    if cut is None and style.total == "glued":
        lines.append(f"合计{weights}{t.total}")
    elif cut is None and style.total == "apart":
        lines.append(f"合计 {weights} {t.total}")
    return "\n".join(lines) + "\n"

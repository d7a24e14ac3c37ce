"""An invented rule table with the weights in its labels (``layouts.labeltree.invent_tree``) written the way
rules are published as text rather than as a table: a numbered list (1.决策（20分） / (1)目标设定（8分） /
①绩效目标合理性（5分）…), every item on its own line, all on one line, or items run on after a 、/；; the list
marks of each level in one of the styles documents use (1. 一、 第1部分 / (1) （一） 1) / ① (1) or none), the
weight in any bracket (（5分） (5分) 〔5分〕 【5分】) or as a 权重 (（权重5%）) or with none (资金到位率10分,
商品销售总额标准分60分, 分值10分, 权重10%: ``PLAIN_WEIGHTS``), each leaf followed by its rule or not,
the total (合计100分) printed or not, or each leaf's weight closing its rule (…扣完为止。（5分）)."""

from __future__ import annotations

from dataclasses import dataclass

from layouts.labeltree import TreeTable

RULE = "：达到要求的得满分，每降低1个百分点扣0.5分，扣完为止。"
# the list marks of levels 1, 2 and 3, by style
MARKS = {
    "arabic": ("{n}.", "({n})", "{c}"),
    "chinese": ("{z}、", "（{z}）", "{n}."),
    "parts": ("第{n}部分", "{n})", "({n})"),
    "plain": ("", "", ""),
}
BRACKETS = {"round": "（{w}分）", "ascii": "({w}分)", "tortoise": "〔{w}分〕", "lenticular": "【{w}分】",
            "share": "（权重{w}%）"}
# the weight without brackets, after the name (资金到位率10分, 商品销售总额标准分60分, 项目建设分值10分)
PLAIN_WEIGHTS = {"plain": "{w}分", "standard": "标准分{w}分", "valued": "分值{w}分", "plain_share": "权重{w}%"}
SEPARATORS = {"lines": "\n", "one_line": "", "spaced": " "}
LISTED = "、\n"  # items closed by a 、 (1、商品销售总额标准分60分、)
_Z = "一二三四五六七八九十"
_C = "①②③④⑤⑥⑦⑧⑨⑩"


@dataclass(frozen=True)
class ListStyle:
    marks: str = "arabic"
    bracket: str = "round"
    separator: str = "lines"
    rules: bool = True
    total: bool = True
    trailing: bool = False  # each leaf's weight closes its rule (①绩效目标合理性：……扣完为止。（5分）)


def rule_list(t: TreeTable, style: ListStyle, cut: int | None = None) -> str:
    marks, sep = MARKS[style.marks], {**SEPARATORS, "listed": LISTED}[style.separator]

    def mark(level: int, n: int) -> str:
        return marks[level].format(n=n, z=_Z[n - 1], c=_C[n - 1])

    def label(name: str, w: object) -> str:
        return name + {**BRACKETS, **PLAIN_WEIGHTS}[style.bracket].format(w=w)

    items: list[str] = []
    seen1: dict[str, int] = {}
    seen2: dict[str, int] = {}
    leaf_n = 0
    for leaf in t.leaves[:cut]:
        if leaf.level1 not in seen1:
            seen1[leaf.level1] = len(seen1) + 1
            seen2.clear()
            items.append(mark(0, seen1[leaf.level1]) + label(leaf.level1, t.label_weights[leaf.level1]))
        if leaf.level2 not in seen2:
            seen2[leaf.level2] = len(seen2) + 1
            leaf_n = 0
            items.append(mark(1, seen2[leaf.level2]) + label(leaf.level2, t.label_weights[leaf.level2]))
        leaf_n += 1
        if style.trailing:
            items.append(mark(2, leaf_n) + leaf.name + RULE + BRACKETS[style.bracket].format(w=leaf.weight))
        else:
            items.append(mark(2, leaf_n) + label(leaf.name, leaf.weight) + (RULE if style.rules else ""))
    if style.total and cut is None:
        items.append(f"合计{sum(x.weight for x in t.leaves)}分")
    return f"{t.title}评分细则\n" + sep.join(items) + "\n"

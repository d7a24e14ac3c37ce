"""Self-evaluation reports scored section by section, with invented figures: the outline of an evaluation scheme whose
headings name the parts (numbered 一、 （一） 1. 1、 （1） ①), each part's weight perhaps in the heading's bracket, and
its score either in the heading after the name (一、资金保障方面，指标评价得分12) or closing the paragraph under it
(…自评得3分。 / 该项得分为3分 / 评分：3分), a rule's points perhaps in the paragraph before it (达到95%的得满分,
否则不得分), and the report's total at the end in words a part's score shares (综合得分97分).

``report(seed, heading, said, planted, kind)`` gives the text, the parts' (name, weight or None, score) the reader must
read and the total; ``planted`` prints the last part's score above its weight (the audit must report it at that row).
"""

from __future__ import annotations

import random
from decimal import Decimal

# how a heading is numbered ({k} the part's number)
NUMBERS = ("{c}、", "（{c}）", "{k}.", "{k}、", "（{k}）", "({k})")
# how the score is said: in the heading after the name, or closing the paragraph ({s} the score)
IN_HEADING = ("，指标评价得分{s}", "，得分{s}分", "：评分{s}分", ",自评得{s}分", "指标评价得分{s}分", "自评得{s}分")
IN_PARAGRAPH = ("自评得{s}分。", "该项得分为{s}分。", "指标评价得分{s}分。", "评分：{s}分。", "本项得{s}分。",
                "据此，该指标得分{s}分。")
# how the weight is printed in the heading's bracket ({w} the weight), or not at all
WEIGHTS = ("（{w}分）", "（分值{w}分）", "（满分{w}分）", "({w}分)", "")
_CN = "一二三四五六七八九"
_NAMES = ("资金保障", "项目管理", "使用成效", "项目立项", "资金落实", "管理制度健全", "绩效目标设定", "资金使用合规性",
          "群众满意度")
_WORDS = ("严格按照资金管理办法执行，资金拨付及时，台账完整。", "对照年度任务逐项核实，完成情况良好。",
          "经实地抽查，项目运行正常，群众反映较好。")
_RULE = "（按办法，执行率达到95%的得满分，否则按比例扣分。）"


def report(seed: int, heading: int, said: int, planted: bool = False,
           kind: str = "transfer") -> tuple[str, list[tuple[str, Decimal | None, Decimal]], Decimal]:
    """The text (the score in the heading where ``said`` < len(IN_HEADING), else in the paragraph), the parts read."""
    rng = random.Random(seed * 31 + heading * 7 + said)
    in_heading = said < len(IN_HEADING)
    wording = IN_HEADING[said] if in_heading else IN_PARAGRAPH[said - len(IN_HEADING)]
    weights = WEIGHTS[(seed + said) % len(WEIGHTS)]
    names = rng.sample(_NAMES, rng.randint(2, 5))
    budget = Decimal(rng.randrange(100, 9000)) / (10 if seed % 2 else 1)
    parts: list[tuple[str, Decimal | None, Decimal]] = []
    body = ""
    for k, name in enumerate(names, 1):
        weight = Decimal(rng.choice((5, 6, 10, 12, 15, 20)))
        score = weight - Decimal(rng.choice((0, 0, 1, 2)))
        if planted and k == len(names):
            score = weight + 3
        number = NUMBERS[heading].format(c=_CN[k - 1], k=k)
        bracket = weights.format(w=weight)
        paragraph = rng.choice(_WORDS) + (_RULE if rng.random() < 0.4 else "")
        if in_heading:
            body += f"{number}{name}{bracket}{wording.format(s=score)}\n{paragraph}\n"
        else:
            body += f"{number}{name}{bracket}\n{paragraph}{wording.format(s=score)}\n"
        parts.append((name, weight if bracket else None, score))
    total = sum((s for _, _, s in parts), Decimal(0)) + 40
    title = ("示例县{y}年度示例衔接推进乡村振兴补助资金绩效评价自评报告" if kind == "transfer"
             else "示例县示例局{y}年度示例项目支出绩效自评报告")
    text = (f"{title.format(y=2020 + seed % 5)}\n现将绩效评价情况报告如下：\n"
            f"全年下达示例补助资金{budget}万元，截至年底实际支出{budget}万元。\n{body}"
            f"经综合评价，综合得分{total}分。\n")
    return text, parts, total


_TREE = (("投入", (("项目立项", ("立项程序规范性", "绩效目标合理性")), ("资金落实", ()))),
         ("过程", (("业务管理", ("管理制度健全性", "制度执行有效性")), ("财务管理", ("资金使用合规性",)))))
_CRITERIA = "有完整的制度并严格执行的得{w}分，否则酌情扣分。"


def outline(seed: int, scored: bool = True) -> tuple[str, list[tuple[str, Decimal, Decimal]]]:
    """An evaluation scheme's outline with no title (the excerpt starts at 一、投入(20分)), its weights in the headings'
    brackets, each leaf's paragraph giving its criteria and, where ``scored``, closing with its self-score (自评得3分);
    the leaves' (name, weight, score). Unscored, it is a rule table's text: criteria and points only."""
    rng = random.Random(seed)
    leaves: list[tuple[str, Decimal, Decimal]] = []
    out = ""
    for k1, (level1, level2s) in enumerate(_TREE):
        body1 = ""
        w1 = Decimal(0)
        for k2, (level2, level3s) in enumerate(level2s):
            rows = level3s or (level2,)
            body2 = ""
            w2 = Decimal(0)
            for k3, name in enumerate(rows):
                w = Decimal(rng.choice((2, 3, 4, 5, 6)))
                s = w - Decimal(rng.choice((0, 0, 1)))
                said = f"自评得{s}分。" if scored else ""
                text = f"{rng.choice(_WORDS)}{_CRITERIA.format(w=w)}{said}\n"
                body2 += text if not level3s else f"（{k3 + 1}）{name}（{w}分）\n{text}"
                w2 += w
                leaves.append((name, w, s))
            body1 += f"（{_CN[k2]}）{level2}（{w2}分）\n{body2}"
            w1 += w2
        out += f"{_CN[k1]}、{level1}（{w1}分）\n{body1}"
    return out, leaves

"""An invented 绩效评价评分表 run together as document-sharing previews give it, each row NAMED: the header's level and
rule columns, then columns a reader's vocabulary may not print whole (自评 得分, 扣分原因和 其他说明) split by the
preview's spaces; first and second levels with their weight in brackets (投入(15 分)); each row = its name (split
by a space as a narrow cell wraps: 财政供养人员 控制率), its 评分标准 sentences, whose own numbers follow a stop or a
semicolon as ranges (;0-10%, ;10～20%, 。20至30%) and counts or dates (; 6月底前, 。3个), then the row's weight
glued before the next row's name (…扣完为止。5重点支出…). Varied by seed: the header's spacing and joining word,
the range mark, the weight bare or with its unit, the names wrapped or not. A mistake can be planted: one row's
weight off by one, so its group's rows no longer make the group's weight."""

from __future__ import annotations

import random
from decimal import Decimal

LEVEL1 = ("投入", "过程", "产出", "效益")
LEVEL2 = ("目标设定", "预算配置", "预算执行", "预算管理", "资产管理", "职责履行", "履职效益", "社会效益")
NAMES = ("在职人员控制率", "公用经费控制率", "重点支出安排率", "预算完成率", "预算调整率", "支付进度率", "结转结余率",
         "管理制度健全性", "资金使用合规性", "资产管理安全性", "固定资产利用率", "实际完成率", "质量达标率", "服务对象满意度")
TAILS = ("自评 得分扣分原因和 其他说明", "得分 备注", "自评得分 扣分原因及 说明", "得分备注")
RANGE_MARKS = ("-", "～", "至")


def _rule(rnd: random.Random, weight: int, mark: str) -> str:
    """A row's 评分标准 whose numbers after its stops and semicolons are ranges, counts and dates, never a weight."""
    low = rnd.choice([60, 70, 80])
    forms = (
        f"以100%为标准,达到的计{weight}分;{low}%(含){mark}{low + 10}%,计{max(weight - 1, 1)}分;"
        f"0{mark}{low - 10}%不得分。",
        f"春节前下达全部资金的50%; {rnd.randint(5, 9)}月底前全部下达完。每出现一项未完成扣0.5分,扣完为止。",
        f"已制定管理办法,计1分;办法合法、合规、完整,计1分。{rnd.randint(2, 4)}个方面有缺失的不得分。",
        f"每超过一个百分点扣0.5分;{low}{mark}{low + 10}%之间按比例计分,扣完为止。",
    )
    return rnd.choice(forms)


def invent_named_stop_rules(seed: int, groups: int = 3, mistake: bool = False,
                            unit: bool = False) -> tuple[str, list[tuple[str, Decimal | None]]]:
    """The text, and each row's name with the weight a reader must give it (None where its group's rows do not
    make the group's weight)."""
    rnd = random.Random(seed)
    gap = rnd.choice(["", " "])
    head = gap.join(("一级指标", "二级指标", "三级指标", "评分标准", "分值")) + rnd.choice(TAILS)
    mark = rnd.choice(RANGE_MARKS)
    names = iter(rnd.sample(NAMES, len(NAMES)))
    level2 = rnd.sample(LEVEL2, groups)
    pieces: list[str] = []
    want: list[tuple[str, Decimal | None]] = []
    for g in range(groups):
        weights = [rnd.choice([2, 3, 4, 5, 6]) for _ in range(rnd.randint(2, 3))]
        if g % 2 == 0:  # a first level over this group and the next, its weight in brackets with a space or none
            pieces.append(f"{LEVEL1[g // 2]}({{outer{g}}}{rnd.choice(['', ' '])}分)")
        pieces.append(f"{level2[g]}({sum(weights)}{rnd.choice(['', ' '])}分)")
        bad = mistake and g == 1
        for k, w in enumerate(weights):
            name = next(names)
            printed = w + 1 if bad and k == 0 else w
            shown = f"{name[:-3]} {name[-3:]}" if rnd.random() < 0.5 else name  # a wrapped cell's space
            pieces.append(f"{shown}{_rule(rnd, w, mark)}{printed}{'分' if unit else ''}")
            want.append((name, None if bad else Decimal(w)))
    text = "".join(pieces)
    # each first level's weight: the sum of its two groups' weights (the planted mistake is in a row, not here)
    for g in range(0, groups, 2):
        sub = [level2[g]] + ([level2[g + 1]] if g + 1 < groups else [])
        outer = sum(_group_weight(text, s) for s in sub)
        text = text.replace(f"{{outer{g}}}", str(outer))
    return f"某单位部门整体支出绩效评价评分表(参考样表){head}{text}\n", want


def _group_weight(text: str, name: str) -> int:
    at = text.index(f"{name}(") + len(name) + 1
    return int(text[at : text.index("分", at)].strip())

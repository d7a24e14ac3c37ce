"""An invented scoring-rule table whose cells a page's text runs together with spaces (document-preview pages): the
header's column labels, the last one glued to the first row's name (…评分标准 备注政策宣传), then each row's name, its
weight, its explanation and its rule, whose points stand apart (得 1 分；…得 1 分。), the next row's name glued after
the rule's last stop (…得 1 分。政策完善). Varied: the header's last column (备注 or 评分标准), how many points a rule
lists, a total row."""

from __future__ import annotations

import random
from decimal import Decimal

NAMES = ("政策宣传", "政策完善", "目标编制", "资金筹集", "资金拨付", "制度建设", "台账管理", "信息公开", "监督检查")
EXPLAIN = ("是否以印制宣传手册等形式宣传相关政策。", "是否按要求制定相关制度办法，以反映政策执行情况。",
           "绩效目标是否符合客观实际，是否清晰、细化、可衡量。", "资金是否按规定及时拨付到位。")
POINTS = ("印制宣传手册", "举办培训班", "经验材料被推广", "按时报送资料", "建立工作台账")


def invent_spaced_rules(seed: int, last_column: str = "备注",
                        total: bool = False) -> tuple[str, list[tuple[str, Decimal]]]:
    """The text and its rows (name, weight)."""
    rnd = random.Random(seed)
    head = "某省专项资金绩效评价指标体系 一级指标 二级指标 三级指标 分值 指标说明 评分标准"
    head += " 备注" if last_column == "备注" else ""
    rows: list[tuple[str, Decimal]] = []
    parts: list[str] = []
    for name in rnd.sample(NAMES, rnd.randint(4, 6)):
        points = rnd.sample(POINTS, rnd.randint(2, 3))
        rows.append((name, Decimal(len(points))))
        rule = "；".join(f"{p}，得 1 分" for p in points) + "。"
        parts.append(f"{name} {len(points)} {rnd.choice(EXPLAIN)}{rule}")
    text = head + "".join(parts)  # the first name glued to the header's last label, each next to the rule's stop
    if total:
        text += f" 合计 {sum(w for _, w in rows)}"
    return text + "\n", rows

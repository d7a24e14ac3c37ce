"""An invented rule table of 序号 | 指标 | 评分标准 | 分值 as document-sharing pages give it: the header and every row
run together with no separator, each row its number, its name, its rule (sub-items (1)…(2)…, then the points of
its grades as bands 优(12-15分)良(8-11分)… or as grades 完全相符:3分;基本相符:2分…), then its weight glued to the
next row's number (…差(0-3分)152主要研究内容…). Varied: bands or grades, a page marker of the site breaking a
row (\\n2、), the rows on one line or each on its own, a total row, a tail after the table. A mistake can be planted:
a weight that is not its rule's top grade."""

from __future__ import annotations

import random
from decimal import Decimal

NAMES = ("研究基础与条件", "主要研究内容、预期目标", "研究方法", "研究团队综合实力", "计划进度和阶段目标", "预期研究成果及形式",
         "价格", "服务方案", "质量保障措施", "应急预案", "售后服务", "项目管理制度")


def invent_seq_rules(seed: int, rows: int = 7, bands: bool = True, page_marker: bool = False, lines: bool = False,
                     total: bool = False, mistake: bool = False) -> tuple[str, list[tuple[str, Decimal]]]:
    rnd = random.Random(seed)
    out = ["《综合评分标准.docx》由会员分享,可在线阅读。\n1、综合评分标准序号评审指标评审标准说明最高分值"]
    read: list[tuple[str, Decimal]] = []
    for k in range(rows):
        top = rnd.choice([5, 8, 10, 12, 15, 20, 25])
        if bands:
            hi = [top, round(top * 0.75), round(top * 0.5), round(top * 0.25)]
            grades = f"优({hi[1] + 1}-{hi[0]}分)良({hi[2] + 1}-{hi[1]}分)一般({hi[3] + 1}-{hi[2]}分)差(0-{hi[3]}分)"
        else:
            grades = f"完全相符:{top}分;基本相符:{top // 2}分;不相符:0分。"
        rule = f"(1)是否符合要求,共{rnd.randint(2, 12)}项;(2)是否合理可行。" + grades
        if page_marker and k == 2:
            rule = rule[:9] + "\n2、" + rule[9:]
        printed = top + 1 if mistake and k == 3 else top
        out.append(("\n" if lines and k else "") + f"{k + 1}{NAMES[k]}{rule}{printed}")
        read.append((NAMES[k], Decimal(top)))
    text = "".join(out) + (f"\n合计{sum(w for _, w in read)}" if total else "") + "\n- 配套讲稿:\n如PPT文件的首页显示word图标。\n"
    return text, read

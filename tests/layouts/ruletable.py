"""An invented scoring-rule table in the column layouts rule tables are published in: the indicator's name under
考核项目 / 考核内容 / 指标名称 / 一级…三级指标 (levels carried down merged cells), 分值 with or without its unit
("10分"), the rule under 评分标准 / 考核内容及评分标准 / 评分细则 before or after the weight, a 序号 column, a 指标解释
column. Mistakes can be planted: a 合计 that is not the sum of the weights."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

RULE_HEADS: dict[str, list[str]] = {
    "name": ["指标名称", "分值", "评分标准"],
    "item_rule": ["考核项目", "分值", "考核内容及评分标准"],
    "seq": ["序号", "考核内容", "分值", "评分细则"],
    "levels_explain": ["一级指标", "二级指标", "三级指标", "指标解释", "评价标准", "分值"],
    "content_indicator": ["考核内容", "考核指标", "分值", "评分标准"],
    "assign": ["序号", "指标", "分值", "赋分办法"],  # a 目标责任制考核 table (舟山市, 2007)
}
GROUPS = (("预算编制", ("绩效目标合理性", "绩效指标明确性")), ("预算执行", ("预算执行率", "资金使用合规性")),
          ("绩效管理", ("问题整改情况", "信息公开情况")))


@dataclass
class Rule:
    group: str
    name: str
    weight: Decimal
    rule: str


def invent_rule_table(seed: int) -> list[Rule]:
    rnd = random.Random(seed)
    rules = [Rule(g, n, Decimal(rnd.choice([5, 10, 15, 20])), f"{n}符合要求的得满分，每发现一处问题扣{rnd.choice([1, 2])}分，扣完为止。")
             for g, names in GROUPS for n in names]
    return rules


def rule_table_rows(rules: list[Rule], head: str, unit: bool = False, total_off: int = 0,
                    weight_as: str | None = None) -> list[list[str]]:
    """The rows under header ``head`` (RULE_HEADS); ``unit``: weights printed "10分"; ``weight_as``: weights printed
    in that form ("0~{}": the range of points a row can earn); ``total_off``: the 合计 row misses the sum by that
    much (a planted mistake)."""
    h = RULE_HEADS[head]
    out: list[list[str]] = [["2023年度部门预算绩效管理考核评分细则"], list(h)]
    last = ""
    for k, r in enumerate(rules):
        w = weight_as.format(r.weight) if weight_as else f"{r.weight}分" if unit else f"{r.weight}"
        group = r.group if r.group != last else ""
        last = r.group
        out.append({"name": [r.name, w, r.rule],
                    "item_rule": [r.name, w, r.rule],
                    "seq": [str(k + 1), r.name, w, r.rule],
                    "levels_explain": [group, f"{r.group}管理" if group else "", r.name, f"考察{r.name}。", r.rule, w],
                    "content_indicator": [group, r.name, w, r.rule],
                    "assign": [str(k + 1), r.name, w, r.rule]}[head])
    total = sum((r.weight for r in rules), Decimal(0)) + total_off
    out.append(["合计", *[""] * (h.index("分值") - 1), f"{total}", *[""] * (len(h) - h.index("分值") - 1)])
    return out


# Department score tables: the same leaves with a score, under the headers departments print.
DEPT_LEAVES = (("投入", "预算配置", "财政供养人员控制率", "5", "5"), ("投入", "预算配置", "三公经费变动率", "5", "4"),
               ("过程", "预算执行", "预算完成率", "10", "9.5"), ("过程", "预算管理", "管理制度健全性", "5", "5"),
               ("产出", "职责履行", "重点工作完成率", "20", "18"), ("效果", "履职效益", "社会公众满意度", "15", "14"))
DEPT_RULE = "达到100%得满分，每降低1个百分点扣0.5分。"
DEPT_HEADS: dict[str, list[str]] = {
    "std": ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "得分"],
    "basis": ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "评分依据", "自评得分"],
    "rule_first": ["一级指标", "二级指标", "三级指标", "评分标准", "分值", "自评得分"],
    "explain": ["一级指标", "二级指标", "三级指标", "指标解释", "评分标准", "分值", "得分"],
    "name": ["评价指标", "分值", "评分标准", "得分"],
    "weight_quan": ["一级指标", "二级指标", "三级指标", "权重", "评分标准", "得分"],
}


def dept_score_rows(head: str, total: str = "55.5") -> list[list[str]]:
    """A department score table under header ``head`` (DEPT_HEADS); ``total`` as printed (55.5 is the sum)."""
    h = DEPT_HEADS[head]
    out = [["2022年度部门整体支出绩效评价评分表"], list(h)]
    last = ("", "")
    for l1, l2, name, w, s in DEPT_LEAVES:
        by = {"一级指标": l1 if l1 != last[0] else "", "二级指标": l2 if l2 != last[1] else "", "三级指标": name,
              "评价指标": name, "分值": w, "权重": w, "评分标准": DEPT_RULE, "评分依据": "见佐证材料",
              "指标解释": f"反映{name}情况。", "得分": s, "自评得分": s}
        last = (l1, l2)
        out.append([by[c] for c in h])
    weight_col = h.index("分值") if "分值" in h else h.index("权重")
    row = [""] * len(h)
    row[0], row[weight_col], row[-1] = "合计", "60", total
    out.append(row)
    return out

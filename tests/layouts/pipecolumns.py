"""An invented 考核指标 table (脱贫攻坚-style rule table: no score column) as pipes give it one cell a line: the
header's weight column named in any wording that ends in 分值 (计分分值, 基准分值 …), the rule and condition
columns before the weight, and after it columns every row prints that the vocabulary does not name (数据来源,
考核部门(单位)), the last one a short department name that could pass for the next group's label. Names carry list
marks ((1), (2) …); a name merged over two rows prints only on the first, the second row starting with its
content. A level label prints its weight in brackets; a mistake can be planted: one level's printed weight off by
one, so its rows no longer make it. The 合计 row closes the table, or the text ends inside it."""

from __future__ import annotations

import random
from dataclasses import dataclass

WEIGHT_LABELS = ("计分分值", "基准分值", "标准分值", "分值")
SOURCES = ("部门考核结果", "统计年报数据", "信息系统数据")
DEPARTMENTS = ("市教育局", "市卫健委", "市住建局", "市民政局", "市人社局", "市水务局")
LEVELS = ("年度计划完成情况", "精准帮扶成效", "资金使用管理")
NAMES = ("减贫人口完成率", "义务教育保障", "基本医疗保障", "住房安全保障", "饮水安全保障", "产业帮扶覆盖率",
         "就业帮扶人数", "资金拨付进度", "项目库建设")


@dataclass
class Row:
    level: str
    name: str  # "" for the second row of a name merged over two
    merged_into: str  # the name the row sits under
    weight: int


def invent_pipe_columns(seed: int, mistake: bool = False, total: bool = True) -> tuple[str, list[Row], dict[str, int]]:
    """The text, its rows, and each level's weight as the rows make it; the 合计 row closes the table, or the text
    ends inside it (``total`` False)."""
    rnd = random.Random(seed)
    head = ["考核指标", "评价内容", "评价标准", "计分条件", rnd.choice(WEIGHT_LABELS), "数据来源", "考核部门(单位)"]
    names = iter(rnd.sample(NAMES, len(NAMES)))
    rows: list[Row] = []
    for level in LEVELS:
        for _ in range(rnd.randint(2, 3)):
            name = next(names)
            rows.append(Row(level, name, name, rnd.randint(2, 9)))
            if rnd.random() < 0.4:  # the same name over a second row
                rows.append(Row(level, "", name, rnd.randint(1, 5)))
    sums = {lv: sum(r.weight for r in rows if r.level == lv) for lv in LEVELS}
    cells = list(head)
    seen: set[str] = set()
    mark = 0
    for r in rows:
        printed = sums[r.level] + (1 if mistake and r.level == LEVELS[1] else 0)
        lead = [] if r.level in seen else [f"{LEVELS.index(r.level) + 1}.{r.level}({printed}分)"]
        seen.add(r.level)
        if r.name:
            mark += 1
            lead.append(f"({mark}){r.name}")
        cells += [*lead, f"{r.merged_into}达标率(%)。\n达标率=达标数÷总数×100%。",
                  "达标率100%计满分;每减少1个百分点扣1分,扣完为止。", str(r.weight), rnd.choice(SOURCES),
                  rnd.choice(DEPARTMENTS)]
    if total:
        cells += ["合计", str(sum(r.weight for r in rows))]
    text = "某市2017年脱贫攻坚考核指标\n" + "\n|\n".join(cells) + "\n"
    return text, rows, sums

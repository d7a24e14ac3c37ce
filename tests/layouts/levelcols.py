"""An invented department score table in the 湖南 指标表 layout: each level's weight in the column after its name
(一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 评价标准 | 指标说明 | 得分), the explanation stating figures of
its own (136人, 95.10%), the first two levels' cells printed only on the row that opens them. A mistake can be
planted: ``total`` (the 合计 row's score is not the rows' sum)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

LEVELS = (
    ("投入", (("预算配置", ("在职人员控制率", "“三公经费”变动率", "重点支出安排率")),)),
    ("过程", (("预算执行", ("预算完成率", "预算控制率")), ("预算管理", ("管理制度健全性", "资金使用合规性")))),
    ("产出", (("职责履行", ("实际完成率", "完成及时率")),)),
)
RULE = "以100%为标准，{name}每低于标准一个百分点扣0.5分，扣完为止。"
NOTE = "本单位年末实际在职人员为{n}人，占编制数{m}人的比率为{r}%。"


@dataclass
class Row:
    level1: str
    level2: str
    name: str
    weight: Decimal
    score: Decimal


@dataclass
class LevelTable:
    rows: list[Row]
    weights: dict[str, Decimal]
    total_weight: Decimal
    total_score: Decimal


def invent_levels(seed: int, mistake: str | None = None) -> LevelTable:
    rnd = random.Random(seed)
    rows = []
    for l1, groups in LEVELS:
        for l2, names in groups:
            for name in names:
                w = Decimal(rnd.choice([4, 5, 6, 8]))
                rows.append(Row(l1, l2, name, w, w - Decimal(rnd.choice([0, 0, 1, 2]))))
    weights: dict[str, Decimal] = {}
    for r in rows:
        weights[r.level1] = weights.get(r.level1, Decimal(0)) + r.weight
        weights[r.level2] = weights.get(r.level2, Decimal(0)) + r.weight
    total = sum((r.score for r in rows), Decimal(0)) + (3 if mistake == "total" else 0)
    return LevelTable(rows, weights, sum((r.weight for r in rows), Decimal(0)), total)


def level_rows(t: LevelTable, weight_word: str = "分值", seed: int = 0, score_first: bool = False) -> list[list[str]]:
    """The table's rows as cells; ``weight_word``: what the header calls each weight column (分值, or 得分 as some
    copies print it); ``score_first``: the 得分 column before the texts (… | 分值 | 得分 | 评价标准 | 指标说明)."""
    rnd = random.Random(seed)
    texts = ["评价标准", "指标说明"]
    head = ["一级指标", weight_word, "二级指标", weight_word, "三级指标", weight_word]
    out = [["部门整体支出绩效评价指标表"], head + (["得分", *texts] if score_first else [*texts, "得分"])]
    seen: set[str] = set()
    for r in t.rows:
        first = [r.level1, f"{t.weights[r.level1]}"] if r.level1 not in seen else ["", ""]
        second = [r.level2, f"{t.weights[r.level2]}"] if r.level2 not in seen else ["", ""]
        seen |= {r.level1, r.level2}
        m = rnd.randint(100, 200)
        n = m - rnd.randint(0, 20)
        note = NOTE.format(n=n, m=m, r=(Decimal(n * 100) / m).quantize(Decimal("0.01")))
        said = [RULE.format(name=r.name), note]
        scored = [f"{r.score}", *said] if score_first else [*said, f"{r.score}"]
        out.append([*first, *second, r.name, f"{r.weight}", *scored])
    out.append(["合计", f"{t.total_weight}", "", "", "", "", "", "", f"{t.total_score}"])
    return out

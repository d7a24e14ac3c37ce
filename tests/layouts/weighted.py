"""河北's weighted 预算项目绩效自评表: the title, 基本情况, the funds block printed as label-value pairs (预算数 |
到位数 | 执行数 | 预算执行进度(%)), the targets, then the indicator table under a two-line header whose 自评得分 is
split into 单项指标得分 | 权重占比(%) | 单项指标折算得分 (the last the first two's product over 100), each row closing
in those three figures. Invented figures; a converted score that is not the product planted on request; a score
over its weight share planted on request."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

_ROWS = (
    ("产出指标", "数量指标", "补贴发放人数", "享受补贴的人数", ">=", "120", "人"),
    ("产出指标", "质量指标", "申报对象覆盖率", "享受补贴人数占申报对象的比例", ">=", "98", "%(百分比)"),
    ("产出指标", "时效指标", "审批及时率", "按月及时完成审批的比例", ">=", "99", "%(百分比)"),
    ("效益指标", "社会效益指标", "补贴发放率", "补贴按时足额发放的比例", ">=", "95", "%(百分比)"),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "补贴对象对工作的满意程度", ">=", "90", "%(百分比)"),
)


@dataclass
class Row:
    level1: str
    level2: str
    name: str
    text: str
    sign: str
    target: str
    unit: str
    weight: Decimal
    score: Decimal
    converted: Decimal


def invent(seed: int, wrong_product: bool = False, over: bool = False) -> list[Row]:
    """Five rows whose weight shares make 90 (the 预算执行率 row has the other 10), each scored at or under its share."""
    rnd = random.Random(seed)
    cuts = sorted(rnd.sample(range(1, 18), 4))
    weights = [Decimal(b - a) * 5 for a, b in zip([0, *cuts], [*cuts, 18], strict=True)]
    rows = []
    for k, ((l1, l2, name, text, sign, target, unit), w) in enumerate(zip(_ROWS, weights, strict=True)):
        s = w if rnd.random() < 0.6 else w - rnd.choice((1, 2, 3))
        if over and k == 2:
            s = w + 2
        conv = (s * w / 100).quantize(Decimal("0.01"))
        if wrong_product and k == 1:
            conv += Decimal("1.00")
        rows.append(Row(l1, l2, name, text, sign, target, unit, w, Decimal(f"{s}.00"), conv))
    return rows


def text(rows: list[Row]) -> str:
    """The page as a flattened PDF gives it: each printed row on a line, cells apart by spaces, blank cells gone."""
    lines = [
        "某县民政局2021年度预算项目绩效自评表",
        "一、基本情况 项目名称: 高龄老人津贴 实施(主管)单位 某县民政局 金额单位: 万元",
        "二、预算执行情况 预算安排情况(调整后) 资金到位情况 资金执行情况 预算执行进度(%)",
        "预算数 12.50 到位数 12.50 执行数 12.50 100.00",
        "其中:财政资金 12.50 其中:财政资金 12.50 其中:财政资金 12.50",
        "三、目标完成情况 年度预期目标 具体完成情况 总体完成率(%)",
        "按时足额发放津贴。 已按时足额发放。 100.00",
        "四、年度绩效指标完成情况 一级指标 二级指标 三级指标 指标分值 预期指标值 单项指标实际完成值 单项指标完成情况 自评得分",
        "符号 单位(文字描述) 单项指标得分 权重占比(%) 单项指标折算得分",
    ]
    last1 = last2 = None
    for r in rows:
        cells = [r.level1 if r.level1 != last1 else "", r.level2 if r.level2 != last2 else "", r.name, r.text,
                 r.sign, r.target, r.unit, "100%" if r.unit != "人" else "125", "完成", f"{r.score}", f"{r.weight}.00",
                 f"{r.converted}"]
        last1, last2 = r.level1, r.level2
        lines.append(" ".join(c for c in cells if c))
    lines.append("预算执行率 预算执行率")
    return "\n".join(lines) + "\n"

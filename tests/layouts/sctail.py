"""The END of a 四川 部门预算项目支出绩效自评表 as a page or a search excerpt begins: indicator rows with no title, name row
or header (三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析, the levels' merged cells printed on
their first row only), 合计, 评价结论 / 存在问题 / 改进措施, 项目负责人, then, on request, the next form's title block
cut at its funds header. Invented figures; the rows cut at any place; scored or not (完成值 and 得分 blank, the form
published before its scoring); an actual printed as a word (完成) on request; a score over its weight planted on
request."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal


@dataclass
class Row:
    level1: str
    level2: str
    name: str
    nature: str
    target: str
    unit: str
    weight: Decimal
    actual: str = ""
    score: str = ""


_ROWS = (
    ("产出指标", "数量指标", "培训人次", "≥", "200", "人次"),
    ("产出指标", "数量指标", "覆盖乡镇数", "=", "12", "个"),
    ("产出指标", "质量指标", "验收合格率", "=", "100", "%"),
    ("产出指标", "时效指标", "资金拨付及时率", "≥", "95", "%"),
    ("产出指标", "成本指标", "项目成本控制数", "≤", "30", "万元"),
    ("效益指标", "社会效益指标", "群众知晓率", "≥", "90", "%"),
    ("效益指标", "可持续影响指标", "工作机制运行情况", "定性", "优良中低差", ""),
    ("满意度指标", "服务对象满意度指标", "群众满意度", "≥", "90", "%"),
)


def invent(seed: int, scored: bool = False, worded: bool = False, over: bool = False,
           measured: bool = False) -> list[Row]:
    """The form's eight rows, weights summing to 90 (the execution block has 10); ``measured``: each row's actual
    printed (its target's figure, 优 for a 定性 row) and its score left blank."""
    rnd = random.Random(seed)
    cuts = sorted(rnd.sample(range(1, 18), 7))
    weights = [Decimal(b - a) * 5 for a, b in zip([0, *cuts], [*cuts, 18], strict=True)]
    rows = []
    for k, ((l1, l2, name, nature, target, unit), w) in enumerate(zip(_ROWS, weights, strict=True)):
        r = Row(l1, l2, name, nature, target, unit, w)
        if measured:
            r.actual = "优" if nature == "定性" else target
        if scored:
            r.actual = "完成" if worded and k % 2 else target
            r.score = f"{w + 2}" if over and k == len(_ROWS) - 1 else f"{w}"
        rows.append(r)
    return rows


def rows(form: list[Row], start: int, next_form: bool = True, glued: bool = False) -> list[list[str]]:
    """The cells from row ``start`` on (the levels printed on a level's first row only, and on the page's first
    row none: their merged cells began above the cut), the closing rows, and the next form's beginning; ``glued``:
    each row's name, nature, target and unit run together in one cell (足额保障率=100%)."""
    out: list[list[str]] = []
    last1 = last2 = None
    for k, r in enumerate(form[start:]):
        l1 = "" if k == 0 or r.level1 == last1 else r.level1
        l2 = "" if k == 0 or r.level2 == last2 else r.level2
        last1, last2 = r.level1, r.level2
        cells = [r.name, r.nature, r.target, r.unit]
        if glued and r.nature != "定性":
            cells = ["".join(cells)]
        out.append([l1, l2, *cells, r.actual, f"{r.weight}", r.score, ""])
    scored = any(r.score for r in form)
    total = sum((Decimal(r.score) for r in form), Decimal(10)) if scored else None
    out.append(["合计", "100", f"{total}" if total is not None else ""])
    out += [["评价结论", "项目按计划实施。"], ["存在问题", "无"], ["改进措施", "无"], ["项目负责人：张某", "财务负责人：李某"]]
    if next_form:
        out += [["部门预算项目支出绩效自评表（2023年度）"], ["项目名称", "51092324T000010263399-2023年示例补助资金项目"],
                ["主管部门", "示例县某某局部门", "实施单位", "示例县某某局"],
                ["项目基本情况", "1.项目年度目标完成情况", "项目年度目标", "年度目标完成情况"],
                ["预算执行情况（10分）", "年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"]]
    return out

"""A scored 转移支付 self-evaluation form in the later templates' columns, with invented figures: the execution
block under the central form's words (全年预算数, 全年执行数, 执行率, 分值, 得分) with 年度资金总额 over 中央资金,
地方资金 and 其他资金 rows, the goals, then the indicators with 分值 and 得分 columns, with or without the 2022+
template's 指标性质 and 度量单位 columns (the value split into its comparison, number and unit) and the 偏差原因
column, closed by a 总分 (or 合计) row giving the weights' 100 and the total.

``form(seed, title, nature, reason, total_word, planted, block, weight_first)`` gives the rows of cells (blank cells as "") and the
figures the form prints: ``Figures.indicators`` (name, weight, score), the execution block's weight and score and
the total score. ``block`` picks the execution block's header (``BLOCKS``); ``weight_first`` prints 分值 before the
values (年度指标值 | 全年实际值), as the 衔接资金 forms do. ``planted`` prints a 总分 that is not the sum of the scores (the figures keep the printed one).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

TITLES = ("{y}年度中央对地方转移支付区域绩效自评表", "{y}年度专项转移支付绩效自评表", "{y}年农业相关转移支付资金绩效自评表",
          "{y}年度城乡居民基本医疗保险补助资金绩效自评表")

# (一级, 二级, 三级, 指标性质, 指标值, 度量单位, 实际完成值): the value met where actual meets the target
_ROWS = (("产出指标", "数量指标", "补助对象人数", "≥", "1200", "人", "1260"),
         ("产出指标", "数量指标", "建设高标准农田面积", "≥", "3.5", "万亩", "3.62"),
         ("产出指标", "质量指标", "项目验收合格率", "=", "100", "%", "100"),
         ("产出指标", "时效指标", "资金拨付及时率", "≥", "95", "%", "90"),
         ("产出指标", "成本指标", "亩均补助标准", "≤", "1500", "元/亩", "1480"),
         ("效益指标", "经济效益指标", "带动农户增收", "≥", "800", "元/户", "850"),
         ("效益指标", "社会效益指标", "受益群众人数", "≥", "3000", "人", "3120"),
         ("效益指标", "可持续影响指标", "工程设施持续发挥效益年限", "≥", "10", "年", "10"),
         ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", "90", "%", "93"))


@dataclass
class Figures:
    indicators: list[tuple[str, Decimal, Decimal]]
    budget: Decimal
    executed: Decimal
    execution_weight: Decimal
    execution_score: Decimal
    total_score: Decimal


def _met(sign: str, value: str, actual: str) -> bool:
    return Decimal(actual) >= Decimal(value) if sign == "≥" else Decimal(actual) <= Decimal(value) if sign == "≤" else True


# the execution block's header as templates print it: its name, the columns (A: budget, B: executed, R: rate, W: 分值,
# S: 得分, I: 年初预算数) in the order printed
BLOCKS = (("资金情况(万元)", "ABRWS"), ("资金执行情况(万元)", "IABWRS"), ("资金投入情况(万元)", "ABWRS"),
          ("项目资金(万元)", "IABWRS"))
_WORDS = {"A": "全年预算数(A)", "B": "全年执行数(B)", "R": "执行率(B/A)", "W": "分值", "S": "得分", "I": "年初预算数"}


def _weights(rng: random.Random, n: int, left: int) -> list[int]:
    weights = [5] * n
    for _ in range((left - 5 * n) // 5):
        weights[rng.randrange(n)] += 5
    return weights


def form(seed: int, title: str = TITLES[0], nature: bool = True, reason: bool = True, total_word: str = "总分",
         planted: bool = False, block: int = 0, weight_first: bool = False) -> tuple[list[list[str]], Figures]:
    rng = random.Random(seed)
    year = 2020 + seed % 5
    central = Decimal(rng.randrange(200, 900))
    local = Decimal(rng.randrange(10, 200))
    budget = central + local
    executed = budget - Decimal(rng.randrange(1, 40))
    escore = (executed / budget * 10).quantize(Decimal("0.01"))
    rows = [[title.format(y=year)], [f"({year}年度)"],
            ["转移支付(项目)名称", "高标准农田建设补助资金", "", ""],
            ["中央主管部门", "农业农村部", "地方主管部门", "县农业农村局"],
            *_block(block, budget, executed, central, escore),
            ["年度总体目标", "预期目标", "", "实际完成情况"],
            ["", "建成高标准农田3.5万亩,改善农业生产条件", "", "建成高标准农田3.62万亩,农业生产条件得到改善"]]
    values = (["指标性质", "指标值", "度量单位", "实际完成值"] if nature else ["指标值", "实际完成值"])
    rows.append(["绩效指标", "一级指标", "二级指标", "三级指标", *(["分值", *values] if weight_first else [*values, "分值"]), "得分",
                 *(["偏差原因分析及改进措施"] if reason else [])])
    chosen = sorted(rng.sample(range(len(_ROWS)), rng.randint(5, len(_ROWS))))
    weights = _weights(rng, len(chosen), 90)
    out: list[tuple[str, Decimal, Decimal]] = []
    total = escore
    last1 = ""
    for k, w in zip(chosen, weights, strict=True):
        l1, l2, l3, sign, value, unit, actual = _ROWS[k]
        if not reason and not _met(sign, value, actual):
            actual = value  # without a 偏差原因 column every value is met
        weight = Decimal(w)
        # a value missed (scored in proportion, its reason given) only where the form has the 偏差原因 column
        missed = not _met(sign, value, actual)
        score = (weight * Decimal(actual) / Decimal(value)).quantize(Decimal("0.1")).normalize() if missed else weight
        total += score
        cells = [sign, value, unit, actual] if nature else [f"{sign}{value}{unit}", f"{actual}{unit}"]
        placed = [f"{weight}", *cells] if weight_first else [*cells, f"{weight}"]
        rows.append(["", l1 if l1 != last1 else "", l2, l3, *placed, f"{score}",
                     *(["资金拨付进度偏慢,将加快拨付" if missed else ""] if reason else [])])
        last1 = l1
        out.append((l3, weight, score))
    printed = total + 3 if planted else total
    pad = len(rows[-1]) - 3 - (1 if reason else 0)
    rows.append([total_word, *[""] * pad, "100", f"{printed}", *([""] if reason else [])] if not weight_first else
                [total_word, "", "", "", "100", *[""] * (pad - 4), f"{printed}", *([""] if reason else [])])
    return rows, Figures(out, budget, executed, Decimal(10), escore, printed)


def _block(block: int, budget: Decimal, executed: Decimal, central: Decimal, escore: Decimal) -> list[list[str]]:
    """The execution block: 年度资金总额 with 分值 10 and its 得分, over 中央资金, 地方资金 and 其他资金 rows."""
    name, order = BLOCKS[block]
    local, spent_local = budget - central, executed - central

    def row(label: str, a: Decimal | None, b: Decimal | None, scored: bool) -> list[str]:
        rate = f"{(b / a * 100).quantize(Decimal('0.01'))}%" if a and b is not None else ""
        got = {"A": f"{a}" if a is not None else "", "B": f"{b}" if b is not None else "", "R": rate,
               "W": "10" if scored else "", "S": f"{escore}" if scored else "", "I": f"{a}" if a is not None else ""}
        return ["", label, *(got[c] for c in order)]

    return [[name, "", *(_WORDS[c] for c in order)], row("年度资金总额", budget, executed, True),
            row("其中:中央资金", central, central, False), row("地方资金", local, spent_local, False),
            row("其他资金", Decimal(0), Decimal(0), False)]

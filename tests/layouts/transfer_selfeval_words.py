"""A 转移支付区域绩效自评表 in the wordings counties print (invented figures): the funds block's heading states the
unit (资金投入情况（万元）, 资金情况（元）, 项目资金（元）), its total row is 年度资金总额, 资金总额 or a bare 合计, its rate
column 预算执行率, 执行率 or 支出进度, its sources 中央财政资金/中央补助/中央直达资金 and 地方财政资金/州级资金/旗级资金/自筹资金;
printed as a pipe table or one cell a line.

``form(seed, plant=False)`` gives (text, unit, {funds row: (budget, executed)}, rate as printed); planted, the total's
budget is one more than its sources make.
"""

from __future__ import annotations

import random
from decimal import Decimal

HEADINGS = ("资金投入情况（{u}）", "资金情况（{u}）", "项目资金（{u}）", "资金投入情况(单位:{u})")
TOTALS = ("年度资金总额", "资金总额", "合计", "年度资金总额：")
CENTRAL = ("其中：中央财政资金", "中央补助", "中央资金", "其中：中央补助资金", "中央直达资金")
# the second source's label and the funds row it is read into (州级 beside 市级, 旗级 beside 县级, 自筹 beside 其他)
LOCAL = (("地方财政资金", "local"), ("市县财政资金", "local"), ("地方资金", "local"), ("州级资金", "municipal"),
         ("旗级资金", "own_level"), ("自筹资金", "other"))
COLUMNS = (("全年预算数（A）", "全年执行数（B）", "预算执行率（B/A×100%）"), ("预算数", "执行数", "执行率"),
           ("全年预算数", "全年实际支出数", "支出进度"))
LAYOUTS = ("pipes", "cells")


def form(seed: int, plant: bool = False) -> tuple[str, str, dict[str, tuple[Decimal, Decimal]], Decimal]:
    rng = random.Random(seed)
    unit = ("万元", "元")[seed % 2]
    scale = Decimal(100) if unit == "万元" else Decimal(1)
    central_b = Decimal(rng.randint(100000, 9000000)) / scale
    local_b = Decimal(rng.randint(10000, 900000)) / scale
    central_e = (central_b * Decimal(rng.randint(80, 100)) / 100).quantize(Decimal("0.01"))
    local_e = (local_b * Decimal(rng.randint(80, 100)) / 100).quantize(Decimal("0.01"))
    total_b, total_e = central_b + local_b, central_e + local_e
    rate = (total_e / total_b * 100).quantize(Decimal("0.01"))
    b, e, r = COLUMNS[seed % len(COLUMNS)]
    local_label, local_key = LOCAL[seed % len(LOCAL)]
    printed_b = total_b + (1 if plant else 0)
    rows = [["中央对地方转移支付区域绩效自评表"], [f"（{2019 + seed % 6}年度）"], ["转移支付（项目）名称", "就业补助资金"],
            ["中央主管部门", "人力资源社会保障部"], ["地方主管部门", "东州县人力资源和社会保障局"], ["资金使用单位", "东州县就业服务中心"],
            [HEADINGS[seed % len(HEADINGS)].format(u=unit), "", b, e, r],
            ["", TOTALS[seed % len(TOTALS)], f"{printed_b}", f"{total_e}", f"{rate}%"],
            ["", CENTRAL[seed % len(CENTRAL)], f"{central_b}", f"{central_e}", ""],
            ["", local_label, f"{local_b}", f"{local_e}", ""],
            ["总体目标完成情况", "总体目标", "全年实际完成情况"], ["", "落实各项就业创业扶持政策。", "各项指标均按要求完成。"],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值"],
            ["", "产出指标", "数量指标", "城镇新增就业人数", "≥1000人", "1200人"],
            ["", "效益指标", "社会效益指标", "城镇调查失业率", "≤5.5%", "4.8%"],
            ["", "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "95%"]]
    if LAYOUTS[seed // 2 % 2] == "pipes":
        body = "\n".join("| " + " | ".join(x) + " |" for x in rows) + "\n"
    else:
        body = "\n".join(c for x in rows for c in x if c) + "\n"
    return body, unit, {"total": (total_b, total_e), "central": (central_b, central_e), local_key: (local_b, local_e)}, rate

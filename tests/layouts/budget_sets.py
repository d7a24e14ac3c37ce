"""A 部门预算 (or 部门决算) whose tables include some of no template kind, as the 2025 templates number them:

表1 部门收支总表, then a list of the year's projects (表3-2 一般公共预算项目支出预算表: 单位名称 | 项目名称 | 金额, the
决算's 一般公共预算财政拨款项目支出决算表 the same), the 一般公共预算 三公 table, the 政府性基金 table, and the 政府性基金's own
三公 table (表4-1). ``gap`` puts a paragraph of text before the project list (the tables after it are then another
reading's). Invented units and amounts from the seed; the figures are the 收支总表's totals and each 三公 合计.
"""

from __future__ import annotations

import random
from decimal import Decimal

_UNITS = ("邻水县某镇人民政府", "某县水务局", "某区司法局")


def _money(rng: random.Random, lo: int = 1000, hi: int = 90000) -> Decimal:
    return Decimal(rng.randrange(lo, hi)) / 100


def numbered_set(seed: int, stage: str = "budget", gap: bool = False) -> tuple[str, dict[str, Decimal]]:
    rng = random.Random(seed)
    unit, year = _UNITS[seed % len(_UNITS)], 2020 + seed % 5
    word, col = ("预算", "预算数") if stage == "budget" else ("决算", "决算数")
    fund, general = _money(rng), _money(rng)
    projects = [_money(rng, 100, 5000) for _ in range(2 + seed % 3)]
    total = general + fund
    reception, cars = _money(rng, 10, 300), _money(rng, 10, 300)
    summary_title = "部门收支总表" if stage == "budget" else "收入支出决算总表"
    lines = [f"{unit}{year}年部门{word}", f"表1 {summary_title}", "单位:万元", "| 收入 | | 支出 | |",
             f"| 项目 | {col} | 项目 | {col} |",
             f"| 一、一般公共预算拨款收入 | {general} | 一、一般公共服务支出 | {general} |",
             f"| 二、政府性基金预算拨款收入 | {fund} | 二、城乡社区支出 | {fund} |",
             f"| 本年收入合计 | {total} | 本年支出合计 | {total} |", f"| 收入总计 | {total} | 支出总计 | {total} |"]
    if gap:
        lines += ["二、项目支出情况说明"] + [f"本年安排第{k + 1}个项目，主要用于日常工作，资金按进度拨付。" for k in range(12)]
    project_title = "表3-2一般公共预算项目支出预算表" if stage == "budget" else "表3-2 一般公共预算财政拨款项目支出决算表"
    lines += [project_title, "单位:万元", "| 单位名称 | 项目名称 | 金额 |", f"| 合计 | | {sum(projects)} |"]
    lines += [f"| {unit} | 第{k + 1}项工作经费 | {p} |" for k, p in enumerate(projects)]
    three = "“三公”经费支出预算表" if stage == "budget" else "“三公”经费支出决算表"
    lines += [f"表3-3 一般公共预算{three}", "单位:万元", f"| 项目 | {col} |", f"| 合计 | {reception + cars} |",
              "| 1.因公出国(境)费 | 0.00 |", f"| 2.公务接待费 | {reception} |", f"| 3.公务用车购置及运行费 | {cars} |",
              f"表4 政府性基金{'预算支出预算表' if stage == 'budget' else '预算财政拨款支出决算表'}", "单位:万元",
              "| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |", f"| | 合计 | {fund} | 0.00 | {fund} |",
              f"| 212 | 城乡社区支出 | {fund} | 0.00 | {fund} |",
              f"表4-1 政府性基金预算{three}", "单位:万元", f"| 项目 | {col} |", "| 合计 | 0.00 |",
              "| 1.因公出国(境)费 | 0.00 |", "| 2.公务接待费 | 0.00 |", "| 3.公务用车购置及运行费 | 0.00 |"]
    return "\n".join(lines) + "\n", {"收入总计": total, "支出总计": total, "三公": reception + cars}


def with_targets(seed: int) -> tuple[str, dict[str, Decimal]]:
    """The template's 收支总表 titled with the unit before the year, its income lines named without 预算 (财政拨款收入,
    事业收入), then a project's 项目支出绩效目标表 (targets and their values, no execution, no score): a page that never
    says 预算."""
    rng = random.Random(seed)
    unit, year = _UNITS[seed % len(_UNITS)], 2020 + seed % 5
    fiscal, own, funds = _money(rng), _money(rng, 100, 3000), _money(rng, 100, 2000)
    total = fiscal + own
    lines = [f"{unit}{year}年部门收支总表", "单位:万元", "| 收入 | | 支出 | |", "| 项目 | 金额 | 项目 | 金额 |",
             f"| 一、财政拨款收入 | {fiscal} | 一、一般公共服务支出 | {fiscal} |",
             f"| 二、事业收入 | {own} | 二、社会保障和就业支出 | {own} |",
             f"| 本年收入合计 | {total} | 本年支出合计 | {total} |", "| 上年结转 | 0.00 | 结转下年 | 0.00 |",
             f"| 收入总计 | {total} | 支出总计 | {total} |", "项目支出绩效目标表", "| 项目名称 | 日常工作经费 |",
             f"| 主管部门 | {unit} | 实施单位 | {unit} |", f"| 项目资金(万元) | 年度资金总额 | {funds} |",
             f"| | 其中:财政拨款 | {funds} |", "| | 其他资金 | 0.00 |", "| 年度绩效目标 | 保障日常工作正常开展 |",
             "| 一级指标 | 二级指标 | 三级指标 | 指标值 |", "| 产出指标 | 数量指标 | 完成事项数 | ≥10项 |",
             "| 产出指标 | 质量指标 | 完成率 | 100% |", "| 效益指标 | 社会效益指标 | 服务水平 | 明显提高 |",
             "| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% |"]
    return "\n".join(lines) + "\n", {"收入总计": total, "支出总计": total}

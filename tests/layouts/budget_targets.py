"""A budget's project target tables as published text, in the shapes that made the project reader take them for a
self-evaluation form:

- ``columns``: the 部门预算项目绩效目标申报表 of a department, one row per indicator, each project's amount in the
  header's 预算数 column on its first row (单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 | …), as pipes; the indicators
  with or without a 指标性质 column (``comparator``), a department's row with its total before the projects;
- ``cost_basis``: a 部门预算项目支出绩效目标表 whose cost basis quotes the last two years' 实际执行数 (项目预算成本构成 |
  金额 | 测算依据 | 2022年实际执行数 | 2023年实际执行数), run together as a docx preview gives it, so that no funds
  line is read by its label;
- ``evaluated``: the same columns with 实际完成值 and 得分 for each indicator (a self-evaluation, not a target).
Invented projects and amounts (元) from the seed."""

from __future__ import annotations

import random
from decimal import Decimal

PROJECTS = ("村组干部报酬", "基层组织活动经费", "环境卫生整治经费", "公共服务运行经费")
_INDICATORS = (("产出指标", "数量指标", "覆盖村数", "≥", "11", "个"), ("产出指标", "时效指标", "按时发放", "=", "1", "年"),
               ("效益指标", "社会效益指标", "群众知晓率", "≥", "95", "%"),
               ("满意度指标", "服务对象满意度指标", "群众满意度", "≥", "90", "%"))


def amounts(seed: int, n: int = 3) -> list[tuple[str, Decimal]]:
    rng = random.Random(seed)
    return [(p, Decimal(rng.randrange(10_000_00, 9_999_999_00)) / 100) for p in PROJECTS[:n]]


def _money(d: Decimal) -> str:
    return f"{d:,.2f}"


def columns(seed: int, comparator: bool = True, evaluated: bool = False) -> str:
    projects = amounts(seed)
    head = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标",
            *(["指标性质"] if comparator else []), "指标值", "度量单位", "权重", *(["实际完成值", "得分"] if evaluated else [])]
    total = sum((v for _, v in projects), Decimal(0))
    rows = [["部门预算项目绩效目标申报表(2024年度)"], ["金额单位:元"], head, ["901-某镇部门", _money(total)]]
    for k, (name, value) in enumerate(projects):
        for i, (l1, l2, l3, cmp, val, unit) in enumerate(_INDICATORS):
            cells = [l1, l2, l3, *([cmp] if comparator else []), val, unit, "25", *([val, "25"] if evaluated else [])]
            if i == 0:
                cells = [*(["901001-某镇人民政府"] if k == 0 else []), name, _money(value), f"保障{name}按时足额", *cells]
            rows.append(cells)
    return "\n".join("| " + " | ".join(r) + " |" for r in rows) + "\n"


def cost_basis(seed: int, costed: bool = True) -> str:
    rng = random.Random(seed)
    items = [("保安服务费", rng.randrange(100, 400)), ("保洁服务费", rng.randrange(50, 200))]
    past = [[v - rng.randrange(0, 20) for _, v in items] for _ in range(2)]
    body = "".join(f"{n}{v}依据合同{a}{b}" for (n, v), a, b in zip(items, *past, strict=True)) if costed else ""
    return ("某市2024年市直部门预算项目支出绩效目标表.docx\n"
            "某市2024年市直部门预算项目支出绩效目标表项目名称办公楼运行保障项目类别本级支出项目项目预算成本构成金额测算依据"
            f"2022年实际执行数2023年实际执行数{body}绩效目标保障办公楼正常运转绩效指标一级指标二级指标绩效标准当年预期实现值"
            "数量指标维修次数反映全年维修情况20次\n")


MIXED_SHAPES = ("pipes", "cells")


def mixed(seed: int, shape: str = "pipes", heading: str = "部门预算情况说明") -> tuple[str, Decimal]:
    """A budget's 说明 stating its totals, then its project's 项目支出绩效目标表 (funds lines, then indicators with their
    指标值 only), as pipe rows or one cell a line ending in " |"; under a heading that may not say 部门/单位预算
    (预算情况说明, 预算公开说明) or under none; with the project's amount."""
    rng = random.Random(seed)
    project = Decimal(rng.randrange(1_000, 90_000)) / 100
    basic = Decimal(rng.randrange(1_000, 90_000)) / 100
    carried = Decimal(rng.randrange(0, 5_000)) / 100
    total = project + basic
    rows = [["项目支出绩效目标表"], ["项目名称", "高标准农田建设管护", "主管部门", "某县农业农村局"],
            ["项目资金(万元)", "年度资金总额", f"{project}"], ["", "其中:财政拨款", f"{project}"], ["", "其他资金", "0"],
            ["年度目标", "完成高标准农田管护任务"], ["一级指标", "二级指标", "三级指标", "指标值"],
            *([a, b, c, d] for a, b, c, d in (("产出指标", "数量指标", "管护面积", "≥2万亩"), ("产出指标", "质量指标", "验收合格率", "≥95%"),
                                             ("效益指标", "社会效益指标", "生产条件改善", "明显改善"),
                                             ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%")))]
    table = ("\n".join("| " + " | ".join(r) + " |" for r in rows) if shape == "pipes"
             else "\n".join(f"{c} |" for r in rows for c in r if c))
    prose = [*([f"某县农业农村局{2020 + seed}年{heading}"] if heading else []), "一、收支预算总体情况",
             f"{2020 + seed}年收入预算总计{total}万元,其中:一般公共预算拨款收入{total - carried}万元;上年结转{carried}万元。",
             f"{2020 + seed}年支出预算总计{total}万元,其中:基本支出{basic}万元;项目支出{project}万元。", "二、项目支出绩效目标"]
    return "\n".join(prose) + "\n" + table + "\n", project


COST_SHAPES = ("pipes", "run_together")


def costs(seed: int) -> list[tuple[str, Decimal, Decimal, Decimal]]:
    """(cost, its amount, the two past years' 实际执行数) for three invented costs: integers, and the last in fen."""
    rng = random.Random(seed)
    a, b = Decimal(rng.randrange(100, 400)), Decimal(rng.randrange(50, 200))
    c = Decimal(rng.randrange(20_000, 60_000)) / 100
    return [("保安服务费", a, a, a), ("保洁服务费", b, b, b),
            ("水电气、维修维护费", Decimal(rng.randrange(400, 900)), c, c + Decimal(rng.randrange(1_000, 9_000)) / 100)]


def cost_table(seed: int, shape: str, planted: Decimal = Decimal(0)) -> str:
    """A 部门预算项目支出绩效目标表 with its 项目预算成本构成 (金额, 测算依据, 2020 and 2021 实际执行数) and a 合计 row; the
    2020 合计 off by ``planted``; as pipes or run together as a docx preview."""
    lines = costs(seed)
    total = [sum((x[k] for x in lines), Decimal(0)) for k in (1, 2, 3)]
    total[1] += planted
    head = ["项目预算成本构成", "金额", "测算(公式)依据", "2020年实际执行数", "2021年实际执行数"]
    rows = [[n, str(a), "依据招标文件", str(p1), str(p2)] for n, a, p1, p2 in lines] + [["合计", *map(str, total[:1]), "",
                                                                                         *map(str, total[1:])]]
    indicators = "绩效指标一级指标二级指标绩效标准当年预期实现值数量指标维修次数20次"
    title = "某市2024年市直部门预算项目支出绩效目标表项目名称办公楼运行保障项目类别本级支出项目"
    if shape == "pipes":
        body = "\n".join("| " + " | ".join(r) + " |" for r in [head, *rows])
        return f"{title}\n{body}\n{indicators}\n"
    return title + "".join(head) + "".join("".join(r) for r in rows) + indicators + "\n"


UNNAMED_TITLES = ("", "某县农业农村局{year}年预算公开", "{year}年预算信息公开表", "某县农业农村局{year}年财政预算公开")
SUMMARY_TITLES = ("收支总表", "部门收支总表", "收支预算总表", "财政拨款收支总表", "部门收支总体情况表")


def unnamed_page(seed: int, title: str = "", table_title: str = "收支总表", shape: str = "pipes") -> tuple[str, dict[str, Decimal]]:
    """A budget disclosure's page that never calls itself a 部门预算 or 单位预算 (no title, or 预算公开/预算信息公开表/
    财政预算公开; the page's furniture may stand before it): its 收支总表 under one of the template's titles (the header
    over two rows: 收入 | 支出, then 项目 | 预算数), then its project's 项目支出绩效目标表 (funds, targets only), as pipe
    rows or one cell a line ending in " |"; with the summary's totals and the project's amount."""
    rng = random.Random(seed)
    year = 2019 + rng.randrange(6)
    general, carried = Decimal(rng.randrange(10_000, 90_000)) / 100, Decimal(rng.randrange(0, 9_000)) / 100
    project = Decimal(rng.randrange(1_000, int(general * 50))) / 100
    total = general + carried
    rows = [[table_title], ["单位:万元"], ["收入", "", "支出", ""], ["项目", "预算数", "项目", "预算数"],
            ["一、一般公共预算拨款收入", f"{general}", "一、一般公共服务支出", f"{total - project}"],
            ["二、政府性基金预算拨款收入", "", "二、农林水支出", f"{project}"],
            ["本年收入合计", f"{general}", "本年支出合计", f"{total}"], ["三、上年结转", f"{carried}", "", ""],
            ["收入总计", f"{total}", "支出总计", f"{total}"],
            ["项目支出绩效目标表"], ["项目名称", "高标准农田建设管护", "主管部门", "某县农业农村局"],
            ["项目资金(万元)", "年度资金总额", f"{project}"], ["", "其中:财政拨款", f"{project}"], ["", "其他资金", "0"],
            ["年度目标", "完成高标准农田管护任务"], ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "管护面积", "≥2万亩"], ["产出指标", "质量指标", "验收合格率", "≥95%"],
            ["效益指标", "社会效益指标", "生产条件改善", "明显改善"], ["满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"]]
    table = ("\n".join("| " + " | ".join(r) + " |" for r in rows) if shape == "pipes"
             else "\n".join(f"{c} |" for r in rows for c in r if c))
    head = title.format(year=year)
    furniture = "\n".join(["网站导航", "首页 政务公开 预决算公开"] * (seed % 3 * 12))
    return "\n".join(x for x in (furniture, head, table) if x) + "\n", {
        "收入总计": total, "支出总计": total, "本年收入合计": general, "年度资金总额": project}

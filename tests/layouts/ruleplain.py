"""An invented rule table (考核细则, 检查评分表, 评定表, 评价指标体系) as pages give it when the table's structure is
lost: each cell on a line of its own (header cells too), or the cells kept apart by lone pipes (``|`` alone on a
line, blank cells dropped), or each cell a line with a pipe after it, before it or both, or pipe rows closed after the weight with each blank score cell a lone pipe on a line
of its own, and NO total row — the excerpt stops before it or the table prints none — so no sum
confirms the weights: the table's own structure must (a header naming the weight column, rows repeating one
pattern of cells). Varied: the header's words (三级指标 levels; the
weight before the row's name: 一级指标 / 二级指标 / 分值 / 考评内容 / 考评方法; 考核项目 / 考核内容; 序号 / 检查项目 / 检查内容 / 标准分 /
扣分标准 / 得分; 序号 / 考核要素 / 考核重点 / 分值 / 扣分细则; no weight column at all, 考核项目 / 考核内容 /
评分标准, each rule stating its row's whole: 本项4分。… or …(本项满分4分); 权重 printed as percentages (40%); 项次 / 项目 / 标准分 / 评定得分 / 备注), the weight printed bare or with 分, the title saying 考核 or
检查 and never 绩效, the rule sentences naming years, item numbers (1. 2.), amounts and target percentages that are
no weights, blank fill-in cells kept as lines of a space."""

from __future__ import annotations

import random
from dataclasses import dataclass

GROUPS = (("组织领导", ("工作机制", "责任落实")), ("日常管理", ("制度建设", "档案管理")), ("工作成效", ("任务完成", "群众评价")))
NAMES = ("成立领导小组", "制定实施方案", "明确责任分工", "建立工作台账", "落实经费保障", "开展督查检查",
         "完善管理制度", "规范资料归档", "按时报送信息", "完成年度任务", "群众满意度", "整改落实情况")
HEADERS = {
    "levels": ("一级指标", "二级指标", "三级指标", "分值", "评分标准"),
    "kaohe": ("考核项目", "考核内容", "分值", "评分标准"),
    "check": ("序号", "检查项目", "检查内容", "标准分", "扣分标准", "得分"),
    "xiangci": ("项次", "项目", "标准分", "评定得分", "备注"),
    "late": ("一级指标", "二级指标", "分值", "考评内容", "考评方法", "备注"),
    "yaosu": ("序号", "考核要素", "考核重点", "分值", "扣分细则"),
    "lianzheng": ("考核内容", "评分标准", "分值", "自评分", "核查分", "合计"),
    "stated": ("考核项目", "考核内容", "评分标准"),  # no weight column: each rule states its row's whole
    "single": ("序号", "考核内容", "分值", "评分标准"),  # one name column, no groups
    "quanzhong": ("考核项目", "考核内容", "权重", "评分标准"),  # weights as percentages of the full marks (40%)
}
TITLES = {"levels": "某县2023年度乡村振兴工作考核评价指标", "kaohe": "某镇2022年度综合目标考核细则",
          "check": "某区学校安全工作检查评分表", "xiangci": "某工程单位工程外观质量评定表",
          "late": "某乡清洁乡村专项考评细则", "yaosu": "某街道平安建设工作考核表",
          "lianzheng": "某乡2008年党风廉政建设考核办法", "stated": "某县2023年度安全生产工作考核细则",
          "single": "某镇2022年度安全生产考核细则", "quanzhong": "某市2023年度机关效能考核评分细则"}
# (header, separator, weight with 分, blank fill-in cells kept as lines); ``_wrapped`` shapes wrap each rule over
# two lines (a page's narrow column), ``_wraphead`` each header label; ``_norule``: the second row prints no rule
SHAPES = {
    "levels_cells": ("levels", "cells", False, False),
    "levels_pipes": ("levels", "pipes", False, False),
    "kaohe_cells_fen": ("kaohe", "cells", True, False),
    "kaohe_pipes": ("kaohe", "pipes", False, False),
    "check_cells": ("check", "cells", False, True),
    "check_pipes_fen": ("check", "pipes", True, False),
    "xiangci_cells": ("xiangci", "cells", False, True),
    "late_cells_fen": ("late", "cells", True, False),
    "late_pipes": ("late", "pipes", False, False),
    "yaosu_cells": ("yaosu", "cells", False, False),
    "lianzheng_sparse": ("lianzheng", "sparse", False, True),
    "levels_cells_wrapped": ("levels", "cells", False, False),
    "check_cells_wrapped": ("check", "cells", True, True),
    "stated_cells": ("stated", "cells", False, False),
    "stated_pipes_wrapped": ("stated", "pipes", False, False),
    "check_endpipe": ("check", "endpipe", False, False),
    "late_startpipe_fen": ("late", "startpipe", True, False),
    "stated_bothpipe": ("stated", "bothpipe", False, False),
    "single_cells_fen": ("single", "cells", True, False),
    "quanzhong_cells": ("quanzhong", "cells", False, False),
    "quanzhong_pipes": ("quanzhong", "pipes", False, False),
    "levels_cells_wraphead": ("levels", "cells", False, False),
    "check_cells_wraphead": ("check", "cells", False, True),
    "check_cells_norule": ("check", "cells", False, False),
}


@dataclass
class Row:
    group: str
    sub: str
    name: str
    weight: int


def _rule(rnd: random.Random, name: str, w: int) -> str:
    """A rule sentence with numbers that are no weight: a year, item numbers, an amount, a target percentage."""
    return rnd.choice((
        f"1.{name}符合2023年要求的得{w}分;2.未达到的每项扣1分,扣完为止。",
        f"完成率达到95%以上的得{w}分,每低1个百分点扣0.5分。",
        "投入资金不低于20万元的得满分,否则不得分。",
        f"{name}落实到位的得{w}分;发现1处问题扣0.5分。",
    ))


def invent(seed: int, shape: str, keep: int | None = None) -> tuple[str, list[Row]]:
    """The text and its rows (each row's name and weight); ``keep``: the excerpt stops after that many rows."""
    head, sep, fen, blanks = SHAPES[shape]
    rnd = random.Random(seed)
    names = list(NAMES)
    rnd.shuffle(names)
    rows: list[Row] = []
    for g, subs in GROUPS:
        for s in subs[: rnd.randint(1, 2)]:
            rows += [Row(g, s, names.pop(), rnd.choice((2, 3, 4, 5, 6, 8, 10))) for _ in range(rnd.randint(1, 2))]
    rows = rows[:keep] if keep else rows
    cells: list[list[str]] = []
    last: tuple[str, str] = ("", "")
    for k, r in enumerate(rows, 1):
        w = f"{r.weight}%" if head == "quanzhong" else f"{r.weight}分" if fen else str(r.weight)
        rule = _rule(rnd, r.name, r.weight)
        if shape.endswith("_norule") and k == 2:  # a row printing no rule (its cell blank, dropped)
            rule = " "
        if shape.endswith("_wrapped"):  # broken after a comma or a semicolon (a number never split)
            cut = max(rule.find(","), rule.find(";")) + 1
            rule = rule[:cut] + "\n" + rule[cut:] if 0 < cut < len(rule) else rule
        fill = [" "] if blanks else []
        if head == "levels":
            lead = [r.group] if r.group != last[0] else []
            lead += [r.sub] if (r.group, r.sub) != last else []
            cells.append([*lead, r.name, w, rule])
        elif head == "late":  # the weight before the row's name
            lead = [r.group] if r.group != last[0] else []
            lead += [r.sub] if (r.group, r.sub) != last else []
            cells.append([*lead, w, r.name, rule])
        elif head in ("kaohe", "quanzhong"):
            cells.append([*([r.group] if r.group != last[0] else []), r.name, w, rule])
        elif head == "stated":  # the weight said in the rule, opening it or closing it
            said = f"本项{r.weight}分。{rule}" if k % 2 else f"{rule}(本项满分{r.weight}分)"
            cells.append([*([r.group] if r.group != last[0] else []), r.name, said])
        elif head == "single":
            cells.append([str(k), r.name, w, rule])
        elif head == "lianzheng":  # the rule before the weight, then the blank score cells
            cells.append([r.name, rule, w])
        elif head in ("check", "yaosu"):
            cells.append([str(k), *([r.group] if r.group != last[0] else []), r.name, w, rule, *fill])
        else:
            cells.append([str(k), r.name, w, *fill, *fill])
        last = (r.group, r.sub)
    lines = [TITLES[head]]
    if head == "xiangci":  # a form's fields between the title and the table (their words not its name: 评定日期)
        lines += ["单位工程名称、编号", " ", "施工单位", " ", "评定日期", " "]
    if sep == "sparse":  # pipe rows closed after the weight, each blank score cell a lone pipe on a line of its own
        lines += ["| " + " | ".join(HEADERS[head]) + " |"]
        for row in cells:
            lines += ["| " + " | ".join(row) + " |", *(["|"] * (len(HEADERS[head]) - len(row)))]
    elif sep == "cells":
        heads = list(HEADERS[head])
        if shape.endswith("_wraphead"):  # each label wrapped over two lines (三级 / 指标, 分 / 值)
            heads = [part for h in heads for part in ([h[:2], h[2:]] if len(h) >= 4 else [h[:1], h[1:]])]
        lines += [*heads, *(c for row in cells for c in row)]
    elif sep in ("endpipe", "startpipe", "bothpipe"):  # each cell a line, a pipe after it, before it or both
        form = {"endpipe": "{} |", "startpipe": "| {}", "bothpipe": "| {} |"}[sep]
        lines += [form.format(c) for c in (*HEADERS[head], *(c for row in cells for c in row)) if c.strip()]
    else:
        out = [*HEADERS[head], *(c for row in cells for c in row if c.strip())]
        for c in out:
            lines += [c, "|"]
    return "\n".join(lines) + "\n", rows


def invent_runon(seed: int, lines: int = 1) -> tuple[str, list[Row]]:
    """A 考核评分表 run together (序号, 内容, 标准分, 评分标准 on one line, or a few long lines): each row its 序号, a
    content sentence closed by 。, its weight glued before its rule's first item (…落实。71有…得2分。2有…得5分。), the
    items' points making the weight; no total. The text broken into ``lines`` lines at arbitrary points."""
    rnd = random.Random(seed)
    names = list(NAMES)
    rnd.shuffle(names)
    rows: list[Row] = []
    body = ""
    for k in range(1, rnd.randint(4, 6) + 1):
        name = names.pop()
        parts = [rnd.choice((1, 2, 3, 4, 5)) for _ in range(rnd.randint(2, 3))]
        w = sum(parts)
        rows.append(Row("", "", name, w))
        items = "".join(f"{j}{name}第{j}项工作于2023年落实到位,得{p}分。" for j, p in enumerate(parts, 1))
        body += f"{k}{name},按要求开展工作。{w}{items}"
    text = f"附表:某镇村庄环境卫生长效管理考核评分表 序号内容标准分评分标准自评分复核分{body}"
    cuts = sorted(rnd.sample(range(40, len(text) - 1), lines - 1)) if lines > 1 else []
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    return "\n".join(pieces) + "\n", rows


def run_together(text: str, seed: int, lines: int = 5) -> str:
    """``invent``'s table with its cells run together and broken into a few long lines at arbitrary points (the
    title kept on its own line): with no sum to confirm them, its rows cannot be told apart for sure."""
    title, *cells = [line for line in text.split("\n") if line.strip()]
    run = "".join(cells)
    cuts = sorted(random.Random(seed).sample(range(20, len(run) - 1), lines - 1))
    return title + "\n" + "\n".join(run[a:b] for a, b in zip([0, *cuts], [*cuts, len(run)], strict=True)) + "\n"


def invent_tree_run(seed: int, lines: int = 5, bare: bool = False) -> tuple[str, list[Row]]:
    """A 评价指标体系 of the standard levels (决策 / 项目立项 / 立项依据充分性, ``levellines.TREE``) run together, its
    groups' labels running into their first row's name (决策项目立项立项依据充分性3分…), weights printed with 分 (or
    ``bare``, right before the rule's first character: …充分性3立项依据…, the rules then opening with no item number),
    no total; broken into ``lines`` lines at arbitrary points."""
    from layouts.levellines import TREE

    rnd = random.Random(seed)
    rows = [Row(l1, l2, n, rnd.choice((2, 3, 4, 5, 6, 8))) for l1, subs in TREE for l2, names in subs for n in names]
    body, last = "", ("", "")
    for r in rows:
        lead = (r.group if r.group != last[0] else "") + (r.sub if (r.group, r.sub) != last else "")
        rule = _rule(rnd, r.name, r.weight)
        rule = rule[2:] if bare and rule.startswith("1.") else rule
        body += f"{lead}{r.name}{r.weight}{'' if bare else '分'}{rule}"
        last = (r.group, r.sub)
    run = "一级指标二级指标三级指标分值评分标准" + body
    cuts = sorted(rnd.sample(range(20, len(run) - 1), lines - 1))
    text = "某县2023年度项目支出绩效评价指标体系\n" + "\n".join(
        run[a:b] for a, b in zip([0, *cuts], [*cuts, len(run)], strict=True)) + "\n"
    return text, rows

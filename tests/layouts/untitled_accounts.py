"""Budget and final-accounts tables as pages print them without the words the title readers look for:

- ``unit_titles``: the 部门预算 template's tables titled with the unit's name before the year
  (某县农业农村局2024年部门收支总表, 某县农业农村局部门支出总表); ``plant`` misprints the 本年收入合计;
- ``untitled_classified``: a 支出表 with no title at all (科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出, the 合计 row
  with its code cell empty, then 类/款/项 codes), the header's money column 合计 or 决算数/预算数, under a heading that
  says its stage or says nothing; ``plant`` misprints the 合计 row's 合计 (not the sum of the 类, nor of its columns);
- ``untitled_summary``: a 收支总表 with no title (收入 | 支出 sides, the year's and the whole lines, a carry-over line
  named 年初结转 or 上年结转), its money column 预算数, 决算数 or 金额, under a heading that says its stage or nothing;
- ``loose_summary``: the same untitled 收支总表 whose cells reached the text without their grid (one cell a line
  ending " |", one cell a line, each row's cells in spaces);
- ``execution_page``: a 决算 published under a 预算执行情况 heading: the template's titles that say no stage
  (部门收支总表, 一般公共预算“三公”经费支出表) over tables whose own figures stand in a 决算数 column, the carry-over
  line named 年初结转;
- ``other_table``: a 部门预算 whose second table is titled by a name no reader knows (机关运行经费明细表) though its
  columns are a 支出表's: it is not read as one.
Invented units and amounts from the seed."""

from __future__ import annotations

import random
from decimal import Decimal

_UNITS = ("某县农业农村局", "某镇人民政府", "某区卫生健康局", "某县教育局")
_CLASSES = (("201", "一般公共服务支出", "20101", "人大事务", "2010101", "行政运行"),
            ("208", "社会保障和就业支出", "20805", "行政事业单位养老支出", "2080505", "机关事业单位基本养老保险缴费支出"),
            ("210", "卫生健康支出", "21011", "行政事业单位医疗", "2101101", "行政单位医疗"),
            ("213", "农林水支出", "21301", "农业农村", "2130199", "其他农业农村支出"))
_INCOME = ("一般公共预算拨款收入", "政府性基金预算拨款收入", "事业收入", "其他收入")


def _money(rng: random.Random, lo: int = 1000, hi: int = 90000) -> Decimal:
    return Decimal(rng.randrange(lo, hi)) / 100


def fmt(x: Decimal) -> str:
    return f"{x:,.2f}"


def _classes(rng: random.Random) -> list[tuple[tuple[str, ...], Decimal, Decimal]]:
    """(codes and names, 基本支出, 项目支出) of three or four 类."""
    return [(c, _money(rng), _money(rng) if i % 2 else Decimal("0.00"))
            for i, c in enumerate(_CLASSES[: 3 + rng.randrange(2)])]


def _classified_rows(rows: list[tuple[tuple[str, ...], Decimal, Decimal]], plant: bool) -> list[str]:
    basic, project = sum(b for _, b, _ in rows), sum(p for _, _, p in rows)
    shown = basic + project + (Decimal("10.00") if plant else 0)
    out = [f"| | 合计 | {fmt(shown)} | {fmt(basic)} | {fmt(project)} |"]
    for (c1, n1, c2, n2, c3, n3), b, p in rows:
        out.append(f"| {c1} | {n1} | {fmt(b + p)} | {fmt(b)} | {fmt(p)} |")
        out.extend(f"| {c} | {n} | {fmt(b + p)} | {fmt(b)} | {fmt(p)} |" for c, n in ((c2, n2), (c3, n3)))
    return out


def unit_titles(seed: int, plant: bool = False) -> tuple[str, dict[str, Decimal]]:
    rng = random.Random(seed)
    unit, year = _UNITS[seed % len(_UNITS)], 2019 + seed % 6
    rows = _classes(rng)
    spend = sum(b + p for _, b, p in rows)
    incomes = [spend - Decimal("40.00"), Decimal("0.00"), Decimal("40.00")]
    total = sum(incomes)
    said = total + (Decimal("1.00") if plant else 0)
    summary = [f"{unit}{year}年部门收支总表", "单位:万元", "| 收入 | | 支出 | |", "| 项目 | 预算数 | 项目 | 预算数 |"]
    for k in range(max(len(incomes), len(rows))):
        left = f"| {'一二三四'[k]}、{_INCOME[k]} | {fmt(incomes[k])} |" if k < len(incomes) else "| | |"
        right = f" {'一二三四'[k]}、{rows[k][0][1]} | {fmt(rows[k][1] + rows[k][2])} |" if k < len(rows) else " | |"
        summary.append(left + right)
    summary += [f"| 本年收入合计 | {fmt(said)} | 本年支出合计 | {fmt(spend)} |", "| 上年结转 | 0.00 | 结转下年 | 0.00 |",
                f"| 收入总计 | {fmt(said)} | 支出总计 | {fmt(spend)} |"]
    second = [f"{unit}{'部门' if seed % 2 else str(year) + '年部门'}支出总表", "单位:万元",
              "| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |", *_classified_rows(rows, False)]
    text = "\n".join([f"{unit}{year}年部门预算", *summary, *second]) + "\n"
    return text, {"收入总计": said, "支出总计": spend, "本年收入合计": said}


def untitled_classified(seed: int, stage: str | None, column: str = "合计", plant: bool = False
                        ) -> tuple[str, dict[str, Decimal]]:
    """``stage``: what the heading says (budget, final or None); ``column``: the header's money column."""
    rng = random.Random(seed)
    unit, year = _UNITS[seed % len(_UNITS)], 2019 + seed % 6
    rows = _classes(rng)
    heading = {"budget": [f"{unit}{year}年部门预算"], "final": [f"{unit}{year}年度部门决算"], None: []}[stage]
    head = f"| {'功能分类科目编码' if seed % 2 else '科目编码'} | 科目名称 | {column} | 基本支出 | 项目支出 |"
    text = "\n".join([*heading, "单位:万元", head, *_classified_rows(rows, plant)]) + "\n"
    basic, project = sum(b for _, b, _ in rows), sum(p for _, _, p in rows)
    return text, {"合计": basic + project, "基本支出": basic, "项目支出": project}


def untitled_summary(seed: int, stage: str | None, column: str) -> tuple[str, dict[str, Decimal]]:
    rng = random.Random(seed)
    unit, year = _UNITS[seed % len(_UNITS)], 2019 + seed % 6
    rows = _classes(rng)
    spend = sum(b + p for _, b, p in rows)
    carried = _money(rng, 100, 5000)
    year_in = spend - carried
    heading = {"budget": [f"{unit}{year}年部门预算公开", "表一"], "final": [f"{unit}{year}年度部门决算公开", "表一"],
               None: []}[stage]
    lines = [*heading, "单位:万元", "| 收入 | | 支出 | |", f"| 项目 | {column} | 项目 | {column} |",
             f"| 一、{_INCOME[0]} | {fmt(year_in)} | 一、{rows[0][0][1]} | {fmt(rows[0][1] + rows[0][2])} |"]
    lines += [f"| | | {'二三四'[k]}、{r[0][1]} | {fmt(r[1] + r[2])} |" for k, r in enumerate(rows[1:])]
    carry = ("年初结转", "年末结转") if seed % 2 else ("上年结转", "结转下年")
    lines += [f"| 本年收入合计 | {fmt(year_in)} | 本年支出合计 | {fmt(spend)} |",
              f"| {carry[0]} | {fmt(carried)} | {carry[1]} | 0.00 |",
              f"| 收入总计 | {fmt(spend)} | 支出总计 | {fmt(spend)} |"]
    return "\n".join(lines) + "\n", {"收入总计": spend, "支出总计": spend, "本年收入合计": year_in}


LOOSE_SHAPES = ("pipes", "lines", "spaces")


def loose_summary(seed: int, stage: str | None, column: str, shape: str) -> tuple[str, dict[str, Decimal]]:
    text, figures = untitled_summary(seed, stage, column)
    out: list[str] = []
    for line in text.splitlines():
        if not line.startswith("|"):
            out.append(line)
            continue
        cells = [c.strip() for c in line.strip("|").split("|") if c.strip()]
        if shape == "pipes":
            out.extend(f"{c} |" for c in cells)
        elif shape == "lines":
            out.extend(cells)
        else:
            out.append(" ".join(cells))
    return "\n".join(out) + "\n", figures


def execution_page(seed: int) -> tuple[str, dict[str, Decimal]]:
    rng = random.Random(seed)
    unit, year = _UNITS[seed % len(_UNITS)], 2019 + seed % 6
    reception, cars = _money(rng, 100, 900), _money(rng, 100, 900)
    three = ["一般公共预算“三公”经费支出表", "单位:万元", "| 项目 | 预算数 | 决算数 |",
             f"| 合计 | {fmt(reception + cars + 2)} | {fmt(reception + cars)} |", "| 1.因公出国(境)费 | 0.00 | 0.00 |",
             f"| 2.公务接待费 | {fmt(reception + 1)} | {fmt(reception)} |",
             f"| 3.公务用车购置及运行费 | {fmt(cars + 1)} | {fmt(cars)} |", "| 其中:公务用车购置费 | 0.00 | 0.00 |",
             f"| 公务用车运行费 | {fmt(cars + 1)} | {fmt(cars)} |"]
    rows = _classes(rng)
    spend = sum(b + p for _, b, p in rows)
    carried = _money(rng, 100, 3000)
    summary = ["部门收支总表", "单位:万元", "| 项目 | 决算数 | 项目 | 决算数 |",
               f"| 一、一般公共预算财政拨款收入 | {fmt(spend - carried)} | 一、{rows[0][0][1]} | {fmt(rows[0][1] + rows[0][2])} |"]
    summary += [f"| | | {'二三四'[k]}、{r[0][1]} | {fmt(r[1] + r[2])} |" for k, r in enumerate(rows[1:])]
    summary += [f"| 本年收入合计 | {fmt(spend - carried)} | 本年支出合计 | {fmt(spend)} |",
                f"| 年初结转 | {fmt(carried)} | 年末结转 | 0.00 |", f"| 收入总计 | {fmt(spend)} | 支出总计 | {fmt(spend)} |"]
    text = "\n".join([f"{unit}{year}年度预算执行情况公开", *three, *summary]) + "\n"
    return text, {"收入总计": spend, "支出总计": spend, "本年收入合计": spend - carried}


def other_table(seed: int) -> str:
    rng = random.Random(seed)
    unit, year = _UNITS[seed % len(_UNITS)], 2019 + seed % 6
    total = _money(rng)
    first = [f"{unit}{year}年部门预算", "一、部门收支总表", "单位:万元", "| 收入 | | 支出 | |", "| 项目 | 预算数 | 项目 | 预算数 |",
             f"| 一、一般公共预算拨款收入 | {fmt(total)} | 一、一般公共服务支出 | {fmt(total)} |",
             f"| 收入总计 | {fmt(total)} | 支出总计 | {fmt(total)} |"]
    second = ["二、机关运行经费明细表", "单位:万元", "| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |",
              *_classified_rows(_classes(rng), False)]
    return "\n".join([*first, *second]) + "\n"


def untitled_joined(seed: int, plant: bool = False) -> tuple[str, dict[str, Decimal]]:
    """The untitled 支出表 whose rows give code and name in one cell ("201 一般公共服务支出 | 35.20 | …") under a header
    that names the column 项目, its 合计 row first with no code cell of its own; ``plant`` misprints its 合计."""
    text, figures = untitled_classified(seed, None, plant=plant)
    out: list[str] = []
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) >= 5:
            out.append("| " + " | ".join([" ".join(x for x in cells[:2] if x) or "项目"
                                          if cells[0] != "科目编码" and "编码" not in cells[0] else "项目", *cells[2:]]) + " |")
        else:
            out.append(line)
    return "\n".join(out) + "\n", figures

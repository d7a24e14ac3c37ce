"""转移支付 forms as counties publish them: invented figures, the three funds layouts met, mistakes planted.

- ``central``: the central transfer's self-evaluation form (转移支付(项目)名称, 中央/地方主管部门, 资金投入情况 with
  全年预算数(A) 全年执行数(B) 预算执行率(B/A×100%), rows 年度资金总额 / 其中:中央财政资金 / 地方资金 / 其他资金);
- ``rows2024``: the 2024 layout with 行次 and 列次: 全年预算数(A) 统筹整合资金数(B) 扣除统筹整合资金后预算金额(C)
  全年到位资金(D) 预算到位(D/C×100%) 全年执行资金(E) 预算执行(E/C×100%), a row number after each label;
- ``checklist``: the checklist form's "年度预算资金总额: X 其中:中央补助 … 市级资金 … 本级资金 …" for the whole and
  for two sub-programmes after 其中.

``invent(seed, family, mistake)`` gives a ``Transfer`` (its figures consistent unless a mistake is planted,
``MISTAKES``); ``grid(t)`` its rows of cells, to render with ``layouts.render``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal

from layouts.model import _r2

FAMILIES = ("central", "rows2024", "checklist")
MISTAKES = {
    "central": ("rate", "sources"),
    "rows2024": ("rate", "arrival", "deduction"),
    "checklist": ("part_total", "column"),
}
# the finding's row each mistake must be reported at (the manifest's ``row``)
MISTAKE_ROWS = {"rate": "年度资金总额", "sources": "年度资金总额", "arrival": "年度资金总额",
                "deduction": "年度资金总额", "part_total": "特别扶助补助资金", "column": "市级资金"}
MISTAKE_KINDS = {"rate": "execution_rate", "sources": "funds_sum", "arrival": "execution_rate",
                 "deduction": "transfer_deduction", "part_total": "funds_sum", "column": "funds_parts_sum"}


def _money(rng: random.Random, lo: int, hi: int) -> Decimal:
    return _r2(Decimal(rng.randrange(lo * 100, hi * 100)) / 100)


def _pct(d: Decimal) -> str:
    return f"{_r2(d)}%"


@dataclass
class Transfer:
    family: str
    name: str
    year: int
    rows: dict[str, dict[str, Decimal]]  # row key → column key → figure as printed
    printed: dict[str, dict[str, str]]  # the same as text ("" blank)
    parts: list[tuple[str, dict[str, Decimal]]] = field(default_factory=list)  # checklist: name → source → budget
    planted: str | None = None


def invent(seed: int, family: str = "central", mistake: str | None = None, pooled: bool = False) -> Transfer:
    rng = random.Random(seed)
    year = 2019 + rng.randrange(6)
    name = rng.choice(("农业防灾减灾(动物防疫补助)", "林业草原改革发展资金", "困难群众救助补助资金", "残疾人事业发展补助资金"))
    if family == "checklist":
        return _checklist(rng, year, mistake)
    central = _money(rng, 50, 900)
    local = _money(rng, 5, 90)
    total = central + local
    spent_c = _r2(central * Decimal(rng.randrange(55, 100)) / 100)
    spent_l = local
    rows: dict[str, dict[str, Decimal]] = {}
    printed: dict[str, dict[str, str]] = {}
    for key, budget, spent in (("total", total, spent_c + spent_l), ("central", central, spent_c),
                               ("local", local, spent_l)):
        if family == "central":
            rate = _r2(spent / budget * 100)
            rows[key] = {"annual_budget": budget, "executed": spent, "rate": rate}
            printed[key] = {"annual_budget": f"{budget}", "executed": f"{spent}", "rate": _pct(rate)}
        else:
            b = _r2(budget / 10) if pooled else Decimal(0)
            net = budget - b
            arrived = net
            rows[key] = {"annual_budget": budget, "pooled": b, "net_budget": net, "arrived": arrived,
                         "arrival_rate": _r2(arrived / net * 100), "executed": spent,
                         "rate": _r2(spent / net * 100)}
            printed[key] = {k: (_pct(v) if k.endswith("rate") else f"{v}") for k, v in rows[key].items()}
            if not pooled:
                printed[key]["pooled"] = ""
    if mistake == "rate":
        printed["total"]["rate"] = _pct(rows["total"]["rate"] + 3)
    elif mistake == "sources":
        printed["total"]["annual_budget"] = f"{total + 10}"
        bad = total + 10
        printed["total"]["rate"] = _pct(_r2(rows["total"]["executed"] / bad * 100))
    elif mistake == "arrival":
        printed["total"]["arrival_rate"] = "96.00%"
    elif mistake == "deduction":
        printed["total"]["net_budget"] = f"{rows['total']['net_budget'] + 1}"
    return Transfer(family, name, year, rows, printed, planted=mistake)


def _checklist(rng: random.Random, year: int, mistake: str | None) -> Transfer:
    parts: list[tuple[str, dict[str, Decimal]]] = []
    for pname in ("奖励扶助补助资金", "特别扶助补助资金"):
        src = {"central": _money(rng, 100, 600), "municipal": _money(rng, 50, 300), "own_level": _money(rng, 5, 60)}
        src["total"] = src["central"] + src["municipal"] + src["own_level"]
        parts.append((pname, src))
    whole = {k: parts[0][1][k] + parts[1][1][k] for k in ("total", "central", "municipal", "own_level")}
    printed_parts = [(n, {k: f"{v}" for k, v in p.items()}) for n, p in parts]
    printed_whole = {k: f"{v}" for k, v in whole.items()}
    if mistake == "part_total":
        printed_parts[1][1]["total"] = f"{parts[1][1]['total'] - 1}"
    elif mistake == "column":  # one part's 市级 figure off by one: its own total breaks, and so does the column
        printed_parts[1][1]["municipal"] = f"{parts[1][1]['municipal'] + 1}"
    t = Transfer("checklist", "计划生育服务项目", year, {"total": {"annual_budget": whole["total"]}},
                 {"total": printed_whole}, parts, planted=mistake)
    t.printed.update({f"part:{n}": p for n, p in printed_parts})
    return t


CENTRAL_ROWS = (("total", "年度资金总额:"), ("central", "其中:中央财政资金"), ("local", "地方资金"), ("other", "其他资金"))
ROWS_2024 = (("total", "年度资金总额(万元):"), ("central", "其中:中央财政资金(万元)"), ("local", "地方财政资金(万元)"),
             ("other", "其他资金(万元,自有资金、社会资本、以前年度结转结余资金等)"))
COLS_2024 = ("annual_budget", "pooled", "net_budget", "arrived", "arrival_rate", "executed", "rate")


GOALS = ("完成年度免疫任务", "已完成年度免疫任务")
INDICATORS = (  # 一级, 二级, 三级, 指标值, 实际完成值: the 2024 form's indicator rows carry no weight or score
    ("产出指标", "数量指标", "免疫密度", "≥90%", "95%"),
    ("", "质量指标", "免疫抗体合格率", "≥70%", "85%"),
    ("效益指标", "社会效益指标", "重大动物疫病发生率", "0", "0"),
    ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "96%"),
)


def indicator_grid() -> list[list[str]]:
    """The goals and indicator rows that follow the funds block (the first-level label only on its first row)."""
    return [["年度总体目标", "预期目标", "实际完成情况"], ["", *GOALS],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "未完成原因分析及改进措施"],
            *(["", *row, ""] for row in INDICATORS)]


def grid(t: Transfer, indicators: bool = False) -> list[list[str]]:
    """The form's rows of cells (blank cells as ""), with the goals and indicator rows if asked."""
    title = f"{t.year}年度中央对地方转移支付{t.name}绩效自评表"
    if t.family == "checklist":
        return _checklist_grid(t, title)
    rows: list[list[str]] = [[title], ["转移支付(项目)名称", t.name, "", ""], ["中央主管部门", "农业农村部", "地方主管部门", "省农业农村厅"]]
    if t.family == "central":
        rows.append(["资金投入情况(万元)", "全年预算数(A)", "全年执行数(B)", "预算执行率(B/A×100%)"])
        for key, label in CENTRAL_ROWS:
            p = t.printed.get(key, {})
            rows.append([label, p.get("annual_budget", ""), p.get("executed", ""), p.get("rate", "")])
    else:
        rows.append(["资金投入情况(万元)", "行次", "全年预算数(A)", "统筹整合资金数(B)", "扣除统筹整合资金后预算金额(C)",
                     "全年到位资金(D)", "预算到位(D/C×100%)", "全年执行资金(E)", "预算执行(E/C×100%)"])
        rows.append(["列次", "", "1", "2", "3", "4", "5", "6", "7"])
        for n, (key, label) in enumerate(ROWS_2024, 1):
            p = t.printed.get(key, {})
            rows.append([label, str(n), *(p.get(c, "") for c in COLS_2024)])
    rows.append(["资金管理情况", "情况说明", "存在问题和改进措施"])
    rows.append(["分配科学性", "按因素法分配资金", "无"])
    return rows + (indicator_grid() if indicators else [])


def _checklist_grid(t: Transfer, title: str) -> list[list[str]]:
    rows: list[list[str]] = [[title], ["指标名称", "指标解释", "记录"], ["预算资金安排", f"{t.year}年度资金预算安排情况。"]]

    def block(name: str, p: dict[str, str]) -> None:
        rows.append([f"{name}(万元)", f"年度预算资金总额: {p['total']}"])
        rows.append([f"其中:中央补助 {p['central']}"])
        rows.append([f"市级资金 {p['municipal']}"])
        rows.append([f"本级资金(包括结转结余) {p['own_level']}"])

    block("计划生育转移支付资金合计", t.printed["total"])
    for name, _ in t.parts:
        rows.append(["其中:"])
        block(name, t.printed[f"part:{name}"])
    rows.append(["资金下达", "资金发放及时性", "在30日内正式下达"])
    return rows


TOWNS = ("城关镇", "东山乡", "西河镇", "南岭乡", "北坝镇")


def allocation_grid(seed: int, mistake: str | None = None) -> tuple[list[list[str]], Decimal]:
    """A county's allocation of a transfer to its townships (单位 | 小计 | two uses), the 合计 row last, and the
    total; ``mistake="total"`` prints a 合计 one more than the townships' sum (the 小计 column)."""
    rng = random.Random(seed)
    rows: list[list[str]] = [["2023年中央财政农业相关转移支付资金分配表"], ["单位:万元"], ["单位", "小计", "耕地地力保护", "农机购置补贴"]]
    total = Decimal(0)
    parts = [Decimal(0), Decimal(0)]
    for town in TOWNS:
        a, b = _money(rng, 5, 90), _money(rng, 1, 30)
        rows.append([town, f"{a + b}", f"{a}", f"{b}"])
        total += a + b
        parts[0] += a
        parts[1] += b
    printed = total + 1 if mistake == "total" else total
    rows.append(["合计", f"{printed}", f"{parts[0]}", f"{parts[1]}"])
    return rows, total

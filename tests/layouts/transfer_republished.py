"""转移支付 documents as counties republish them, generated with invented figures (session 34):

- ``retitled(seed, title, departments, province)``: the central 区域绩效目标表 under the fund's own name, never saying
  转移支付 (…资金绩效目标表, …资金预算绩效目标表, …资金区域绩效目标表), 转移支付名称 printed 项目名称; with or without
  the template's departments by level (中央主管部门, 省级财政部门): then only its funds block split by level of
  government (年度资金总额 / 其中:中央补助 / 地方资金, or a province's 其中:省级补助 / 市县资金) says whose it is.
- ``allocation(seed, total_first, label, planted, title)``: the 资金分配表 printed beside such a form (附件2), one row per
  county and a 合计 (总计) row first or last; ``planted`` prints the total one more than its rows; ``title`` may name
  the fund's budget (…资金预算分配表), under a notice titled 关于下达…资金预算的通知 (``BUDGET_NOTICES``), or the
  title may be dropped for a line naming only the fund (``FUND_LINES``).
- ``numbered(rows)``: an indicator block whose names carry the template's label numbers (指标1:…) with the template's
  unused lines left in (指标2: and …… under each second level, nothing beside them).
- ``counted_notice(seed)``: a notice sending several funds at once, named with their count (…等N项中央补助资金X万元下达给
  你们,其中: each fund, one with its own parts in brackets), then one fund's 分配表 of one row.
"""

from __future__ import annotations

import random
from decimal import Decimal

from layouts.transfer_region import region_target

BUDGET_NOTICES = ("关于下达2023年农业生产发展资金预算的通知\n各县(市、区)财政局:\n现将2023年农业生产发展资金预算下达给你们。\n",
                  "2023年农业生产发展资金预算安排情况\n")
# a fund's table of places under a line naming only the fund (no 分配表 word), the unit between or not
FUND_LINES = ("2023年农业生产发展资金(第二批)", "附件\n2023年中央财政困难群众救助补助资金", "2023年城乡义务教育补助经费明细")
TITLES = ("{year}年度{fund}绩效目标表", "{year}年{fund}预算绩效目标表", "{year}年度{fund}区域绩效目标表")
_COUNTIES = ("东城区", "西山县", "南湖县", "北岭县", "清河县", "青峰市", "白沙县")


def retitled(seed: int, title: str = TITLES[0], departments: bool = True, province: bool = False
             ) -> tuple[list[list[str]], tuple[Decimal, Decimal, Decimal | None]]:
    """``province``: a province's transfer, its money split one level down (其中:省级补助 / 市县资金)."""
    rows, amounts = region_target(seed, local=True)
    rows = [list(r) for r in rows]
    if province:
        swap = {"其中:中央补助": "其中:省级补助", "地方资金": "市县资金"}
        rows = [[swap.get(c, c) for c in r] for r in rows]
    fund = rows[2][1]
    year = rows[1][0].strip("()年度")
    rows[0] = [title.format(year=year, fund=fund)]
    rows[2][0] = "项目名称"
    if not departments:  # (only the funds block by level of government is left to say whose the table is)
        rows = [r for r in rows if r[0] not in ("中央主管部门", "省级财政部门")]
    return rows, amounts


def allocation(seed: int, total_first: bool = False, label: str = "合计", planted: bool = False,
               title: str = "资金分配表") -> tuple[list[list[str]], Decimal, tuple[str, Decimal]]:
    """The table's rows, its total as printed and one county's (name, amount); ``title``: the table's (a fund's
    budget may be named in it: …资金预算分配表)."""
    rng = random.Random(seed)
    counties = _COUNTIES[: 3 + seed % 4]
    amounts = [Decimal(rng.randrange(100, 9000)) / 10 for _ in counties]
    total = sum(amounts, Decimal(0)) + (1 if planted else 0)
    body = [[c, f"{a}"] for c, a in zip(counties, amounts, strict=True)]
    last = [label, f"{total}"]
    rows = [["附件2"], [title], ["单位:万元"], ["县(市、区)", "分配金额"],
            *([last, *body] if total_first else [*body, last])]
    return rows, total, (counties[1], amounts[1])


def numbered(rows: list[list[str]]) -> list[list[str]]:
    """``rows`` (a form whose indicator rows have the 三级指标 name in their fourth cell) with each name numbered
    指标1: and, after it, the template's unused lines (指标2:, ……)."""
    out: list[list[str]] = []
    for r in rows:
        if len(r) > 3 and r[0] == "" and r[3] and r[3] != "三级指标":
            out.append([*r[:3], f"指标1:{r[3]}", *r[4:]])
            for placeholder in ("指标2:", "……"):
                out.append(["", "", "", placeholder, *[""] * (len(r) - 4)])
        else:
            out.append(r)
    return out


def counted_notice(seed: int) -> tuple[str, list[list[str]], Decimal]:
    """(the notice's text, the one fund's 分配表 rows, the amount sent)."""
    rng = random.Random(seed)
    parts = [Decimal(rng.randrange(100, 50000)) / 100 for _ in range(4)]
    inner = [Decimal(rng.randrange(100, 2000)) / 100 for _ in range(2)]
    parts[2] = sum(inner, Decimal(0))
    services = [Decimal(rng.randrange(100, 50000)) / 100 for _ in range(3)]
    parts[0] = sum(services, Decimal(0))
    whole = sum(parts, Decimal(0))
    names = ("基本公共卫生服务中央补助资金", "公立医院综合改革中央补助资金", "基本药物制度中央补助资金", "中央计划生育转移支付资金")
    listed = "、".join(
        f"{n}{p}万元" + (f"(村卫生室实施药物制度补助资金{inner[0]}万元、基层医疗卫生机构实施药物制度补助资金{inner[1]}万元)"
                         if k == 2 else "")
        for k, (n, p) in enumerate(zip(names, parts, strict=True)))
    text = (f"区卫健局:\n根据市财政局《关于下达{2020 + seed % 5}年基本公共卫生服务等4项中央补助资金预算的通知》文件精神,"
            f"现将{2020 + seed % 5}年基本公共卫生服务等4项中央补助资金{whole}万元下达给你们,其中:{listed}。\n"
            "请专款专用,充分发挥资金使用效益。\n附件:基本公共卫生服务中央补助资金分配表\n")
    table = [["基本公共卫生服务中央补助资金分配表"], ["单位:万元"],
             ["项目单位", "基本公共卫生服务", "重点地方病防治", "职业病防治", "本次下达资金金额"],
             ["卫健局", *(f"{s}" for s in services), f"{parts[0]}"]]
    return text, table, whole

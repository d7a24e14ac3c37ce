"""A 项目支出绩效目标表 published one cell a line, its funds lines in the words of other templates (invented amounts):

- ``current``: 资金总额, 当年资金总额:, 其中:财政拨款, 其中:当年财政拨款, each amount written with 万元 (武汉 青山区);
- ``carried``: 年度资金总额, 其中:当年财政拨款, 上年结转资金, 其他资金;
- ``levels``: 资金总额 and its sources by level of government (中央资金, 省级资金, 市级资金, 县级资金);
- ``glued``: 年度资金总额:16, then 其中 and :上级资金16 (the label and its amount in one cell, its 其中 cut off);
- ``amounts``: the year's money named by 金额 and 预算数 (项目预算金额, 本年度申请金额, 上年预算数), no unit beside them;
- ``header``: 项目总预算(万元) and 项目当年预算(万元) with their amounts, then the sources as a header over a row of
  amounts (其中:上级财政补助资金 | 其中:同级财政资金 | 其他), the last year's 同名项目上年预算执行数 named without a
  figure, under a title that says 申报明细表 (芜湖).

The cells come one a line with a blank line between (``lines``), each ending in " |" (``cell_pipes``), or the whole
table run together on one line (``run_together``: no cell says where a label begins). A 年度资金总额 one more than its
sources, planted on request (``carried``: 年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金 by the template).
"""

from __future__ import annotations

import random
from decimal import Decimal

WORDINGS = ("current", "carried", "levels", "glued", "header", "amounts")
SHAPES = ("lines", "cell_pipes", "run_together")


def _money(rng: random.Random) -> Decimal:
    return Decimal(rng.randrange(100, 99999)) / 100


def funds(seed: int, wording: str, planted: bool = False) -> list[tuple[str, Decimal]]:
    """The funds lines as the reader should name them, with their amounts."""
    rng = random.Random(seed)
    a, b, c = _money(rng), _money(rng), _money(rng)
    if planted:
        return [("年度资金总额", a + b + c + 1), *funds(seed, wording)[1:]]
    if wording == "current":
        return [("资金总额", a + b), ("当年资金总额", a), ("其中:财政拨款", a + b), ("其中:当年财政拨款", a)]
    if wording == "carried":
        return [("年度资金总额", a + b + c), ("其中:当年财政拨款", a), ("上年结转资金", b), ("其他资金", c)]
    if wording == "levels":
        return [("资金总额", a + b + c), ("中央资金", a), ("省级资金", b), ("县级资金", c)]
    if wording == "glued":
        return [("年度资金总额", a), ("上级资金", a)]
    if wording == "amounts":
        return [("项目预算金额", a + b), ("本年度申请金额", a), ("上年预算数", c)]
    return [("其中:上级财政补助资金", a), ("其中:同级财政资金", b), ("其他", Decimal("0.00")),
            ("项目总预算", 3 * (a + b)), ("项目当年预算", a + b)]


def _funds_cells(seed: int, wording: str, planted: bool) -> list[str]:
    rows = funds(seed, wording, planted)
    if wording == "current":
        return ["项目资金", *(x for k, v in rows for x in (k + ("：" if k == "当年资金总额" else ""), f"{v}万元"))]
    if wording in ("carried", "levels", "amounts"):
        return ["资金情况（万元）", *(x for k, v in rows for x in (k, f"{v}"))]
    if wording == "glued":
        return ["资金情况", "(万元)", f"年度资金总额:{rows[0][1]}", "其中", f":上级资金{rows[1][1]}"]
    (up, a), (same, b), (other, c), (whole, w), (year, y) = rows
    return [f"{whole}(万元)", f"{w}", f"{year}(万元)", f"{y}", "项目资金来源情况(万元)", up, same, other,
            f"{a}", f"{b}", f"{c}", "同名项目上年预算额", "同名项目上年预算执行数"]


def title(wording: str) -> str:
    return "项目支出绩效目标申报明细表" if wording == "header" else "项目支出绩效目标表"


def text(seed: int, wording: str, shape: str, planted: bool = False) -> str:
    head = ["（2024年度）", "项目名称", "农村学校校舍维修改造", "主管部门", "县教育局", "实施单位", "县第二中学"]
    tail = ["总体目标", "年度目标", "完成校舍维修改造，改善办学条件。", "绩效指标", "一级指标", "二级指标", "三级指标",
            "指标值", "产出指标", "数量指标", "维修校舍面积", "≥1200平方米", "质量指标", "验收合格率", "100%",
            "满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"]
    cells = [title(wording), *head, *_funds_cells(seed, wording, planted), *tail]
    if shape == "lines":
        return "\n\n".join(cells) + "\n"
    if shape == "run_together":
        return "".join(cells) + "\n"
    return "\n".join(f"{c} |" for c in cells) + "\n"

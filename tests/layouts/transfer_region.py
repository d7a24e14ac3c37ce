"""The 中央对地方转移支付区域绩效目标表 (区域绩效目标申报表) as provinces publish it alone: the transfer's name and its
departments, the 资金情况(万元) block (年度资金总额, its central part under 其中:中央补助 / 其中:中央财政资金 / 中央补助,
with or without a 地方资金 row), the 年度总体目标 and indicator rows with their 指标值 only (no figure to read).

``region_target(seed, local, central_label, mistake)`` gives the rows of cells (blank cells as "") and the
(total, central, local) amounts printed (local None without its row); ``mistake=True`` prints a total one more
than its sources' sum.
"""

from __future__ import annotations

import random
from decimal import Decimal

CENTRAL_LABELS = ("其中:中央补助", "其中:中央财政资金", "中央补助")
_FUNDS = ("残疾人事业发展补助资金", "林业草原改革发展资金", "农业保险保费补贴", "城乡义务教育补助经费")


def region_target(seed: int, local: bool = True, central_label: str = CENTRAL_LABELS[0], mistake: bool = False
                  ) -> tuple[list[list[str]], tuple[Decimal, Decimal, Decimal | None]]:
    rng = random.Random(seed)
    central = Decimal(rng.randrange(10000, 900000)) / 100
    part = Decimal(rng.randrange(100, 90000)) / 100 if local else None
    total = central + (part or Decimal(0))
    printed = total + 1 if mistake else total
    rows = [["中央对地方转移支付区域绩效目标表"], [f"({2019 + seed % 6}年度)"], ["转移支付名称", rng.choice(_FUNDS)],
            ["中央主管部门", "某部"], ["省级财政部门", "省财政厅", "省级主管部门", "省某厅"],
            ["资金情况(万元)", "年度资金总额:", f"{printed}"], ["", central_label, f"{central}"]]
    if part is not None:
        rows.append(["", "地方资金", f"{part}"])
    rows += [["年度总体目标", "目标1:完成年度任务,提高服务水平。"], ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
             ["", "产出指标", "数量指标", "服务人数", "≥1200人"], ["", "", "质量指标", "服务覆盖率", "≥85%"],
             ["", "效益指标", "社会效益指标", "服务对象生活改善", "持续改善"],
             ["", "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"]]
    return rows, (total, central, part)

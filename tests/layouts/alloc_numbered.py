"""A special fund's 下达 notice whose attachments ran together into one line of text, as some sites copy a PDF
(invented figures): the 安排情况表/分配表 with numbered rows, each row's amount glued to the next row's number
(…工程3062西山乡…: 306 | 2), 合计 last, the unit stated in the header (补助金额(万元), 分配资金(元)); then the
绩效目标表's opening. The notice may or may not say 转移支付 (its revenue line garbled to 转移支出收入, or none),
in simplified or traditional script. Row texts may hold a date (2024年), a quantity (新建道路9.9公里) or a number that
could end in the next row's (第12中学 before row 2).

``text(seed, plant=False)`` gives (text, the rows' amounts, the 合计 as printed, the unit); planted, the 合计 is one
more than the rows make (where the split is ``doubtful``, the planted table cannot be read: nothing is reported).
"""

from __future__ import annotations

import random
from decimal import Decimal

FUNDS = ("省级重点流域生态保护补偿资金", "省级农村人居环境整治专项资金", "省级乡村振兴专项资金", "省级水利发展专项资金")
UNITS = ("东州县城市管理局", "西山乡人民政府", "南岭镇人民政府", "北河街道办事处", "东州县水利局", "北岭乡人民政府")
DOUBT = "东州县第12中学"  # (row 1's text holding a number that could end in row 2's: seeds 3, 7, 11 …)
PROJECTS = ("城区水环境综合治理工程——截流管线与箱涵工程", "网箱养殖清退奖励资金", "新建道路9.9公里", "2024年村庄绿化项目",
            "120亩农田灌溉提升", "河道清淤整治")
HEADERS = ("序号项目单位项目名称补助金额({unit})备注本次下达", "序号单位名称项目内容分配资金({unit})",
           "单位:{unit}序号项目单位项目名称金额备注")
_TRAD = str.maketrans("资县乡镇区级项目单位称补助金额备注达环境综合治理程线与厅财务说规划发这", "資縣鄉鎮區級項目單位稱補助金額備註達環境綜合治理程線與廳財務說規劃發這")


def doubtful(seed: int) -> bool:
    """The seed's first row holds a number that could end in row 2's: only the 合计 tells the split."""
    return seed % 4 == 3


def text(seed: int, plant: bool = False) -> tuple[str, list[Decimal], Decimal, str]:
    rng = random.Random(seed)
    unit = ("万元", "元")[seed % 2]
    fund = rng.choice(FUNDS)
    n = rng.randint(3, 6)
    units = rng.sample(UNITS, n)
    if doubtful(seed):
        units[0] = DOUBT
    amounts = [Decimal(rng.randint(1, 400)) if unit == "万元" else Decimal(rng.randint(5000, 900000)) for _ in range(n)]
    if seed % 3 == 1:
        amounts[0] = amounts[0] + Decimal("0.5")
    whole = sum(amounts, Decimal(0))
    printed = whole + (1 if plant else 0)
    rows = "".join(f"{k}{u}{rng.choice(PROJECTS)}{a}" for k, (u, a) in enumerate(zip(units, amounts, strict=True), 1))
    revenue = ("收入功能科目列“1100250-节能环保共同财政事权转移支出收入”,", "", "收入列“转移支付收入”科目,")[seed % 3]
    header = HEADERS[seed % len(HEADERS)].format(unit=unit)
    body = (f"关于下达2024年第二批{fund}的通知\n东州县城市管理局、相关乡镇:根据上级文件精神,现将2024年第二批{fund}{whole}{unit}"
            f"下达给你们,支出功能科目列“2110302-水体”,{revenue}请专款专用。附件:1.2024年第二批{fund}安排情况表2.2024年"
            f"{fund}绩效目标表东州县财政局2024年7月30日附件12024年第二批{fund}安排情况表{header}{rows}合计{printed}"
            f"附件22024年{fund}绩效目标表专项名称{fund}市级主管部门东州市财政局补助区域东州县资金情况(万元)省级补助1763其中:本\n")
    if seed % 2:
        body = body.translate(_TRAD)
    return body, amounts, printed, unit

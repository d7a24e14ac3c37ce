"""A 部门预算 page that holds its 目录 (the tables listed by name, 财政拨款收支总表 among them) and then the 说明 stating
its totals in prose, no table: invented figures, in the wordings pages use (``WORDINGS``). The 目录's last entry
names a 收支总表 just before the 说明, so a reader that takes an entry for a table's title meets the prose there."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

WORDINGS = ("总计", "合计", "元", "总收入", "繁体")
_TRAD = str.maketrans("总计收入支出预算拨款万元说明况财政门本项", "總計收入支出預算撥款萬元說明況財政門本項")


@dataclass
class ContentsProse:
    text: str
    figures: dict[str, Decimal]  # label as printed (simplified) → amount as printed


def _wan(d: Decimal) -> str:
    return f"{d:.2f}"


def page(seed: int, wording: str) -> ContentsProse:
    rng = random.Random(seed)
    general = Decimal(rng.randrange(10**5, 10**7)) / 100
    special = Decimal(rng.randrange(10**3, 10**5)) / 100
    total = general + special
    basic = (total * Decimal(rng.randrange(55, 90)) / 100).quantize(Decimal("0.01"))
    project = total - basic
    head = ["东湖县第一中学2024年部门预算公开", "目录", "第一部分 单位概况", "第二部分 2024年部门预算表", "一、部门收支总表",
            "二、部门收入总表", "三、部门支出总表", "四、财政拨款收支总表", "第三部分 2024年部门预算情况说明",
            "一、收支预算总体情况"]
    if wording == "总计":
        prose = (f"本部门2024年收入总计{_wan(total)}万元,支出总计{_wan(total)}万元。收入包括:一般公共预算拨款收入"
                 f"{_wan(general)}万元、财政专户管理资金收入{_wan(special)}万元。")
        figures = {"收入总计": total, "支出总计": total, "一般公共预算拨款收入": general}
    elif wording == "合计":
        prose = f"本年收入合计{_wan(total)}万元,本年支出合计{_wan(total)}万元,上年结转0万元。"
        figures = {"本年收入合计": total, "本年支出合计": total}
    elif wording == "元":
        prose = (f"2024年收入总计{total * 10000:,.2f}元,支出总计{total * 10000:,.2f}元。收入包括一般公共预算拨款收入"
                 f"{general * 10000:,.2f}元。")
        figures = {"收入总计": total * 10000, "一般公共预算拨款收入": general * 10000}
    elif wording == "总收入":
        prose = (f"本部门2024年预算总收入{_wan(total)}万元,预算总支出{_wan(total)}万元,其中基本支出{_wan(basic)}万元,"
                 f"项目支出{_wan(project)}万元。")
        figures = {"预算总收入": total, "预算总支出": total, "基本支出": basic, "项目支出": project}
    else:
        prose = (f"2024年收入總計{_wan(total)}萬元，支出總計{_wan(total)}萬元。收入包括：一般公共預算撥款收入"
                 f"{_wan(general)}萬元。")
        head = [h.translate(_TRAD) for h in head]
        figures = {"收入总计": total, "一般公共预算拨款收入": general}
    return ContentsProse("\n".join([*head, prose]) + "\n", figures)

"""A notice sending down a 中央预算内投资 with the 发改委's 中央预算内投资计划绩效目标表 attached (专项名称 | 下达地方或单位 |
下达中央预算内投资(万元) | 2350, one cell a line between pipes): a transfer whose allocation is the table's 下达中央预算内
投资, not a department budget's target table (invented figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.read import read_path

_NOTICE = """某财基指〔2024〕8号
关于下达2024年农业绿色发展专项中央基建投资预算的通知
甲区财政局:
根据《财政部关于下达2024年农业绿色发展专项中央基建投资预算的通知》,现下达你区2024年预算1200万元,专项用于甲区畜禽粪污资源化利用整区推进项目,请按规定专款专用。
附件:某市农业绿色发展专项2024年中央预算内投资计划绩效目标表
附件
某市农业绿色发展专项2024年
中央预算内投资计划绩效目标表
专项名称 |
农业绿色发展专项 | ||||
下达地方或单位 |
甲区人民政府 | ||||
下达中央预算内投资(万元) |
{amount} | ||||
总 体 目 标 |
提高畜禽粪污综合利用率。 | ||||
绩 效 指 标 |
一级指标 |
二级指标 |
三级指标 |
指标值 | |
产出指标 |
数量指标 |
建设项目个数 |
1 | ||
"""


def _docs(tmp_path: Path, amount: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "notice.txt"
    path.write_text(_NOTICE.format(amount=amount), encoding="utf-8")
    return read_path(path).documents


def test_the_table_s_central_investment_is_the_transfer_s_allocation(tmp_path: Path) -> None:
    docs = _docs(tmp_path, "1200")
    assert [(d.type, d.extra.get("form")) for d in docs] == [("project_self_evaluation", "transfer")]
    total = docs[0].funds["total"].annual_budget
    assert (total.dec, total.source.line if total.source else None) == (Decimal("1200"), 14)

"""An allocation table flattened onto one line with its notice's attachment list, the spaces between Chinese words
closed, so that the title, the unit and the header's first label are one cell (…补助资金分配表单位:万元地区 | 已预下达 |
本次下达 | 合计下达 | 某省合计 | 18900 | …): the label is split from the title's cell and the table read by its
columns (``transfer_alloc._header_apart``); the 合计 the rows confirm is the allocation."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_path

_PLACES = ("甲县", "乙县", "丙市", "丁县", "戊区")


def _notice(seed: int, unit: str) -> tuple[str, Decimal]:
    before = [Decimal(300 + 97 * i + seed) for i in range(len(_PLACES))]
    now = [Decimal(50 + 13 * i + seed) for i in range(len(_PLACES))]
    cells = ["地区", "已预下达", "本次下达", "合计下达", "某省合计", str(sum(before)), str(sum(now)), str(sum(before) + sum(now))]
    for place, b, n in zip(_PLACES, before, now, strict=True):
        cells += [place, str(b), str(n), str(b + n)]
    head = (f"附件:1.某省2021年义务教育薄弱环节改善与能力提升 补助资金分配表 2.补助资金绩效目标表 某省财政厅 2021年9月3日 附件1 "
            f"某省2021年义务教育薄弱环节改善与能力提升补助资金分配表 {unit} ")
    text = "\n".join(["有关市、县(市)财政局、教育局:",
                      "现将2021年义务教育薄弱环节改善与能力提升补助资金下达给你们(详见附件1)。此项资金作一般性转移支付。",
                      head + " | ".join(cells) + " |"])
    return text + "\n", sum(before) + sum(now)


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("unit", ["单位:万元", "单位：万元", ""])
def test_the_flattened_allocation_is_read(tmp_path: Path, seed: int, unit: str) -> None:
    text, total = _notice(seed, unit)
    p = tmp_path / "notice.txt"
    p.write_text(text, encoding="utf-8")
    docs = read_path(p).documents
    assert [d.extra.get("form") for d in docs] == ["transfer"]
    assert docs[0].funds["total"].annual_budget.value == total


@pytest.mark.parametrize(("place", "money"), [("乡 镇", "金 额"), ("地 区", "补 助 资 金"), ("单 位 名 称", "分 配 金 额")])
def test_letter_spaced_labels_side_by_side_are_two_columns(tmp_path: Path, place: str, money: str) -> None:
    """乡 镇 金 额: the run of letter-spaced characters is the place column's label and the money column's, apart."""
    amounts = [Decimal("2"), Decimal("0.5"), Decimal("1.5"), Decimal("3")]
    rows = " ".join(f"{name} {a}" for name, a in zip(("杨柳乡", "新州镇", "安场镇", "凤仪镇"), amounts, strict=True))
    text = "\n".join(["各乡(镇)财政所、社会事务办:",
                      "经研究,决定下拨救灾补助资金(详见指标分配表)。现将相关事宜通知于后:",
                      "一、此次下拨的资金主要用于受灾群众恢复生产。",
                      f"附:救灾补助资金指标分配表。 某县财政局 二OO九年六月十八日 救灾补助资金指标分配表 单位:万元 {place} {money} "
                      f"{rows} 合计 {sum(amounts)}"]) + "\n"
    p = tmp_path / "notice.txt"
    p.write_text(text, encoding="utf-8")
    docs = read_path(p).documents
    assert [d.funds["total"].annual_budget.value for d in docs] == [sum(amounts)]

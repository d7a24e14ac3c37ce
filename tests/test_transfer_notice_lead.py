"""An allocation announcement whose lead states the fund's amount with no sending verb and no 以上合计 line (…扶贫资金
投入X万元,现公示如下 / 下达我市…资金X万元,予以公告 / 资金规模X万元,其中A万元…B万元), generated with invented amounts: the
lead's amount is the transfer's where the amounts after it in its line, or listed one a line under it (after a
heading such as 一、资金来源), add up to it; a list one off leaves it unread."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_path

PLACES = ("城关镇", "东坝乡", "西河镇", "南山街道", "北湖乡", "石桥镇")


def _budget(path: Path) -> Decimal | None:
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    return docs[0].funds["total"].annual_budget.dec if docs and docs[0].funds.get("total") else None


def _parts(seed: int, n: int) -> list[Decimal]:
    rng = random.Random(seed)
    return [Decimal(rng.randint(100, 90000)) / 100 for _ in range(n)]


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("off", (False, True))
def test_sources_listed_under_a_heading(tmp_path: Path, seed: int, off: bool) -> None:
    parts = _parts(seed, 2 + seed % 3)
    total = sum(parts, Decimal(0)) + (1 if off else 0)
    lines = [f"{k}、{name}资金{v}万元;" for k, (name, v) in enumerate(zip(("中央、省", "市级", "县级", "其他"), parts), 1)]
    path = tmp_path / "notice.txt"
    path.write_text(f"某县财政局2024年扶贫资金公示\n截止2024年7月1日,某县财政专项扶贫资金投入{total}万元,现公示如下:\n"
                    "一、资金来源\n" + "\n".join(lines) + "\n二、分配原则\n按轻重缓急的原则予以审批安排。\n某县财政局\n",
                    encoding="utf-8")
    assert _budget(path) == (None if off else total)


@pytest.mark.parametrize("seed", range(4))
def test_recipients_listed_under_the_lead(tmp_path: Path, seed: int) -> None:
    parts = _parts(seed + 10, 3 + seed % 3)
    total = sum(parts, Decimal(0))
    lines = [f"{p}:省级财政专项扶贫资金{v}万元;" for p, v in zip(PLACES, parts)]
    path = tmp_path / "notice.txt"
    path.write_text(f"现将省财政厅下达我市2024年省级财政专项扶贫资金{total}万元,予以公告。\n" + "\n".join(lines)
                    + "\n资金用途:主要用于农业生产发展。\n某市财政局\n2024年2月1日\n", encoding="utf-8")
    assert _budget(path) == total


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("off", (False, True))
def test_parts_in_the_lead_sentence(tmp_path: Path, seed: int, off: bool) -> None:
    upper, county = _parts(seed + 20, 2)
    total = upper + county + (1 if off else 0)
    path = tmp_path / "notice.txt"
    path.write_text(f"某县第二批扶贫专项资金分配情况公告公示\n2024年,第二批扶贫专项资金规模{total}万元,其中上级下达专项扶贫资金"
                    f"{upper}万元;县财政配套扶贫专项资金{county}万元,现将扶贫专项资金分配使用情况公示如下:\n"
                    "二、分配原则\n按领导小组文件精神安排。\n", encoding="utf-8")
    assert _budget(path) == (None if off else total)

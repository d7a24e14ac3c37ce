"""A transfer text stating several funds, each under its own heading (如皋's 直达资金情况: … 参照直达资金情况: …): each
fund is read alone, a document of its own named by its heading, with its allocated amount, its spending and its
rate; a rate the printed amounts' rounding allows is no finding (5.94 ÷ 6.44 = 92.24%, printed 92.3%)."""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.files import write

_FUNDS = ("直达资金", "参照直达资金", "特殊转移支付资金")


def _text(seed: int) -> tuple[str, list[tuple[str, Decimal, Decimal]]]:
    rng = random.Random(seed)
    funds = _FUNDS[:2 + seed % 2]
    lines = ["东县财政局", "东县直达资金年度情况说明"]
    want = []
    for fund in funds:
        budget = Decimal(rng.randint(200, 990)) / 100
        spent = (budget * Decimal(rng.randint(60, 99)) / 100).quantize(Decimal("0.01"))
        rate = (spent / budget * 100).quantize(Decimal("0.1"), ROUND_HALF_UP)
        lines += [f"{fund}情况:", f"截止2020年12月31日,下达至我县{fund}{budget}亿元,已支出{spent}亿元,支出进度{rate}%,"
                  f"结转{budget - spent}亿元。结转的主要原因是部分项目尚未到拨付时点。"]
        want.append((f"{fund}情况", budget, spent))
    return "\n".join(lines) + "\n", want


@pytest.mark.parametrize("seed", range(6))
def test_each_fund_is_a_document_of_its_own(tmp_path: Path, seed: int) -> None:
    text, want = _text(seed)
    docs = read_path(write(tmp_path, text)).documents
    got = [(d.title, d.funds["total"].annual_budget.dec, d.funds["total"].executed.dec) for d in docs]
    assert got == want
    assert [f for f in audit_paths([str(write(tmp_path, text))]).findings if f.severity in ("error", "suspect")] == []


def test_one_fund_under_a_heading_is_read_as_before(tmp_path: Path) -> None:
    text = "东县直达资金年度情况说明\n直达资金情况:\n截止2020年12月31日,下达至我县直达资金8.56亿元,已支出7.61亿元,支出进度88.9%。\n"
    (doc,) = read_path(write(tmp_path, text)).documents
    assert doc.funds["total"].annual_budget.dec == Decimal("8.56") and doc.title != "直达资金情况"


@pytest.mark.parametrize(("rate", "agrees"), [
    ("92.3", True),  # 5.94 ÷ 6.44 = 92.24%; 5.945 ÷ 6.435 = 92.39%: the amounts' rounding allows 92.3
    ("93.1", False),  # beyond any rounding of the amounts: not read as the rate, and said so
])
def test_a_stated_rate_is_taken_within_the_amounts_rounding(tmp_path: Path, rate: str, agrees: bool) -> None:
    text = f"东县直达资金年度情况说明\n截止2020年12月31日,下达至我县直达资金6.44亿元,已支出5.94亿元,支出进度{rate}%。\n"
    path = write(tmp_path, text)
    (doc,) = read_path(path).documents
    assert (doc.funds["total"].rate.dec == Decimal(rate)) == agrees
    assert any("执行率" in p.message and "不符" in p.message for p in doc.problems) != agrees
    assert [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")] == []

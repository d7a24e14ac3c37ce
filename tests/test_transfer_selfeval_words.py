"""A 转移支付区域绩效自评表 in a county's wordings (``layouts.transfer_selfeval_words``): the funds block read by
meaning whatever its total row (年度资金总额, 资金总额, 合计), rate column (执行率, 支出进度) or sources (中央直达资金,
州级资金, 旗级资金, 自筹资金) are called; the
money unit the block's heading states (资金投入情况（元）), not 万元 by default; a total its sources do not make is
reported, never read as them."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.transfer_selfeval_words import form


@pytest.mark.parametrize("seed", range(24))
def test_the_funds_block_in_any_wording(tmp_path: Path, seed: int) -> None:
    body, unit, rows, rate = form(seed)
    path = tmp_path / "f.txt"
    path.write_text(body, encoding="utf-8")
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    assert len(docs) == 1
    doc = docs[0]
    assert doc.money_unit == unit
    for key, (budget, executed) in rows.items():
        got = doc.funds.get(key)
        assert got is not None and got.annual_budget.dec == budget and got.executed.dec == executed, key
    assert doc.funds["total"].rate.dec == rate


@pytest.mark.parametrize("seed", range(24))
def test_a_total_its_sources_do_not_make(tmp_path: Path, seed: int) -> None:
    body, _unit, _rows, _rate = form(seed, plant=True)
    path = tmp_path / "p.txt"
    path.write_text(body, encoding="utf-8")
    findings = [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]
    assert findings

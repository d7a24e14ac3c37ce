"""A notice whose sending sentence states the amount (现将…资金X万元下达给你们) over an allocation table whose 合计 its
rows confirm: the two are compared in 元 (the notice in 万元 or 元, the table in its own unit), and a notice that
states another amount than the table's 合计 is a suspicion at the notice (never an error: the notice may send
more or less than the table lists); the same amount in another unit is no finding. Before, the notice's amount was
compared only with a table that printed no 合计."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.render import tabs
from test_transfer_allocgrid import LAYOUTS, allocation

EVERY = dict(LAYOUTS, tabs=tabs)


def _notice(amount: Decimal, unit: str) -> str:
    return (f"关于下达2031年示例补助资金的通知\n各乡镇人民政府:\n现将2031年示例补助资金{amount}{unit}下达给你们,"
            "具体分配详见附件。\n附件\n")


@pytest.mark.parametrize("layout", sorted(EVERY))
@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("planted", (False, True))
def test_the_notice_amount_is_the_tables(tmp_path: Path, layout: str, seed: int, planted: bool) -> None:
    yuan = seed % 2 == 1  # the table in 元, the notice in 万元 (the same sum)
    rows, total, _ = allocation(seed, yuan=yuan)
    said = (total / 10000 if yuan else total) + (1 if planted else 0)
    path = tmp_path / "notice.txt"
    path.write_text(_notice(said, "万元") + EVERY[layout](rows), encoding="utf-8")
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    assert len(docs) == 1 and docs[0].funds["total"].annual_budget.dec == total
    found = [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]
    if not planted:
        assert found == []
        return
    assert [(f.severity, f.kind, f.location.line if f.location else None) for f in found] == [
        ("suspect", "table_total", 3)]
    assert f"{said * (10000 if yuan else 1):f}".rstrip("0").rstrip(".") in found[0].message.replace(",", "")

"""A 三公 table whose figures row reached the text with its cells run together (5834 | 100 | 692 | 4612 | 430 as
58341006924612430): no cell of the table holds such a run of digits, so it is read as no figure, the table said not
read, and the text's amounts are never compared with it. Before, the run was read as the 公务接待费 cell and the
text's 430 reported as an `error` against it. Invented figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path


@pytest.mark.parametrize(("abroad", "buy", "run", "guest"), [(100, 692, 4612, 430), (12, 35, 1208, 96)])
def test_figures_run_together_are_no_cell(tmp_path: Path, abroad: int, buy: int, run: int, guest: int) -> None:
    total = abroad + buy + run + guest
    text = (f"经汇总,2017年某区一般公共预算财政拨款开支“三公”经费{total}万元。其中:公务用车购置安排{buy}万元;"
            f"公车运行及维护{run}万元;公务接待费{guest}万元;因公出国{abroad}万元。\n"
            "2017年某区 “三公”经费汇总情况表\n单位:万元\n合计因公出国公务用车购置及运行维护\n小计公务用车购置\n"
            f"公车运行及维护 | 公务接待费 | ||||\n{total}{abroad}{buy + run}{buy}{run}{guest}\n")
    path = tmp_path / "sangong.txt"
    path.write_text(text, encoding="utf-8")
    values = [v.dec for d in read_path(path).documents
              for t in getattr(d.extra.get("accounts"), "tables", None) or [] if t.kind == "three_public"
              for r in t.rows for v in r.values.values()]
    assert not [v for v in values if v is not None and v > Decimal(10) ** 12]
    assert not [f for f in audit_paths([str(path)]).findings if f.severity == "error"]
